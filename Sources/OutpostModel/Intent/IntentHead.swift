import Foundation

/// The result of classifying one sentence.
public struct IntentPrediction: Sendable, Equatable, Codable {
    /// The predicted intent, or the out-of-scope label (`oos`) when `inScope` is false.
    public var intent: String
    /// Probability of the predicted class (0...1).
    public var confidence: Float
    /// False when the text is judged out of scope (trained `oos` class or low confidence).
    public var inScope: Bool
    /// The most likely in-scope intent even when `inScope` is false.
    public var bestInScope: String

    public init(intent: String, confidence: Float, inScope: Bool, bestInScope: String) {
        self.intent = intent
        self.confidence = confidence
        self.inScope = inScope
        self.bestInScope = bestInScope
    }
}

/// Intent classifier over the sentence vector: an ensemble of softmax regressions
/// (`members`, probabilities averaged) with the out-of-scope label as a trained class,
/// plus a confidence threshold calibrated on validation data: a text is out of scope when
/// the top class is `oos` or its probability is below `threshold`.
///
/// Stored in the model file as `intent.config` (JSON) and float tensors `intent.weights`
/// (`[members * labels, dim]`, the input scale folded in) and `intent.bias`.
public struct IntentHead: Sendable {
    /// The head's settings as stored in `intent.config`.
    public struct Config: Codable, Sendable, Equatable {
        public var labels: [String]
        public var oosLabel: String
        /// Below this confidence an in-scope prediction becomes out of scope.
        public var threshold: Float
        public var members: Int
        public var dim: Int
        /// Free-form training facts (seed, epochs, validation figures) for audits.
        public var training: [String: String]
    }

    static let configSection = "intent.config"

    public let config: Config
    let weights: [Float]
    let bias: [Float]

    public var labels: [String] { config.labels }

    init(config: Config, weights: [Float], bias: [Float]) {
        precondition(weights.count == config.members * config.labels.count * config.dim)
        precondition(bias.count == config.members * config.labels.count)
        self.config = config
        self.weights = weights
        self.bias = bias
    }

    /// Reads the head from `file`; nil when the file has none.
    init?(file: ModelFile) throws(ModelError) {
        guard let json = file.section(Self.configSection) else { return nil }
        let config: Config
        do {
            config = try JSONDecoder().decode(Config.self, from: json)
        } catch {
            throw ModelError(.malformed, "model file has an unreadable intent head config; retrain with `outpost model train`", cause: error)
        }
        let c = config.labels.count, d = config.dim, k = config.members
        guard c > 0, d > 0, k > 0, c * k <= 1_000_000, Set(config.labels).count == c,
              let w = file.floats("intent.weights"), w.count == k * c * d,
              let b = file.floats("intent.bias"), b.count == k * c
        else {
            throw ModelError(.malformed, "intent head in the model file is inconsistent; retrain with `outpost model train`")
        }
        self.init(config: config, weights: w, bias: b)
    }

    /// Adds (or replaces) this head in `writer`.
    public func write(into writer: inout ModelFileWriter) throws(ModelError) {
        writer.removeAll(prefix: "intent.")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            writer.setSection(Self.configSection, try encoder.encode(config))
        } catch {
            throw ModelError(.io, "cannot encode intent head config", cause: error)
        }
        let rows = config.members * config.labels.count
        writer.setFloats("intent.weights", weights, shape: [rows, config.dim])
        writer.setFloats("intent.bias", bias, shape: [rows])
    }

    /// Class probabilities for a sentence vector (mean of the members' softmax over `labels`).
    public func probabilities(sentence: [Float]) -> [Float] {
        let d = config.dim, c = config.labels.count
        var x = sentence
        if x.count != d { x = Array((x + [Float](repeating: 0, count: d)).prefix(d)) }
        var mean = [Float](repeating: 0, count: c)
        var logits = [Float](repeating: 0, count: c)
        weights.withUnsafeBufferPointer { w in
            for m in 0..<config.members {
                for j in 0..<c {
                    let row = (m * c + j) * d
                    var s = bias[m * c + j]
                    for i in 0..<d { s += w[row + i] * x[i] }
                    logits[j] = s
                }
                let p = IntentMath.softmax(logits)
                for j in 0..<c { mean[j] += p[j] / Float(config.members) }
            }
        }
        return mean
    }

    /// Intent, confidence and in-scope decision for a sentence vector.
    public func classify(sentence: [Float]) -> IntentPrediction {
        decide(probabilities(sentence: sentence), threshold: config.threshold)
    }

    /// The decision rule, shared with calibration.
    func decide(_ p: [Float], threshold: Float) -> IntentPrediction {
        var best = 0
        var bestIn = -1
        for i in p.indices {
            if p[i] > p[best] { best = i }
            if config.labels[i] != config.oosLabel && (bestIn < 0 || p[i] > p[bestIn]) { bestIn = i }
        }
        let bestInLabel = bestIn >= 0 ? config.labels[bestIn] : config.oosLabel
        if config.labels[best] == config.oosLabel {
            return IntentPrediction(intent: config.oosLabel, confidence: p[best], inScope: false, bestInScope: bestInLabel)
        }
        let inScope = p[best] >= threshold
        return IntentPrediction(intent: inScope ? config.labels[best] : config.oosLabel, confidence: p[best],
                                inScope: inScope, bestInScope: bestInLabel)
    }
}

enum IntentMath {
    static func softmax(_ logits: [Float]) -> [Float] {
        guard let mx = logits.max() else { return [] }
        var e = logits.map { expf($0 - mx) }
        let s = e.reduce(0, +)
        for i in e.indices { e[i] /= s }
        return e
    }
}
