import OutpostSupport
public import OutpostRedaction

/// Trains `SequenceTagger` with an averaged structured perceptron: decode each text with the
/// current weights, and where the best sequence differs from the gold one, move the weights of
/// the gold labels up and of the predicted ones down. Deterministic for a given corpus and seed.
public enum SequenceTaggerTrainer {
    /// One training text: scalar offsets of its person and place spans.
    public struct Example: Sendable {
        public var text: String
        public var persons: [Range<Int>]
        public var places: [Range<Int>]

        public init(text: String, persons: [Range<Int>], places: [Range<Int>]) {
            self.text = text
            self.persons = persons
            self.places = places
        }
    }

    public struct Report: Sendable {
        public var texts: Int
        public var tokens: Int
        public var epochs: Int
        /// Token accuracy and span-level precision/recall (persons and places together) on the held-out fifth.
        public var heldOutTokenAccuracy: Double
        public var heldOutPrecision: Double
        public var heldOutRecall: Double
    }

    /// Fits the tagger on the first four fifths of `corpus` (by position) and scores the last fifth;
    /// `progress(epoch)` is called after each epoch.
    public static func train(_ corpus: [Example], safeList: SafeList, epochs: Int = 6, bits: Int = 19, seed: UInt64 = 1,
                             progress: (Int) -> Void = { _ in }) -> (SequenceTagger, Report) {
        let L = SequenceTagger.labelCount
        let mask = (1 << bits) - 1
        var feats: [[[Int]]] = []
        var gold: [[Int]] = []
        var tokenCount = 0
        for ex in corpus {
            let text = ScannedText(ex.text)
            feats.append(SequenceFeatures.extract(text, safeList: safeList, mask: mask))
            gold.append(labels(text, ex))
            tokenCount += text.tokens.count
        }
        let split = corpus.count * 4 / 5
        var w = [Float](repeating: 0, count: (mask + 1) * L)
        var u = [Float](repeating: 0, count: (mask + 1) * L)
        let nt = (L + 1) * L
        var tw = [Float](repeating: 0, count: nt)
        var tu = [Float](repeating: 0, count: nt)
        var c: Float = 1
        var rng = SplitMix64(seed: seed)
        var order = Array(0..<split)
        for epoch in 0..<epochs {
            for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, rng.int(i + 1)) }
            for k in order {
                let f = feats[k], g = gold[k]
                let pred = w.withUnsafeBufferPointer { wp in
                    SequenceTagger.viterbi(tokens: f.count) { i, l in
                        var s: Float = 0
                        for b in f[i] { s += wp[b * L + l] }
                        return s
                    } transition: { p, l in tw[(p + 1) * L + l] }
                }
                if pred != g {
                    w.withUnsafeMutableBufferPointer { wp in
                        u.withUnsafeMutableBufferPointer { up in
                            for i in 0..<g.count where pred[i] != g[i] {
                                for b in f[i] {
                                    wp[b * L + g[i]] += 1; up[b * L + g[i]] += c
                                    wp[b * L + pred[i]] -= 1; up[b * L + pred[i]] -= c
                                }
                            }
                        }
                    }
                    for i in 0..<g.count {
                        let gp = i == 0 ? 0 : g[i - 1] + 1, pp = i == 0 ? 0 : pred[i - 1] + 1
                        if gp == pp && g[i] == pred[i] { continue }
                        tw[gp * L + g[i]] += 1; tu[gp * L + g[i]] += c
                        tw[pp * L + pred[i]] -= 1; tu[pp * L + pred[i]] -= c
                    }
                }
                c += 1
            }
            progress(epoch + 1)
        }
        // averaged weights, then int8 with one scale
        var maxAbs: Float = 0
        for j in w.indices {
            w[j] -= u[j] / c
            maxAbs = max(maxAbs, abs(w[j]))
        }
        for j in tw.indices { tw[j] -= tu[j] / c }
        let scale = maxAbs > 0 ? maxAbs / 127 : 1
        let q = w.map { Int8(max(-127, min(127, ($0 / scale).rounded()))) }
        let tagger = SequenceTagger(bits: bits, weights: q, scale: scale, transitions: tw, source: "trained in this process")

        var right = 0, total = 0, tp = 0, fp = 0, fn = 0
        for k in split..<corpus.count {
            let pred = tagger.labels(features: feats[k])
            let g = gold[k]
            for i in g.indices { total += 1; if pred[i] == g[i] { right += 1 } }
            let ps = spans(pred), gs = spans(g)
            tp += ps.intersection(gs).count
            fp += ps.subtracting(gs).count
            fn += gs.subtracting(ps).count
        }
        let report = Report(texts: corpus.count, tokens: tokenCount, epochs: epochs,
                            heldOutTokenAccuracy: Double(right) / Double(max(1, total)),
                            heldOutPrecision: Double(tp) / Double(max(1, tp + fp)),
                            heldOutRecall: Double(tp) / Double(max(1, tp + fn)))
        return (tagger, report)
    }

    /// Gold BIO labels: a token overlapping a person span is B-/I-PER, a place span B-/I-LOC.
    static func labels(_ text: ScannedText, _ ex: Example) -> [Int] {
        var out = [Int](repeating: 0, count: text.tokens.count)
        for (ranges, b) in [(ex.persons, 1), (ex.places, 3)] {
            for r in ranges {
                var first = true
                for (i, t) in text.tokens.enumerated() where t.start < r.upperBound && t.end > r.lowerBound {
                    out[i] = first ? b : b + 1
                    first = false
                }
            }
        }
        return out
    }

    /// (start token, end token, label) of each span in a label sequence.
    static func spans(_ labels: [Int]) -> Set<[Int]> {
        Set(SequenceTagger.runs(labels).map { [$0.start, $0.end, $0.label] })
    }
}
