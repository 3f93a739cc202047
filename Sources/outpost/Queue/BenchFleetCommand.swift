import ArgumentParser
import Foundation
import OutpostBench
import OutpostConfig

/// `outpost bench fleet`: N simulated boxes (the real sync service, each with its own outbox)
/// draining their queues into one cloud. `Benchmarks/fleet/run.sh` starts an `outpost-hq` with a
/// capacity limit and an outage, runs this twice (the shipped rules, then a plain client's retry
/// schedule) and reads hq's per-second counts.
struct BenchFleetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fleet",
        abstract: "N boxes with queued work against one cloud: drain time, sends, failures (boxes' view).",
        discussion: """
            Each box is a SyncService over real HTTP with its own in-memory outbox holding --queued \
            escalations; all start within --start-spread seconds. Returns when every box has drained, \
            or after --deadline seconds (exit 1).
              outpost-hq --listen 127.0.0.1:8787 --data /tmp/hq --capacity 100 &
              outpost bench fleet --cloud http://127.0.0.1:8787 --boxes 1000 --queued 10 --rules fleet --json
            Benchmarks/fleet/run.sh does the whole comparison, outage included.
            """)

    @Option(help: "Root URL of the cloud (chat at ROOT/v1/chat/completions).") var cloud: String
    @Option(help: "Simulated boxes.") var boxes = 1000
    @Option(help: "Escalations queued on every box at the start.") var queued = 10
    @Option(help: "fleet (the shipped rules) or plain (a plain SDK client's retry schedule).") var rules: String = "fleet"
    @Option(help: "All boxes start within this many seconds.") var startSpread = 1.0
    @Option(help: "Give up after this many seconds.") var deadline = 900.0
    @Option(help: "The fleet rules' random start-up delay, at most, seconds (default: the shipped 30).") var startupDelay: Double?
    @Option(help: "PEM CA to trust (an https cloud).") var caFile: String?
    @Option(help: "PEM client certificate (mutual TLS; every simulated box uses it).") var clientCert: String?
    @Option(help: "PEM key of --client-cert.") var clientKey: String?
    @Option(help: "File holding the bearer key.") var apiKeyFile: String?
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        guard FleetSimulation.Rules(rawValue: rules) != nil else { throw ValidationError("--rules must be fleet or plain") }
        guard boxes > 0, queued >= 0, startSpread >= 0, deadline > 0 else { throw ValidationError("--boxes, --deadline must be positive") }
    }

    func run() async throws {
        var config = CloudConfig(serverRoot: cloud)
        config.tls = CloudConfig.TLS(caFile: caFile, clientCertificateFile: clientCert, clientKeyFile: clientKey)
        if let apiKeyFile {
            guard let key = try? String(contentsOfFile: apiKeyFile, encoding: .utf8) else { throw ValidationError("cannot read --api-key-file \(apiKeyFile)") }
            config.apiKey = key.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        var simulation = FleetSimulation(boxes: boxes, escalations: queued, rules: FleetSimulation.Rules(rawValue: rules)!, cloud: config)
        simulation.startupDelay = startupDelay.map { .milliseconds(Int64($0 * 1000)) }
        simulation.startSpread = .milliseconds(Int64(startSpread * 1000))
        simulation.deadline = .milliseconds(Int64(deadline * 1000))
        let result = try await simulation.run()
        if json {
            JSONOutput.printLine(result)
        } else {
            print("\(result.rules): \(result.acknowledged)/\(result.queued) acknowledged, " +
                  (result.drainedAfterSeconds.map { String(format: "drained after %.1f s", $0) } ?? "not drained") +
                  ", \(result.sends) sends, failed \(result.failed), deferred \(result.deferred)")
        }
        if result.acknowledged < result.queued { throw ExitCode(1) }
    }
}
