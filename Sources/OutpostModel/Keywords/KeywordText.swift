/// A word of the input text, as the keyword chunker sees it.
struct KeywordWord: Sendable {
    /// Unicode-scalar range in the original text.
    var range: Range<Int>
    /// Lower-cased form.
    var lower: String
    /// Porter stem of the lower-cased form (hyphenated words: stems of the parts joined by spaces).
    var stem: String
    /// Whether the word can be part of a keyphrase.
    var isContent: Bool
    /// A hard boundary (punctuation, line break) lies between this word and the previous one.
    var boundaryBefore: Bool
    /// Index of the sentence holding the word.
    var sentence: Int
    /// For an identifier span: the placeholder shown instead of the original text.
    var placeholder: String? = nil
    /// A number: it may sit inside a phrase ("type 2 diabetes") but never starts or ends one.
    var isJoiner = false
}

/// Splits text into words: runs of letters and digits, joined across single inner hyphens,
/// dots or slashes ("multi-step", "e.g", "TCP/IP"); every other character is a boundary, and
/// any punctuation other than white space is a hard phrase boundary.
struct KeywordTextSegmenter: Sendable {
    let stemmer = PorterStemmer()

    func words(_ text: String) -> [KeywordWord] {
        let scalars = Array(text.unicodeScalars)
        var words: [KeywordWord] = []
        var i = 0
        var hardBoundary = true
        var sentence = 0
        var stemCache: [String: String] = [:]
        while i < scalars.count {
            let c = scalars[i]
            if Self.isWordScalar(c) {
                let start = i
                i += 1
                while i < scalars.count {
                    if Self.isWordScalar(scalars[i]) { i += 1; continue }
                    if (scalars[i] == "-" || scalars[i] == "/") && i + 1 < scalars.count && Self.isWordScalar(scalars[i + 1]) {
                        i += 2; continue
                    }
                    if Self.keepPossessive, scalars[i] == "'" || scalars[i] == "\u{2019}", i + 1 < scalars.count,
                       scalars[i + 1] == "s" || scalars[i + 1] == "S",
                       i + 2 >= scalars.count || !Self.isWordScalar(scalars[i + 2]) {
                        i += 2; continue
                    }
                    break
                }
                let surface = String(String.UnicodeScalarView(scalars[start..<i]))
                let lower = surface.lowercased()
                let stem: String
                if let cached = stemCache[lower] { stem = cached } else {
                    stem = KeyphraseNormalizer.tokens(lower).map { stemmer.stem($0) }.joined(separator: " ")
                    stemCache[lower] = stem
                }
                let number = Self.joinNumbers && lower.unicodeScalars.allSatisfy { $0.value >= 48 && $0.value <= 57 }
                let content = !stem.isEmpty && (number || KeywordLexicon.isContent(lower))
                words.append(KeywordWord(range: start..<i, lower: lower, stem: stem, isContent: content,
                                         boundaryBefore: hardBoundary, sentence: sentence, isJoiner: number))
                hardBoundary = false
                continue
            }
            if c == "\n" || !c.properties.isWhitespace { hardBoundary = true }
            if c == "." || c == "!" || c == "?" || c == "\n" || c == ";" {
                if i + 1 >= scalars.count || scalars[i + 1].properties.isWhitespace { sentence += 1 }
            }
            i += 1
        }
        return words
    }

    /// Whether numbers may join phrases (see `KeywordWord.isJoiner`).
    static let joinNumbers = true
    /// Whether a possessive `'s` stays part of its word ("Alzheimer's disease"); off: it cost
    /// 0.5 F1@10 on Inspec train.
    static let keepPossessive = false

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil
    }
}
