/// The encoder's view of the text that the keyword extractor uses: WordPiece ids and their
/// Unicode-scalar ranges, last-layer token vectors (row-major, `dim` wide) and the document
/// vector. Built from `TokenizedText` + `EncoderOutput` of the one encoder pass over the
/// original text (see `KeywordExtractor.extract(text:tokens:encoded:...)`).
public struct KeywordTokens: Sendable {
    public var ids: [Int32]
    public var offsets: [Range<Int>]
    public var vectors: [Float]
    public var dim: Int
    /// Document vector (need not be normalised).
    public var document: [Float]
    /// Indices of tokens with a non-empty range, sorted by range start.
    let order: [Int]

    /// - Parameters: `vectors` holds `ids.count` rows of `dim` floats (or is empty: no encoder
    ///   scores, only WordPiece rarity).
    public init(ids: [Int32], offsets: [Range<Int>], vectors: [Float], dim: Int, document: [Float]) {
        self.ids = ids
        self.offsets = offsets
        let rows = dim > 0 ? vectors.count / dim : 0
        let usable = rows >= ids.count && document.count == dim && dim > 0
        self.vectors = usable ? vectors : []
        self.dim = usable ? dim : 0
        self.document = usable ? document : []
        let n = min(ids.count, offsets.count)
        self.order = (0..<n).filter { !offsets[$0].isEmpty }.sorted { offsets[$0].lowerBound < offsets[$1].lowerBound }
    }

    /// Whether token vectors are present.
    var hasVectors: Bool { dim > 0 }

    /// Positions in `order` of the tokens whose range overlaps `range`.
    func tokens(overlapping range: Range<Int>) -> Range<Int> {
        var lo = 0, hi = order.count
        while lo < hi {  // first token whose range ends after range.lowerBound
            let mid = (lo + hi) / 2
            if offsets[order[mid]].upperBound <= range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < order.count && offsets[order[end]].lowerBound < range.upperBound { end += 1 }
        return lo..<end
    }

    /// Mean of the token vectors over the given scalar ranges (nil when no token overlaps).
    func pooled(_ ranges: [Range<Int>]) -> [Float]? {
        guard hasVectors else { return nil }
        var sum = [Float](repeating: 0, count: dim)
        var n = 0
        vectors.withUnsafeBufferPointer { v in
            for r in ranges {
                for p in tokens(overlapping: r) {
                    let base = order[p] * dim
                    for d in 0..<dim { sum[d] += v[base + d] }
                    n += 1
                }
            }
        }
        guard n > 0 else { return nil }
        return sum
    }

    /// Cosine similarity (0 when either vector is zero).
    static func cosine(_ a: [Float], _ b: [Float]) -> Float {
        var dot: Float = 0, na: Float = 0, nb: Float = 0
        for i in 0..<min(a.count, b.count) { dot += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i] }
        return na > 0 && nb > 0 ? dot / (na * nb).squareRoot() : 0
    }
}
