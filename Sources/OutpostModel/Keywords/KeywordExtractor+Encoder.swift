/// Keyword extraction on the pipeline's one encoder pass.
extension KeywordExtractor {
    /// Keyphrases of `text`, best first, at most `limit`, scored with the token vectors of the
    /// encoder pass over the original text (no second pass). A phrase that overlaps an
    /// identifier span (Unicode-scalar indices) shows the span's placeholder instead, or is cut
    /// there when `placeholder` returns nil: identifier text is never returned.
    public func extract(
        text: String, tokens: TokenizedText, encoded: EncoderOutput, limit: Int = 10,
        excluding spans: [Range<Int>] = [], placeholder: (Range<Int>) -> String? = { _ in nil }
    ) -> [Keyword] {
        let view = KeywordTokens(tokens: tokens, encoded: encoded)
        return extract(text: text, tokens: view, limit: limit, excluding: spans, placeholder: placeholder)
    }

    /// Keyphrases from a `TextAnalysis` (its one encoder pass).
    public func extract(
        _ analysis: TextAnalysis, limit: Int = 10,
        excluding spans: [Range<Int>] = [], placeholder: (Range<Int>) -> String? = { _ in nil }
    ) -> [Keyword] {
        extract(text: analysis.text, tokens: analysis.tokens, encoded: analysis.output, limit: limit,
                excluding: spans, placeholder: placeholder)
    }
}

extension KeywordTokens {
    /// The view of one encoder pass (vectors are shared, not copied).
    public init(tokens: TokenizedText, encoded: EncoderOutput) {
        let consistent = encoded.count == tokens.count && encoded.tokenVectors.count == encoded.count * encoded.dim
        self.init(ids: tokens.ids, offsets: tokens.offsets, vectors: consistent ? encoded.tokenVectors : [],
                  dim: consistent ? encoded.dim : 0, document: consistent ? encoded.sentence : [])
    }
}
