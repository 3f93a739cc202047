import Foundation

/// One extracted keyphrase.
public struct Keyword: Sendable, Equatable, Codable {
    /// The phrase as written in the text (identifiers replaced by their placeholders).
    public var text: String
    /// Relevance in (0, 1); the list is ranked best first.
    public var score: Float

    public init(text: String, score: Float) {
        self.text = text
        self.score = score
    }
}

/// Ranked keyphrases from any text, sharing the one encoder pass of the pipeline.
///
/// Candidates are sub-phrases (1…`maxWords` words, whole chunks up to `maxChunkWords`) of runs of
/// content words between stop words, common verbs and punctuation. Each gets a logistic score of
/// text statistics (frequency, position, length, containment), WordPiece rarity (an idf proxy
/// that needs no shipped table) and the cosine between the phrase vector (token vectors of its
/// occurrences, mean-pooled) and the document vector. Maximal marginal relevance then removes
/// near-duplicates (in short texts also parts of a phrase already chosen). Words overlapping an
/// identifier span are replaced by that span's placeholder, or end the phrase when there is none:
/// the identifier's own text is never returned.
public struct KeywordExtractor: Sendable {
    public var settings: KeywordSettings
    let segmenter = KeywordTextSegmenter()

    public init(settings: KeywordSettings = KeywordSettings()) { self.settings = settings }

    /// Keyphrases of `text`, best first, at most `limit`.
    /// - Parameters:
    ///   - tokens: WordPiece ids, offsets and token/document vectors of `text` (nil: statistics only).
    ///   - spans: identifier spans in Unicode-scalar indices of `text`.
    ///   - placeholder: the placeholder for a span (e.g. `<PERSON_1>`), or nil to drop words there.
    public func extract(
        text: String, tokens: KeywordTokens?, limit: Int = 10,
        excluding spans: [Range<Int>] = [], placeholder: (Range<Int>) -> String? = { _ in nil }
    ) -> [Keyword] {
        guard limit > 0 else { return [] }
        let scored = score(text: text, tokens: tokens, excluding: spans, placeholder: placeholder)
        let long = scored.first.map { $0.wordCount >= settings.minimumScoreFromWords } ?? false
        return select(scored, limit: limit, threshold: long)
    }

    /// A scored candidate before selection.
    struct Scored {
        var text: String
        var key: String
        var stems: [String]
        var raw: Float
        var vector: [Float]?
        var features: [Float]
        /// Words in the whole text.
        var wordCount: Int
    }

    /// Candidates with features and raw scores, in text order.
    func score(
        text: String, tokens: KeywordTokens?, excluding spans: [Range<Int>], placeholder: (Range<Int>) -> String?
    ) -> [Scored] {
        var words = segmenter.words(text)
        if !spans.isEmpty { words = Self.maskIdentifiers(words, spans: spans, placeholder: placeholder) }
        guard !words.isEmpty else { return [] }
        let generator = KeywordCandidateGenerator(maxWords: settings.maxWords, maxChunkWords: settings.maxChunkWords)
        let candidates = generator.candidates(words: words)
        var wordTF: [String: Int] = [:]
        for w in words where w.isContent { wordTF[w.stem, default: 0] += 1 }
        let rarity = KeywordFeatures.rarity(words: words, tokens: tokens)
        let weights = tokens?.hasVectors == true ? settings.weights : settings.statisticsWeights
        let scalars = Array(text.unicodeScalars)
        var out: [Scored] = []
        out.reserveCapacity(candidates.count)
        for c in candidates {
            let ranges = c.occurrences.map { words[$0.lowerBound].range.lowerBound..<words[$0.upperBound - 1].range.upperBound }
            let vector = tokens?.pooled(ranges)
            let similarity = vector.map { KeywordTokens.cosine($0, tokens!.document) } ?? 0
            let f = KeywordFeatures.vector(c, words: words, wordTF: wordTF, rarity: rarity, similarity: similarity)
            var raw: Float = 0
            for i in 0..<min(f.count, weights.count) { raw += f[i] * weights[i] }
            let first = c.occurrences[0]
            let phrase = words[first].map { Self.surface(of: $0, in: scalars) }.joined(separator: " ")
            out.append(Scored(text: phrase, key: c.key, stems: c.stems, raw: raw, vector: vector, features: f, wordCount: words.count))
        }
        return out
    }

