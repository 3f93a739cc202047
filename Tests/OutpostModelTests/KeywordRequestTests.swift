import Foundation
import OutpostModel
import Testing

/// Short requests (CLINC150 val): keywords must be sensible.
struct KeywordRequestTests {
    static let stopWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "for", "my", "me", "i", "you", "your", "is", "are", "can", "could",
        "would", "please", "what", "how", "do", "does", "it", "this", "that", "and", "or", "with", "at", "be", "we",
    ]

    @Test(.enabled(if: KeywordSharedData.exists(KeywordSharedData.clincVal), "needs ../shared/data/clinc150/val.jsonl"))
    func requestsGetSensibleKeywords() throws {
        let extractor = KeywordExtractor()
        let texts = try KeywordSharedData.jsonLines(KeywordSharedData.clincVal).compactMap { $0["text"] as? String }
        try #require(texts.count > 1000)
        var withKeywords = 0
        for text in texts {
            let words = KeywordExtractorTests.wordSet(text)
            let keywords = extractor.extract(text: text, tokens: nil, limit: 3)
            if !keywords.isEmpty { withKeywords += 1 }
            for k in keywords {
                let parts = k.text.lowercased().split(separator: " ").map(String.init)
                #expect(parts.allSatisfy(words.contains), "cut mid-word: \(k.text) in \(text)")
                #expect(!parts.allSatisfy(Self.stopWords.contains), "stop words only: \(k.text) in \(text)")
                #expect(parts.count <= 5)
            }
        }
        // Almost every request names something.
        #expect(Double(withKeywords) / Double(texts.count) > 0.9, "\(withKeywords) of \(texts.count)")
    }

    @Test(arguments: [
        ("how do you say good bye in french", "french"),
        ("please transfer 200 dollars from checking to savings", "savings"),
        ("what is the balance of my savings account", "savings account"),
        ("book a table for two at an italian restaurant", "italian restaurant"),
    ])
    func namesTheObject(text: String, expected: String) {
        let keywords = KeywordExtractor().extract(text: text, tokens: nil, limit: 3).map { $0.text.lowercased() }
        #expect(keywords.contains(expected), "\(keywords)")
    }
}
