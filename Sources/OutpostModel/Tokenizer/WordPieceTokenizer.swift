import Foundation

/// BERT uncased WordPiece tokenizer: basic tokenization (clean text, CJK split, lower-case,
/// NFD accent strip, punctuation split) then greedy longest-match WordPiece with `##`
/// continuations; `[UNK]` for words over 100 scalars or with no match. Ids are identical
/// to Hugging Face `tokenizers` for the same `vocab.txt`.
public struct WordPieceTokenizer: Sendable {
    private let vocab: [String: Int32]
    private let tokens: [String]
    private let normalizer: BertNormalizer
    public let clsID: Int32
    public let sepID: Int32
    public let unkID: Int32
    public let padID: Int32
    /// Words longer than this many scalars become `[UNK]`.
    public let maxWordLength = 100

    /// Builds a tokenizer from `vocab.txt` content (one token per line; id = line number).
    public init(vocabText: String, lowercase: Bool = true) throws(ModelError) {
        var tokens: [String] = []
        tokens.reserveCapacity(32_000)
        for line in vocabText.split(separator: "\n", omittingEmptySubsequences: false) {
            var t = Substring(line)
            while let last = t.last, last.isWhitespace { t = t.dropLast() }
            tokens.append(String(t))
        }
        while let last = tokens.last, last.isEmpty { tokens.removeLast() }
        var vocab: [String: Int32] = [:]
        vocab.reserveCapacity(tokens.count)
        for (i, t) in tokens.enumerated() where vocab[t] == nil { vocab[t] = Int32(i) }
        func special(_ name: String) throws(ModelError) -> Int32 {
            guard let id = vocab[name] else {
                throw ModelError(.malformed, "vocabulary lacks \(name); is this a BERT vocab.txt?")
            }
            return id
        }
        self.vocab = vocab
        self.tokens = tokens
        self.normalizer = BertNormalizer(lowercase: lowercase)
        clsID = try special("[CLS]")
        sepID = try special("[SEP]")
        unkID = try special("[UNK]")
        padID = vocab["[PAD]"] ?? 0
    }

    /// Vocabulary size.
    public var vocabularySize: Int { tokens.count }

    /// The token string for an id (`[UNK]` when out of range).
    public func token(_ id: Int32) -> String {
        id >= 0 && Int(id) < tokens.count ? tokens[Int(id)] : "[UNK]"
    }

    /// The id of a token string, if it is in the vocabulary.
    public func id(of token: String) -> Int32? { vocab[token] }

    /// Tokenizes `text` into `[CLS] … [SEP]` with offsets into the original text.
    public func encode(_ text: String) -> TokenizedText {
        var ids: [Int32] = [clsID]
        var offsets: [Range<Int>] = [0..<0]
        for word in normalizer.words(text) {
            wordPiece(word, ids: &ids, offsets: &offsets)
        }
        ids.append(sepID)
        offsets.append(0..<0)
        return TokenizedText(ids: ids, offsets: offsets)
    }

    private func wordPiece(_ word: BertNormalizer.Word, ids: inout [Int32], offsets: inout [Range<Int>]) {
        let n = word.scalars.count
        let whole = word.origins[0]..<(word.origins[n - 1] + 1)
        if n > maxWordLength {
            ids.append(unkID)
            offsets.append(whole)
            return
        }
        var pieces: [(Int32, Range<Int>)] = []
        var start = 0
        while start < n {
            var end = n
            var found: Int32?
            while start < end {
                var piece = start > 0 ? "##" : ""
                piece.unicodeScalars.append(contentsOf: word.scalars[start..<end])
                if let id = vocab[piece] { found = id; break }
                end -= 1
            }
            guard let id = found else {
                ids.append(unkID)
                offsets.append(whole)
                return
            }
            pieces.append((id, word.origins[start]..<(word.origins[end - 1] + 1)))
            start = end
        }
        for (id, range) in pieces {
            ids.append(id)
            offsets.append(range)
        }
    }
}
