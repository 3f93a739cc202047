import OutpostModel
import OutpostRedaction

/// What the box understood about one text, from ONE encoder pass over the original text: the
/// redaction (name tagger on the token vectors), the intent, and keywords (phrase vectors from the
/// same token vectors; a phrase over an identifier shows its placeholder instead).
public struct Analysis: Sendable {
    public var redacted: String
    public var entities: [Entity]
    public var intent: IntentPrediction?
    public var keywords: [Keyword]
    /// WordPiece tokens of the encoder pass (0 without a model).
    public var tokens: Int = 0
}

/// Runs the understanding steps of the pipeline. Without a model it still redacts (patterns,
/// validators, context) and extracts statistical keywords; intent is then unknown.
public struct Analyzer: Sendable {
    public let model: Model?
    public let redactor: Redactor
    public let keywords: KeywordExtractor
    public var keywordLimit: Int

    public init(model: Model?, redactor: Redactor, keywords: KeywordExtractor = KeywordExtractor(), keywordLimit: Int = 10) {
        self.model = model
        self.redactor = redactor
        self.keywords = keywords
        self.keywordLimit = keywordLimit
    }

    /// Analyzes `text`, allocating placeholders in `map` (the conversation's).
    public func analyze(_ text: String, map: inout PlaceholderMap) -> Analysis {
        guard let model else {
            let result = redactor.redact(text, vectors: nil, map: &map)
            let spans = result.entities.map { $0.start..<$0.end }
            let placeholders = Dictionary(result.entities.map { ($0.start..<$0.end, $0.placeholder) }, uniquingKeysWith: { a, _ in a })
            let words = keywords.extract(text: text, tokens: nil, limit: keywordLimit, excluding: spans, placeholder: { placeholders[$0] })
            return Analysis(redacted: result.redacted, entities: result.entities, intent: nil, keywords: words)
        }
        let analysis = TextAnalysis(text: text, model: model)
        let result = redactor.redact(text, vectors: TokenVectors(analysis.output, tokens: analysis.tokens), map: &map)
        let spans = result.entities.map { $0.start..<$0.end }
        let placeholders = Dictionary(result.entities.map { ($0.start..<$0.end, $0.placeholder) }, uniquingKeysWith: { a, _ in a })
        let words = keywords.extract(analysis, limit: keywordLimit, excluding: spans, placeholder: { placeholders[$0] })
        return Analysis(redacted: result.redacted, entities: result.entities, intent: analysis.intent, keywords: words, tokens: analysis.tokens.count)
    }
}
