import ArgumentParser

/// Placeholder until its module lands.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "Benchmarks (encoder latency).")
    func run() async throws { throw CleanExit.message("not implemented yet") }
}
