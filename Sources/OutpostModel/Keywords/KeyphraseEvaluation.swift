/// Normalisation of the keyphrase scoring protocol (Hulth 2003 as used by pke/EmbedRank):
/// lower-case, split into `[a-z0-9]+` tokens (everything else is a boundary), Porter-stem each
/// token, join with single spaces.
public struct KeyphraseNormalizer: Sendable {
    private let stemmer = PorterStemmer()

    public init() {}

    /// The lower-case `[a-z0-9]+` tokens of `text`.
    public static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var current: [UInt8] = []
        for scalar in text.unicodeScalars {
            var v = scalar.value
            if v >= 65 && v <= 90 { v += 32 }
            if (v >= 97 && v <= 122) || (v >= 48 && v <= 57) {
                current.append(UInt8(v))
            } else if v < 128 {
                if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)); current.removeAll() }
            } else {
                // Follow Python's str.lower(): a few non-ASCII letters lower-case to ASCII (the Kelvin sign, "İ").
                for l in String(scalar).lowercased().unicodeScalars {
                    if (l.value >= 97 && l.value <= 122) || (l.value >= 48 && l.value <= 57) {
                        current.append(UInt8(l.value))
                    } else if !current.isEmpty {
                        out.append(String(decoding: current, as: UTF8.self))
                        current.removeAll()
                    }
                }
            }
        }
        if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)) }
        return out
    }

    /// The normalised form of a phrase ("" when it has no `[a-z0-9]` token).
    public func normalize(_ phrase: String) -> String {
        Self.tokens(phrase).map { stemmer.stem($0) }.joined(separator: " ")
    }
}

/// Precision, recall and F1 at a cut-off, for one document or averaged over many.
public struct KeyphraseScore: Sendable, Equatable, Codable {
    public var precision: Double
    public var recall: Double
    public var f1: Double

    public init(precision: Double, recall: Double, f1: Double) {
        self.precision = precision
        self.recall = recall
        self.f1 = f1
    }
}

/// The scoring protocol of ../shared/data/keyphrase/README.md: predictions normalised in rank
/// order with duplicates dropped, top k kept; gold is the set of normalised keyphrases;
/// per-document P/R/F1, macro-averaged over documents.
public struct KeyphraseEvaluator: Sendable {
    public let cutoffs: [Int]
    private let normalizer = KeyphraseNormalizer()
    private var sums: [Int: KeyphraseScore] = [:]
    /// Documents scored so far.
    public private(set) var documents = 0

    public init(cutoffs: [Int] = [5, 10]) { self.cutoffs = cutoffs }

    /// Scores one document at cut-off `k`.
    public func score(predictions: [String], gold: [String], k: Int) -> KeyphraseScore {
        let goldSet = Set(gold.map(normalizer.normalize).filter { !$0.isEmpty })
        var seen = Set<String>()
        var kept: [String] = []
        for p in predictions {
            let n = normalizer.normalize(p)
            guard !n.isEmpty, seen.insert(n).inserted else { continue }
            kept.append(n)
            if kept.count == k { break }
        }
        guard !kept.isEmpty, !goldSet.isEmpty else { return KeyphraseScore(precision: 0, recall: 0, f1: 0) }
        let matches = Double(kept.filter(goldSet.contains).count)
        let p = matches / Double(kept.count), r = matches / Double(goldSet.count)
        return KeyphraseScore(precision: p, recall: r, f1: matches > 0 ? 2 * p * r / (p + r) : 0)
    }

    /// Adds one document to the running averages.
    public mutating func add(predictions: [String], gold: [String]) {
        documents += 1
        for k in cutoffs {
            let s = score(predictions: predictions, gold: gold, k: k)
            var sum = sums[k] ?? KeyphraseScore(precision: 0, recall: 0, f1: 0)
            sum.precision += s.precision
            sum.recall += s.recall
            sum.f1 += s.f1
            sums[k] = sum
        }
    }

    /// Macro averages ×100 at cut-off `k` (zeros before any document).
    public func average(at k: Int) -> KeyphraseScore {
        guard documents > 0, let s = sums[k] else { return KeyphraseScore(precision: 0, recall: 0, f1: 0) }
        let n = Double(documents) / 100
        return KeyphraseScore(precision: s.precision / n, recall: s.recall / n, f1: s.f1 / n)
    }
}
