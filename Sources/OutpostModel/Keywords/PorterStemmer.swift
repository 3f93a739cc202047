/// The Porter stemmer, in the variant NLTK calls `NLTK_EXTENSIONS` (the default of
/// `nltk.stem.PorterStemmer()`), so keyphrase scores match the published protocol.
///
/// It works on ASCII bytes: the evaluation protocol feeds it lower-case `[a-z0-9]+` tokens.
/// Other input is lower-cased (ASCII only) and stemmed byte-wise; non-ASCII words are returned
/// lower-cased and otherwise unchanged. Agreement with NLTK is checked by
/// `PorterStemmerTests` on every word of the Inspec dev set.
public struct PorterStemmer: Sendable {
    public init() {}

    /// The stem of `word` (lower-cased first).
    public func stem(_ word: String) -> String {
        let lowered = word.lowercased()
        guard lowered.utf8.allSatisfy({ $0 < 0x80 }) else { return lowered }
        return String(decoding: stem(bytes: Array(lowered.utf8)), as: UTF8.self)
    }

    /// Irregular forms NLTK maps directly.
    private static let irregular: [String: String] = [
        "sky": "sky", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie", "news": "news",
        "innings": "inning", "inning": "inning", "outings": "outing", "outing": "outing",
        "cannings": "canning", "canning": "canning", "howe": "howe", "proceed": "proceed",
        "exceed": "exceed", "succeed": "succeed",
    ]

    /// Stems lower-case ASCII bytes.
    public func stem(bytes input: [UInt8]) -> [UInt8] {
        if input.count <= 8, let hit = Self.irregular[String(decoding: input, as: UTF8.self)] {
            return Array(hit.utf8)
        }
        if input.count <= 2 { return input }
        var w = Word(input)
        w.step1a(); w.step1b(); w.step1c(); w.step2(); w.step3(); w.step4(); w.step5a(); w.step5b()
        return w.b
    }
}

/// Byte buffer with the helpers of the algorithm. Suffix rules are tried in order; the first
/// rule whose suffix matches decides (it fires when its condition holds, else nothing happens).
private struct Word {
    var b: [UInt8]
    init(_ bytes: [UInt8]) { b = bytes }

    private static func isVowelByte(_ c: UInt8) -> Bool {
        c == 97 || c == 101 || c == 105 || c == 111 || c == 117  // a e i o u
    }

    /// Consonant flags of `s[0..<n]`: `y` is a consonant at the start or after a vowel.
    private static func consonants(_ s: ArraySlice<UInt8>) -> [Bool] {
        var flags: [Bool] = []
        flags.reserveCapacity(s.count)
        for (i, c) in s.enumerated() {
            if isVowelByte(c) { flags.append(false) }
            else if c == 121 { flags.append(i == 0 ? true : !flags[i - 1]) }
            else { flags.append(true) }
        }
        return flags
    }

    /// The measure m of `s`: the number of vowel→consonant transitions.
    static func measure(_ s: ArraySlice<UInt8>) -> Int {
        let f = consonants(s)
        var m = 0
        if f.count >= 2 { for i in 1..<f.count where !f[i - 1] && f[i] { m += 1 } }
        return m
    }

    static func containsVowel(_ s: ArraySlice<UInt8>) -> Bool { consonants(s).contains(false) }

    static func endsDoubleConsonant(_ s: ArraySlice<UInt8>) -> Bool {
        guard s.count >= 2 else { return false }
        let f = consonants(s)
        return s[s.endIndex - 1] == s[s.endIndex - 2] && f[f.count - 1]
    }

    /// Condition *o (with NLTK's two-letter vowel+consonant extension).
    static func endsCVC(_ s: ArraySlice<UInt8>) -> Bool {
        let f = consonants(s)
        let n = s.count
        if n >= 3, f[n - 3], !f[n - 2], f[n - 1] {
            let last = s[s.endIndex - 1]
            if last != 119 && last != 120 && last != 121 { return true }  // w x y
        }
        return n == 2 && !f[0] && f[1]
    }

    func ends(_ suffix: String) -> Bool {
        let s = Array(suffix.utf8)
        guard b.count >= s.count else { return false }
        return b[(b.count - s.count)...].elementsEqual(s)
    }

    func stem(without suffix: String) -> ArraySlice<UInt8> { b[..<(b.count - suffix.utf8.count)] }

    /// Rule conditions, evaluated on the stem left after removing the suffix.
    enum Condition { case none, mPositive, mAbove1, ionRule, logi }

