import Foundation
import OutpostModel
import Testing

/// Keywords on texts with identifiers (../shared/data/phi/dev.jsonl): identifier text never
/// comes back, placeholders do, and the protected clinical/banking terms are found.
struct KeywordIdentifierTests {
    struct Sample {
        var text: String
        var spans: [(Range<Int>, String)]
        var protected: [String]
    }

    static func samples() throws -> [Sample] {
        try KeywordSharedData.jsonLines("data/phi/dev.jsonl").compactMap { o in
            guard let text = o["text"] as? String else { return nil }
            let spans = (o["spans"] as? [[String: Any]] ?? []).compactMap { s -> (Range<Int>, String)? in
                guard let a = s["start"] as? Int, let b = s["end"] as? Int, let t = s["type"] as? String, a < b else { return nil }
                return (a..<b, t)
            }
            let protected = (o["protected"] as? [[String: Any]] ?? []).compactMap { $0["term"] as? String }
            return Sample(text: text, spans: spans, protected: protected)
        }
    }

    static func substring(_ text: String, _ r: Range<Int>) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[r.clamped(to: 0..<scalars.count)])
        return String(view)
    }

    @Test(.enabled(if: KeywordSharedData.exists("data/phi/dev.jsonl"), "needs ../shared/data/phi/dev.jsonl"))
    func identifiersNeverComeBack() throws {
        let extractor = KeywordExtractor()
        let normalizer = KeyphraseNormalizer()
        var protectedFound = 0, protectedTotal = 0, leaks: [String] = []
        for sample in try Self.samples() {
            var numbering: [String: Int] = [:]
            let placeholders = Dictionary(sample.spans.map { span, type in
                numbering[type, default: 0] += 1
                return (span, "<\(type)_\(numbering[type]!)>")
            }, uniquingKeysWith: { a, _ in a })
            let keywords = extractor.extract(text: sample.text, tokens: nil, limit: 10, excluding: sample.spans.map(\.0)) { placeholders[$0] }
            let lowered = keywords.map { " " + $0.text.lowercased() + " " }
            for (span, _) in sample.spans {
                let original = Self.substring(sample.text, span).lowercased()
                // An identifier that also occurs outside its spans could come back legitimately.
                guard original.count >= 3, sample.text.lowercased().components(separatedBy: original).count == 2 else { continue }
                for k in lowered where k.contains(" " + original + " ") { leaks.append("\(original) in \(k)") }
            }
            let predicted = Set(keywords.map { normalizer.normalize($0.text) })
            for term in sample.protected {
                protectedTotal += 1
                let n = normalizer.normalize(term)
                if predicted.contains(where: { $0 == n || $0.hasPrefix(n + " ") || $0.hasSuffix(" " + n) || $0.contains(" " + n + " ") }) { protectedFound += 1 }
                else if ProcessInfo.processInfo.environment["KW_DEBUG"] != nil { print("MISS \(term) | \(sample.text) | \(keywords.map(\.text))") }
            }
        }
        #expect(leaks.isEmpty, "\(leaks.count) identifier leaks, first: \(leaks.prefix(5))")
        let recall = Double(protectedFound) / Double(max(protectedTotal, 1))
        print("protected terms in top-10 keywords: \(protectedFound)/\(protectedTotal) = \(recall)")
        #expect(recall > 0.6, "protected-term recall \(recall)")
    }
}
