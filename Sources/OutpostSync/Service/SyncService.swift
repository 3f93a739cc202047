public import Logging
import OutpostStore
import OutpostSupport
public import ServiceLifecycle
import Synchronization

/// Sends the outbox to the cloud while the process lives.
///
/// Each cycle leases due jobs from the `OutboxSource`, sends escalations (a few at a time)
/// and events (in NDJSON batches) through the `SyncTransport`, and reports every outcome
/// back: delivered, failed with a retry delay from `Backoff` (honouring `Retry-After`), or
/// dead-lettered at once for failures that can never succeed. `Connectivity` decides how
/// much goes out: whole batches while online, one probe job at growing intervals while
/// offline. Between cycles it waits `pollInterval` on the injected clock, or less when the
/// runtime calls `notifyWork()` after persisting new work.
///
/// A `Service`: `run()` stops on graceful shutdown or cancellation; no task starts in `init`.
public final class SyncService<C: Clock>: Service, Sendable where C.Duration == Duration {
    let source: any OutboxSource
    let transport: any SyncTransport
    let clock: C
    let configuration: Configuration
    let logger: Logger
    let onStatusChange: (@Sendable (SyncStatus) -> Void)?
    let wake = WakeSignal()

    struct State {
        var connectivity: Connectivity
        var status = SyncStatus()
        var random: any RandomNumberGenerator & Sendable
        /// While offline: when the next probe may go out (`nil`: now).
        var probeAt: C.Instant?
        /// While offline: this cycle's single probe send has been granted.
        var probeClaimed = false
    }
    let state: Mutex<State>

    /// - Parameters:
    ///   - random: jitter source; pass a `SeededRandom` for deterministic tests.
    ///   - onStatusChange: called (synchronously, keep it cheap) after every status change.
    public init(
        source: any OutboxSource,
        transport: any SyncTransport,
        clock: C,
        configuration: Configuration = Configuration(),
        random: any RandomNumberGenerator & Sendable = SystemRandomNumberGenerator(),
        logger: Logger = Logger(label: "outpost.sync"),
        onStatusChange: (@Sendable (SyncStatus) -> Void)? = nil
    ) {
        self.source = source
        self.transport = transport
        self.clock = clock
        self.configuration = configuration
        self.logger = logger
        self.onStatusChange = onStatusChange
        self.state = Mutex(State(connectivity: Connectivity(policy: configuration.connectivity), random: random))
    }

    /// A snapshot of connectivity and counters.
    public var status: SyncStatus {
        state.withLock { $0.status }
    }

    /// New work was persisted: start the next cycle now instead of after `pollInterval`.
    /// While offline the probe schedule still applies.
    public func notifyWork() {
        wake.signal()
    }

    public func run() async throws {
        logger.info("sync service started", metadata: ["outpost.sync.batch_limit": "\(configuration.batchLimit)"])
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                let pause = await self.cycle()
                if pause > .zero { await self.idle(for: pause) }
            }
        }
        logger.info("sync service stopped")
    }

    /// One lease-send-report round; returns how long to wait before the next.
    func cycle() async -> Duration {
        // Offline: wait for the probe time, then claim the single probe send.
        let (allowance, probeWait) = state.withLock { state -> (Connectivity.Allowance, Duration?) in
            guard state.connectivity.allowance == .probeOnly else { return (.batch, nil) }
            let now = clock.now
            if let probeAt = state.probeAt, now < probeAt { return (.probeOnly, now.duration(to: probeAt)) }
            state.probeAt = nil
            state.probeClaimed = true
            return (.probeOnly, nil)
        }
        if let probeWait { return probeWait }
        let limit = allowance == .batch ? max(1, configuration.batchLimit) : 1

        let jobs: [OutboxJob]
        do {
            jobs = try await source.leaseDue(limit: limit, leaseFor: configuration.leaseFor)
        } catch {
            if Task.isCancelled { return .zero }
            logger.error("outbox lease failed", metadata: ["outpost.error": "\(error)"])
            return configuration.sourceErrorDelay
        }
        guard !jobs.isEmpty else {
            state.withLock { $0.probeClaimed = false }
            return configuration.pollInterval
        }

        await send(jobs.filter { $0.kind == .chat })
        await sendEvents(jobs.filter { $0.kind == .event })

        let offlineWait = state.withLock { state -> Duration? in
            state.probeClaimed = false
            guard state.connectivity.allowance == .probeOnly, let probeAt = state.probeAt else { return nil }
            let now = clock.now
            return now < probeAt ? now.duration(to: probeAt) : .zero
        }
        if let offlineWait { return offlineWait }
        return jobs.count >= limit ? .zero : configuration.pollInterval
    }

    /// Waits `duration` on the clock, or until `notifyWork()` or cancellation.
    func idle(for duration: Duration) async {
        let clock = self.clock
        let wake = self.wake
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await clock.sleep(until: clock.now.advanced(by: duration), tolerance: nil) }
            group.addTask { await wake.wait() }
            await group.next()
            group.cancelAll()
        }
    }
}
