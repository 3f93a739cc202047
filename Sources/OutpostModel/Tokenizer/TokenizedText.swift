/// Token ids of a text plus, for each token, where it came from.
public struct TokenizedText: Sendable, Equatable {
    /// Vocabulary ids, starting with `[CLS]` and ending with `[SEP]`.
    public var ids: [Int32]
    /// Per token, the range of Unicode-scalar indices in the original text (as Python
    /// string indices). `[CLS]`/`[SEP]` have empty ranges (`0..<0`).
    public var offsets: [Range<Int>]

    public init(ids: [Int32], offsets: [Range<Int>]) {
        precondition(ids.count == offsets.count, "one offset per id")
        self.ids = ids
        self.offsets = offsets
    }

    /// Number of tokens including `[CLS]`/`[SEP]`.
    public var count: Int { ids.count }
}
