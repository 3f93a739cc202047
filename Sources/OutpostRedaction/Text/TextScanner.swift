/// The input as Unicode scalars plus its tokens: the one view every detector works on.
/// Offsets everywhere are scalar indices, as the gold data and the API count them.
package struct ScannedText: Sendable {
    /// How the text is cased overall: capitalisation is evidence only in `.mixed` text.
    enum Casing: Sendable { case mixed, lower, upper }

    let scalars: [Unicode.Scalar]
    package let tokens: [Token]
    let casing: Casing

    package init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 3)
        var upper = 0, lower = 0
        var i = 0
        var sawSpace = true
        let n = scalars.count
        while i < n {
            let s = scalars[i]
            if CharClass.isSpace(s) { sawSpace = true; i += 1; continue }
            let start = i
            if CharClass.isAlnum(s) {
                var digits = 0, letters = 0, uppers = 0
                var nonLatin = false
                var lowered = String.UnicodeScalarView()
                while i < n {
                    let c = scalars[i]
                    if CharClass.isDigit(c) {
                        digits += 1
                    } else if CharClass.isLetter(c) {
                        letters += 1
                        if CharClass.isUpper(c) { uppers += 1 }
                        if !CharClass.isLatinLetter(c) { nonLatin = true }
                    } else if (c == "'" || c == "\u{2019}"), i + 1 < n, CharClass.isLetter(scalars[i + 1]), letters > 0, digits == 0 {
                        // inner apostrophe: O'Brien, Parkinson's
                    } else if c.properties.generalCategory == .nonspacingMark || c.properties.generalCategory == .spacingMark {
                        // combining marks stay inside the word (Devanagari, decomposed accents)
                    } else {
                        break
                    }
                    if c.value < 128 {
                        lowered.append((c.value >= 65 && c.value <= 90) ? Unicode.Scalar(c.value + 32)! : c)
                    } else {
                        lowered.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
                    }
                    i += 1
                }
                upper += uppers
                lower += letters - uppers
                let kind: Token.Kind = digits == 0 ? .alpha : (letters == 0 ? .number : .alnum)
                tokens.append(Token(start: start, end: i, kind: kind, lower: String(lowered), spaceBefore: sawSpace,
                                    isCapitalized: CharClass.isUpper(scalars[start]),
                                    isAllCaps: letters >= 2 && uppers == letters, isNonLatin: nonLatin,
                                    digitCount: digits))
            } else {
                i += 1
                tokens.append(Token(start: start, end: i, kind: .punct, lower: String(s), spaceBefore: sawSpace,
                                    isCapitalized: false, isAllCaps: false, isNonLatin: false, digitCount: 0))
            }
            sawSpace = false
        }
        self.tokens = tokens
        if upper == 0 {
            casing = .lower
        } else if upper + lower >= 4, Double(upper) / Double(upper + lower) >= 0.75 {
            casing = .upper
        } else {
            casing = .mixed
        }
    }

    /// The text of scalars `[start, end)`.
    func text(_ start: Int, _ end: Int) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[max(0, start)..<min(scalars.count, end)])
        return String(v)
    }

    /// The token at index `i`, or nil when out of range.
    @inline(__always) func token(_ i: Int) -> Token? { i >= 0 && i < tokens.count ? tokens[i] : nil }

    /// Whether token `i` directly follows token `i-1` without whitespace.
    @inline(__always) func glued(_ i: Int) -> Bool { i > 0 && i < tokens.count && !tokens[i].spaceBefore }

    /// Whether token `i` starts a sentence (first token, or after . ! ? : ; a line break or a bullet).
    func isSentenceStart(_ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, tokens[j].kind == .punct, ["\"", "(", "'", "*", "“"].contains(tokens[j].lower) { j -= 1 }
        guard j >= 0 else { return true }
        let t = tokens[j]
        if t.kind == .punct, [".", "!", "?", ":", ";", "-", "–", "—", "•", ">"].contains(t.lower) {
            // "Dr." / "Mr." / "St." do not end a sentence
            if t.lower == ".", j > 0, Cues.preNameTitles.contains(tokens[j - 1].lower) { return false }
            return true
        }
        // a newline between the tokens
        for k in t.end..<tokens[i].start where scalars[k] == "\n" { return true }
        return false
    }
}
