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

    func ends(_ suffix: String) -> Bool { ends(bytes: Array(suffix.utf8)) }

    func ends(bytes s: [UInt8]) -> Bool {
        guard b.count >= s.count else { return false }
        var i = b.count - s.count
        for c in s { if b[i] != c { return false }; i += 1 }
        return true
    }

    func stem(without suffix: String) -> ArraySlice<UInt8> { b[..<(b.count - suffix.utf8.count)] }

    /// A suffix rule with its bytes precomputed.
    struct Rule {
        let suffix: [UInt8]
        let replacement: [UInt8]
        let condition: Condition
        init(_ suffix: String, _ replacement: String, _ condition: Condition) {
            self.suffix = Array(suffix.utf8)
            self.replacement = Array(replacement.utf8)
            self.condition = condition
        }
    }

    /// Rule conditions, evaluated on the stem left after removing the suffix.
    enum Condition { case none, mPositive, mAbove1, ionRule, logi }

    /// Applies the first rule whose suffix matches (returns true when one matched).
    @discardableResult
    mutating func apply(_ rules: [Rule]) -> Bool {
        for rule in rules where ends(bytes: rule.suffix) {
            let s = b[..<(b.count - rule.suffix.count)]
            let ok: Bool
            switch rule.condition {
            case .none: ok = true
            case .mPositive: ok = Self.measure(s) > 0
            case .mAbove1: ok = Self.measure(s) > 1
            case .ionRule: ok = Self.measure(s) > 1 && (s.last == 115 || s.last == 116)  // s t
            case .logi: ok = Self.measure(b[..<(b.count - 3)]) > 0
            }
            if ok { b = Array(s) + rule.replacement }
            return true
        }
        return false
    }

    static let rules1a: [Rule] = [Rule("sses", "ss", .none), Rule("ies", "i", .none), Rule("ss", "ss", .none), Rule("s", "", .none)]
    static let rules2: [Rule] = [
        Rule("ational", "ate", .mPositive), Rule("tional", "tion", .mPositive), Rule("enci", "ence", .mPositive),
        Rule("anci", "ance", .mPositive), Rule("izer", "ize", .mPositive), Rule("bli", "ble", .mPositive),
        Rule("alli", "al", .mPositive), Rule("entli", "ent", .mPositive), Rule("eli", "e", .mPositive),
        Rule("ousli", "ous", .mPositive), Rule("ization", "ize", .mPositive), Rule("ation", "ate", .mPositive),
        Rule("ator", "ate", .mPositive), Rule("alism", "al", .mPositive), Rule("iveness", "ive", .mPositive),
        Rule("fulness", "ful", .mPositive), Rule("ousness", "ous", .mPositive), Rule("aliti", "al", .mPositive),
        Rule("iviti", "ive", .mPositive), Rule("biliti", "ble", .mPositive), Rule("fulli", "ful", .mPositive),
        Rule("logi", "log", .logi),
    ]
    static let rules3: [Rule] = [
        Rule("icate", "ic", .mPositive), Rule("ative", "", .mPositive), Rule("alize", "al", .mPositive),
        Rule("iciti", "ic", .mPositive), Rule("ical", "ic", .mPositive), Rule("ful", "", .mPositive),
        Rule("ness", "", .mPositive),
    ]
    static let rules4: [Rule] = [
        Rule("al", "", .mAbove1), Rule("ance", "", .mAbove1), Rule("ence", "", .mAbove1), Rule("er", "", .mAbove1),
        Rule("ic", "", .mAbove1), Rule("able", "", .mAbove1), Rule("ible", "", .mAbove1), Rule("ant", "", .mAbove1),
        Rule("ement", "", .mAbove1), Rule("ment", "", .mAbove1), Rule("ent", "", .mAbove1), Rule("ion", "", .ionRule),
        Rule("ou", "", .mAbove1), Rule("ism", "", .mAbove1), Rule("ate", "", .mAbove1), Rule("iti", "", .mAbove1),
        Rule("ous", "", .mAbove1), Rule("ive", "", .mAbove1), Rule("ize", "", .mAbove1),
    ]

    mutating func step1a() {
        if ends("ies") && b.count == 4 { b = Array(stem(without: "ies")) + Array("ie".utf8); return }
        apply(Self.rules1a)
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
        apply(Self.rules2)
    }

    mutating func step3() {
        apply(Self.rules3)
    }

    mutating func step4() {
        apply(Self.rules4)
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
