public import OutpostModel
public import OutpostRedaction
public import Tracing

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
    /// Spans `outpost.classify`, `outpost.redact`, `outpost.keywords` (counts and types only).
    public var tracer: any Tracer = NoOpTracer()

    public init(model: Model?, redactor: Redactor, keywords: KeywordExtractor = KeywordExtractor(), keywordLimit: Int = 10) {
        self.model = model
        self.redactor = redactor
        self.keywords = keywords
        self.keywordLimit = keywordLimit
    }

    /// Analyzes `text`, allocating placeholders in `map` (the conversation's).
    public func analyze(_ text: String, map: inout PlaceholderMap) -> Analysis {
        guard let model else {
            let result = redact(text, vectors: nil, map: &map)
            let spans = result.entities.map { $0.start..<$0.end }
            let placeholders = Dictionary(result.entities.map { ($0.start..<$0.end, $0.placeholder) }, uniquingKeysWith: { a, _ in a })
            let words = tracer.withSpan("outpost.keywords") { span in
                let words = keywords.extract(text: text, tokens: nil, limit: keywordLimit, excluding: spans, placeholder: { placeholders[$0] })
                span.attributes["outpost.keywords"] = words.count
                return words
            }
            return Analysis(redacted: result.redacted, entities: result.entities, intent: nil, keywords: words)
        }
        let analysis = tracer.withSpan("outpost.classify") { span in
            let analysis = TextAnalysis(text: text, model: model)
            span.attributes["outpost.tokens"] = analysis.tokens.count
            if let intent = analysis.intent {
                span.attributes["outpost.intent"] = intent.intent
                span.attributes["outpost.intent.confidence"] = Double(intent.confidence)
                span.attributes["outpost.intent.in_scope"] = intent.inScope
            }
            return analysis
        }
        let result = redact(text, vectors: TokenVectors(analysis.output, tokens: analysis.tokens), map: &map)
        let spans = result.entities.map { $0.start..<$0.end }
        let placeholders = Dictionary(result.entities.map { ($0.start..<$0.end, $0.placeholder) }, uniquingKeysWith: { a, _ in a })
        let words = tracer.withSpan("outpost.keywords") { span in
            let words = keywords.extract(analysis, limit: keywordLimit, excluding: spans, placeholder: { placeholders[$0] })
            span.attributes["outpost.keywords"] = words.count
            return words
        }
        return Analysis(redacted: result.redacted, entities: result.entities, intent: analysis.intent, keywords: words, tokens: analysis.tokens.count)
    }

    /// Redaction in its span: how many identifiers of which types, never their text.
    private func redact(_ text: String, vectors: TokenVectors?, map: inout PlaceholderMap) -> RedactionResult {
        tracer.withSpan("outpost.redact") { span in
            let result = redactor.redact(text, vectors: vectors, map: &map)
            span.attributes["outpost.entities"] = result.entities.count
            span.attributes["outpost.entity_types"] = Set(result.entities.map(\.type.rawValue)).sorted().joined(separator: ",")
            return result
        }
    }
}
