import ArgumentParser
import Foundation
import OutpostAPI
import OutpostBench
import OutpostStore
import Synchronization

/// `outpost bench submit`: acknowledged durable submits per second against a running daemon, with
/// 1 and 16 concurrent clients, beside the raw SQLite ceiling for one-row durable commits measured
/// in the same run on the same disk.
struct BenchSubmitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Acknowledged durable submits per second (1 and 16 clients) vs. the raw SQLite commit ceiling.",
        discussion: """
            Start a daemon first (its state directory is where the SQLite ceiling is measured), then:
              outpost bench submit --socket ./var/api.sock --state-dir ./var --json
            Benchmarks/submit/run.sh starts a throw-away daemon and does both.
            """)

    @OptionGroup var socket: SocketOptions
    @Option(help: "The daemon's state directory (the SQLite ceiling is measured on the same disk).") var stateDir = "./var"
    @Option(help: "Seconds per measurement.") var seconds = 5.0
    @Option(parsing: .upToNextOption, help: "Client counts to measure.") var clients: [Int] = [1, 16]
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        guard seconds > 0, seconds <= 600 else { throw ValidationError("--seconds must be in (0, 600]") }
        guard !clients.isEmpty, clients.allSatisfy({ (1...256).contains($0) }) else { throw ValidationError("--clients must be 1-256") }
    }

    func run() async throws {
        let path = socket.resolved
        guard UnixHTTPClient.isListening(socketPath: path) else {
            Terminal.error("outpost: no daemon on \(path); start one (Benchmarks/submit/run.sh does)")
            throw ExitCode.unavailable
        }
        var results: [Submits] = []
        for n in clients {
            let r = Self.measure(socket: path, clients: n, seconds: seconds)
            results.append(Submits(clients: n, acked: r.acked, perSecond: (r.perSecond * 10).rounded() / 10,
                                   p50Ms: (r.p50 * 100).rounded() / 100, p99Ms: (r.p99 * 100).rounded() / 100, errors: r.errors))
        }
        let ceiling = try CommitBenchmark.commitsPerSecond(directory: stateDir, seconds: seconds)
        if json { JSONOutput.printLine(Measured(submits: results, sqliteCommitsPerSecond: (ceiling.perSecond * 10).rounded() / 10)); return }
        var table = Table("CLIENTS", "ACKED/S", "P50 MS", "P99 MS", "VS SQLITE CEILING")
        for r in results {
            let ratio = r.perSecond / max(ceiling.perSecond, 1)
            table.add("\(r.clients)", "\(r.perSecond)", "\(r.p50Ms)", "\(r.p99Ms)", String(format: "%.2f×", ratio))
        }
        print(table.render())
        print(String(format: "raw SQLite one-row durable commits on this disk: %.0f/s", ceiling.perSecond))
    }

    static func measure(socket: String, clients: Int, seconds: Double) -> (acked: Int, perSecond: Double, p50: Double, p99: Double, errors: Int) {
        let latencies = Mutex<[Double]>([])
        let errors = Atomic<Int>(0)
        let texts = ["Can I move my appointment to Tuesday morning?", "What are your opening hours on Saturday?",
                     "I lost my card, please block it", "Is the cardiology clinic open after 5pm?"]
        let start = Date()
        DispatchQueue.concurrentPerform(iterations: clients) { worker in
            let client = UnixHTTPClient(socketPath: socket)
            var local: [Double] = []
            var i = worker
            while Date().timeIntervalSince(start) < seconds {
                let body = try? JSONEncoder().encode(RequestInput(text: texts[i % texts.count], conversationID: "bench-\(worker)"))
                let t0 = Date()
                if let r = try? client.request("POST", "/v1/requests", body: body), r.status == 201 {
                    local.append(Date().timeIntervalSince(t0) * 1000)
                } else {
                    errors.add(1, ordering: .relaxed)
                }
                i += clients
            }
            latencies.withLock { $0.append(contentsOf: local) }
        }
        let elapsed = Date().timeIntervalSince(start)
        let sorted = latencies.withLock { $0 }.sorted()
        func pct(_ p: Double) -> Double { sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
        return (sorted.count, Double(sorted.count) / elapsed, pct(0.5), pct(0.99), errors.load(ordering: .relaxed))
    }
}

extension BenchSubmitCommand {
    /// One row of `--json`: submits acknowledged by `clients` concurrent clients.
    struct Submits: Encodable {
        var clients: Int
        var acked: Int
        var perSecond: Double
        var p50Ms: Double
        var p99Ms: Double
        var errors: Int
        enum CodingKeys: String, CodingKey {
            case clients, acked, errors
            case perSecond = "per_second", p50Ms = "p50_ms", p99Ms = "p99_ms"
        }
    }

    struct Measured: Encodable {
        var submits: [Submits]
        var sqliteCommitsPerSecond: Double
        enum CodingKeys: String, CodingKey { case submits, sqliteCommitsPerSecond = "sqlite_commits_per_second" }
    }
}
