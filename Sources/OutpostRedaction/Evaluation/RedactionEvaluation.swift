import Foundation

/// Runs a redactor over a gold corpus and scores it; latency is measured per text after a
/// warm-up, on the calling thread (pin it with `taskset -c N` for stable figures).
public struct RedactionEvaluation: Sendable, Codable {
    public var score: RedactionScore
    /// Median / 95th percentile milliseconds per text, the whole redaction (encoder included
    /// when the runner encodes).
    public var latencyP50ms: Double
    public var latencyP95ms: Double
    public var textsPerSecond: Double

    /// `redact` returns the predicted scalar ranges for one text.
    public static func run(_ records: [GoldRecord], warmup: Int = 20,
                           redact: (String) -> [(start: Int, end: Int)]) -> RedactionEvaluation {
        for r in records.prefix(warmup) { _ = redact(r.text) }
        var preds: [[(start: Int, end: Int)]] = []
        var lat: [Double] = []
        preds.reserveCapacity(records.count)
        for r in records {
            let t0 = DispatchTime.now().uptimeNanoseconds
            let p = redact(r.text)
            lat.append(Double(DispatchTime.now().uptimeNanoseconds &- t0) / 1e6)
            preds.append(p)
        }
        let sorted = lat.sorted()
        let p50 = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
        let p95 = sorted.isEmpty ? 0 : sorted[Int(0.95 * Double(sorted.count - 1))]
        let total = lat.reduce(0, +)
        return RedactionEvaluation(score: RedactionScore.score(records, preds), latencyP50ms: p50, latencyP95ms: p95,
                                   textsPerSecond: total > 0 ? Double(lat.count) / (total / 1000) : 0)
    }
}
