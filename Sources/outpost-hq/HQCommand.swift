import ArgumentParser
import Foundation
import Hummingbird
import Logging

/// `outpost-hq`: command-line front of the reference cloud.
struct HQCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outpost-hq",
        abstract: "Reference cloud endpoint: OpenAI-compatible chat + OTLP/NDJSON events, with idempotency, a capacity limit and fault injection.",
        discussion: """
        Serves POST /v1/chat/completions (OpenAI JSON, or SSE with "stream": true; tools,
        tool_choice, response_format json_object/json_schema, deterministic answers),
        POST /v1/logs (OTLP/HTTP logs, JSON, gzip allowed), POST /v1/events (NDJSON, one
        event object per line), GET /v1/models, GET /hq/stats, GET /hq/rate (requests per second),
        GET /hq/received (every body received, NDJSON), GET|POST /hq/faults.
        Requests are deduplicated by Idempotency-Key; the log in --data DIR survives restarts.
        Faults and the capacity limit apply to /v1/* only; /hq/* always answers.

        Examples:
          outpost-hq --listen 127.0.0.1:8787 --data ./var/hq
          outpost-hq --listen 127.0.0.1:8787 --data ./var/hq --fail-rate 0.3 --reset-rate 0.1 --seed 7
          outpost-hq --listen 127.0.0.1:8787 --data ./var/hq --offline-until 2026-11-29T12:00:00Z
          outpost-hq --listen 127.0.0.1:8787 --data ./var/hq --capacity 200 --overload-retry-after 5
          outpost-hq --listen 127.0.0.1:8787 --data ./var/hq --token-delay-ms 20
          curl -s 127.0.0.1:8787/hq/stats
          curl -s -XPOST 127.0.0.1:8787/hq/faults -d '{"fail_rate":0,"reset_rate":0}'
        """
    )

    @Option(help: ArgumentHelp("Address to listen on.", valueName: "HOST:PORT"))
    var listen: String = "127.0.0.1:8787"

    @Option(help: ArgumentHelp("Directory for the received-bodies log (created if missing).", valueName: "DIR"))
    var data: String

    @Option(help: ArgumentHelp("Probability (0...1) of answering 503 before processing.", valueName: "P"))
    var failRate: Double = 0

    @Option(help: ArgumentHelp("Probability (0...1) of closing the connection without a response.", valueName: "P"))
    var resetRate: Double = 0

    @Option(help: ArgumentHelp("Delay added before every /v1/* response.", valueName: "N"))
    var latencyMs: Int = 0

    @Option(help: ArgumentHelp("Pause between the chunks of a streamed reply (plain replies are not delayed).", valueName: "N"))
    var tokenDelayMs: Int = 0

    @Option(help: ArgumentHelp("Refuse every connection until this time (ISO 8601 or unix seconds).", valueName: "TIME"))
    var offlineUntil: String?

    @Option(help: ArgumentHelp("Requests per second /v1/* takes; beyond it 429 (or --overload-status) with Retry-After.", valueName: "N"))
    var capacity: Double?

    @Option(help: ArgumentHelp("Status beyond --capacity: 429 or 503.", valueName: "CODE"))
    var overloadStatus: Int = 429

    @Option(help: ArgumentHelp("Retry-After sent beyond --capacity, seconds.", valueName: "S"))
    var overloadRetryAfter: Int = 5

    @Option(help: ArgumentHelp("Seed of the fault dice (default: random).", valueName: "N"))
    var seed: UInt64?

    @Option(help: ArgumentHelp("File holding the bearer key /v1/* requires (default: no key check).", valueName: "FILE"))
    var apiKeyFile: String?

    @Option(help: ArgumentHelp("Log level: trace, debug, info, notice, warning, error, critical.", valueName: "LEVEL"))
    var logLevel: String = "info"

    func validate() throws {
        guard HQOptions.parseListen(listen) != nil else {
            throw ValidationError("--listen must be HOST:PORT, e.g. 127.0.0.1:8787 (got '\(listen)')")
        }
        guard (0...1).contains(failRate) else { throw ValidationError("--fail-rate must be between 0 and 1") }
        guard (0...1).contains(resetRate) else { throw ValidationError("--reset-rate must be between 0 and 1") }
        guard latencyMs >= 0 else { throw ValidationError("--latency-ms must be >= 0") }
        guard tokenDelayMs >= 0 else { throw ValidationError("--token-delay-ms must be >= 0") }
        if let offlineUntil, HQOptions.parseInstant(offlineUntil) == nil {
            throw ValidationError("--offline-until must be ISO 8601 (2026-11-29T12:00:00Z) or unix seconds (got '\(offlineUntil)')")
        }
        if let capacity { guard capacity > 0 else { throw ValidationError("--capacity must be positive") } }
        guard [429, 503].contains(overloadStatus) else { throw ValidationError("--overload-status must be 429 or 503") }
        guard overloadRetryAfter >= 0 else { throw ValidationError("--overload-retry-after must be >= 0") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("--log-level: unknown level '\(logLevel)'") }
    }

    func options() throws -> HQOptions {
        let (host, port) = HQOptions.parseListen(listen)!
        var options = HQOptions(host: host, port: port, dataDirectory: data)
        options.faults = FaultSettings(
            failRate: failRate, resetRate: resetRate, latencyMilliseconds: latencyMs,
            offlineUntil: offlineUntil.flatMap(HQOptions.parseInstant)
        )
        options.seed = seed
        options.tokenDelayMilliseconds = tokenDelayMs
        options.capacity = HQCapacity.Settings(capacity: capacity, overloadStatus: overloadStatus, retryAfterSeconds: overloadRetryAfter)
        if let apiKeyFile {
            guard let key = try? String(contentsOfFile: apiKeyFile, encoding: .utf8) else {
                throw ValidationError("cannot read --api-key-file \(apiKeyFile)")
            }
            let trimmed = key.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw ValidationError("--api-key-file \(apiKeyFile) is empty") }
            options.apiKey = trimmed
        }
        return options
    }

    /// Entry point for `main.swift` (async `main()` of `AsyncParsableCommand`).
    static func start() async {
        await main()
    }

    func run() async throws {
        let options = try options()
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        let logger = {
            var logger = Logger(label: "outpost.hq")
            logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
            return logger
        }()
        let store: HQStore
        do {
            store = try HQStore(dataDirectory: options.dataDirectory)
        } catch {
            throw ValidationError("cannot open the log in --data \(options.dataDirectory): \(error)")
        }
        let faults = FaultInjector(settings: options.faults, seed: options.seed)
        let capacity = HQCapacity(settings: options.capacity)
        let app = makeHQApplication(options: options, store: store, faults: faults, capacity: capacity, logger: logger) { channel in
            logger.notice("outpost-hq listening", metadata: ["outpost.hq.address": "\(channel.localAddress.map { "\($0)" } ?? "?")"])
        }
        try await app.runService()
    }
}
