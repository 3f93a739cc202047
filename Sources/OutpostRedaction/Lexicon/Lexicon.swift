/// Word lists the detectors consult: name lists (Census + hand-written world names) and a
/// common English word list, embedded as Bloom filters (see LexiconData.swift).
enum Lexicon {
    /// Whether `lower` (lower-cased) is a known given name.
    static func isGivenName(_ lower: String) -> Bool {
        WorldNames.given.contains(lower) || censusFirstNames.contains(lower)
    }

    /// Whether `lower` is a known surname.
    static func isSurname(_ lower: String) -> Bool {
        WorldNames.surnames.contains(lower) || censusSurnames.contains(lower)
    }

    /// Whether `lower` is a common English word (its possessive and plural forms included).
    static func isEnglishWord(_ lower: String) -> Bool {
        var w = lower
        if w.hasSuffix("'s") || w.hasSuffix("\u{2019}s") { w = String(w.unicodeScalars.dropLast(2)) }
        // the word list is ASCII-only: anything else is not in it (and must not hit a false positive)
        if w.isEmpty || !w.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }) { return false }
        return englishWords.contains(w)
    }

    /// Whether `lower` must never be read as a name on its own (clinical and request vocabulary).
    static func isProtectedWord(_ lower: String) -> Bool {
        ClinicalTerms.drugs.contains(lower) || ClinicalTerms.notNames.contains(lower) || ClinicalTerms.brands.contains(lower) || ClinicalTerms.countries.contains(lower)
            || Cues.months[lower] != nil
    }
}
