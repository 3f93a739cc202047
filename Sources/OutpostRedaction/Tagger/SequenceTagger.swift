import Foundation

/// Layer 2, the learned name and place tagger: a linear-chain model over the redactor's own word
/// tokens with BIO labels for persons and places, decoded with Viterbi. Each token is described by
/// hashed features: the word, its shape and affixes, case, diacritics, hyphens and apostrophes, what
/// the gazetteers and dictionaries of the safe-list say of it (general word, listed name, proper
/// noun, major place), clinical and cue vocabularies, and the same for the words around it. The
/// weights come from `SequenceTaggerTrainer` (an averaged structured perceptron) over the generated
/// corpus, reproducibly (`scripts/tagger/build.sh`), and are loaded from a file like the safe-list.
///
/// The tagger only runs with the compiled safe-list its features were trained with.
public struct SequenceTagger: Sendable {
    /// O, B-PER, I-PER, B-LOC, I-LOC.
    package static let labelCount = 5
    static let magic: [UInt8] = Array("OPTAG001".utf8)

    let bits: Int
    /// `buckets × labelCount` weights, int8 times `scale`.
    let weights: [Int8]
    let scale: Float
    /// `(labelCount + 1) × labelCount`: row 0 is the start, row `p + 1` follows label `p`.
    let transitions: [Float]
    /// Where the weights were read from, for `outpost redact explain` and `doctor`.
    public let source: String

    var mask: Int { (1 << bits) - 1 }

    package init(bits: Int, weights: [Int8], scale: Float, transitions: [Float], source: String) {
        self.bits = bits
        self.weights = weights
        self.scale = scale
        self.transitions = transitions
        self.source = source
    }

    // MARK: Decoding

    /// The best label sequence for the tokens of `text` (one label per token).
    func labels(_ text: ScannedText, safeList: SafeList) -> [Int] {
        labels(features: SequenceFeatures.extract(text, safeList: safeList, mask: mask))
    }

    /// The best label sequence for tokens given by their feature buckets.
    package func labels(features feats: [[Int]]) -> [Int] {
        Self.viterbi(tokens: feats.count) { i, l in
            var s: Float = 0
            for f in feats[i] { s += Float(weights[f * Self.labelCount + l]) }
            return s * scale
        } transition: { p, l in transitions[(p + 1) * Self.labelCount + l] }
    }

    /// The spans of a label sequence: each B- label with the I- labels of its kind after it.
    package static func runs(_ labels: [Int]) -> [(start: Int, end: Int, label: Int)] {
        var out: [(start: Int, end: Int, label: Int)] = []
        var i = 0
        while i < labels.count {
            guard labels[i] == 1 || labels[i] == 3 else { i += 1; continue }
            var end = i
            while end + 1 < labels.count, labels[end + 1] == labels[i] + 1 { end += 1 }
            out.append((i, end, labels[i]))
            i = end + 1
        }
        return out
    }

    /// Viterbi over `tokens` positions with the BIO constraint (I-X only after B-X or I-X).
    /// `emit(i, label)` and `transition(previous, label)` (previous -1 at the start) score.
    package static func viterbi(tokens n: Int, emit: (Int, Int) -> Float, transition: (Int, Int) -> Float) -> [Int] {
        guard n > 0 else { return [] }
        let L = labelCount
        var score = [Float](repeating: 0, count: n * L)
        var back = [Int](repeating: 0, count: n * L)
        for l in 0..<L {
            score[l] = allowed(-1, l) ? emit(0, l) + transition(-1, l) : -.infinity
        }
        for i in 1..<n {
            for l in 0..<L {
                let e = emit(i, l)
                var best = -Float.infinity, arg = 0
                for p in 0..<L where allowed(p, l) {
                    let s = score[(i - 1) * L + p] + transition(p, l)
                    if s > best { best = s; arg = p }
                }
                score[i * L + l] = best + e
                back[i * L + l] = arg
            }
        }
        var last = 0
        for l in 1..<L where score[(n - 1) * L + l] > score[(n - 1) * L + last] { last = l }
        var out = [Int](repeating: 0, count: n)
        out[n - 1] = last
        for i in stride(from: n - 1, to: 0, by: -1) { out[i - 1] = back[i * L + out[i]] }
        return out
    }

    /// I-PER (2) only after B-PER/I-PER, I-LOC (4) only after B-LOC/I-LOC.
    @inline(__always) static func allowed(_ previous: Int, _ label: Int) -> Bool {
        switch label {
        case 2: return previous == 1 || previous == 2
        case 4: return previous == 3 || previous == 4
        default: return true
        }
    }

