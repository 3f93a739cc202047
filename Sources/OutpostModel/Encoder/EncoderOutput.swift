/// What the encoder produces for one text: one vector per token (last layer) and one
/// sentence vector. One `EncoderOutput` serves intent, keywords and the name tagger.
public struct EncoderOutput: Sendable {
    /// Number of tokens (rows), including `[CLS]`/`[SEP]`.
    public var count: Int
    /// Vector width.
    public var dim: Int
    /// Row-major `count x dim` last-layer token vectors.
    public var tokenVectors: [Float]
    /// Mean of the token vectors over all real tokens, L2-normalised.
    public var sentence: [Float]

    public init(count: Int, dim: Int, tokenVectors: [Float]) {
        precondition(tokenVectors.count == count * dim)
        self.count = count
        self.dim = dim
        self.tokenVectors = tokenVectors
        self.sentence = Self.meanPooled(tokenVectors, count: count, dim: dim)
    }

    /// The vector of token `index`.
    public func tokenVector(_ index: Int) -> ArraySlice<Float> {
        tokenVectors[(index * dim)..<((index + 1) * dim)]
    }

    /// Mean over rows, then L2 normalisation (zero vector stays zero).
    public static func meanPooled(_ rows: [Float], count: Int, dim: Int) -> [Float] {
        var mean = [Float](repeating: 0, count: dim)
        guard count > 0 else { return mean }
        for r in 0..<count { for j in 0..<dim { mean[j] += rows[r * dim + j] } }
        return normalized(mean)
    }

    /// `v / |v|` (unchanged when `|v| == 0`).
    public static func normalized(_ v: [Float]) -> [Float] {
        var norm: Float = 0
        for x in v { norm += x * x }
        norm = norm.squareRoot()
        return norm > 0 ? v.map { $0 / norm } : v
    }

    /// Cosine similarity of two vectors of equal length.
    public static func cosine(_ a: [Float], _ b: [Float]) -> Float {
        var dot: Float = 0, na: Float = 0, nb: Float = 0
        for i in 0..<min(a.count, b.count) {
            dot += a[i] * b[i]
            na += a[i] * a[i]
            nb += b[i] * b[i]
        }
        return na > 0 && nb > 0 ? dot / (na.squareRoot() * nb.squareRoot()) : 0
    }
}
