import Foundation
import OutpostModel
import Testing

/// The scoring protocol of ../shared/data/keyphrase/README.md.
struct KeywordEvaluationTests {
    @Test(arguments: [
        ("Multi-step Matrix Games", "multi step matrix game"), ("  ", ""), ("TCP/IP networks", "tcp ip network"),
        ("Über-fast 3D rendering", "ber fast 3d render"),
    ])
    func normalises(phrase: String, expected: String) {
        #expect(KeyphraseNormalizer().normalize(phrase) == expected)
    }

    @Test func scoresOneDocument() {
        let evaluator = KeyphraseEvaluator()
        let gold = ["neural networks", "image segmentation", "graph cuts", "energy minimisation"]
        // 4 distinct predictions after normalisation ("neural network" duplicates "Neural Networks").
        let predictions = ["Neural Networks", "neural network", "graph cut", "pixels", "deep learning"]
        let s5 = evaluator.score(predictions: predictions, gold: gold, k: 5)
        #expect(abs(s5.precision - 2.0 / 4) < 1e-9)
        #expect(abs(s5.recall - 2.0 / 4) < 1e-9)
        #expect(abs(s5.f1 - 0.5) < 1e-9)
        let s1 = evaluator.score(predictions: predictions, gold: gold, k: 1)
        #expect(abs(s1.precision - 1) < 1e-9 && abs(s1.recall - 0.25) < 1e-9)
        #expect(evaluator.score(predictions: [], gold: gold, k: 5).f1 == 0)
        #expect(evaluator.score(predictions: ["pixels"], gold: gold, k: 5).f1 == 0)
    }

    @Test func macroAverages() {
        var evaluator = KeyphraseEvaluator(cutoffs: [5])
        evaluator.add(predictions: ["a b"], gold: ["a b"])
        evaluator.add(predictions: [], gold: ["c"])
        #expect(evaluator.documents == 2)
        #expect(abs(evaluator.average(at: 5).f1 - 50) < 1e-9)
    }

    /// Quality floor on the Inspec dev set with the statistics-only path (no encoder); the full
    /// figure with the encoder comes from `outpost keywords eval`.
    @Test(.enabled(if: KeywordSharedData.exists(KeywordSharedData.inspecDev), "needs ../shared/data/keyphrase/inspec_dev.jsonl"))
    func inspecDevStatisticsFloor() throws {
        let extractor = KeywordExtractor()
        var evaluator = KeyphraseEvaluator()
        for object in try KeywordSharedData.jsonLines(KeywordSharedData.inspecDev) {
            guard let text = object["text"] as? String, let gold = object["keyphrases"] as? [String] else { continue }
            evaluator.add(predictions: extractor.extract(text: text, tokens: nil, limit: 10).map(\.text), gold: gold)
        }
        #expect(evaluator.documents == 500)
        #expect(evaluator.average(at: 10).f1 >= 33, "F1@10 \(evaluator.average(at: 10).f1)")
    }
}
