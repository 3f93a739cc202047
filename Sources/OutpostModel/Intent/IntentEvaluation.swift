import Foundation

/// Accuracy of a model's intent head on labelled examples: in-scope accuracy, OOS recall
/// and precision, the most frequent confusions, and encoder throughput.
public struct IntentEvaluation: Sendable, Codable {
    public struct Confusion: Sendable, Codable, Equatable {
        public var expected: String
        public var predicted: String
        public var count: Int
    }

    public var examples: Int
    public var inScopeExamples: Int
    public var oosExamples: Int
    public var inScopeAccuracy: Float
    public var oosRecall: Float
    public var oosPrecision: Float
    public var threshold: Float
    /// Most frequent (expected, predicted) pairs that differ, up to 10.
    public var confusions: [Confusion]
    /// Texts per second through tokenizer + encoder + head (one thread).
    public var textsPerSecond: Double

    enum CodingKeys: String, CodingKey {
        case examples, threshold, confusions
        case inScopeExamples = "in_scope_examples"
        case oosExamples = "oos_examples"
        case inScopeAccuracy = "in_scope_accuracy"
        case oosRecall = "oos_recall"
        case oosPrecision = "oos_precision"
        case textsPerSecond = "texts_per_second"
    }

    public static func run(model: Model, examples: [IntentExample], progress: (Int, Int) -> Void = { _, _ in }) throws(ModelError) -> IntentEvaluation {
        guard let head = model.intentHead else {
            throw ModelError(.missingTensor, "model has no intent head; train one with `outpost model train`")
        }
        var scores = IntentScores()
        var pairs: [String: Int] = [:]
        let clock = ContinuousClock()
        let start = clock.now
        for (i, e) in examples.enumerated() {
            let p = head.classify(sentence: model.encode(e.text).output.sentence)
            scores.add(expected: e.intent, predicted: p, oosLabel: head.config.oosLabel)
            if p.intent != e.intent { pairs["\(e.intent)\u{0}\(p.intent)", default: 0] += 1 }
            progress(i + 1, examples.count)
        }
        let elapsed = IntentTraining.seconds(clock.now - start)
        let confusions = pairs.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(10).map { key, count in
            let parts = key.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
            return Confusion(expected: parts[0], predicted: parts[1], count: count)
        }
        return IntentEvaluation(examples: examples.count, inScopeExamples: scores.inScopeTotal, oosExamples: scores.oosTotal,
                                inScopeAccuracy: scores.inScopeAccuracy, oosRecall: scores.oosRecall, oosPrecision: scores.oosPrecision,
                                threshold: head.config.threshold, confusions: Array(confusions),
                                textsPerSecond: elapsed > 0 ? Double(examples.count) / elapsed : 0)
    }
}
