import CKernels

/// The float32 forward pass (the fidelity reference for the int8 `Encoder`): same
/// architecture, float weights, float GEMMs. Exact-erf GELU via the scalar kernel.
public final class ReferenceEncoder: Sendable {
    public let weights: EncoderWeights
    private let isa: KernelISA

    public init(weights: EncoderWeights, isa: KernelISA = .best) {
        self.weights = weights
        self.isa = isa.isAvailable ? isa : .scalar
    }

    public var config: EncoderConfig { weights.config }

    public func encode(_ tokens: TokenizedText) -> EncoderOutput {
        let rows = EncoderWindows.run(ids: tokens.ids, window: config.maxPositions, dim: config.dim) { forward($0) }
        return EncoderOutput(count: tokens.count, dim: config.dim, tokenVectors: rows)
    }

    func forward(_ ids: [Int32]) -> [Float] {
        let c = config, t = ids.count, d = c.dim
        guard t > 0 else { return [] }
        var x = [Float](repeating: 0, count: t * d)
        for (p, id) in ids.enumerated() {
            let row = (id >= 0 && Int(id) < c.vocabulary) ? Int(id) : 0
            for j in 0..<d {
                x[p * d + j] = weights.wordEmbeddings[row * d + j] + weights.positionEmbeddings[p * d + j] + weights.typeEmbeddings[j]
            }
        }
        layerNorm(&x, residual: nil, weights.embeddingNorm)
        for layer in weights.layers {
            let qkv = linear(x, layer.qkv)
            var ctx = [Float](repeating: 0, count: t * d)
            var scratch = [Float](repeating: 0, count: t * (2 * c.headDim + 1))
            ck_attention_scalar(qkv, Int32(t), Int32(c.heads), Int32(c.headDim), &ctx, &scratch)
            var h = linear(ctx, layer.attentionOutput)
            layerNorm(&h, residual: x, layer.attentionNorm)
            var inner = linear(h, layer.ffnIn)
            ck_gelu_scalar(&inner, inner.count)
            x = linear(inner, layer.ffnOut)
            layerNorm(&x, residual: h, layer.ffnNorm)
        }
        return x
    }

    private func linear(_ input: [Float], _ lin: EncoderWeights.Linear) -> [Float] {
        let t = input.count / lin.inputs
        var out = [Float](repeating: 0, count: t * lin.outputs)
        ck_gemm_f32(isa.rawValue, input, Int32(t), lin.weight, lin.bias, Int32(lin.outputs), Int32(lin.inputs), &out)
        return out
    }

    private func layerNorm(_ x: inout [Float], residual: [Float]?, _ norm: EncoderWeights.Norm) {
        let t = x.count / config.dim
        if let residual {
            ck_add_layernorm(&x, residual, Int32(t), Int32(config.dim), norm.gamma, norm.beta, config.layerNormEps)
        } else {
            ck_add_layernorm(&x, nil, Int32(t), Int32(config.dim), norm.gamma, norm.beta, config.layerNormEps)
        }
    }
}
