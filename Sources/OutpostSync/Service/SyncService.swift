public import Logging
import OutpostStore
import OutpostSupport
public import ServiceLifecycle
import Synchronization

/// Sends the outbox to the cloud while the process lives, in a way a fleet can live with.
///
/// Each cycle leases due escalations and due events separately from the `OutboxSource`, sends
/// escalations (a few at a time) and events (in batches) through the `SyncTransport`, and reports
/// every outcome back: delivered, failed with a retry delay from `Backoff` (honouring
/// `Retry-After`), or dead-lettered at once for failures that can never succeed.
///
/// What a thousand boxes losing and regaining the same cloud need (issue 16), per destination
/// (`Lane`): a `DestinationThrottle` — a pace that starts slowly after boot and after an outage and
/// grows while sends succeed (AIMD), and a hold of every send on 429/503 for the `Retry-After`
/// asked — and a `RetryBudget` that retries spend and successes earn back. A random start-up
/// delay (`startupDelay`) keeps a site that powers up at once from sending in the same second;
/// probes while offline are jittered for the same reason. An escalation a client waits on
/// (`OutboxJob.isForeground`) is leased first and passes the pace and the budget.
///
/// `Connectivity` decides how much goes out: whole batches while online, one probe job at
/// growing intervals while offline. Between cycles it waits on the injected clock — the poll
/// interval, or the next opening of a lane that held work back — or less when the runtime calls
/// `notifyWork()` after persisting new work.
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
    /// The time base of the lanes' pure throttles.
    let origin: C.Instant

    struct State {
        var connectivity: Connectivity
        var status = SyncStatus()
        var random: any RandomNumberGenerator & Sendable
        /// While offline: when the next probe may go out (`nil`: now).
        var probeAt: C.Instant?
        /// While offline: this cycle's single probe send has been granted.
        var probeClaimed = false
        /// Per destination: throttle and retry budget.
        var lanes: [OutboxJob.Kind: Lane] = [:]
        /// The link went down since it was last up (the lanes restart slowly when it is back).
        var wasOffline = false
        /// No send but a foreground one before this (offset from `origin`).
        var startAt: Duration = .zero
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
        self.origin = clock.now
        var state = State(connectivity: Connectivity(policy: configuration.connectivity), random: random)
        state.lanes = [
            .chat: Lane(throttle: DestinationThrottle(policy: configuration.chatThrottle), budget: RetryBudget(policy: configuration.chatBudget)),
            .event: Lane(throttle: DestinationThrottle(policy: configuration.eventsThrottle), budget: RetryBudget(policy: configuration.eventsBudget)),
        ]
        state.startAt = .seconds(configuration.startupDelay.seconds * state.random.nextUnit())
        self.state = Mutex(state)
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

        var more = false
        var leasedAny = false
        for kind in [OutboxJob.Kind.chat, .event] {
            let limit = leaseLimit(for: kind, probing: allowance == .probeOnly)
            guard limit > 0 else { continue }
            if allowance == .probeOnly, !state.withLock({ $0.probeClaimed }) { break }
            let jobs: [OutboxJob]
            do {
                jobs = try await source.leaseDue(limit: limit, leaseFor: configuration.leaseFor, kinds: [kind])
            } catch {
                if Task.isCancelled { return .zero }
                logger.error("outbox lease failed", metadata: ["outpost.error": "\(error)"])
                return configuration.sourceErrorDelay
            }
            guard !jobs.isEmpty else { continue }
            leasedAny = true
            if kind == .chat { await send(jobs) } else { await sendEvents(jobs) }
            if jobs.count >= limit { more = true }
        }
        if !leasedAny { state.withLock { $0.probeClaimed = false } }

        let offlineWait = state.withLock { state -> Duration? in
            state.probeClaimed = false
            guard state.connectivity.allowance == .probeOnly, let probeAt = state.probeAt else { return nil }
            let now = clock.now
            return now < probeAt ? now.duration(to: probeAt) : .zero
        }
        if let offlineWait { return offlineWait }
        let laneWait = laneWait()
        if let laneWait { return laneWait }
        return more ? .zero : configuration.pollInterval
    }

    /// Jobs of `kind` to lease this cycle: one while probing; otherwise what its lane may send now
    /// (at least one escalation, so a foreground request behind a paced backlog is seen).
    func leaseLimit(for kind: OutboxJob.Kind, probing: Bool) -> Int {
        if probing { return 1 }
        let now = elapsed
        let sends = state.withLock { state -> Int in
            guard var lane = state.lanes[kind] else { return Int.max }
            defer { state.lanes[kind] = lane }
            let sends = now < state.startAt ? 0 : lane.throttle.available(at: now)
            if sends == 0 { lane.heldBack = true }
            return sends
        }
        let perSend = kind == .event ? max(1, configuration.eventBatchSize) : 1
        let limit = min(max(1, configuration.batchLimit), sends > Int.max / perSend ? Int.max : sends * perSend)
        return kind == .chat ? max(1, limit) : limit
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
