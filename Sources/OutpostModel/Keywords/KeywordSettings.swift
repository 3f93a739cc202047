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

    public init() {}

    /// Weights fitted on Inspec train (research use; only these numbers ship), with token vectors.
    /// Inspec dev with them: F1@5 32.7, F1@10 37.8 (anchor int8 MiniLM vectors).
    public static let defaultWeights: [Float] = [
        -3.405, 0.769, -0.167, 0.080, -1.031, 0.856, 1.003, 0.551, -0.258, -0.255, 1.580, 1.380, -0.499,
        -0.343, -0.712, 0.951, 0.011,
    ]

    /// Weights for the statistics-only path (no token vectors; rarity from word length when no
    /// tokens are given). Inspec dev: F1@5 32.3, F1@10 36.5.
    public static let defaultStatisticsWeights: [Float] = [
        -3.471, 0.961, -0.177, 0.158, -1.070, 0.850, 1.081, 0.712, -0.050, 0.307, 1.449, 1.328, -0.525,
        -0.314, -0.709, 0.000, -0.314,
    ]
}
