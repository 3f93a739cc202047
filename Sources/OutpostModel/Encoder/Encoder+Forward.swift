import CKernels

extension Encoder {
    /// One window (at most `maxPositions` ids): returns `ids.count x dim` floats.
    func forward(_ ids: [Int32]) -> [Float] {
        let t = ids.count, d = config.dim, inter = config.intermediate
        guard t > 0 else { return [] }
        let kMax = Int(max(ck_padded_k(Int32(d)), ck_padded_k(Int32(inter))))
        let x = UnsafeMutablePointer<Float>.allocate(capacity: t * d)
        let h = UnsafeMutablePointer<Float>.allocate(capacity: t * d)
        let wide = UnsafeMutablePointer<Float>.allocate(capacity: t * max(3 * d, inter))
        let ctx = UnsafeMutablePointer<Float>.allocate(capacity: t * d)
        let q = UnsafeMutablePointer<Int8>.allocate(capacity: t * kMax)
        let acc = UnsafeMutablePointer<Int32>.allocate(capacity: t * max(3 * d, inter))
        let sa = UnsafeMutablePointer<Float>.allocate(capacity: t)
        let scratch = UnsafeMutablePointer<Float>.allocate(capacity: t * (2 * config.headDim + 1))
        defer {
            x.deallocate(); h.deallocate(); wide.deallocate(); ctx.deallocate()
            q.deallocate(); acc.deallocate(); sa.deallocate(); scratch.deallocate()
        }
        // embeddings: dequantized word row + position + type 0, then LayerNorm
        for (p, id) in ids.enumerated() {
            let row = (id >= 0 && Int(id) < config.vocabulary) ? Int(id) : 0
            let s = wordScale[row]
            let w = word + row * d, pos = position + p * d, out = x + p * d
            for j in 0..<d { out[j] = Float(w[j]) * s + pos[j] + type[j] }
        }
        ck_add_layernorm(x, nil, Int32(t), Int32(d), embeddingNorm.gamma, embeddingNorm.beta, config.layerNormEps)

        func linear(_ input: UnsafeMutablePointer<Float>, _ lin: QLinear, gelu: Bool, into out: UnsafeMutablePointer<Float>) {
            let kp = ck_padded_k(Int32(lin.inputs))
            ck_quantize_rows(isa.rawValue, input, Int32(t), Int32(lin.inputs), q, kp, sa)
            ck_gemm_s8(isa.rawValue, q, Int32(t), kp, lin.weight, lin.wsum, Int32(lin.outputs), Int32(lin.inputs), acc, Int32(lin.outputs))
            ck_dequantize(acc, Int32(t), Int32(lin.outputs), sa, lin.scale, lin.bias, gelu ? 1 : 0, out)
        }
        for layer in layers {
            linear(x, layer.qkv, gelu: false, into: wide)
            ck_attention(isa.rawValue, wide, Int32(t), Int32(config.heads), Int32(config.headDim), ctx, scratch)
            linear(ctx, layer.attentionOutput, gelu: false, into: h)
            ck_add_layernorm(h, x, Int32(t), Int32(d), layer.attentionNorm.gamma, layer.attentionNorm.beta, config.layerNormEps)
            linear(h, layer.ffnIn, gelu: true, into: wide)
            linear(wide, layer.ffnOut, gelu: false, into: x)
            ck_add_layernorm(x, h, Int32(t), Int32(d), layer.ffnNorm.gamma, layer.ffnNorm.beta, config.layerNormEps)
        }
        return Array(UnsafeBufferPointer(start: x, count: t * d))
    }
}
