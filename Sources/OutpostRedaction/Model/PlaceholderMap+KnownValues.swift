import Foundation

extension PlaceholderMap {
    /// `text` with every value this map already holds replaced by its placeholder, longest value
    /// first, written as it was restored (case-sensitive, so the value "May" leaves "you may" alone),
    /// where it stands as a whole word (not inside a longer word). This is the second net of
    /// a conversation: an assistant turn a client sends back holds the real values the box restored,
    /// and they must leave as the same placeholders even where a detector would not find them.
    /// Values shorter than three characters are left to the detectors.
    public func maskingKnownValues(_ text: String) -> String {
        let values = entries.filter { $0.value.count >= 3 }.sorted { $0.value.count > $1.value.count || $0.value.count == $1.value.count && $0.key < $1.key }
        guard !values.isEmpty else { return text }
        var out = text
        for (placeholder, value) in values {
            var searchFrom = out.startIndex
            while let range = out.range(of: value, range: searchFrom..<out.endIndex) {
                let before = range.lowerBound == out.startIndex ? nil : out[out.index(before: range.lowerBound)]
                let after = range.upperBound == out.endIndex ? nil : out[range.upperBound]
                if Self.isWordCharacter(before) || Self.isWordCharacter(after) {
                    searchFrom = out.index(after: range.lowerBound)
                    continue
                }
                out.replaceSubrange(range, with: placeholder)
                searchFrom = out.index(range.lowerBound, offsetBy: placeholder.count, limitedBy: out.endIndex) ?? out.endIndex
            }
        }
        return out
    }

    private static func isWordCharacter(_ c: Character?) -> Bool {
        guard let c else { return false }
        return c.isLetter || c.isNumber
    }
}
