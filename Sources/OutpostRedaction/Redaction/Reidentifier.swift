/// Puts original values back into a reply that was written against placeholders.
public enum Reidentifier {
    /// The outcome of `reidentify`.
    public struct Result: Sendable, Equatable {
        public var text: String
        /// Placeholders found in the map and replaced.
        public var restored: Int
        /// Placeholder-shaped tokens (`<TYPE_N>`, also altered ones like `<PERSON 1>` or `<person_1>`)
        /// the map does not know: left visible, counted.
        public var unknown: Int
    }

    /// Replaces every `<TYPE_N>` that `map` knows by its original; everything else stays as is.
    public static func reidentify(_ reply: String, map: PlaceholderMap) -> Result {
        let s = Array(reply.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(s.count)
        var restored = 0, unknown = 0
        var i = 0
        while i < s.count {
            if s[i] == "<", let close = s[(i + 1)..<min(s.count, i + 48)].firstIndex(of: ">") {
                var v = String.UnicodeScalarView()
                v.append(contentsOf: s[i...close])
                let candidate = String(v)
                if let original = map.original(of: candidate) {
                    out.append(contentsOf: original.unicodeScalars)
                    restored += 1
                    i = close + 1
                    continue
                }
                if looksLikePlaceholder(s[(i + 1)..<close]) { unknown += 1 }
            }
            out.append(s[i])
            i += 1
        }
        return Result(text: String(out), restored: restored, unknown: unknown)
    }

    /// Letters then an optional separator then digits: `PERSON_1`, `person 1`, `DATE-2`.
    static func looksLikePlaceholder(_ inner: ArraySlice<Unicode.Scalar>) -> Bool {
        var k = inner.startIndex
        var letters = 0
        while k < inner.endIndex, CharClass.isASCIILetter(inner[k]) || inner[k] == "_" && letters > 0 && k + 1 < inner.endIndex && CharClass.isASCIILetter(inner[k + 1]) { letters += 1; k += 1 }
        guard letters >= 2, k < inner.endIndex else { return false }
        if inner[k] == "_" || inner[k] == " " || inner[k] == "-" { k += 1 }
        var digits = 0
        while k < inner.endIndex, CharClass.isDigit(inner[k]) { digits += 1; k += 1 }
        return digits > 0 && k == inner.endIndex
    }
}
