import Foundation
import AsyncHTTPClient
import Logging
import NIOCore
public import OutpostConfig
import OutpostSupport
import OutpostSync

/// N boxes — each the real `SyncService` with its own outbox, over real HTTP — against one cloud.
/// Every box starts with `escalations` queued (the work of an outage); they all start within
/// `startSpread` (a site or a fleet powering up together) while the cloud is down or up, as the
/// caller arranged at hq. `run` returns when every box has drained or at `deadline`.
///
/// `rules`: `.fleet` is the shipped configuration (throttle, budget, start-up delay, probes);
/// `.plain` is a plain client's retry schedule (`SyncService.Configuration.plainClient`), the
/// baseline measured in the same run.
public struct FleetSimulation: Sendable {
    public enum Rules: String, Sendable, CaseIterable {
        case fleet, plain
    }

    public var boxes: Int
    public var escalations: Int
    public var rules: Rules
    /// Where the boxes send (TLS and the API key as a box has them).
    public var cloud: CloudConfig
    public var startSpread: Duration = .seconds(1)
    public var deadline: Duration = .seconds(900)
    /// The fleet rules' start-up delay (`nil`: the shipped default).
    public var startupDelay: Duration?

    public init(boxes: Int, escalations: Int, rules: Rules, cloud: CloudConfig) {
        self.boxes = boxes
        self.escalations = escalations
        self.rules = rules
        self.cloud = cloud
    }

    /// What the boxes saw.
    public struct Result: Sendable, Codable {
        public var rules: String
        public var boxes: Int
        public var queued: Int
        public var acknowledged: Int
        /// Seconds from the start to the last acknowledgement (`nil`: not all drained).
        public var drainedAfterSeconds: Double?
        /// Acknowledgements per second of the run, from the start.
        public var acknowledgedPerSecond: [Int]
        /// Requests the boxes put on the wire, and how those failed, by reason.
        public var sends: Int
        public var failed: [String: Int]
        public var deferred: [String: Int]
    }

    public func run() async throws -> Result {
        var quiet = Logger(label: "outpost.bench.fleet")
        quiet.logLevel = .critical
        let config = cloud
        var httpConfiguration = HTTPClient.Configuration(
            tlsConfiguration: try CloudHTTPClient.tlsConfiguration(config.tls),
            redirectConfiguration: .disallow,
            timeout: .init(connect: .seconds(5), read: .seconds(30)))
        httpConfiguration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = max(8, boxes * 4)
        httpConfiguration.connectionPool.retryConnectionEstablishment = false
        httpConfiguration.tracing.tracer = nil
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: httpConfiguration)
        let transport = HTTPSyncTransport(config: config, httpClient: client, guard: PermissiveGuard(), logger: quiet)

        var configuration: SyncService<ContinuousClock>.Configuration
        switch rules {
        case .fleet:
            configuration = SyncService<ContinuousClock>.Configuration()
            if let startupDelay { configuration.startupDelay = startupDelay }
        case .plain: configuration = .plainClient()
        }
        configuration.maxAttempts = nil

        let outboxes = (0..<boxes).map { FleetOutbox(box: $0, escalations: escalations) }
        let start = ContinuousClock.now
        var system = SystemRandomNumberGenerator()
        let services = outboxes.map { outbox in
            SyncService(source: outbox, transport: transport, clock: ContinuousClock(), configuration: configuration,
                        random: SeededRandom(seed: system.next()), logger: quiet)
        }
        let spread = startSpread
        let deadline = deadline
        let drainedAt: ContinuousClock.Instant? = await withTaskGroup(of: Void.self) { group in
            for (index, service) in services.enumerated() {
                let offset = Duration.seconds(spread.seconds * Double(index) / Double(max(1, services.count)))
                group.addTask {
                    try? await Task.sleep(until: start + offset, clock: .continuous)
                    try? await service.run()
                }
            }
            var drained: ContinuousClock.Instant?
            while ContinuousClock.now < start + deadline {
                try? await Task.sleep(for: .milliseconds(250))
                if outboxes.allSatisfy({ $0.pending == 0 }) {
                    drained = outboxes.compactMap { $0.acknowledged.max() }.max()
                    break
                }
            }
            group.cancelAll()
            return drained
        }
        try await client.shutdown()

        var perSecond: [Int] = []
        for outbox in outboxes {
            for at in outbox.acknowledged {
                let second = Int(start.duration(to: at).seconds)
                if second >= perSecond.count { perSecond += Array(repeating: 0, count: second - perSecond.count + 1) }
                perSecond[second] += 1
            }
        }
        var failed: [String: Int] = [:], deferred: [String: Int] = [:]
        var sends = 0
        for service in services {
            let status = service.status
            sends += status.sends
            failed.merge(status.failed, uniquingKeysWith: +)
            deferred.merge(status.deferred, uniquingKeysWith: +)
        }
        return Result(
            rules: rules.rawValue, boxes: boxes, queued: boxes * escalations,
            acknowledged: outboxes.reduce(0) { $0 + $1.acknowledged.count },
            drainedAfterSeconds: drainedAt.map { start.duration(to: $0).seconds },
            acknowledgedPerSecond: perSecond, sends: sends, failed: failed, deferred: deferred)
    }
}

