/// Shape of a BERT-family encoder. Stored in the model file's metadata as `encoder.config`
/// (JSON).
public struct EncoderConfig: Codable, Sendable, Equatable {
    public var layers: Int
    public var dim: Int
    public var heads: Int
    public var intermediate: Int
    public var maxPositions: Int
    public var typeVocabulary: Int
    public var vocabulary: Int
    public var layerNormEps: Float

    public init(layers: Int, dim: Int, heads: Int, intermediate: Int, maxPositions: Int = 512,
                typeVocabulary: Int = 2, vocabulary: Int, layerNormEps: Float = 1e-12) {
        self.layers = layers
        self.dim = dim
        self.heads = heads
        self.intermediate = intermediate
        self.maxPositions = maxPositions
        self.typeVocabulary = typeVocabulary
        self.vocabulary = vocabulary
        self.layerNormEps = layerNormEps
    }

    public var headDim: Int { dim / heads }

    /// Throws unless every size is positive and consistent.
    func validate() throws(ModelError) {
        guard layers > 0, dim > 0, heads > 0, dim % heads == 0, intermediate > 0, maxPositions > 2,
              typeVocabulary > 0, vocabulary > 0, layerNormEps > 0, dim <= 8192, intermediate <= 65536
        else {
            throw ModelError(.malformed, "encoder config is inconsistent (\(self)); re-import the encoder")
        }
    }
}
