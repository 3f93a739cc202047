public import OutpostModel

extension TokenVectors {
    /// The encoder's token vectors with their scalar ranges ([CLS]/[SEP] keep empty ranges).
    public init(_ output: EncoderOutput, tokens: TokenizedText) {
        self.init(count: output.count, dim: output.dim, values: output.tokenVectors,
                  tokenRanges: Array(tokens.offsets.prefix(output.count)))
    }
}

extension Redactor {
    /// Encodes `text` once with `model` and redacts it with the token vectors available to the
    /// name tagger. Callers that already ran the encoder pass `vectors:` to `redact` instead.
    public func redact(_ text: String, model: Model, map: inout PlaceholderMap) -> RedactionResult {
        let tokens = model.tokenizer.encode(text)
        let output = model.encoder.encode(tokens)
        return redact(text, vectors: TokenVectors(output, tokens: tokens), map: &map)
    }
}

extension Redactor {
    /// `explain` with the encoder's token vectors, as the daemon redacts.
    public func explain(_ text: String, model: Model, map: inout PlaceholderMap) -> (result: RedactionResult, explanations: [Explanation]) {
        let tokens = model.tokenizer.encode(text)
        let output = model.encoder.encode(tokens)
        return explain(text, vectors: TokenVectors(output, tokens: tokens), map: &map)
    }
}
