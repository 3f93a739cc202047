import Foundation

/// A read-only Bloom filter over lower-cased words, decoded from base64 once.
///
/// The hash (FNV-1a 64 over UTF-8 bytes, Kirsch–Mitzenmacher double hashing) mirrors
/// `scripts/lexicon/lexicon-data.py`, which generates the embedded filters.
struct BloomFilter: Sendable {
    private let words: [UInt64]
    private let bitCount: UInt64
    private let hashCount: Int

    /// Builds a filter from the generator's output. Whitespace in `base64` is ignored.
    init(bitCount: Int, hashCount: Int, base64: String) {
        let compact = base64.filter { !$0.isWhitespace }
        let bytes = [UInt8](Data(base64Encoded: compact) ?? Data())
        var words = [UInt64](repeating: 0, count: (bitCount + 63) / 64)
        for (i, byte) in bytes.enumerated() where i / 8 < words.count {
            words[i / 8] |= UInt64(byte) << UInt64((i % 8) * 8)
        }
        self.words = words
        self.bitCount = UInt64(max(bitCount, 1))
        self.hashCount = hashCount
    }

    /// A filter over raw bytes as the safe-list compiler writes them (bit i is bit i&7 of byte i>>3).
    init(bitCount: Int, hashCount: Int, bytes: ArraySlice<UInt8>) {
        var words = [UInt64](repeating: 0, count: (bitCount + 63) / 64)
        words.withUnsafeMutableBytes { raw in
            let n = min(raw.count, bytes.count)
            bytes.withUnsafeBytes { src in raw.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[0..<n])) }
        }
        if UInt16(1).littleEndian != 1 { words = words.map { UInt64(littleEndian: $0) } }
        self.words = words
        self.bitCount = UInt64(max(bitCount, 1))
        self.hashCount = hashCount
    }

    /// FNV-1a 64 over the bytes.
    @inline(__always)
    static func fnv1a<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        return h
    }

    /// Whether `lowercasedUTF8` may be in the set (false positives possible, no false negatives).
    func contains<S: Sequence>(utf8 lowercasedUTF8: S) -> Bool where S.Element == UInt8 {
        let h = Self.fnv1a(lowercasedUTF8)
        let a = h & 0xffff_ffff
        let b = (h >> 32) | 1
        for i in 0..<UInt64(hashCount) {
            let idx = (a &+ i &* b) % bitCount
            if words[Int(idx >> 6)] & (1 << (idx & 63)) == 0 { return false }
        }
        return true
    }

    /// Whether the lower-cased word may be in the set.
    func contains(_ lowercasedWord: String) -> Bool {
        contains(utf8: lowercasedWord.utf8)
    }
}
