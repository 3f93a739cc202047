/// One token of the input: a run of letters (with inner apostrophes), a run of digits, a
/// mixed letter/digit run, or a single other non-space scalar.
package struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case alpha, number, alnum, punct }

    /// Scalar offsets, half-open.
    package var start: Int
    package var end: Int
    var kind: Kind
    /// Lower-cased text (for punctuation, the scalar itself).
    var lower: String
    /// Whether whitespace separates this token from the previous one (true for the first).
    var spaceBefore: Bool
    /// First scalar is an upper-case letter.
    var isCapitalized: Bool
    /// Every letter is upper-case (and there are at least two).
    var isAllCaps: Bool
    /// Contains letters outside Latin scripts (Cyrillic, CJK, Arabic, Devanagari, …).
    var isNonLatin: Bool
    /// Number of digits.
    var digitCount: Int

    var length: Int { end - start }
    var isWord: Bool { kind == .alpha }
    var hasDigits: Bool { digitCount > 0 }
}

/// Character classes over Unicode scalars, shared by the scanner and detectors.
enum CharClass {
    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
    @inline(__always) static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 65 && s.value <= 90) || (s.value >= 97 && s.value <= 122)
    }
    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return isASCIILetter(s) }
        return s.properties.isAlphabetic
    }
    @inline(__always) static func isAlnum(_ s: Unicode.Scalar) -> Bool { isDigit(s) || isLetter(s) }
    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return s == " " || s == "\n" || s == "\t" || s == "\r" || s.value == 11 || s.value == 12 }
        return s.properties.isWhitespace
    }
    @inline(__always) static func isUpper(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return s.value >= 65 && s.value <= 90 }
        return s.properties.isUppercase
    }
    @inline(__always) static func isHex(_ s: Unicode.Scalar) -> Bool {
        isDigit(s) || (s.value >= 65 && s.value <= 70) || (s.value >= 97 && s.value <= 102)
    }
    /// Latin letters include accented ones up to U+024F and Latin Extended Additional.
    @inline(__always) static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x250 || (s.value >= 0x1E00 && s.value <= 0x1EFF)
    }
    @inline(__always) static func digitValue(_ s: Unicode.Scalar) -> Int { Int(s.value) - 48 }
}

