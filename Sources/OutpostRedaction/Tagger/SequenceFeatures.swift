import OutpostSupport

/// The features of the sequence tagger, shared by its trainer and its decoder so that both see
/// exactly the same thing: per token a list of hashed feature buckets.
package enum SequenceFeatures {
    /// What one token looks like, computed once per text.
    struct Attributes {
        var word: String
        var shape: String
        var flags: UInt32
    }

    // flag bits
    static let safe: UInt32 = 1 << 0, name: UInt32 = 1 << 1, proper: UInt32 = 1 << 2, major: UInt32 = 1 << 3
    static let function: UInt32 = 1 << 4, clinical: UInt32 = 1 << 5, title: UInt32 = 1 << 6, cap: UInt32 = 1 << 7
    static let allCaps: UInt32 = 1 << 8, diacritic: UInt32 = 1 << 9, sentenceStart: UInt32 = 1 << 10, lineStart: UInt32 = 1 << 11
    static let afterColon: UInt32 = 1 << 12, country: UInt32 = 1 << 13, street: UInt32 = 1 << 14, month: UInt32 = 1 << 15
    static let personCue: UInt32 = 1 << 16, placeCue: UInt32 = 1 << 17, alpha: UInt32 = 1 << 18, number: UInt32 = 1 << 19
    static let hyphenated: UInt32 = 1 << 20, stateCode: UInt32 = 1 << 21, particle: UInt32 = 1 << 22, english: UInt32 = 1 << 23
    static let ambiguous: UInt32 = 1 << 24, famous: UInt32 = 1 << 25

    static func attributes(_ text: ScannedText, safeList: SafeList) -> [Attributes] {
        let t = text.tokens
        return t.indices.map { i in
            let tok = t[i]
            let word = tok.kind == .alpha ? PersonDetector.stripPossessive(tok.lower) : tok.kind == .punct ? tok.lower : shapeOf(tok.lower)
            var f: UInt32 = 0
            if tok.kind == .alpha {
                f |= alpha
                if safeList.isSafe(word) { f |= safe }
                if safeList.isName(word) { f |= name }
                if safeList.isProper(word) { f |= proper }
                if safeList.isMajorPlace(word) { f |= major }
                if safeList.isAmbiguous(word) || safeList.isLowerCaseSafe(word) { f |= ambiguous }
                if safeList.isFamous(word) { f |= famous }
                if Lexicon.isEnglishWord(word) { f |= english }
                if FunctionWords.contains(word) { f |= function }
                if Lexicon.isProtectedWord(word) { f |= clinical }
                if Cues.titles.contains(word) { f |= title }
                if ClinicalTerms.countries.contains(word) || Cues.stateNames.contains(word) { f |= country }
                if Cues.streetSuffixes.contains(word) || Cues.streetTypesFirst.contains(word) { f |= street }
                if Cues.months[word] != nil || Cues.moreMonths[word] != nil { f |= month }
                if Cues.strongPersonCues.contains(word) || Cues.weakPersonCues.contains(word) { f |= personCue }
                if Cues.placeCues.contains(word) { f |= placeCue }
                if Cues.stateCodes.contains(word) && tok.isAllCaps { f |= stateCode }
                if RecallNet.particles.contains(word) { f |= particle }
                if !word.unicodeScalars.allSatisfy({ $0.value < 128 }) { f |= diacritic }
            } else if tok.kind == .number {
                f |= number
            }
            if tok.isCapitalized { f |= cap }
            if tok.isAllCaps { f |= allCaps }
            if text.isSentenceStart(i) { f |= sentenceStart }
            if i == 0 || text.scalars[t[i - 1].end..<tok.start].contains(where: { $0 == "\n" || $0 == "\t" }) { f |= lineStart }
            if i > 0, t[i - 1].lower == ":" { f |= afterColon }
            if i > 0, t[i - 1].lower == "-", !tok.spaceBefore || i + 1 < t.count && t[i + 1].lower == "-" && !t[i + 1].spaceBefore { f |= hyphenated }
            return Attributes(word: word, shape: tok.kind == .punct ? tok.lower : shapeOf(scalars: text.scalars[tok.start..<tok.end]), flags: f)
        }
    }

    /// "Xx", "X", "x", "d", "Xx'Xx": upper, lower, digit, other, runs collapsed.
    static func shapeOf(scalars: ArraySlice<Unicode.Scalar>) -> String {
        var out = String.UnicodeScalarView()
        for s in scalars {
            let c: Unicode.Scalar = CharClass.isDigit(s) ? "d" : CharClass.isUpper(s) ? "X" : CharClass.isLetter(s) ? "x" : s
            if out.last != c { out.append(c) }
        }
        return String(out)
    }

    static func shapeOf(_ lower: String) -> String { "#" + shapeOf(scalars: ArraySlice(Array(lower.unicodeScalars))) }

    /// The feature buckets of every token (`mask` = buckets - 1). Words, shapes and affixes are
    /// hashed once per token; a feature is its template id mixed with those hashes.
    package static func extract(_ text: ScannedText, safeList: SafeList, mask: Int) -> [[Int]] {
        let a = attributes(text, safeList: safeList)
        let casing: UInt64 = text.casing == .mixed ? 0 : text.casing == .lower ? 1 : 2
        let n = a.count
        let wordHash = a.map { hash(0, $0.word) }, shapeHash = a.map { hash(0, $0.shape) }
        let bos = hash(0, "<s>"), eos = hash(0, "</s>")
        func word(_ k: Int) -> UInt64 { k < 0 ? bos : k >= n ? eos : wordHash[k] }
        func shape(_ k: Int) -> UInt64 { k < 0 ? bos : k >= n ? eos : shapeHash[k] }
        func flags(_ k: Int) -> UInt64 { k < 0 || k >= n ? 0 : UInt64(a[k].flags) }
        let m = UInt64(mask)
        var out: [[Int]] = []
        out.reserveCapacity(n)
        for i in 0..<n {
            var f: [Int] = []
            f.reserveCapacity(64)
            @inline(__always) func add(_ template: UInt64, _ v: UInt64) { f.append(Int(mix(template &* 0x9E37_79B9_7F4A_7C15 ^ v) & m)) }
            @inline(__always) func add(_ template: UInt64, _ v: UInt64, _ w: UInt64) { add(template, mix(v) ^ (w &* 0xD6E8_FEB8_6659_FD93)) }
            let fl = a[i].flags
            let cap: UInt64 = fl & Self.cap != 0 ? 1 : 0, start: UInt64 = fl & sentenceStart != 0 ? 1 : 0
            add(1, 0)
            add(2, wordHash[i])
            add(3, shapeHash[i])
            add(4, casing)
            if fl & alpha != 0 {
                let sc = Array(a[i].word.unicodeScalars)
                if sc.count > 3 {
                    add(5, hash(0, String(String.UnicodeScalarView(sc.suffix(3)))))
                    add(6, hash(0, String(String.UnicodeScalarView(sc.suffix(2)))))
                    add(7, hash(0, String(String.UnicodeScalarView(sc.prefix(3)))))
                }
                add(8, UInt64(min(sc.count, 12)))
            }
            var bits = fl
            while bits != 0 {
                let b = UInt64(bits.trailingZeroBitCount)
                bits &= bits - 1
                add(10, b)
                add(11, b << 8 | casing << 4 | cap << 2 | start)
            }
            // the dictionary verdict as one value: which of safe / name / proper / english hold, by case
            let verdict = UInt64(fl & (safe | name | proper | english | major | function | ambiguous | famous))
            add(12, verdict << 8 | casing << 4 | cap << 2 | start << 1 | UInt64(fl & allCaps != 0 ? 1 : 0))
            add(13, word(i - 1))
            add(14, word(i + 1))
            add(15, word(i - 2))
            add(16, word(i + 2))
            add(17, shape(i - 1))
            add(18, shape(i + 1))
            add(19, word(i - 1), wordHash[i])
            add(20, wordHash[i], word(i + 1))
            add(21, shape(i - 1), mix(shapeHash[i]) ^ shape(i + 1))
            let ctx = UInt64(safe | name | proper | title | Self.cap | personCue | placeCue | street | particle | number | function)
            add(22, flags(i - 1) & ctx)
            add(23, flags(i + 1) & ctx)
            add(24, (flags(i - 1) & ctx) << 32 | verdict << 4 | cap)
            add(25, (flags(i + 1) & ctx) << 32 | verdict << 4 | cap)
            add(26, flags(i - 2) & ctx)
            add(27, flags(i + 2) & ctx)
            add(28, word(i - 1), cap << 32 | verdict)
            out.append(f)
        }
        return out
    }

    /// FNV-1a over the template id and the UTF-8 of `s`, then a final mix.
    @inline(__always) static func hash(_ template: UInt64, _ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ (template &* 0x100_0000_01b3)
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return mix(h)
    }

    /// SplitMix64's step: the golden-ratio increment, then its finaliser.
    @inline(__always) static func mix(_ x: UInt64) -> UInt64 { SplitMix64.finalize(x &+ 0x9E37_79B9_7F4A_7C15) }
}
