/// Settings of the keyword extractor: candidate shape, feature weights, de-duplication.
///
/// The weights are a logistic model over `KeywordFeatures` (see `KeywordFeatures.names` for the
/// order), fitted once on a research keyphrase corpus (Inspec train split) by the development
/// tool in Benchmarks/keywords; only these scalars ship, no data derived from that corpus.
public struct KeywordSettings: Sendable, Equatable, Codable {
    /// Longest phrase taken from inside a chunk of content words.
    public var maxWords = 3
    /// Longest chunk of content words also offered whole.
    public var maxChunkWords = 5
    /// Weights of the linear score, in `KeywordFeatures.names` order.
    public var weights: [Float] = KeywordSettings.defaultWeights
    /// Weights used when no token vectors are available.
    public var statisticsWeights: [Float] = KeywordSettings.defaultStatisticsWeights
    /// Maximal marginal relevance: how much similarity to an already chosen phrase costs (0: off).
    public var diversity: Float = 0.1
    /// Phrases whose similarity to a chosen one is at least this are dropped outright.
    public var duplicateSimilarity: Float = 0.98
    /// Keyphrases scoring below this (0…1) are not returned (beyond the first `minimumCount`), so
    /// texts with little to say get fewer, better ones. 0.1 was best on Inspec train (F1@10 +0.9 on dev).
    public var minimumScore: Float = 0.1
    /// This many keyphrases are returned whatever their score (when the text has candidates).
    public var minimumCount = 3

    public init() {}

    /// Weights fitted on Inspec train (research use; only these numbers ship), with token vectors.
    /// Inspec dev with them: F1@5 32.6, F1@10 39.1 (anchor int8 MiniLM vectors, minimumScore 0.1).
    public static let defaultWeights: [Float] = [
        -3.398, 0.736, -0.172, 0.048, -1.023, 0.847, 1.028, 0.596, -0.252, -0.230, 1.561, 1.445, -0.505,
        -0.385, -0.741, 0.953, 0.008,
    ]

    /// Weights for the statistics-only path (no token vectors; rarity from word length when no
    /// tokens are given). Inspec dev: F1@5 32.7, F1@10 37.9 (minimumScore 0.1).
    public static let defaultStatisticsWeights: [Float] = [
        -3.419, 0.885, -0.181, 0.130, -1.061, 0.842, 1.106, 0.761, -0.044, 0.284, 1.402, 1.390, -0.527,
        -0.352, -0.737, 0.000, -0.249,
    ]
}
