public import OutpostSupport

/// The last check before anything leaves the box: refuses text in which an identifier is still
/// found outside placeholders. It checks the whole payload again with the safe-list recall net
/// (in strict mode every word must be known to be safe), besides the typed detectors and the name
/// lists, so a name the redactor's name layer missed is refused here. The sync layer runs every
/// outgoing body through it.
public struct OutboundGuard: OutboundCheck {
    let redactor: Redactor

    public init(redactor: Redactor) { self.redactor = redactor }

    /// A guard with the default detectors.
    public init() {
        // The default config has no custom patterns; an unreadable safe-list falls back to the built-in one.
        self.redactor = (try? Redactor(config: RedactionConfig())) ?? (try! Redactor(config: RedactionConfig(), safeList: .embedded))
    }

    /// The identifier kinds still present outside `<TYPE_N>` placeholders (empty when clean).
    public func findings(_ text: String) -> [EntityType] {
        // Placeholders are masked with a neutral word so that they neither match nor split context.
        let masked = Self.maskPlaceholders(text)
        var seen: [EntityType] = []
        for span in redactor.guardFindings(masked) where !seen.contains(span.type) { seen.append(span.type) }
        return seen
    }

    /// Throws `RedactionError` (code `redaction.identifier_in_outbound`) when `text` is not clean.
    public func check(_ text: String) throws {
        let found = findings(text)
        if !found.isEmpty { throw RedactionError.identifierInOutbound(types: found) }
    }

    /// Whether `s[i...]` starts a canonical UUID (8-4-4-4-12 hex): system-generated request and
    /// idempotency ids, not derived from a person (Safe Harbor allows such codes).
    static func uuidLength(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        let groups = [8, 4, 4, 4, 12]
        var k = i
        for (g, n) in groups.enumerated() {
            for _ in 0..<n {
                guard k < s.count, CharClass.isHex(s[k]) else { return nil }
                k += 1
            }
            if g < 4 {
                guard k < s.count, s[k] == "-" else { return nil }
                k += 1
            }
        }
        if k < s.count, CharClass.isAlnum(s[k]) { return nil }
        return k - i
    }

    /// Replaces each well-formed placeholder by "someone" (keeps sentence shape, never an identifier)
    /// and each UUID by "id".
    static func maskPlaceholders(_ text: String) -> String {
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            if CharClass.isHex(s[i]), i == 0 || !CharClass.isAlnum(s[i - 1]), let n = uuidLength(s, i) {
                out.append(contentsOf: "id".unicodeScalars)
                i += n
                continue
            }
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
