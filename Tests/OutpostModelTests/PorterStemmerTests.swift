import Foundation
import OutpostModel
import Testing

/// The stemmer must agree with NLTK's `PorterStemmer()` (NLTK_EXTENSIONS) on every word of the
/// Inspec dev set; expected stems were generated once with NLTK (see `PorterFixture`).
/// Regenerate: `pip install nltk`, then collect the sorted unique lower-case `[a-z0-9]+` tokens of
/// every string field of each line and print `PorterStemmer().stem(w)` for each.
struct PorterStemmerTests {
    let stemmer = PorterStemmer()

    @Test func agreesWithNLTKOnOwnWords() {
        let pairs = PorterFixture.ownWords.split(whereSeparator: \.isWhitespace).map { $0.split(separator: ":") }
        #expect(pairs.count > 100)
        for pair in pairs {
            let word = String(pair[0]), expected = pair.count > 1 ? String(pair[1]) : ""
            #expect(stemmer.stem(word) == expected, "stem of \(word)")
        }
    }

    @Test(arguments: [
        ("caresses", "caress"), ("ponies", "poni"), ("ties", "tie"), ("hopping", "hop"), ("filing", "file"),
        ("relational", "relat"), ("generalization", "gener"), ("happy", "happi"), ("enjoy", "enjoy"),
        ("dying", "die"), ("Running", "run"), ("a", "a"), ("yyyyyy", "yyyyyi"),
    ])
    func classicExamples(word: String, expected: String) {
        #expect(stemmer.stem(word) == expected)
    }

    @Test func leavesNonASCIIWordsAlone() {
        #expect(stemmer.stem("Überstunden") == "überstunden")
        #expect(stemmer.stem("") == "")
    }

    @Test(.enabled(if: KeywordSharedData.exists(KeywordSharedData.inspecDev), "needs ../shared/data/keyphrase/inspec_dev.jsonl"))
    func agreesWithNLTKOnEveryDevWord() throws {
        var words = Set<String>()
        for object in try KeywordSharedData.jsonLines(KeywordSharedData.inspecDev) {
            var parts: [String] = []
            for key in ["title", "abstract", "text"] { if let s = object[key] as? String { parts.append(s) } }
            for key in ["keyphrases", "controlled"] { parts += object[key] as? [String] ?? [] }
            for part in parts { words.formUnion(KeyphraseNormalizer.tokens(part)) }
        }
        let sorted = words.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in sorted.joined(separator: "\n").utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        try #require(sorted.count == PorterFixture.inspecDevWordCount, "dev word list changed: regenerate PorterFixture")
        try #require(hash == PorterFixture.inspecDevWordListHash, "dev word list changed: regenerate PorterFixture")
        let expected = PorterFixture.inspecDevStems.split(whereSeparator: \.isWhitespace).map(String.init)
        try #require(expected.count == sorted.count)
        var mismatches: [String] = []
        for (word, stem) in zip(sorted, expected) where stemmer.stem(word) != stem {
            mismatches.append("\(word): got \(stemmer.stem(word)), NLTK \(stem)")
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(10))")
    }
}
