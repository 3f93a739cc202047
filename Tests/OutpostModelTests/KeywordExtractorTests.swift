import Foundation
import OutpostModel
import Testing

/// Behaviour of the keyword extractor on texts of our own (no encoder needed: the statistics
/// path and hand-made token vectors).
struct KeywordExtractorTests {
    let extractor = KeywordExtractor()

    static let note = """
        Follow-up visit for chronic kidney disease. The patient reports better blood pressure control \
        since the dose of the blood pressure medication was increased. Chronic kidney disease remains \
        stable; the renal function panel shows no change. Plan: repeat the renal function panel in \
        three months and continue the low sodium diet.
        """

    /// Whole words of `text`, lower-cased.
    static func wordSet(_ text: String) -> Set<String> {
        Set(text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "/" }).map(String.init))
    }

    @Test func ranksTheTopicOfANote() {
        let keywords = extractor.extract(text: Self.note, tokens: nil, limit: 5)
        #expect(keywords.count == 5)
        let texts = keywords.map { $0.text.lowercased() }
        #expect(texts.contains("chronic kidney disease"), "\(texts)")
        #expect(texts.contains("renal function panel"), "\(texts)")
        #expect(keywords.allSatisfy { $0.score > 0 && $0.score < 1 })
    }

    @Test func keywordsAreWholeWordsAndNeverStopWordsOnly() {
        let words = Self.wordSet(Self.note)
        let stop: Set<String> = ["the", "for", "of", "and", "in", "since", "was", "no", "shows", "reports"]
        for k in extractor.extract(text: Self.note, tokens: nil, limit: 50) {
            let parts = k.text.lowercased().split(separator: " ").map(String.init)
            #expect(!parts.isEmpty)
            #expect(parts.allSatisfy(words.contains), "\(k.text) is not made of whole words")
            #expect(!parts.allSatisfy(stop.contains), "\(k.text) is stop words only")
        }
    }

    @Test func noDuplicateNormalisedForms() {
        let normalizer = KeyphraseNormalizer()
        let forms = extractor.extract(text: Self.note + " " + Self.note, tokens: nil, limit: 30).map { normalizer.normalize($0.text) }
        #expect(Set(forms).count == forms.count)
    }

    @Test(arguments: [0, 1, 3, 10])
    func respectsTheLimit(limit: Int) {
        var settings = KeywordSettings()
        settings.minimumScore = 0
        #expect(KeywordExtractor(settings: settings).extract(text: Self.note, tokens: nil, limit: limit).count == limit)
        #expect(extractor.extract(text: Self.note, tokens: nil, limit: limit).count <= limit)
    }

    @Test func minimumScoreTrimsButKeepsTheBest() {
        var settings = KeywordSettings()
        settings.minimumScore = 0.999
        let keywords = KeywordExtractor(settings: settings).extract(text: Self.note, tokens: nil, limit: 10)
        #expect(keywords.count == settings.minimumCount)
        settings.minimumCount = 0
        #expect(KeywordExtractor(settings: settings).extract(text: Self.note, tokens: nil, limit: 10).isEmpty)
    }

    @Test(arguments: ["", "   ", "...!!!", "the of and to", "😀😀😀", String(repeating: "x", count: 5000), "a\u{0}b\u{FFFD}c"])
    func oddInputGivesNoCrash(text: String) {
        let keywords = extractor.extract(text: text, tokens: nil, limit: 10)
        #expect(keywords.count <= 10)
        #expect(!keywords.contains { ["the", "of", "and", "to"].contains($0.text) })
    }

    @Test func longNotesWork() {
        let text = Array(repeating: Self.note, count: 200).joined(separator: "\n")
        let keywords = extractor.extract(text: text, tokens: nil, limit: 10)
        #expect(keywords.count >= 3 && keywords.count <= 10)
        #expect(keywords.map { $0.text.lowercased() }.contains("chronic kidney disease"))
    }

    // MARK: identifiers

    static let request = "Please move the cardiology appointment of John Smith at the north branch clinic to Tuesday."

    static func span(of needle: String, in text: String) -> Range<Int> {
        let scalars = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
        for i in 0...(scalars.count - n.count) where Array(scalars[i..<(i + n.count)]) == n { return i..<(i + n.count) }
        return 0..<0
    }

    @Test func identifierIsReplacedByItsPlaceholder() {
        let span = Self.span(of: "John Smith", in: Self.request)
        let keywords = extractor.extract(text: Self.request, tokens: nil, limit: 50, excluding: [span]) { _ in "<PERSON_1>" }
        #expect(!keywords.contains { $0.text.contains("John") || $0.text.contains("Smith") })
        #expect(keywords.contains { $0.text.contains("<PERSON_1>") }, "\(keywords.map(\.text))")
        #expect(keywords.contains { $0.text == "cardiology appointment" })
    }

    @Test func identifierWithoutPlaceholderIsDropped() {
        // The span cuts into a word ("Smith" partly): the whole word goes.
        let span = Self.span(of: "John Smi", in: Self.request)
        let keywords = extractor.extract(text: Self.request, tokens: nil, limit: 50, excluding: [span, 3..<3]) { _ in nil }
        #expect(!keywords.isEmpty)
        #expect(!keywords.contains { $0.text.contains("John") || $0.text.contains("Smith") || $0.text.contains("<") })
    }

    @Test func overlappingSpansMerge() {
        let a = Self.span(of: "John", in: Self.request), b = Self.span(of: "n Smith", in: Self.request)
        let keywords = extractor.extract(text: Self.request, tokens: nil, limit: 50, excluding: [b, a]) { r in
            "<ID \(r.lowerBound)-\(r.upperBound)>"
        }
        let placeholders = keywords.filter { $0.text.contains("<ID") }
        #expect(placeholders.allSatisfy { $0.text.contains("<ID \(a.lowerBound)-\(b.upperBound)>") }, "\(placeholders)")
        #expect(!keywords.contains { $0.text.contains("Smith") })
    }
}
