import Foundation
public import OutpostModel

/// Runs the extractor over a keyphrase set and scores it with the protocol of
/// ../shared/data/keyphrase/README.md; times the encoder pass and the extraction separately.
public struct KeyphraseBenchmark: Sendable {
    /// Figures of one run.
    public struct Result: Sendable, Codable, Equatable {
        public var documents: Int
        /// Macro-averaged ×100 at k = 5 and k = 10.
        public var at5: KeyphraseScore
        public var at10: KeyphraseScore
        /// Documents per second, encoder pass included (one thread).
        public var documentsPerSecond: Double
        /// Mean milliseconds per document in the encoder (tokenizer included) and in the extractor.
        public var encoderMsPerDocument: Double
        public var keywordsMsPerDocument: Double
        /// Mean tokens per document (0 without a model).
        public var tokensPerDocument: Double
        /// Whether token vectors were used (false: statistics only).
        public var usedEncoder: Bool
    }

    public var extractor: KeywordExtractor
    public var model: Model?
    public var limit: Int

    public init(extractor: KeywordExtractor = KeywordExtractor(), model: Model?, limit: Int = 10) {
        self.extractor = extractor
        self.model = model
        self.limit = limit
    }

    /// Predictions for one document, with time spent in the encoder and in the extractor.
    public func predict(_ text: String) -> (keywords: [Keyword], encoderSeconds: Double, keywordSeconds: Double, tokens: Int) {
        let clock = ContinuousClock()
        guard let model else {
            let start = clock.now
            let keywords = extractor.extract(text: text, tokens: nil, limit: limit)
            return (keywords, 0, Self.seconds(clock.now - start), 0)
        }
        let start = clock.now
        let (tokens, output) = model.encode(text)
        let middle = clock.now
        let keywords = extractor.extract(text: text, tokens: tokens, encoded: output, limit: limit)
        return (keywords, Self.seconds(middle - start), Self.seconds(clock.now - middle), tokens.count)
    }

    /// Scores every document; `progress` is called after each with the number done.
    public func run(_ documents: [KeyphraseDocument], progress: (Int) -> Void = { _ in }) -> Result {
        var evaluator = KeyphraseEvaluator(cutoffs: [5, 10])
        var encoder = 0.0, keywords = 0.0, tokens = 0
        for (i, document) in documents.enumerated() {
            let p = predict(document.text)
            encoder += p.encoderSeconds
            keywords += p.keywordSeconds
            tokens += p.tokens
            evaluator.add(predictions: p.keywords.map(\.text), gold: document.keyphrases)
            progress(i + 1)
        }
        let n = Double(max(documents.count, 1))
        let total = encoder + keywords
        return Result(
            documents: documents.count, at5: evaluator.average(at: 5), at10: evaluator.average(at: 10),
            documentsPerSecond: total > 0 ? Double(documents.count) / total : 0,
            encoderMsPerDocument: 1000 * encoder / n, keywordsMsPerDocument: 1000 * keywords / n,
            tokensPerDocument: Double(tokens) / n, usedEncoder: model != nil)
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}
