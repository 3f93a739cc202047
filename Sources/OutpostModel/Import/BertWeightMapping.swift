/// Maps Hugging Face BERT tensor names (with or without a `bert.` prefix) to
/// `EncoderWeights`, fusing query/key/value into one matrix.
enum BertWeightMapping {
    static func weights(_ st: SafeTensors, config c: EncoderConfig) throws(ModelError) -> EncoderWeights {
        let prefix = st.has("bert.embeddings.word_embeddings.weight") ? "bert." : ""
        let d = c.dim
        func t(_ name: String, _ shape: [Int]) throws(ModelError) -> [Float] { try st.floats(prefix + name, shape: shape) }
        func norm(_ base: String) throws(ModelError) -> EncoderWeights.Norm {
            EncoderWeights.Norm(gamma: try t(base + ".weight", [d]), beta: try t(base + ".bias", [d]))
        }
        func linear(_ base: String, _ n: Int, _ k: Int) throws(ModelError) -> EncoderWeights.Linear {
            EncoderWeights.Linear(weight: try t(base + ".weight", [n, k]), bias: try t(base + ".bias", [n]), outputs: n, inputs: k)
        }
        var layers: [EncoderWeights.Layer] = []
        for i in 0..<c.layers {
            let base = "encoder.layer.\(i)."
            let q = try linear(base + "attention.self.query", d, d)
            let k = try linear(base + "attention.self.key", d, d)
            let v = try linear(base + "attention.self.value", d, d)
            let qkv = EncoderWeights.Linear(weight: q.weight + k.weight + v.weight, bias: q.bias + k.bias + v.bias, outputs: 3 * d, inputs: d)
            layers.append(EncoderWeights.Layer(
                qkv: qkv,
                attentionOutput: try linear(base + "attention.output.dense", d, d),
                attentionNorm: try norm(base + "attention.output.LayerNorm"),
                ffnIn: try linear(base + "intermediate.dense", c.intermediate, d),
                ffnOut: try linear(base + "output.dense", d, c.intermediate),
                ffnNorm: try norm(base + "output.LayerNorm")))
        }
        return EncoderWeights(
            config: c,
            wordEmbeddings: try t("embeddings.word_embeddings.weight", [c.vocabulary, d]),
            positionEmbeddings: try t("embeddings.position_embeddings.weight", [c.maxPositions, d]),
            typeEmbeddings: try t("embeddings.token_type_embeddings.weight", [c.typeVocabulary, d]),
            embeddingNorm: try norm("embeddings.LayerNorm"),
            layers: layers)
    }
}
