import Foundation

/// Per-candidate features the linear score combines: statistics of the text, word rarity (from
/// the WordPiece ids: lower ids are more frequent words in the tokenizer's training corpus) and
/// the encoder's phrase-versus-document similarity.
enum KeywordFeatures {
    static let names = [
        "bias", "log_tf", "log_first_position", "in_first_sentence", "one_word", "two_words", "three_words",
        "four_plus_words", "mean_word_tf", "head_rarity", "mean_rarity", "maximal_chunk", "ends_adjectival",
        "starts_verbal", "log_contained_in", "encoder_similarity", "tf_x_rarity",
    ]
    static var count: Int { names.count }

    /// Feature vector of one candidate.
    static func vector(
        _ c: KeywordCandidate, words: [KeywordWord], wordTF: [String: Int], rarity: [Float],
        similarity: Float
    ) -> [Float] {
        let first = c.occurrences[0]
        let tf = Float(c.occurrences.count)
        var meanTF: Float = 0, meanRarity: Float = 0
        for i in first { meanTF += log(1 + Float(wordTF[words[i].stem] ?? 1)); meanRarity += rarity[i] }
        meanTF /= Float(c.length)
        meanRarity /= Float(c.length)
        let head = words[first.upperBound - 1].lower
        let lead = words[first.lowerBound].lower
        return [
            1,
            log(tf),
            log(1 + Float(first.lowerBound)),
            words[first.lowerBound].sentence == 0 ? 1 : 0,
            c.length == 1 ? 1 : 0,
            c.length == 2 ? 1 : 0,
            c.length == 3 ? 1 : 0,
            c.length >= 4 ? 1 : 0,
            meanTF,
            rarity[first.upperBound - 1],
            meanRarity,
            c.isMaximal ? 1 : 0,
            KeywordLexicon.looksAdjectival(head) ? 1 : 0,
            KeywordLexicon.looksVerbal(lead) ? 1 : 0,
            log(1 + Float(c.containedIn)),
            similarity,
            log(tf) * meanRarity,
        ]
    }

    /// Rarity in [0, 1] of each word from the WordPiece ids covering it: a word that is one
    /// piece scores by its id's log-rank in the vocabulary (ids of BERT vocabularies are roughly in
    /// frequency order after the first ~2000 special and single-character entries); a word split
    /// into several pieces is rarer than any whole-word entry. Without tokens: by length.
    static func rarity(words: [KeywordWord], tokens: KeywordTokens?) -> [Float] {
        guard let tokens else { return words.map { min(1, Float($0.lower.count) / 12) } }
        let lo = log(Float(1996)), hi = log(Float(30000))
        return words.map { w in
            let pieces = tokens.tokens(overlapping: w.range)
            guard !pieces.isEmpty else { return 0.5 }
            if pieces.count > 1 { return min(1.2, 1 + 0.05 * Float(pieces.count - 1)) }
            let id = Float(max(tokens.ids[tokens.order[pieces.lowerBound]], 1996))
            return min(1, max(0, (log(id) - lo) / (hi - lo)))
        }
    }
}
