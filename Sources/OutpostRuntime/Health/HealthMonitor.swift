import Foundation
import Logging
public import OutpostStore
import OutpostSupport
public import OutpostConfig
public import OutpostAPI

/// The one place that knows how the box is: store, disk, model, connectivity, queue, LEDs.
/// `GET /v1/health`, `GET /v1/status`, sd_notify `STATUS=` and the LEDs all read it.
public actor HealthMonitor {
    /// Live values other services provide; each is cheap and non-blocking.
    public struct Sources: Sendable {
        public var online: @Sendable () async -> Bool = { false }
        public var lights: @Sendable () async -> StatusReport.Lights = {
            .init(board: "none", pattern: "off", leds: [:], errors: [])
        }
        public init() {}
    }

    private let store: Store
    private let config: OutpostConfig
    private let startedAt = ContinuousClock.now
    private let model: StatusReport.ModelInfo?
    private var sources: Sources
    private var storeHealthy = true

    public init(store: Store, config: OutpostConfig, model: StatusReport.ModelInfo?, sources: Sources = .init()) {
        self.store = store
        self.config = config
        self.model = model
        self.sources = sources
    }

    public func setSources(_ sources: Sources) { self.sources = sources }

    /// Checks the store with one read; remembers the verdict for ``report()``.
    @discardableResult
    public func checkStore() async -> Bool {
        storeHealthy = await store.ping()
        return storeHealthy
    }

    /// A full status report. Problems are things a technician must act on; empty when healthy.
    public func report() async -> StatusReport {
        await report(counts: (try? await store.outboxCounts()) ?? OutboxCounts())
    }

    /// The same, from outbox counts the caller already read (the publisher shares them with the metrics).
    func report(counts: OutboxCounts) async -> StatusReport {
        let storeOK = await checkStore()
        let free = DiskSpace.freeBytes(at: config.stateDir) ?? -1
        let online = await sources.online()
        let lights = await sources.lights()
        var problems: [String] = []
        if !storeOK { problems.append("database not answering: check \(store.path) and free space") }
        if free >= 0, free < Int64(config.outbox.minFreeBytes) {
            problems.append("disk nearly full: \(free / 1_048_576) MiB free in \(config.stateDir), floor \(config.outbox.minFreeBytes / 1_048_576) MiB; new work is refused")
        }
        if let model, !model.loaded {
            problems.append("model not loaded from \(model.path): \(model.error ?? "unknown error")")
        }
        if store.recoveredFromCorruption {
            problems.append("database was corrupt at start and was quarantined: see db.quarantined")
        }
        let age = counts.oldestPendingCreatedAt.map { max(0, Date().timeIntervalSince1970 - $0) }
        return StatusReport(
            version: OutpostVersion.string,
            uptimeS: (ContinuousClock.now - startedAt).seconds,
            stateDir: config.stateDir,
            db: .init(path: store.path, sizeBytes: store.sizeBytes, quarantined: store.quarantined, ok: storeOK),
            model: model,
            outbox: .init(pending: counts.pending + counts.sending, dead: counts.dead, oldestPendingAgeS: age),
            online: online,
            cloudConfigured: config.cloud.baseURL != nil,
            lights: lights,
            disk: .init(freeBytes: free, floorBytes: Int64(config.outbox.minFreeBytes)),
            problems: problems
        )
    }

    /// A one-line summary for systemd's `STATUS=` (shown by `systemctl status`).
    public func statusLine() async -> String {
        let r = await report()
        var parts = [r.online ? "online" : (r.cloudConfigured ? "offline" : "local only")]
        parts.append("queue \(r.outbox.pending)")
        if r.outbox.dead > 0 { parts.append("dead \(r.outbox.dead)") }
        if let problem = r.problems.first { parts.append("problem: \(problem)") }
        return parts.joined(separator: ", ")
    }
}

