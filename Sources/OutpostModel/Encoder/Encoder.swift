import CKernels
import Foundation
import Synchronization

/// The int8 encoder: BERT/MiniLM forward pass over memory-mapped weights. Linear layers
/// run int8 x int8 -> int32 GEMMs (weights per-output-channel, activations per token,
/// quantized at run time); LayerNorm, GELU, softmax and attention run in float32.
///
/// Thread-safe: all state is immutable; each call allocates its own scratch.
public final class Encoder: @unchecked Sendable {
    struct QLinear {
        let weight: UnsafePointer<Int8>
        let wsum: UnsafePointer<Int32>
        let scale: UnsafePointer<Float>
        let bias: UnsafePointer<Float>
        let outputs: Int
        let inputs: Int
    }

    struct Norm {
        let gamma: UnsafePointer<Float>
        let beta: UnsafePointer<Float>
    }

    struct Layer {
        let qkv: QLinear
        let attentionOutput: QLinear
        let attentionNorm: Norm
        let ffnIn: QLinear
        let ffnOut: QLinear
        let ffnNorm: Norm
    }

    public let config: EncoderConfig
    /// The kernel path used by `encode`.
    public let isa: KernelISA
    let file: ModelFile
    let word: UnsafePointer<Int8>
    let wordScale: UnsafePointer<Float>
    let position: UnsafePointer<Float>
    let type: UnsafePointer<Float>
    let embeddingNorm: Norm
    let layers: [Layer]
    private let referenceCache = Mutex<ReferenceEncoder?>(nil)

    /// Binds to the encoder tensors of `file` (no copies).
    public init(file: ModelFile, isa: KernelISA = .best) throws(ModelError) {
        typealias N = EncoderWeights.Names
        guard let json = file.metadata[N.config] else {
            throw ModelError(.missingTensor, "model file has no encoder; import one with `outpost model import`")
        }
        let config: EncoderConfig
        do {
            config = try JSONDecoder().decode(EncoderConfig.self, from: Data(json.utf8))
        } catch {
            throw ModelError(.malformed, "model file has an unreadable encoder config; re-import it", cause: error)
        }
        try config.validate()
        let d = config.dim
        func f32(_ name: String, _ count: Int) throws(ModelError) -> UnsafePointer<Float> {
            try file.pointer(name, .f32, shape: [count], as: Float.self)
        }
        func norm(_ base: String) throws(ModelError) -> Norm {
            Norm(gamma: try f32(base + ".gamma", d), beta: try f32(base + ".beta", d))
        }
        func linear(_ base: String, _ n: Int, _ k: Int) throws(ModelError) -> QLinear {
            guard file.tensors[base]?.layout == "n16k4" else {
                throw ModelError(.malformed, "tensor \(base) is not packed int8; re-import the encoder")
            }
            return QLinear(weight: try file.pointer(base, .i8, shape: [n, k], as: Int8.self),
                           wsum: try file.pointer(base + ".wsum", .i32, shape: [n], as: Int32.self),
                           scale: try f32(base + ".scale", n), bias: try f32(base + ".bias", n),
                           outputs: n, inputs: k)
        }
        self.config = config
        self.isa = isa.isAvailable ? isa : .scalar
        self.file = file
        word = try file.pointer(N.word, .i8, shape: [config.vocabulary, d], as: Int8.self)
        wordScale = try f32(N.word + ".scale", config.vocabulary)
        position = try file.pointer(N.position, .f32, shape: [config.maxPositions, d], as: Float.self)
        type = try file.pointer(N.type, .f32, shape: [config.typeVocabulary, d], as: Float.self)
        embeddingNorm = try norm(N.embeddingNorm)
        var layers: [Layer] = []
        for i in 0..<config.layers {
            layers.append(Layer(
                qkv: try linear(N.layer(i, "qkv"), 3 * d, d),
                attentionOutput: try linear(N.layer(i, "attention_output"), d, d),
                attentionNorm: try norm(N.layer(i, "attention_norm")),
                ffnIn: try linear(N.layer(i, "ffn_in"), config.intermediate, d),
                ffnOut: try linear(N.layer(i, "ffn_out"), d, config.intermediate),
                ffnNorm: try norm(N.layer(i, "ffn_norm"))))
        }
        self.layers = layers
    }

    /// Token vectors and sentence vector for a tokenized text of any length (windows of
    /// `config.maxPositions` with overlap beyond that). Ids outside the vocabulary are
    /// treated as `[UNK]`-like id 0 rows.
    public func encode(_ tokens: TokenizedText) -> EncoderOutput {
        let rows = EncoderWindows.run(ids: tokens.ids, window: config.maxPositions, dim: config.dim) { forward($0) }
        return EncoderOutput(count: tokens.count, dim: config.dim, tokenVectors: rows)
    }

    /// The float32 forward pass over weights dequantized from this file (same windows).
    /// Slow; for fidelity checks. See `ReferenceEncoder` for weights straight from
    /// safetensors.
    public func encodeReference(_ tokens: TokenizedText) throws(ModelError) -> EncoderOutput {
        try referenceCache.withLock { (cache) throws(ModelError) in
            if cache == nil { cache = ReferenceEncoder(weights: try EncoderWeights(dequantizing: file)) }
            return cache!.encode(tokens)
        }
    }
}
