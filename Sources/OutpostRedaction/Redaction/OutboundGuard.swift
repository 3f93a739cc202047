/// The last check before anything leaves the box: refuses text in which the detectors still
/// find an identifier outside placeholders. The sync layer runs every outgoing body through it.
public struct OutboundGuard: Sendable {
    let redactor: Redactor

    public init(redactor: Redactor) { self.redactor = redactor }

    /// A guard with the default detectors.
    public init() {
        // The default config has no custom patterns, so this cannot throw.
        self.redactor = try! Redactor(config: RedactionConfig())
    }

    /// The identifier kinds still present outside `<TYPE_N>` placeholders (empty when clean).
    public func findings(_ text: String) -> [EntityType] {
        // Placeholders are masked with a neutral word so that they neither match nor split context.
        let masked = Self.maskPlaceholders(text)
        var seen: [EntityType] = []
        for span in redactor.detect(masked) where !seen.contains(span.type) { seen.append(span.type) }
        return seen
    }

    /// Throws `RedactionError` (code `redaction.identifier_in_outbound`) when `text` is not clean.
    public func check(_ text: String) throws {
        let found = findings(text)
        if !found.isEmpty { throw RedactionError.identifierInOutbound(types: found) }
    }

    /// Replaces each well-formed placeholder by "someone" (keeps sentence shape, never an identifier).
    static func maskPlaceholders(_ text: String) -> String {
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            if s[i] == "<", let close = s[(i + 1)..<min(s.count, i + 40)].firstIndex(of: ">") {
                var v = String.UnicodeScalarView()
                v.append(contentsOf: s[i...close])
                if PlaceholderMap.parse(String(v)) != nil {
                    out.append(contentsOf: "someone".unicodeScalars)
                    i = close + 1
                    continue
                }
            }
            out.append(s[i])
            i += 1
        }
        return String(out)
    }
}