    /// Applies the first rule whose suffix matches (returns true when one matched).
    @discardableResult
    mutating func apply(_ rules: [(String, String, Condition)]) -> Bool {
        for (suffix, replacement, condition) in rules where ends(suffix) {
            let s = stem(without: suffix)
            let ok: Bool
            switch condition {
            case .none: ok = true
            case .mPositive: ok = Self.measure(s) > 0
            case .mAbove1: ok = Self.measure(s) > 1
            case .ionRule: ok = Self.measure(s) > 1 && (s.last == 115 || s.last == 116)  // s t
            case .logi: ok = Self.measure(b[..<(b.count - 3)]) > 0
            }
            if ok { b = Array(s) + Array(replacement.utf8) }
            return true
        }
        return false
    }

    mutating func step1a() {
        if ends("ies") && b.count == 4 { b = Array(stem(without: "ies")) + Array("ie".utf8); return }
        apply([("sses", "ss", .none), ("ies", "i", .none), ("ss", "ss", .none), ("s", "", .none)])
    }

    mutating func step1b() {
        if ends("ied") {
            b = Array(stem(without: "ied")) + Array((b.count == 4 ? "ie" : "i").utf8)
            return
        }
        if ends("eed") {
            let s = stem(without: "eed")
            if Self.measure(s) > 0 { b = Array(s) + Array("ee".utf8) }
            return
        }
        var stemmed: [UInt8]?
        for suffix in ["ed", "ing"] where ends(suffix) {
            let s = stem(without: suffix)
            if Self.containsVowel(s) { stemmed = Array(s); break }
        }
        guard let s = stemmed else { return }
        b = s
        if ends("at") { b += Array("e".utf8); return }
        if ends("bl") { b += Array("e".utf8); return }
        if ends("iz") { b += Array("e".utf8); return }
        if Self.endsDoubleConsonant(b[...]) {
            let last = b[b.count - 1]
            if last != 108 && last != 115 && last != 122 { b.removeLast() }  // l s z
            return
        }
        if Self.measure(b[...]) == 1 && Self.endsCVC(b[...]) { b.append(101) }  // e
    }

    mutating func step1c() {
        guard ends("y"), b.count >= 2 else { return }
        let s = b[..<(b.count - 1)]
        if s.count > 1 && Self.consonants(s)[s.count - 1] { b[b.count - 1] = 105 }  // i
    }

    mutating func step2() {
        if ends("alli") && Self.measure(stem(without: "alli")) > 0 {
            b = Array(stem(without: "alli")) + Array("al".utf8)
            step2()
            return
        }
        apply([
            ("ational", "ate", .mPositive), ("tional", "tion", .mPositive), ("enci", "ence", .mPositive),
            ("anci", "ance", .mPositive), ("izer", "ize", .mPositive), ("bli", "ble", .mPositive),
            ("alli", "al", .mPositive), ("entli", "ent", .mPositive), ("eli", "e", .mPositive),
            ("ousli", "ous", .mPositive), ("ization", "ize", .mPositive), ("ation", "ate", .mPositive),
            ("ator", "ate", .mPositive), ("alism", "al", .mPositive), ("iveness", "ive", .mPositive),
            ("fulness", "ful", .mPositive), ("ousness", "ous", .mPositive), ("aliti", "al", .mPositive),
            ("iviti", "ive", .mPositive), ("biliti", "ble", .mPositive), ("fulli", "ful", .mPositive),
            ("logi", "log", .logi),
        ])
    }

    mutating func step3() {
        apply([
            ("icate", "ic", .mPositive), ("ative", "", .mPositive), ("alize", "al", .mPositive),
            ("iciti", "ic", .mPositive), ("ical", "ic", .mPositive), ("ful", "", .mPositive),
            ("ness", "", .mPositive),
        ])
    }

    mutating func step4() {
        apply([
            ("al", "", .mAbove1), ("ance", "", .mAbove1), ("ence", "", .mAbove1), ("er", "", .mAbove1),
            ("ic", "", .mAbove1), ("able", "", .mAbove1), ("ible", "", .mAbove1), ("ant", "", .mAbove1),
            ("ement", "", .mAbove1), ("ment", "", .mAbove1), ("ent", "", .mAbove1), ("ion", "", .ionRule),
            ("ou", "", .mAbove1), ("ism", "", .mAbove1), ("ate", "", .mAbove1), ("iti", "", .mAbove1),
            ("ous", "", .mAbove1), ("ive", "", .mAbove1), ("ize", "", .mAbove1),
        ])
    }

    mutating func step5a() {
        guard ends("e") else { return }
        let s = stem(without: "e")
        let m = Self.measure(s)
        if m > 1 || (m == 1 && !Self.endsCVC(s)) { b = Array(s) }
    }

    mutating func step5b() {
        if ends("ll") && Self.measure(b[..<(b.count - 1)]) > 1 { b.removeLast() }
    }
}
