import Foundation
import OutpostModel
import Testing
@testable import OutpostRedaction

struct TaggerTests {
    static let encoderPath: String = {
        let env = ProcessInfo.processInfo.environment
        if let p = env["OUTPOST_ENCODER"] { return p }
        let cache = env["OUTPOST_CACHE"] ?? (NSHomeDirectory() + "/.cache/outpost")
        return cache + "/minilm-l6.outpost"
    }()

    @Test func linearTaggerIsALogisticOverTheVectors() {
        let tagger = LinearNameTagger(weights: [1, -1], bias: 0)
        let p = tagger.personProbabilities(TokenVectors(count: 2, dim: 2, values: [3, 0, 0, 3], tokenRanges: [0..<1, 1..<2]))
        #expect(p[0] > 0.9 && p[1] < 0.1)
        // a dimension mismatch gives no votes instead of a crash
        #expect(tagger.personProbabilities(TokenVectors(count: 1, dim: 3, values: [1, 2, 3], tokenRanges: [0..<1])) == [0])
    }

    @Test func taggerVotesMapOntoWordsAndNeverOverrideProtectedTerms() throws {
        // a fake tagger that says "name" for every token
        struct Always: NameTagger { func personProbabilities(_ v: TokenVectors) -> [Float] { [Float](repeating: 1, count: v.count) } }
        let redactor = try Redactor(tagger: Always())
        let text = "Zbigniew takes Lasix for Parkinson's disease."
        let s = Array(text.unicodeScalars)
        var ranges: [Range<Int>] = []
        var i = 0
        while i < s.count {
            if s[i] == " " || s[i] == "." { i += 1; continue }
            var j = i
            while j < s.count, s[j] != " ", s[j] != "." { j += 1 }
            ranges.append(i..<j)
            i = j
        }
        var map = PlaceholderMap()
        let r = redactor.redact(text, vectors: TokenVectors(count: ranges.count, dim: 1, values: [Float](repeating: 0, count: ranges.count), tokenRanges: ranges), map: &map)
        #expect(r.redacted == "<PERSON_1> takes Lasix for Parkinson's disease.")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: encoderPath), "needs the imported encoder (scripts/fetch-encoder.sh)"))
    func shippedTaggerFindsUnlistedNamesWithoutCues() throws {
        let model = try Model.load(path: Self.encoderPath)
        let redactor = try Redactor(tagger: LinearNameTagger.shipped)
        for text in ["Yesterday Oyelaran fell in the bathroom.", "I spoke to Thandiwe about her statement."] {
            var map = PlaceholderMap()
            let r = redactor.redact(text, model: model, map: &map)
            #expect(r.entities.contains { $0.type == .person }, "no name found in: \(r.redacted)")
        }
        var map = PlaceholderMap()
        let clean = redactor.redact("How is the Foley catheter recorded in the chart?", model: model, map: &map)
        #expect(clean.entities.isEmpty)
    }
}
