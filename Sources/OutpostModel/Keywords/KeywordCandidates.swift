/// One candidate keyphrase: a run of content words, identified by its stems.
struct KeywordCandidate: Sendable {
    /// Stems joined by spaces: the identity used for counting and de-duplication.
    var key: String
    /// Stems of the words.
    var stems: [String]
    /// Word-index ranges of every occurrence, in text order.
    var occurrences: [Range<Int>]
    /// Whether some occurrence is a whole chunk (a maximal run of content words).
    var isMaximal: Bool
    /// Number of longer candidates that contain this one (by key).
    var containedIn = 0
    /// Number of words.
    var length: Int { stems.count }
}

/// Chunks text into maximal runs of content words (between stop words, verbs and punctuation)
/// and lists sub-phrases of each run as candidates.
struct KeywordCandidateGenerator: Sendable {
    /// Longest sub-phrase taken from inside a chunk.
    var maxWords = 3
    /// Longest chunk also taken whole ("longer where the text says so").
    var maxChunkWords = 5

    func candidates(words: [KeywordWord]) -> [KeywordCandidate] {
        var index: [String: Int] = [:]
        var out: [KeywordCandidate] = []
        func add(_ range: Range<Int>, maximal: Bool) {
            guard !words[range.lowerBound].isJoiner, !words[range.upperBound - 1].isJoiner else { return }
            let stems = words[range].map(\.stem)
            let key = stems.joined(separator: " ")
            if let at = index[key] {
                out[at].occurrences.append(range)
                out[at].isMaximal = out[at].isMaximal || maximal
            } else {
                index[key] = out.count
                out.append(KeywordCandidate(key: key, stems: stems, occurrences: [range], isMaximal: maximal))
            }
        }
        var start = 0
        while start < words.count {
            guard words[start].isContent else { start += 1; continue }
            var end = start + 1
            while end < words.count && words[end].isContent && !words[end].boundaryBefore { end += 1 }
            let n = end - start
            for i in start..<end {
                for j in (i + 1)...min(end, i + maxWords) where !(i == start && j == end) {
                    add(i..<j, maximal: false)
                }
            }
            if n <= maxChunkWords {
                // The whole chunk, without numbers at its ends.
                var lo = start, hi = end
                while lo < hi && words[lo].isJoiner { lo += 1 }
                while hi > lo && words[hi - 1].isJoiner { hi -= 1 }
                if lo < hi { add(lo..<hi, maximal: true) }
            }
            start = end
        }
        // Containment counts: how many other candidates have this key as a contiguous sub-phrase.
        let keys = Set(out.map(\.key))
        var contained: [String: Int] = [:]
        for c in out where c.length > 1 {
            for i in 0..<c.length {
                for j in (i + 1)...c.length where j - i < c.length {
                    let sub = c.stems[i..<j].joined(separator: " ")
                    if keys.contains(sub) { contained[sub, default: 0] += 1 }
                }
            }
        }
        for i in out.indices { out[i].containedIn = contained[out[i].key] ?? 0 }
        return out
    }
}
