import Foundation
import OutpostModel
import Testing

/// Keywords on the one encoder pass: a tiny random encoder (always; 64-token windows, so long
/// texts are stitched) and the real MiniLM model when it has been imported.
struct KeywordEncoderTests {
    static let tiny: Model = try! Model.random(seed: 7, maxPositions: 64)

    static var realModelPath: String {
        let env = ProcessInfo.processInfo.environment
        if let p = env["OUTPOST_ENCODER"], !p.isEmpty { return p }
        let cache = env["OUTPOST_CACHE"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.cache/outpost")
        return cache + "/minilm-l6.outpost"
    }
    static var hasRealModel: Bool { FileManager.default.fileExists(atPath: realModelPath) }

    @Test func tinyEncoderPlumbing() {
        let text = KeywordExtractorTests.note + " " + KeywordExtractorTests.note  // > 64 tokens: windows
        let (tokens, output) = Self.tiny.encode(text)
        #expect(output.count == tokens.count)
        let keywords = KeywordExtractor().extract(text: text, tokens: tokens, encoded: output, limit: 10)
        #expect(keywords.count >= 1 && keywords.count <= 10)
        let words = KeywordExtractorTests.wordSet(text)
        for k in keywords {
            #expect(k.text.lowercased().split(separator: " ").allSatisfy { words.contains(String($0)) }, "\(k.text)")
        }
    }

    @Test func tinyEncoderNeverReturnsIdentifiers() {
        let text = KeywordExtractorTests.request
        let span = KeywordExtractorTests.span(of: "John Smith", in: text)
        let (tokens, output) = Self.tiny.encode(text)
        let keywords = KeywordExtractor().extract(text: text, tokens: tokens, encoded: output, limit: 50, excluding: [span]) { _ in "<PERSON_1>" }
        #expect(!keywords.isEmpty)
        #expect(!keywords.contains { $0.text.contains("John") || $0.text.contains("Smith") })
    }

    @Test func mismatchedEncoderOutputFallsBackToStatistics() {
        let text = KeywordExtractorTests.note
        let (tokens, _) = Self.tiny.encode(text)
        let wrong = EncoderOutput(count: 1, dim: 4, tokenVectors: [1, 0, 0, 0])
        let keywords = KeywordExtractor().extract(text: text, tokens: tokens, encoded: wrong, limit: 5)
        #expect(keywords.map { $0.text.lowercased() }.contains("chronic kidney disease"))
    }

    @Test(.enabled(if: KeywordEncoderTests.hasRealModel, "needs the imported encoder ($OUTPOST_ENCODER or ~/.cache/outpost/minilm-l6.outpost)"))
    func realModelFindsTheTopic() throws {
        let model = try Model.load(path: Self.realModelPath)
        let analysis = TextAnalysis(text: KeywordExtractorTests.note, model: model)
        let keywords = KeywordExtractor().extract(analysis, limit: 5).map { $0.text.lowercased() }
        #expect(keywords.contains("chronic kidney disease"), "\(keywords)")
        #expect(keywords.contains("renal function panel"), "\(keywords)")
    }

    @Test(.enabled(if: KeywordEncoderTests.hasRealModel && KeywordSharedData.exists(KeywordSharedData.clincVal),
                   "needs the imported encoder and ../shared/data/clinc150/val.jsonl"))
    func realModelOnRequests() throws {
        let model = try Model.load(path: Self.realModelPath)
        let texts = try KeywordSharedData.jsonLines(KeywordSharedData.clincVal).compactMap { $0["text"] as? String }
        let extractor = KeywordExtractor()
        var withKeywords = 0
        for text in texts.prefix(600) {
            let (tokens, output) = model.encode(text)
            let keywords = extractor.extract(text: text, tokens: tokens, encoded: output, limit: 3)
            if !keywords.isEmpty { withKeywords += 1 }
            let words = KeywordExtractorTests.wordSet(text)
            for k in keywords {
                let parts = k.text.lowercased().split(separator: " ").map(String.init)
                #expect(parts.allSatisfy(words.contains), "cut mid-word: \(k.text) in \(text)")
                #expect(!parts.allSatisfy(KeywordRequestTests.stopWords.contains), "stop words only: \(k.text)")
            }
        }
        #expect(withKeywords > 540)
    }
}
