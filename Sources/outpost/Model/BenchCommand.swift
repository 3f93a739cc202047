import ArgumentParser
import Foundation
import OutpostBench
import OutpostModel

/// `outpost bench encoder`.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmarks (encoder latency, durable submits, a fleet against one cloud).",
        subcommands: [BenchEncoderCommand.self, BenchSubmitCommand.self, BenchFleetCommand.self]
    )
}

struct BenchEncoderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "encoder",
        abstract: "Batch-1, one-thread encoder latency on the benchmark sentence.",
        discussion: """
            Encodes "\(EncoderBenchmark.sentence)" (20 tokens) --runs times after 30 warm-up runs, \
            on the calling thread, and reports the median and 99th percentile and the process's \
            peak RSS. Pin it to a core for stable figures; OUTPOST_KERNELS=scalar|avx2|avx512vnni|neon|dotprod forces a kernel path. Benchmarks/encoder/run.sh compares with onnxruntime.

            Examples:
              taskset -c 1 outpost bench encoder --model ~/.cache/outpost/minilm-l6.outpost
              outpost bench encoder --model minilm-l6.outpost --json
              outpost bench encoder --model minilm-l6.outpost --repeat 6     # 110 tokens
            """
    )

    @Option(name: .long, help: "Model file.")
    var model: String
    @Option(name: .long, help: "Timed runs.")
    var runs = 300
    @Option(name: .long, help: "Repeat the sentence this many times (longer inputs).")
    var `repeat` = 1
    @Flag(name: .long, help: "Print {\"p50_ms\",\"p99_ms\",\"tokens\",\"peak_rss_mb\"} as JSON.")
    var json = false

    func validate() throws {
        guard runs >= 1, runs <= 1_000_000 else { throw ValidationError("--runs must be 1...1000000") }
        guard `repeat` >= 1, `repeat` <= 100 else { throw ValidationError("--repeat must be 1...100") }
    }

    func run() async throws {
        let loaded = try ModelCLI.load(model, json: json)
        let text = Array(repeating: EncoderBenchmark.sentence, count: `repeat`).joined(separator: " ")
        let result = EncoderBenchmark.run(model: loaded, text: text, runs: runs)
        if json {
            JSONOutput.printLine(result)
        } else {
            print("tokens \(result.tokens)  p50 \(String(format: "%.3f", result.p50Ms)) ms  p99 \(String(format: "%.3f", result.p99Ms)) ms  peak RSS \(String(format: "%.1f", result.peakRSSMB)) MB  kernels \(result.kernels)")
        }
    }
}
