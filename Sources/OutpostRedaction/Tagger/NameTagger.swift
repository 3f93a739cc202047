/// Per-token vectors from the encoder, aligned to the input text: `tokenRanges[i]` is the
/// scalar range of vector `i` (WordPiece pieces of one word share the word's range or parts of it).
public struct TokenVectors: Sendable {
    public var count: Int
    public var dim: Int
    /// Row-major `count × dim`.
    public var values: [Float]
    /// Scalar offsets of each vector in the original text, half-open.
    public var tokenRanges: [Range<Int>]

    public init(count: Int, dim: Int, values: [Float], tokenRanges: [Range<Int>]) {
        self.count = count
        self.dim = dim
        self.values = values
        self.tokenRanges = tokenRanges
    }
}

/// A token tagger: the probability that each encoder token is part of a person's name.
/// The redactor maps these onto its own word tokens (max over the pieces of a word) and treats
/// a word at or above `RedactionConfig.taggerThreshold` as a name, unless it is a protected
/// clinical term. Without a tagger the context + list + pattern evidence decides alone.
public protocol NameTagger: Sendable {
    func personProbabilities(_ vectors: TokenVectors) -> [Float]
}

/// A linear (logistic) tagger over the token vectors: p = σ(w·v + b). Weights are trained
/// offline in Swift and embedded as an array; `dim` must match the encoder's.
public struct LinearNameTagger: NameTagger {
    public let weights: [Float]
    public let bias: Float

    public init(weights: [Float], bias: Float) {
        self.weights = weights
        self.bias = bias
    }

    public func personProbabilities(_ v: TokenVectors) -> [Float] {
        guard v.dim == weights.count, v.values.count >= v.count * v.dim else { return [Float](repeating: 0, count: v.count) }
        var out = [Float](repeating: 0, count: v.count)
        for r in 0..<v.count {
            var z = bias
            let base = r * v.dim
            for c in 0..<v.dim { z += weights[c] * v.values[base + c] }
            out[r] = 1 / (1 + (-z).exp)
        }
        return out
    }
}

extension Float {
    fileprivate var exp: Float { Float(Foundation.exp(Double(self))) }
}

import Foundation

extension ScannedText {
    /// The tagger's probability per word token: the maximum over encoder tokens overlapping it.
    func wordScores(_ probs: [Float], ranges: [Range<Int>]) -> [Float] {
        var out = [Float](repeating: -1, count: tokens.count)
        var j = 0
        for (i, tok) in tokens.enumerated() {
            while j < ranges.count, ranges[j].upperBound <= tok.start { j += 1 }
            var k = j
            while k < ranges.count, ranges[k].lowerBound < tok.end {
                if k < probs.count { out[i] = max(out[i], probs[k]) }
                k += 1
            }
        }
        return out
    }
}
