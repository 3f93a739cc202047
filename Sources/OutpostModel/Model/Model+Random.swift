import Foundation
public import OutpostSupport

extension Model {
    /// A tiny random encoder for tests (no download): deterministic for a seed, with a
    /// vocabulary of specials, letters, a few common words and `##` pieces, padded with
    /// filler tokens up to `vocab`.
    public static func random(seed: UInt64, layers: Int = 2, dim: Int = 32, heads: Int = 4, vocab: Int = 200,
                              maxPositions: Int = 64) throws(ModelError) -> Model {
        let weights = EncoderWeights.random(seed: seed, layers: layers, dim: dim, heads: heads, vocab: vocab, maxPositions: maxPositions)
        var writer = ModelFileWriter()
        writer.metadata["source"] = "random(seed: \(seed))"
        writer.setSection(vocabularySection, Data(randomVocabulary(size: vocab).joined(separator: "\n").utf8))
        weights.quantize(into: &writer)
        return try Model(file: ModelFile(data: writer.data(), name: "<random>"))
    }

    /// The vocabulary used by `random`.
    static func randomVocabulary(size: Int) -> [String] {
        var tokens = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
        tokens += ".,!?'-:;()".map { String($0) }
        tokens += "abcdefghijklmnopqrstuvwxyz0123456789".map { String($0) }
        tokens += ["the", "my", "to", "and", "is", "appointment", "move", "cancel", "book", "account", "card",
                   "balance", "transfer", "clinic", "doctor", "please", "next", "tuesday", "morning", "play", "un", "want"]
        tokens += "abcdefghijklmnopqrstuvwxyz".map { "##" + String($0) } + ["##ing", "##ed", "##s", "##able"]
        var i = 0
        while tokens.count < size { tokens.append("filler\(i)"); i += 1 }
        return Array(tokens.prefix(max(size, 5)))
    }
}

extension SplitMix64 {
    /// Uniform in [-1, 1).
    public mutating func symmetric() -> Float { Float(nextUnit()) * 2 - 1 }
    /// Standard normal (Box-Muller).
    public mutating func normal() -> Float {
        let u1 = max(nextUnit(), 1e-12), u2 = nextUnit()
        return Float((-2 * log(u1)).squareRoot() * cos(2 * .pi * u2))
    }
}

extension EncoderWeights {
    /// Random weights with BERT-like magnitudes (normal, std 0.02-ish, unit LayerNorm gains).
    public static func random(seed: UInt64, layers: Int, dim: Int, heads: Int, vocab: Int, maxPositions: Int) -> EncoderWeights {
        var rng = SplitMix64(seed: seed)
        func array(_ n: Int, _ std: Float) -> [Float] { (0..<n).map { _ in rng.normal() * std } }
        func linear(_ out: Int, _ inp: Int) -> Linear {
            Linear(weight: array(out * inp, 1 / Float(inp).squareRoot()), bias: array(out, 0.02), outputs: out, inputs: inp)
        }
        func norm() -> Norm { Norm(gamma: (0..<dim).map { _ in 1 + rng.symmetric() * 0.1 }, beta: array(dim, 0.02)) }
        let inter = dim * 4
        let config = EncoderConfig(layers: layers, dim: dim, heads: heads, intermediate: inter, maxPositions: maxPositions,
                                   typeVocabulary: 2, vocabulary: vocab, layerNormEps: 1e-12)
        let layerList = (0..<layers).map { _ in
            Layer(qkv: linear(3 * dim, dim), attentionOutput: linear(dim, dim), attentionNorm: norm(),
                  ffnIn: linear(inter, dim), ffnOut: linear(dim, inter), ffnNorm: norm())
        }
        return EncoderWeights(config: config, wordEmbeddings: array(vocab * dim, 0.5), positionEmbeddings: array(maxPositions * dim, 0.1),
                              typeEmbeddings: array(2 * dim, 0.1), embeddingNorm: norm(), layers: layerList)
    }
}
