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

/// Intent classifier over the sentence vector: an MLP (or softmax regression when
/// `hidden == 0`) with the out-of-scope label as a trained class, plus a confidence
/// threshold calibrated on validation data. Stored in the model file as
/// `intent.config` (JSON) and float tensors `intent.w1`, `intent.b1`, `intent.w2`, `intent.b2`.
public struct IntentHead: Sendable {
    /// The head's settings as stored in `intent.config`.
    public struct Config: Codable, Sendable, Equatable {
        public var labels: [String]
        public var oosLabel: String
        /// Below this confidence an in-scope prediction becomes out of scope.
        public var threshold: Float
        public var hidden: Int
        public var dim: Int
        /// Free-form training facts (seed, epochs, validation figures) for `model eval`/audits.
        public var training: [String: String]
    }

    static let configSection = "intent.config"

    public let config: Config
    let w1: [Float], b1: [Float], w2: [Float], b2: [Float]

    public var labels: [String] { config.labels }

    init(config: Config, w1: [Float], b1: [Float], w2: [Float], b2: [Float]) {
        self.config = config
        self.w1 = w1
        self.b1 = b1
        self.w2 = w2
        self.b2 = b2
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
        let c = config.labels.count, h = config.hidden, d = config.dim
        let inner = h > 0 ? h : d
        func load(_ name: String, _ count: Int) throws(ModelError) -> [Float] {
            guard let v = file.floats(name), v.count == count else {
                throw ModelError(.malformed, "intent head tensor \(name) is missing or has the wrong size; retrain with `outpost model train`")
            }
            return v
        }
        guard c > 0, d > 0, h >= 0 else {
            throw ModelError(.malformed, "intent head config is inconsistent; retrain with `outpost model train`")
        }
        self.init(config: config,
                  w1: h > 0 ? try load("intent.w1", h * d) : [], b1: h > 0 ? try load("intent.b1", h) : [],
                  w2: try load("intent.w2", c * inner), b2: try load("intent.b2", c))
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
        let inner = config.hidden > 0 ? config.hidden : config.dim
        if config.hidden > 0 {
            writer.setFloats("intent.w1", w1, shape: [config.hidden, config.dim])
            writer.setFloats("intent.b1", b1, shape: [config.hidden])
        }
        writer.setFloats("intent.w2", w2, shape: [config.labels.count, inner])
        writer.setFloats("intent.b2", b2, shape: [config.labels.count])
    }

    /// Class probabilities for a sentence vector (softmax over `labels`).
    public func probabilities(sentence: [Float]) -> [Float] {
        let d = config.dim
        var x = sentence
        if x.count != d { x = Array((x + [Float](repeating: 0, count: d)).prefix(d)) }
        if config.hidden > 0 {
            var hvec = [Float](repeating: 0, count: config.hidden)
            for j in 0..<config.hidden {
                var s = b1[j]
                for i in 0..<d { s += w1[j * d + i] * x[i] }
                hvec[j] = max(0, s)
            }
            x = hvec
        }
        let inner = x.count
        var logits = [Float](repeating: 0, count: config.labels.count)
        for c in 0..<logits.count {
            var s = b2[c]
            for i in 0..<inner { s += w2[c * inner + i] * x[i] }
            logits[c] = s
        }
        return IntentMath.softmax(logits)
    }

    /// Intent, confidence and in-scope decision for a sentence vector.
    public func classify(sentence: [Float]) -> IntentPrediction {
        let p = probabilities(sentence: sentence)
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
        let inScope = p[best] >= config.threshold
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
