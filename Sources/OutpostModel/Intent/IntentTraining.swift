import Foundation
import OutpostSupport

/// End-to-end head training on a model: encode the texts (one encoder pass each),
/// train the head, calibrate out-of-scope detection on the validation examples (or on a
/// stratified 10% hold-out of the training data when none are given).
public enum IntentTraining {
    /// What a training run did, for the CLI and audits.
    public struct Report: Sendable {
        public var head: IntentHead
        public var trainExamples: Int
        public var validationExamples: Int
        /// True when validation examples were held out of the training data.
        public var heldOut: Bool
        public var encodeSeconds: Double
        public var trainSeconds: Double
    }

    /// The phase `progress` reports on.
    public enum Phase: String, Sendable {
        case encoding, training
    }

    public static func run(model: Model, train: [IntentExample], validation: [IntentExample]?,
                           options: IntentTrainer.Options = .init(),
                           progress: (Phase, Int, Int) -> Void = { _, _, _ in }) throws(ModelError) -> Report {
        var trainSet = train
        var validationSet = validation ?? []
        let heldOut = validation == nil
        if heldOut { (trainSet, validationSet) = holdOut(train, fraction: 0.1, seed: options.seed) }
        let clock = ContinuousClock()
        let start = clock.now
        let all = trainSet + validationSet
        let vectors = encode(model: model, texts: all.map(\.text)) { progress(.encoding, $0, $1) }
        let encoded = clock.now
        let trainer = IntentTrainer(options: options)
        let head = try trainer.train(
            IntentTrainer.Set(vectors: Array(vectors.prefix(trainSet.count)), labels: trainSet.map(\.intent)),
            validation: IntentTrainer.Set(vectors: Array(vectors.suffix(validationSet.count)), labels: validationSet.map(\.intent))
        ) { progress(.training, $0, $1) }
        let trained = clock.now
        return Report(head: head, trainExamples: trainSet.count, validationExamples: validationSet.count, heldOut: heldOut,
                      encodeSeconds: seconds(encoded - start), trainSeconds: seconds(trained - encoded))
    }

    /// Sentence vectors of `texts`, in order.
    public static func encode(model: Model, texts: [String], progress: (Int, Int) -> Void = { _, _ in }) -> [[Float]] {
        var out: [[Float]] = []
        out.reserveCapacity(texts.count)
        for (i, text) in texts.enumerated() {
            out.append(model.encode(text).output.sentence)
            progress(i + 1, texts.count)
        }
        return out
    }

    /// Deterministic stratified split: about `fraction` of each label (at least one when a
    /// label has 3+ examples) goes to validation.
    static func holdOut(_ examples: [IntentExample], fraction: Double, seed: UInt64) -> ([IntentExample], [IntentExample]) {
        var byLabel: [String: [Int]] = [:]
        for (i, e) in examples.enumerated() { byLabel[e.intent, default: []].append(i) }
        var rng = SplitMix64(seed: seed ^ 0x5EED)
        var validation = Swift.Set<Int>()
        for label in byLabel.keys.sorted() {
            var idx = byLabel[label]!
            guard idx.count >= 3 else { continue }
            for i in stride(from: idx.count - 1, to: 0, by: -1) { idx.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
            let k = max(1, Int((Double(idx.count) * fraction).rounded()))
            validation.formUnion(idx.prefix(k))
        }
        let train = examples.indices.filter { !validation.contains($0) }.map { examples[$0] }
        let val = examples.indices.filter { validation.contains($0) }.map { examples[$0] }
        return (train, val)
    }

    package static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