    /// Adds the tagger's person and place spans over tokens no earlier layer claimed. Each span is
    /// trimmed to words something besides the context supports — a listed name, a word of no
    /// dictionary, a proper noun, or a capital inside a mixed-case sentence — so "car needs" or
    /// "how old" in a lower-case request never become a name. In a mixed-case text a lower-case
    /// dictionary word right after a preposition is the word: "maiden name on file", "on record".
    func detect(_ d: inout Detection, safeList: SafeList) {
        let t = d.tokens
        let labels = labels(d.text, safeList: safeList)
        func supported(_ k: Int) -> Bool {
            guard t[k].kind == .alpha else { return t[k].kind != .punct }
            let w = PersonDetector.stripPossessive(t[k].lower)
            if d.text.casing == .mixed, !t[k].isCapitalized, safeList.isSafe(w), k > 0, t[k - 1].kind == .alpha,
               Self.prepositions.contains(t[k - 1].lower) { return false }
            if safeList.isName(w) || safeList.isProper(w) || safeList.isAmbiguous(w) || !safeList.isSafe(w) && !FunctionWords.contains(w) { return true }
            return d.text.casing == .mixed && t[k].isCapitalized && !t[k].isAllCaps && !d.text.isSentenceStart(k)
        }
        for (start, end, label) in Self.runs(labels) {
            var a = start, b = end
            while a <= b, !supported(a) || t[a].kind == .punct { a += 1 }
            while b >= a, !supported(b) || t[b].kind == .punct { b -= 1 }
            guard a <= b else { continue }
            let words = (a...b).filter { t[$0].kind == .alpha }
            guard !words.isEmpty, !(a...b).contains(where: { d.isClaimed(token: $0) || d.protected[t[$0].start] }),
                  !words.contains(where: { Lexicon.isProtectedWord(t[$0].lower) && !PersonDetector.afterTitle($0, d) || PersonDetector.isEponym($0, d) }) else { continue }
            d.add(t[a].start, t[b].end, label == 1 ? .person : .location, priority: 38, layer: .names,
                  evidence: "the sequence tagger: \(label == 1 ? "a person's name" : "a place") in this context")
        }
    }

    /// Prepositions after which a lower-case dictionary word in mixed-case text is no name.
    static let prepositions: Set<String> = ["on", "in", "at", "of", "for", "from", "by", "about", "under", "upon", "into", "onto"]

    // MARK: File

    /// Where `outpostd` and `outpost redact` look: `$OUTPOST_TAGGER`, the package's
    /// `/usr/share/outpost/tagger.bin`, then the build cache.
    public static var defaultPaths: [String] { DataFiles.defaultPaths(variable: "OUTPOST_TAGGER", file: "tagger.bin") }

    /// The first of `paths` that exists, or nil when none does; an existing file that cannot be
    /// read throws `redaction.tagger_unreadable`.
    public static func firstAvailable(_ paths: [String]) throws -> SequenceTagger? {
        try DataFiles.firstExisting(paths).map(load(path:))
    }

    public static func load(path: String) throws -> SequenceTagger {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RedactionError.taggerUnreadable(path: path, reason: "cannot read the file")
        }
        return try parse([UInt8](data), path: path)
    }

    /// `OPTAG001`, bits (u8), labels (u8), scale (f32), transitions (f32 × 30), weights (i8 × 2^bits × 5).
    static func parse(_ b: [UInt8], path: String) throws -> SequenceTagger {
        func fail(_ why: String) -> RedactionError { .taggerUnreadable(path: path, reason: why) }
        guard b.count >= 14, Array(b[0..<8]) == magic else { throw fail("not an Outpost tagger file (no OPTAG001 header)") }
        let bits = Int(b[8])
        guard (10...24).contains(bits), Int(b[9]) == labelCount else { throw fail("unsupported layout (bits \(b[8]), labels \(b[9]))") }
        let nt = (labelCount + 1) * labelCount
        let size = 14 + 4 * nt + (1 << bits) * labelCount
        guard b.count == size else { throw fail("\(b.count) bytes, expected \(size): truncated or damaged") }
        func f32(_ o: Int) -> Float {
            Float(bitPattern: UInt32(b[o]) | UInt32(b[o + 1]) << 8 | UInt32(b[o + 2]) << 16 | UInt32(b[o + 3]) << 24)
        }
        let scale = f32(10)
        guard scale.isFinite, scale > 0 else { throw fail("bad weight scale") }
        let transitions = (0..<nt).map { f32(14 + 4 * $0) }
        guard transitions.allSatisfy(\.isFinite) else { throw fail("bad transition weights") }
        let w = b[(14 + 4 * nt)...].map { Int8(bitPattern: $0) }
        return SequenceTagger(bits: bits, weights: w, scale: scale, transitions: transitions, source: path)
    }

    /// The weights in the `OPTAG001` format `load` reads.
    public func serialized() -> [UInt8] {
        var out = Self.magic
        out.append(UInt8(bits))
        out.append(UInt8(Self.labelCount))
        func put(_ f: Float) { let v = f.bitPattern; for k in 0..<4 { out.append(UInt8((v >> (8 * k)) & 0xFF)) } }
        put(scale)
        transitions.forEach(put)
        out.append(contentsOf: weights.map { UInt8(bitPattern: $0) })
        return out
    }
}
