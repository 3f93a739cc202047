import Testing
@testable import OutpostRedaction

/// Lower-case names after a person cue in mixed-case text, clinical words after the same cues,
/// and possessives that must not change a name's placeholder.
struct CuedNameTests {
    /// The name layer and the typed detectors (balanced mode): strict mode's recall net is tested
    /// in RecallNetTests, on the built-in list.
    static let redactor = try! Redactor(config: { var c = RedactionConfig(); c.mode = .balanced; return c }())

    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var redact: [String]
        var keep: [String] = []
        var testDescription: String { text }
    }

    /// The same evidence as in all-lower text (name lists, word list) decides after a cue.
    static let names: [Case] = [
        Case(text: "Patient maria lindqvist needs her metformin refill, call 617-555-0134",
             redact: ["maria", "lindqvist", "617-555-0134"], keep: ["Patient", "needs her metformin refill"]),
        Case(text: "Dr. ngozi eze reviewed the labs.", redact: ["ngozi", "eze"], keep: ["Dr.", "reviewed the labs"]),
        Case(text: "Mrs. okonkwo-adeyemi called about her statement.", redact: ["okonkwo", "adeyemi"], keep: ["called about her statement"]),
        Case(text: "My name is oluwaseun adebayo and I need my labs.", redact: ["oluwaseun", "adebayo"], keep: ["I need my labs"]),
        Case(text: "Please ask for tomasz wojcik at the front desk.", redact: ["tomasz", "wojcik"], keep: ["front desk"]),
        Case(text: "Her daughter ana okafor is on the way.", redact: ["ana", "okafor"], keep: ["daughter", "is on the way"]),
        Case(text: "Eze, ngozi needs a callback.", redact: ["Eze", "ngozi"], keep: ["needs a callback"]),
        Case(text: "Patient zbigniewska called twice today.", redact: ["zbigniewska"], keep: ["Patient", "called twice today"]),
    ]

    @Test(arguments: names)
    func lowerCaseNameAfterCueInMixedText(_ c: Case) {
        var map = PlaceholderMap()
        let r = Self.redactor.redact(c.text, map: &map)
        for value in c.redact { #expect(!r.redacted.contains(value), "\(value) survived in: \(r.redacted)") }
        for value in c.keep { #expect(r.redacted.contains(value), "\(value) was removed: \(r.redacted)") }
    }

    /// Everyday and clinical words after the same cues are not names.
    @Test(arguments: [
        "Patient needs a refill before Friday.",
        "Patient reports chest pain since the weekend.",
        "Dr. on call was paged twice.",
        "Patient afebrile, vitals stable, patient ambulatory.",
        "Patient is stable; patient will call back.",
        "Please ask for help at the front desk.",
        "Patient tachycardic and diaphoretic on arrival.",
        "Mother's maiden name on file, ask for details.",
        "Mother's maiden name on record, ask for details.",
        "Waiting for ya, then ask with bro.",
    ])
    func clinicalWordsAfterCueSurvive(_ text: String) {
        var map = PlaceholderMap()
        let r = Self.redactor.redact(text, map: &map)
        #expect(r.entities.isEmpty, "unexpected entities in: \(r.redacted)")
    }

    /// A credential's dot ends a sentence; a title's does not.
    @Test func credentialDotIsNotATitleBeforeTheNextSentence() {
        var map = PlaceholderMap()
        let r = Self.redactor.redact("Ask the RN. My name is Bob Okafor. Seen by Dr. Sato.", map: &map)
        #expect(r.redacted == "Ask the RN. My name is <PERSON_1>. Seen by Dr. <PERSON_2>.")
    }

    /// A tagger vote may confirm a listed name after a cue, but never turns an unlisted
    /// lower-case word into one in mixed-case text.
    @Test func taggerDoesNotNameUnlistedLowerCaseWordsAfterCue() throws {
        struct Always: NameTagger { func personProbabilities(_ v: TokenVectors) -> [Float] { [Float](repeating: 1, count: v.count) } }
        let redactor = try Redactor(tagger: Always())
        let text = "Patient afebrile today. Dr. Okafor agrees."
        var map = PlaceholderMap()
        let r = redactor.redact(text, vectors: Self.wordVectors(text), map: &map)
        #expect(r.redacted.hasPrefix("Patient afebrile today."), "\(r.redacted)")
        #expect(!r.redacted.contains("Okafor"))
    }

    /// In text without case, the tagger alone does not turn an everyday word that is also a
    /// listed surname into a name; a cue or a name before it still does.
    @Test func taggerNeedsACueForEverydayWordsInUncasedText() throws {
        struct Always: NameTagger { func personProbabilities(_ v: TokenVectors) -> [Float] { [Float](repeating: 1, count: v.count) } }
        let redactor = try Redactor(tagger: Always())
        for text in ["what is the best pizza topping", "WHAT IS THE BEST PIZZA TOPPING"] {
            var map = PlaceholderMap()
            let r = redactor.redact(text, vectors: Self.wordVectors(text), map: &map)
            #expect(r.entities.isEmpty, "\(text) → \(r.redacted)")
        }
        var map = PlaceholderMap()
        let cued = "please call patient maria lindqvist today"
        let r = redactor.redact(cued, vectors: Self.wordVectors(cued), map: &map)
        #expect(!r.redacted.contains("lindqvist"), "\(r.redacted)")
    }

    @Test(arguments: ["'", "\u{2019}"])
    func possessiveStaysOutsideThePlaceholder(_ apostrophe: String) throws {
        var map = PlaceholderMap()
        let first = Self.redactor.redact("Patient Maria Lindqvist, MRN 4471920, called.", map: &map)
        #expect(first.redacted.contains("<PERSON_1>"))
        let text = "Can you move Maria Lindqvist\(apostrophe)s cardiology follow-up?"
        let second = Self.redactor.redact(text, map: &map)
        #expect(second.redacted == "Can you move <PERSON_1>\(apostrophe)s cardiology follow-up?")
        let person = try #require(second.entities.first { $0.type == .person })
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[person.start..<person.end])) == "Maria Lindqvist")
        let back = Reidentifier.reidentify(second.redacted, map: map)
        #expect(back.text == text)
    }

    @Test func possessiveInUpperCaseAndLowerCaseText() {
        var map = PlaceholderMap()
        _ = Self.redactor.redact("PATIENT MARIA LINDQVIST SEEN TODAY", map: &map)
        let upper = Self.redactor.redact("MOVE MARIA LINDQVIST'S FOLLOW-UP", map: &map)
        #expect(upper.redacted == "MOVE <PERSON_1>'S FOLLOW-UP")
        var lowerMap = PlaceholderMap()
        let lower = Self.redactor.redact("my name is oluwaseun adebayo. move oluwaseun adebayo's visit", map: &lowerMap)
        #expect(lower.redacted == "my name is <PERSON_1>. move <PERSON_1>'s visit")
    }

    /// One vector per space/punctuation-separated word, with its scalar range.
    static func wordVectors(_ text: String) -> TokenVectors {
        let s = Array(text.unicodeScalars)
        var ranges: [Range<Int>] = []
        var i = 0
        while i < s.count {
            if s[i] == " " || s[i] == "." || s[i] == "," { i += 1; continue }
            var j = i
            while j < s.count, s[j] != " ", s[j] != ".", s[j] != "," { j += 1 }
            ranges.append(i..<j)
            i = j
        }
        return TokenVectors(count: ranges.count, dim: 1, values: [Float](repeating: 0, count: ranges.count), tokenRanges: ranges)
    }
}
