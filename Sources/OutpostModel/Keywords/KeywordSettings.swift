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
    /// `minimumScore` applies only to texts of at least this many words: the score is calibrated
    /// on abstracts, and in a short request or note nearly every phrase matters.
    public var minimumScoreFromWords = 20

    public init() {}

    /// Weights fitted on Inspec train (research use; only these numbers ship), with token vectors.
    /// Inspec dev with them: F1@5 32.7, F1@10 38.9 (anchor int8 MiniLM vectors, minimumScore 0.1).
    public static let defaultWeights: [Float] = [
        -3.455, 0.659, -0.175, 0.065, -1.013, 0.841, 1.015, 0.570, -0.202, -0.234, 1.570, 1.478, -0.504,
        -0.386, -0.697, 0.936, -0.029,
    ]

    /// Weights for the statistics-only path (no token vectors; rarity from word length when no
    /// tokens are given). Inspec dev: F1@5 32.5, F1@10 37.7 (minimumScore 0.1).
    public static let defaultStatisticsWeights: [Float] = [
        -3.462, 0.778, -0.183, 0.141, -1.054, 0.839, 1.096, 0.742, -0.009, 0.275, 1.410, 1.412, -0.526,
        -0.354, -0.706, 0.000, -0.192,
    ]
}