    /// Maximal marginal relevance over the scored candidates: each pick maximises
    /// `score - 10 * diversity * (max similarity to the picks so far)`; a candidate nearly
    /// identical to a pick (similarity >= `duplicateSimilarity`) is dropped.
    func select(_ scored: [Scored], limit: Int, threshold: Bool = true) -> [Keyword] {
        var pool = scored.sorted { $0.raw > $1.raw }
        if pool.count > 4 * limit + 20 { pool.removeLast(pool.count - (4 * limit + 20)) }
        // Unit vectors once, so each similarity is one dot product.
        let units: [[Float]?] = pool.map { $0.vector.map(Self.unit) }
        var redundancy = [Float](repeating: 0, count: pool.count)
        var taken = [Bool](repeating: false, count: pool.count)
        var chosen: [Int] = []
        let penalty = settings.diversity * 10
        let m = min(max(settings.minimumScore, 1e-6), 1 - 1e-6)
        let minimumRaw = threshold && settings.minimumScore > 0 ? log(m / (1 - m)) : -Float.infinity
        while chosen.count < limit {
            var best = -1
            var bestValue = -Float.infinity
            for i in pool.indices where !taken[i] && redundancy[i] < settings.duplicateSimilarity {
                // Short texts: a part of a phrase already chosen adds nothing ("good bye", then "bye").
                if !threshold, chosen.contains(where: { " \(pool[$0].key) ".contains(" \(pool[i].key) ") }) { continue }
                let value = pool[i].raw - penalty * redundancy[i]
                if value > bestValue { bestValue = value; best = i }
            }
            guard best >= 0, chosen.count < settings.minimumCount || pool[best].raw >= minimumRaw else { break }
            taken[best] = true
            chosen.append(best)
            for i in pool.indices where !taken[i] {
                let s = Self.similarity(pool[i], units[i], pool[best], units[best])
                if s > redundancy[i] { redundancy[i] = s }
            }
        }
        return chosen.map { Keyword(text: pool[$0].text, score: 1 / (1 + exp(-pool[$0].raw))) }
    }

    /// Similarity of two candidates: cosine of phrase vectors when present, else stem overlap (Jaccard).
    static func similarity(_ a: Scored, _ ua: [Float]?, _ b: Scored, _ ub: [Float]?) -> Float {
        if let ua, let ub {
            var dot: Float = 0
            for d in 0..<min(ua.count, ub.count) { dot += ua[d] * ub[d] }
            return dot
        }
        let sa = Set(a.stems), sb = Set(b.stems)
        return Float(sa.intersection(sb).count) / Float(max(1, sa.union(sb).count))
    }

    static func unit(_ v: [Float]) -> [Float] {
        var n: Float = 0
        for x in v { n += x * x }
        n = n.squareRoot()
        return n > 0 ? v.map { $0 / n } : v
    }

    /// The word as written, or its placeholder text.
    static func surface(of word: KeywordWord, in scalars: [Unicode.Scalar]) -> String {
        if let placeholder = word.placeholder { return placeholder }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[word.range.clamped(to: 0..<scalars.count)])
        return String(view)
    }
}

extension KeywordExtractor {
    /// Every candidate of `text` with its feature vector (`KeywordFeatures` order) and raw
    /// score, for tuning tools (Benchmarks/keywords); not needed to extract keywords.
    public func candidateFeatures(text: String, tokens: KeywordTokens?) -> [(text: String, features: [Float], score: Float)] {
        score(text: text, tokens: tokens, excluding: [], placeholder: { _ in nil }).map { ($0.text, $0.features, $0.raw) }
    }

    /// Names of the features, in weight order.
    public static var featureNames: [String] { KeywordFeatures.names }
}
