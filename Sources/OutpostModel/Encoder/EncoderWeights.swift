import Foundation

/// Float32 weights of a BERT encoder in our naming (Q, K and V fused into one matrix).
/// Built by the importer from safetensors, by `Model.random` for tests, or by
/// dequantizing a model file (`init(dequantizing:)`). Feeds the float32 reference
/// forward pass and the int8 quantizer.
public struct EncoderWeights: Sendable {
    /// A linear layer `y = W x + b` with `W` row-major `[outputs][inputs]`.
    public struct Linear: Sendable {
        public var weight: [Float]
        public var bias: [Float]
        public var outputs: Int
        public var inputs: Int
    }

    /// LayerNorm parameters.
    public struct Norm: Sendable {
        public var gamma: [Float]
        public var beta: [Float]
    }

    public struct Layer: Sendable {
        public var qkv: Linear
        public var attentionOutput: Linear
        public var attentionNorm: Norm
        public var ffnIn: Linear
        public var ffnOut: Linear
        public var ffnNorm: Norm
    }

    public var config: EncoderConfig
    public var wordEmbeddings: [Float]
    public var positionEmbeddings: [Float]
    public var typeEmbeddings: [Float]
    public var embeddingNorm: Norm
    public var layers: [Layer]

    /// Tensor names used in model files.
    enum Names {
        static let config = "encoder.config"
        static let word = "encoder.embeddings.word"
        static let position = "encoder.embeddings.position"
        static let type = "encoder.embeddings.type"
        static let embeddingNorm = "encoder.embeddings.norm"
        static func layer(_ i: Int, _ part: String) -> String { "encoder.layer.\(i).\(part)" }
        static let linears = ["qkv", "attention_output", "ffn_in", "ffn_out"]
    }

    /// Adds the encoder to `writer` with int8 weights: per-output-channel symmetric scales
    /// for every linear layer (packed for the GEMM kernels), per-row scales for the word
    /// embeddings; positions, types, norms and biases stay float32.
    public func quantize(into writer: inout ModelFileWriter) {
        let d = config.dim
        // Sorted keys: the same weights always give the same file, byte for byte.
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let configJSON = (try? encoder.encode(config)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
        writer.metadata[Names.config] = configJSON
        let (wq, ws) = Self.quantizeRows(wordEmbeddings, rows: config.vocabulary, cols: d)
        writer.setInt8(Names.word, wq, shape: [config.vocabulary, d])
        writer.setFloats(Names.word + ".scale", ws, shape: [config.vocabulary])
        writer.setFloats(Names.position, positionEmbeddings, shape: [config.maxPositions, d])
        writer.setFloats(Names.type, typeEmbeddings, shape: [config.typeVocabulary, d])
        writer.setFloats(Names.embeddingNorm + ".gamma", embeddingNorm.gamma, shape: [d])
        writer.setFloats(Names.embeddingNorm + ".beta", embeddingNorm.beta, shape: [d])
        for (i, layer) in layers.enumerated() {
            let linears = [layer.qkv, layer.attentionOutput, layer.ffnIn, layer.ffnOut]
            for (name, lin) in zip(Names.linears, linears) {
                let base = Names.layer(i, name)
                let (q, s) = Self.quantizeRows(lin.weight, rows: lin.outputs, cols: lin.inputs)
                writer.setPackedWeights(base, q, n: lin.outputs, k: lin.inputs)
                writer.setFloats(base + ".scale", s, shape: [lin.outputs])
                writer.setFloats(base + ".bias", lin.bias, shape: [lin.outputs])
            }
            for (name, norm) in [("attention_norm", layer.attentionNorm), ("ffn_norm", layer.ffnNorm)] {
                writer.setFloats(Names.layer(i, name) + ".gamma", norm.gamma, shape: [d])
                writer.setFloats(Names.layer(i, name) + ".beta", norm.beta, shape: [d])
            }
        }
    }

    /// Symmetric per-row int8 quantization: scale = max|row| / 127.
    static func quantizeRows(_ w: [Float], rows: Int, cols: Int) -> ([Int8], [Float]) {
        var q = [Int8](repeating: 0, count: rows * cols)
        var scales = [Float](repeating: 1, count: rows)
        for r in 0..<rows {
            var mx: Float = 0
            for c in 0..<cols { mx = max(mx, abs(w[r * cols + c])) }
            let s: Float = mx > 0 ? mx / 127 : 1
            scales[r] = s
            for c in 0..<cols {
                q[r * cols + c] = Int8(max(-127, min(127, (w[r * cols + c] / s).rounded())))
            }
        }
        return (q, scales)
    }
}
