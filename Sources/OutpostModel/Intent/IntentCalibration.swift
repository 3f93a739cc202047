/// Chooses the out-of-scope confidence threshold on validation data: the largest
/// threshold (grid of 0.01) whose in-scope accuracy stays within `maxAccuracyDrop` of the
/// accuracy with no threshold. Out-of-scope examples in the validation set then show the
/// recall that threshold buys; without any, the rule still bounds the in-scope cost.
enum IntentCalibration {
    struct Result {
        var threshold: Float
        var facts: [String: String]
    }

    static func calibrate(head: IntentHead, validation: IntentTrainer.Set, maxAccuracyDrop: Float) -> Result {
        let probs = validation.vectors.map { head.probabilities(sentence: $0) }
        func score(_ threshold: Float) -> IntentScores {
            var s = IntentScores()
            for (p, label) in zip(probs, validation.labels) {
                s.add(expected: label, predicted: head.decide(p, threshold: threshold), oosLabel: head.config.oosLabel)
            }
            return s
        }
        guard !probs.isEmpty else { return Result(threshold: 0, facts: ["calibration": "none (no validation data)"]) }
        let base = score(0)
        guard base.inScopeTotal > 0 else {
            return Result(threshold: 0, facts: ["calibration": "none (no in-scope validation examples)"])
        }
        var best: Float = 0
        var bestScores = base
        for step in 1...99 {
            let threshold = Float(step) / 100
            let s = score(threshold)
            if s.inScopeAccuracy >= base.inScopeAccuracy - maxAccuracyDrop {
                best = threshold
                bestScores = s
            }
        }
        return Result(threshold: best, facts: [
            "calibration.examples": String(validation.vectors.count),
            "calibration.threshold": String(best),
            "calibration.in_scope_accuracy": String(bestScores.inScopeAccuracy),
            "calibration.oos_recall": String(bestScores.oosRecall),
        ])
    }
}

/// Counts for in-scope accuracy and out-of-scope recall/precision.
public struct IntentScores: Sendable, Equatable {
    public var inScopeTotal = 0
    public var inScopeCorrect = 0
    public var oosTotal = 0
    public var oosDetected = 0
    public var flaggedOOS = 0

    public init() {}

    public mutating func add(expected: String, predicted: IntentPrediction, oosLabel: String) {
        if !predicted.inScope { flaggedOOS += 1 }
        if expected == oosLabel {
            oosTotal += 1
            if !predicted.inScope { oosDetected += 1 }
        } else {
            inScopeTotal += 1
            if predicted.inScope && predicted.intent == expected { inScopeCorrect += 1 }
        }
    }

    /// Correct in-scope predictions over in-scope examples (flagged-as-OOS counts as wrong).
    public var inScopeAccuracy: Float { inScopeTotal > 0 ? Float(inScopeCorrect) / Float(inScopeTotal) : 0 }
    /// Out-of-scope examples flagged out of scope.
    public var oosRecall: Float { oosTotal > 0 ? Float(oosDetected) / Float(oosTotal) : 0 }
    /// Flagged texts that really were out of scope.
    public var oosPrecision: Float { flaggedOOS > 0 ? Float(oosDetected) / Float(flaggedOOS) : 0 }
}
