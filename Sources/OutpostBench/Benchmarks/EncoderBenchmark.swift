#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
public import OutpostModel

/// Batch-1 latency of the encoder on one text (the calling thread only), with the
/// process's peak resident memory. Speed lives here, never in tests.
public struct EncoderBenchmark: Sendable, Codable {
    /// The benchmark sentence (20 tokens with MiniLM's vocabulary).
    public static let sentence = "Please move my cardiology follow-up appointment at the north branch clinic to next Tuesday morning"

    public var p50Ms: Double
    public var p99Ms: Double
    public var tokens: Int
    public var peakRSSMB: Double
    public var runs: Int
    public var kernels: String

    enum CodingKeys: String, CodingKey {
        case p50Ms = "p50_ms", p99Ms = "p99_ms", tokens, peakRSSMB = "peak_rss_mb", runs, kernels
    }

    /// Times `runs` encodes of `text` after `warmup` untimed ones.
    public static func run(model: Model, text: String = sentence, runs: Int = 300, warmup: Int = 30) -> EncoderBenchmark {
        let tokens = model.tokenizer.encode(text)
        for _ in 0..<warmup { _ = model.encoder.encode(tokens) }
        let clock = ContinuousClock()
        var times: [Double] = []
        times.reserveCapacity(runs)
        for _ in 0..<max(runs, 1) {
            let start = clock.now
            _ = model.encoder.encode(tokens)
            times.append(IntentTraining.seconds(clock.now - start) * 1000)
        }
        times.sort()
        func pct(_ p: Double) -> Double { times[min(times.count - 1, Int((Double(times.count - 1) * p).rounded()))] }
        func round3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
        return EncoderBenchmark(p50Ms: round3(pct(0.5)), p99Ms: round3(pct(0.99)), tokens: tokens.count, peakRSSMB: round3(peakRSSMegabytes()),
                                runs: times.count, kernels: model.encoder.isa.description)
    }

    /// Peak resident set size of this process (VmHWM on Linux, ru_maxrss elsewhere), MB.
    public static func peakRSSMegabytes() -> Double {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) {
            for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
                let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
                return kb / 1024
            }
        }
        var usage = rusage()
        #if canImport(Darwin)
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1_048_576
        #else
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
        #endif
    }
}
