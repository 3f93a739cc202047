/// An error from the redaction module: a stable code and a message a technician can act on.
public struct RedactionError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Code: String, Sendable {
        case invalidPattern = "redaction.invalid_pattern"
        case invalidType = "redaction.invalid_type"
        case identifierInOutbound = "redaction.identifier_in_outbound"
        case inputTooLarge = "redaction.input_too_large"
        case safeListUnreadable = "redaction.safelist_unreadable"
        case taggerUnreadable = "redaction.tagger_unreadable"
    }

    private let base: Code
    /// What happened and what to do about it.
    public let message: String

    /// The stable, machine-readable code (`redaction.invalid_pattern`, …).
    public var code: String { base.rawValue }
    public var description: String { "\(code): \(message)" }

    private init(_ base: Code, _ message: String) {
        self.base = base
        self.message = message
    }

    /// A site pattern from `[redaction] patterns` does not compile.
    public static func invalidPattern(_ regex: String, reason: String) -> RedactionError {
        RedactionError(.invalidPattern, "custom pattern \(regex.debugDescription) is not a valid regular expression (\(reason)); fix it in the [redaction] section of the config")
    }

    /// A site pattern names a type that cannot become a placeholder.
    public static func invalidType(_ type: String) -> RedactionError {
        RedactionError(.invalidType, "custom pattern type \(type.debugDescription) must match [A-Z][A-Z0-9_]* (at most 32 characters); rename it in the [redaction] section of the config")
    }

    /// The outbound guard found identifiers outside placeholders.
    public static func identifierInOutbound(types: [EntityType]) -> RedactionError {
        let list = types.map(\.rawValue).joined(separator: ", ")
        return RedactionError(.identifierInOutbound, "outgoing text still contains identifiers (\(list)) outside placeholders; it was not sent — redact it first")
    }

    /// The input is larger than the configured limit.
    public static func inputTooLarge(scalars: Int, limit: Int) -> RedactionError {
        RedactionError(.inputTooLarge, "text has \(scalars) characters, more than the limit of \(limit); split it or raise [redaction] max_chars")
    }

    /// The compiled safe-list file cannot be used.
    public static func safeListUnreadable(path: String, reason: String) -> RedactionError {
        RedactionError(.safeListUnreadable, "safe-list \(path): \(reason); rebuild it with scripts/safelist/build.sh --out \(path), or remove [redaction] safelist to use the built-in English list")
    }

    /// The sequence tagger's weight file cannot be used.
    public static func taggerUnreadable(path: String, reason: String) -> RedactionError {
        RedactionError(.taggerUnreadable, "tagger \(path): \(reason); rebuild it with scripts/tagger/build.sh --out \(path), or remove the file to run without the learned layer")
    }

    public static func == (lhs: RedactionError, rhs: RedactionError) -> Bool { lhs.base == rhs.base && lhs.message == rhs.message }
    public func hash(into hasher: inout Hasher) { hasher.combine(base); hasher.combine(message) }
}
