import CKernels

extension EncoderWeights {
    /// Float weights recovered from an int8 model file (weights = q * scale). The float
    /// forward pass over these isolates the error of activation quantization; compare with
    /// weights imported straight from safetensors for the full int8-vs-float32 fidelity.
    public init(dequantizing file: ModelFile) throws(ModelError) {
        guard let json = file.metadata[Names.config], let config = try? JSONDecoder().decode(EncoderConfig.self, from: Data(json.utf8)) else {
            throw ModelError(.missingTensor, "model file has no encoder config; import an encoder first")
        }
        try config.validate()
        let d = config.dim
        func floats(_ name: String, _ count: Int) throws(ModelError) -> [Float] {
            let p = try file.pointer(name, .f32, as: Float.self)
            guard file.tensors[name]!.elementCount == count else {
                throw ModelError(.malformed, "tensor \(name) has the wrong size; re-import the encoder")
            }
            return Array(UnsafeBufferPointer(start: p, count: count))
        }
        let wq = try file.pointer(Names.word, .i8, shape: [config.vocabulary, d], as: Int8.self)
        let ws = try floats(Names.word + ".scale", config.vocabulary)
        var word = [Float](repeating: 0, count: config.vocabulary * d)
        for r in 0..<config.vocabulary { for c in 0..<d { word[r * d + c] = Float(wq[r * d + c]) * ws[r] } }
        func norm(_ base: String) throws(ModelError) -> Norm {
            Norm(gamma: try floats(base + ".gamma", d), beta: try floats(base + ".beta", d))
        }
        func linear(_ base: String, _ n: Int, _ k: Int) throws(ModelError) -> Linear {
            let wp = try file.pointer(base, .i8, shape: [n, k], as: Int8.self)
            let scale = try floats(base + ".scale", n)
            let groups = Int(ck_padded_k(Int32(k))) / 4
            var w = [Float](repeating: 0, count: n * k)
            for row in 0..<n {
                let b = row / 16, j = row % 16
                for col in 0..<k {
                    let g = col / 4, i = col % 4
                    w[row * k + col] = Float(wp[(b * groups + g) * 64 + j * 4 + i]) * scale[row]
                }
            }
            return Linear(weight: w, bias: try floats(base + ".bias", n), outputs: n, inputs: k)
        }
        var layers: [Layer] = []
        for i in 0..<config.layers {
            layers.append(Layer(
                qkv: try linear(Names.layer(i, "qkv"), 3 * d, d),
                attentionOutput: try linear(Names.layer(i, "attention_output"), d, d),
                attentionNorm: try norm(Names.layer(i, "attention_norm")),
                ffnIn: try linear(Names.layer(i, "ffn_in"), config.intermediate, d),
                ffnOut: try linear(Names.layer(i, "ffn_out"), d, config.intermediate),
                ffnNorm: try norm(Names.layer(i, "ffn_norm"))))
        }
        self.init(config: config, wordEmbeddings: word,
                  positionEmbeddings: try floats(Names.position, config.maxPositions * d),
                  typeEmbeddings: try floats(Names.type, config.typeVocabulary * d),
                  embeddingNorm: try norm(Names.embeddingNorm), layers: layers)
    }
}

import Foundation
