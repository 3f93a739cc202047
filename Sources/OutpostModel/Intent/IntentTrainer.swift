import CKernels
import Foundation
import OutpostSupport

/// Trains an `IntentHead` on sentence vectors: `members` softmax regressions (Adam,
/// L2 weight decay, inputs scaled by `inputScale`), each from its own seed and shuffle,
/// with the out-of-scope label as an ordinary class; then calibrates the confidence
/// threshold on validation vectors. Deterministic for a given seed.
public struct IntentTrainer: Sendable {
    public struct Options: Sendable {
        public var seed: UInt64 = 1
        public var epochs = 15
        /// Small data sets get more epochs: at least this many optimisation steps per member.
        public var minSteps = 1500
        public var members = 3
        public var learningRate: Float = 3e-3
        public var weightDecay: Float = 1e-3
        public var batchSize = 64
        /// Sentence vectors are unit length; scaling them lets the logits grow without
        /// huge weights (folded into the stored weights).
        public var inputScale: Float = 10
        /// Calibration: the largest threshold whose in-scope accuracy on validation data is
        /// at most this far (absolute) below the accuracy without a threshold.
        public var maxAccuracyDrop: Float = 0.004
        public var oosLabel = "oos"
        public init() {}
    }

    public var options: Options
    public init(options: Options = Options()) { self.options = options }

    /// Labelled sentence vectors (`vectors[i]` has label `labels[i]`).
    public struct Set: Sendable {
        public var vectors: [[Float]]
        public var labels: [String]
        public init(vectors: [[Float]], labels: [String]) {
            self.vectors = vectors
            self.labels = labels
        }
    }

    /// Trains and calibrates. `progress(done, total)` counts optimisation steps.
    public func train(_ train: Set, validation: Set, progress: (Int, Int) -> Void = { _, _ in }) throws(ModelError) -> IntentHead {
        guard let dim = train.vectors.first?.count, dim > 0, train.vectors.allSatisfy({ $0.count == dim }) else {
            throw ModelError(.trainingFailed, "no training vectors (or mixed widths)")
        }
        let labels = Array(Swift.Set(train.labels)).sorted()
        guard labels.count >= 2 else {
            throw ModelError(.trainingFailed, "training data has \(labels.count) label; need at least two intents")
        }
        let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let y = train.labels.map { index[$0]! }
        let n = train.vectors.count, c = labels.count, o = options
        var x = [Float](repeating: 0, count: n * dim)
        for (i, v) in train.vectors.enumerated() { for j in 0..<dim { x[i * dim + j] = v[j] * o.inputScale } }
        let batches = (n + o.batchSize - 1) / o.batchSize
        let epochs = max(o.epochs, (o.minSteps + batches - 1) / batches)
        let total = o.members * epochs * batches
        var weights: [Float] = []
        var bias: [Float] = []
        for m in 0..<o.members {
            var rng = SplitMix64(seed: o.seed &* 0x9E37_79B9 &+ UInt64(m) &+ 1)
            let (w, b) = trainMember(x: x, y: y, n: n, dim: dim, classes: c, epochs: epochs, rng: &rng) { step in
                progress(m * epochs * batches + step, total)
            }
            weights += w.map { $0 * o.inputScale }  // fold the input scale into the weights
            bias += b
        }
        var config = IntentHead.Config(labels: labels, oosLabel: o.oosLabel, threshold: 0, members: o.members, dim: dim,
                                       training: ["seed": String(o.seed), "epochs": String(epochs), "members": String(o.members),
                                                  "examples": String(n), "learning_rate": String(o.learningRate),
                                                  "weight_decay": String(o.weightDecay)])
        var head = IntentHead(config: config, weights: weights, bias: bias)
        let calibration = IntentCalibration.calibrate(head: head, validation: validation, maxAccuracyDrop: o.maxAccuracyDrop)
        config.threshold = calibration.threshold
        config.training.merge(calibration.facts) { $1 }
        head = IntentHead(config: config, weights: weights, bias: bias)
        return head
    }

    /// One softmax regression: minibatch Adam on cross-entropy + L2.
    private func trainMember(x: [Float], y: [Int], n: Int, dim: Int, classes c: Int, epochs: Int, rng: inout SplitMix64,
                             step: (Int) -> Void) -> ([Float], [Float]) {
        let o = options
        let initScale = 0.1 / Float(dim).squareRoot()
        var w = (0..<(c * dim)).map { _ in rng.normal() * initScale }
        var b = [Float](repeating: 0, count: c)
        var mw = [Float](repeating: 0, count: c * dim), vw = mw
        var mb = [Float](repeating: 0, count: c), vb = mb
        let bs = o.batchSize
        var xb = [Float](repeating: 0, count: bs * dim), xbT = xb
        var logits = [Float](repeating: 0, count: bs * c)
        var gT = [Float](repeating: 0, count: c * bs)
        var gw = [Float](repeating: 0, count: c * dim)
        var order = Array(0..<n)
        var t: Float = 0
        var done = 0
        for _ in 0..<epochs {
            for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
            for start in stride(from: 0, to: n, by: bs) {
                let rows = min(bs, n - start)
                for r in 0..<rows {
                    let src = order[start + r] * dim
                    for j in 0..<dim {
                        xb[r * dim + j] = x[src + j]
                        xbT[j * rows + r] = x[src + j]
                    }
                }
                ck_gemm_f32(ck_isa_best(), xb, Int32(rows), w, b, Int32(c), Int32(dim), &logits)
                var gb = [Float](repeating: 0, count: c)
                for r in 0..<rows {
                    var mx = -Float.infinity
                    for j in 0..<c { mx = max(mx, logits[r * c + j]) }
                    var sum: Float = 0
                    for j in 0..<c { let e = expf(logits[r * c + j] - mx); logits[r * c + j] = e; sum += e }
                    let label = y[order[start + r]]
                    for j in 0..<c {
                        let g = (logits[r * c + j] / sum - (j == label ? 1 : 0)) / Float(rows)
                        gT[j * rows + r] = g
                        gb[j] += g
                    }
                }
                ck_gemm_f32(ck_isa_best(), gT, Int32(c), xbT, nil, Int32(dim), Int32(rows), &gw)
                t += 1
                let lr = o.learningRate, b1: Float = 0.9, b2: Float = 0.999
                let c1 = 1 - powf(b1, t), c2 = 1 - powf(b2, t)
                for i in 0..<(c * dim) {
                    let g = gw[i] + o.weightDecay * w[i]
                    mw[i] = b1 * mw[i] + (1 - b1) * g
                    vw[i] = b2 * vw[i] + (1 - b2) * g * g
                    w[i] -= lr * (mw[i] / c1) / ((vw[i] / c2).squareRoot() + 1e-8)
                }
                for j in 0..<c {
                    mb[j] = b1 * mb[j] + (1 - b1) * gb[j]
                    vb[j] = b2 * vb[j] + (1 - b2) * gb[j] * gb[j]
                    b[j] -= lr * (mb[j] / c1) / ((vb[j] / c2).squareRoot() + 1e-8)
                }
                done += 1
                step(done)
            }
        }
        return (w, b)
    }
}
