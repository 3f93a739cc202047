/// Identifier handling: the keyword extractor never returns identifier text.
extension KeywordExtractor {
    /// Replaces every run of words overlapping one identifier span by a single pseudo-word that
    /// shows the span's placeholder (a content word, so "<PERSON_1> clinic" can be a phrase), or
    /// by a non-content word (a phrase boundary) when there is no placeholder.
    static func maskIdentifiers(
        _ words: [KeywordWord], spans: [Range<Int>], placeholder: (Range<Int>) -> String?
    ) -> [KeywordWord] {
        let sortedSpans = spans.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        guard !sortedSpans.isEmpty else { return words }
        var out: [KeywordWord] = []
        out.reserveCapacity(words.count)
        var s = 0
        var i = 0
        while i < words.count {
            let w = words[i]
            while s < sortedSpans.count && sortedSpans[s].upperBound <= w.range.lowerBound { s += 1 }
            guard s < sortedSpans.count, sortedSpans[s].overlaps(w.range) else { out.append(w); i += 1; continue }
            // Spans that overlap each other or the same word merge into one pseudo-word.
            var span = sortedSpans[s]
            var j = i
            var lower = w.range.lowerBound, upper = w.range.upperBound
            while j < words.count {
                while s + 1 < sortedSpans.count && sortedSpans[s + 1].lowerBound < max(upper, span.upperBound) {
                    s += 1
                    span = min(span.lowerBound, sortedSpans[s].lowerBound)..<max(span.upperBound, sortedSpans[s].upperBound)
                }
                guard words[j].range.overlaps(span) else { break }
                upper = max(upper, words[j].range.upperBound)
                j += 1
            }
            lower = min(lower, span.lowerBound)
            upper = max(upper, span.upperBound)
            let text = placeholder(span)
            out.append(KeywordWord(
                range: lower..<upper, lower: text ?? "", stem: text ?? "", isContent: text != nil,
                boundaryBefore: w.boundaryBefore, sentence: w.sentence, placeholder: text ?? ""))
            i = j
        }
        return out
    }
}
