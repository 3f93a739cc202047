/// The placeholder allocator of one conversation: which original value each placeholder stands
/// for, and the next number per type. A value type: the caller (the vault, in OutpostStore)
/// persists it between requests so that a value mentioned again gets the same placeholder.
public struct PlaceholderMap: Sendable, Codable, Equatable {
    /// Placeholder (`<PERSON_1>`) → original text.
    public private(set) var entries: [String: String]
    /// Type stem → last number handed out.
    public private(set) var counters: [String: Int]
    /// `TYPE\u{0}normalized value` → placeholder, so repeats map to one placeholder.
    private var reverse: [String: String]

    public init() {
        entries = [:]
        counters = [:]
        reverse = [:]
    }

    /// Rebuilds a conversation's allocator from its vault entries (placeholder → original):
    /// numbering continues after the highest number seen per type.
    public init(restoring entries: [String: String]) {
        var counters: [String: Int] = [:]
        for placeholder in entries.keys {
            if let (type, n) = Self.parse(placeholder) { counters[type] = max(counters[type] ?? 0, n) }
        }
        self.init(entries: entries, counters: counters)
    }

    private init(entries: [String: String], counters: [String: Int]) {
        self.entries = entries
        self.counters = counters
        reverse = [:]
        for (placeholder, original) in entries {
            if let type = Self.parse(placeholder)?.type {
                reverse[Self.key(type, original)] = placeholder
            }
        }
    }

    private enum CodingKeys: String, CodingKey { case entries, counters }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(entries: try c.decode([String: String].self, forKey: .entries),
                  counters: try c.decode([String: Int].self, forKey: .counters))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(entries, forKey: .entries)
        try c.encode(counters, forKey: .counters)
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// The placeholder for `original` of `type`: the existing one for a repeat mention
    /// (compared case- and whitespace-insensitively), else the next number.
    public mutating func placeholder(for original: String, type: EntityType) -> String {
        let key = Self.key(type.rawValue, original)
        if let existing = reverse[key] { return existing }
        var n = (counters[type.rawValue] ?? 0) + 1
        var placeholder = "<\(type.rawValue)_\(n)>"
        while entries[placeholder] != nil {  // defensive: a hand-edited map
            n += 1
            placeholder = "<\(type.rawValue)_\(n)>"
        }
        counters[type.rawValue] = n
        entries[placeholder] = original
        reverse[key] = placeholder
        return placeholder
    }

    /// The original text of a placeholder this map handed out.
    public func original(of placeholder: String) -> String? { entries[placeholder] }

    /// Forgets every entry (retention purge); numbering restarts.
    public mutating func removeAll() { self = PlaceholderMap() }

    static func key(_ type: String, _ original: String) -> String {
        var norm = ""
        norm.reserveCapacity(original.utf8.count)
        for s in original.unicodeScalars where !s.properties.isWhitespace {
            norm.unicodeScalars.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
        }
        return type + "\u{0}" + norm
    }

    /// Splits `<TYPE_N>` into its parts; nil when it is not a well-formed placeholder.
    public static func parse(_ placeholder: String) -> (type: String, number: Int)? {
        let s = Array(placeholder.unicodeScalars)
        guard s.count >= 5, s.first == "<", s.last == ">" else { return nil }
        guard let us = s.lastIndex(of: "_"), us > 1, us < s.count - 2 else { return nil }
        let stem = String(String.UnicodeScalarView(s[1..<us]))
        let digits = String(String.UnicodeScalarView(s[(us + 1)..<(s.count - 1)]))
        guard EntityType.isValidStem(stem), let n = Int(digits), n > 0, digits.first != "0" else { return nil }
        return (stem, n)
    }
}
