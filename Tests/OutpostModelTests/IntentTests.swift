import Foundation
import OutpostSupport
import Testing
@testable import OutpostModel

@Suite("intent head")
struct IntentTests {
    /// Three well separated clusters plus scattered out-of-scope points.
    static func synthetic(seed: UInt64, perClass: Int = 40) -> IntentTrainer.Set {
        var rng = SplitMix64(seed: seed)
        let dim = 16
        var vectors: [[Float]] = []
        var labels: [String] = []
        let centres: [(String, Int)] = [("book", 0), ("cancel", 5), ("balance", 10)]
        for (label, axis) in centres {
            for _ in 0..<perClass {
                var v = (0..<dim).map { _ in rng.normal() * 0.15 }
                v[axis] += 1
                vectors.append(EncoderOutput.normalized(v))
                labels.append(label)
            }
        }
        for _ in 0..<(perClass / 2) {
            var v = (0..<dim).map { _ in rng.normal() * 0.15 }
            v[15] += 1
            vectors.append(EncoderOutput.normalized(v))
            labels.append("oos")
        }
        return IntentTrainer.Set(vectors: vectors, labels: labels)
    }

    var fastOptions: IntentTrainer.Options {
        var o = IntentTrainer.Options()
        o.epochs = 10
        o.members = 2
        return o
    }

    @Test("learns separable intents and flags the oos cluster")
    func learns() throws {
        let head = try IntentTrainer(options: fastOptions).train(Self.synthetic(seed: 1), validation: Self.synthetic(seed: 2))
        let test = Self.synthetic(seed: 3)
        var scores = IntentScores()
        for (v, label) in zip(test.vectors, test.labels) {
            scores.add(expected: label, predicted: head.classify(sentence: v), oosLabel: "oos")
        }
        #expect(scores.inScopeAccuracy >= 0.95)
        #expect(scores.oosRecall >= 0.9)
        #expect(head.labels == ["balance", "book", "cancel", "oos"])
    }

    @Test("deterministic for a seed, different for another")
    func deterministic() throws {
        let train = Self.synthetic(seed: 1), val = Self.synthetic(seed: 2)
        let a = try IntentTrainer(options: fastOptions).train(train, validation: val)
        let b = try IntentTrainer(options: fastOptions).train(train, validation: val)
        var other = fastOptions
        other.seed = 99
        let c = try IntentTrainer(options: other).train(train, validation: val)
        #expect(a.weights == b.weights && a.config == b.config)
        #expect(a.weights != c.weights)
    }

    @Test("a low-confidence prediction becomes out of scope; the best in-scope label is kept")
    func threshold() {
        let config = IntentHead.Config(labels: ["a", "b", "oos"], oosLabel: "oos", threshold: 0.6, members: 1, dim: 2, training: [:])
        let head = IntentHead(config: config, weights: [1, 0, 0, 1, -1, -1], bias: [0, 0, 0])
        let clear = head.classify(sentence: [5, 0])
        #expect(clear.intent == "a" && clear.inScope && clear.confidence > 0.6)
        let unsure = head.classify(sentence: [0.3, 0.3])
        #expect(!unsure.inScope && unsure.intent == "oos")
        #expect(["a", "b"].contains(unsure.bestInScope))
        let oos = head.classify(sentence: [-5, -5])
        #expect(oos.intent == "oos" && !oos.inScope)
    }

    @Test("calibration keeps in-scope accuracy within the allowed drop")
    func calibration() throws {
        var o = fastOptions
        o.maxAccuracyDrop = 0
        let val = Self.synthetic(seed: 2)
        let head = try IntentTrainer(options: o).train(Self.synthetic(seed: 1), validation: val)
        var base = IntentScores(), calibrated = IntentScores()
        for (v, label) in zip(val.vectors, val.labels) {
            base.add(expected: label, predicted: head.decide(head.probabilities(sentence: v), threshold: 0), oosLabel: "oos")
            calibrated.add(expected: label, predicted: head.classify(sentence: v), oosLabel: "oos")
        }
        #expect(calibrated.inScopeAccuracy >= base.inScopeAccuracy)
        #expect(calibrated.oosRecall >= base.oosRecall)
    }

    @Test("one label is not enough to train")
    func oneLabel() {
        let set = IntentTrainer.Set(vectors: [[1, 0], [0, 1]], labels: ["a", "a"])
        #expect(throws: ModelError.self) { try IntentTrainer().train(set, validation: set) }
    }

    @Test("head survives the model file; Model exposes it")
    func roundTrip() throws {
        let model = ModelTestSupport.tinyModel
        let texts = ["book an appointment", "book the doctor", "cancel my card", "cancel the appointment", "what is my balance", "balance of my account", "play music", "tuesday morning play"]
        let labels = ["book", "book", "cancel", "cancel", "balance", "balance", "oos", "oos"]
        let examples = zip(texts, labels).map { IntentExample(text: $0, intent: $1) }
        let report = try IntentTraining.run(model: model, train: examples, validation: examples, options: fastOptions)
        var writer = model.writer()
        try report.head.write(into: &writer)
        let reloaded = try Model(file: ModelFile(data: writer.data()))
        let head = try #require(reloaded.intentHead)
        #expect(head.config == report.head.config)
        let v = reloaded.encode("cancel my card").output.sentence
        #expect(head.classify(sentence: v) == report.head.classify(sentence: v))
        #expect(TextAnalysis(text: "cancel my card", model: reloaded).intent != nil)
        #expect(ModelTestSupport.tinyModel.intentHead == nil)
    }

    @Test("hold-out split is stratified and deterministic")
    func holdOut() {
        let examples = (0..<60).map { IntentExample(text: "t\($0)", intent: ["a", "b", "c"][$0 % 3]) }
        let (train, val) = IntentTraining.holdOut(examples, fraction: 0.1, seed: 1)
        #expect(train.count + val.count == 60)
        #expect(Set(val.map(\.intent)) == ["a", "b", "c"])
        #expect(IntentTraining.holdOut(examples, fraction: 0.1, seed: 1).1 == val)
    }

    @Test("JSONL reader names the bad line", arguments: ["{\"text\": 1, \"intent\": \"a\"}", "not json", "{\"text\": \"x\"}", "[1,2]"])
    func badLines(line: String) {
        let data = Data("{\"text\":\"ok\",\"intent\":\"a\"}\n\(line)\n".utf8)
        do {
            _ = try IntentExample.parse(data, name: "f.jsonl")
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .badData)
            #expect(error.message.contains("line 2"))
        }
    }
}
