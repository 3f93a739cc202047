/// Everything Outpost understands about one text, built from ONE encoder pass.
///
/// The seam for the other heads: intent is filled here; keyword extraction (phrase vectors
/// pooled from `output.tokenVectors`) and the redaction name tagger (per-token vectors)
/// read `tokens` and `output` and add their results to the same line, so no second
/// encoder pass is ever needed.
public struct TextAnalysis: Sendable {
    public let text: String
    public let tokens: TokenizedText
    public let output: EncoderOutput
    /// Nil when the model has no intent head.
    public let intent: IntentPrediction?

    /// Tokenizes, encodes once, and classifies.
    public init(text: String, model: Model) {
        self.text = text
        let (tokens, output) = model.encode(text)
        self.tokens = tokens
        self.output = output
        self.intent = model.intentHead?.classify(sentence: output.sentence)
    }
}
