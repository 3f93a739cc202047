/// The identifier kinds the redactor knows: the HIPAA Safe Harbor items that can appear in
/// text plus the bank ones. The raw value is the placeholder stem (`<PERSON_1>`).
public struct EntityType: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    /// Any upper-case stem of letters, digits and `_` (site-specific kinds from config included).
    public init(rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    public static let person = EntityType(rawValue: "PERSON")
    public static let date = EntityType(rawValue: "DATE")
    public static let age = EntityType(rawValue: "AGE")
    public static let phone = EntityType(rawValue: "PHONE")
    public static let email = EntityType(rawValue: "EMAIL")
    public static let ssn = EntityType(rawValue: "SSN")
    public static let mrn = EntityType(rawValue: "MRN")
    public static let healthPlan = EntityType(rawValue: "HEALTHPLAN")
    public static let account = EntityType(rawValue: "ACCOUNT")
    public static let routing = EntityType(rawValue: "ROUTING")
    public static let iban = EntityType(rawValue: "IBAN")
    public static let card = EntityType(rawValue: "CARD")
    public static let license = EntityType(rawValue: "LICENSE")
    public static let vehicle = EntityType(rawValue: "VEHICLE")
    public static let device = EntityType(rawValue: "DEVICE")
    public static let url = EntityType(rawValue: "URL")
    public static let ip = EntityType(rawValue: "IP")
    public static let address = EntityType(rawValue: "ADDRESS")
    public static let location = EntityType(rawValue: "LOCATION")
    public static let zip = EntityType(rawValue: "ZIP")
    public static let id = EntityType(rawValue: "ID")
    /// A word the recall net could not vouch for (strict mode): not in the safe-list, not a
    /// known name or place either.
    public static let unknown = EntityType(rawValue: "UNKNOWN")

    /// The built-in kinds, in the order of the PHI corpus README.
    public static let builtIn: [EntityType] = [
        .person, .date, .age, .phone, .email, .ssn, .mrn, .healthPlan, .account, .routing, .iban,
        .card, .license, .vehicle, .device, .url, .ip, .address, .location, .zip, .id, .unknown,
    ]

    /// Whether `stem` is usable in a placeholder: `[A-Z][A-Z0-9_]*`, at most 32 characters.
    public static func isValidStem(_ stem: String) -> Bool {
        guard let first = stem.unicodeScalars.first, ("A"..."Z").contains(first), stem.unicodeScalars.count <= 32
        else { return false }
        return stem.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
