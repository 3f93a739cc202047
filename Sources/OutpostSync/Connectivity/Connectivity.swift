/// Is the cloud reachable? A pure state machine fed with send results; it returns the
/// action the caller should take. No I/O, no clock: durations come out, the caller sleeps.
///
/// ```
///            success / reached                    failure × failuresToOffline
///  unknown ─────────────────────▶ online ───────────────────────────────▶ offline
///     │                             ▲                                        │
///     └── failure × threshold ──────┼──────────▶ offline ◀── probe fails ────┘
///                                   └───────────── probe succeeds ───────────┘
/// ```
/// While offline only one job at a time is sent (the probe), after a growing delay
/// (`probeBackoff` ceilings: 1 s, 2 s, 4 s … capped), so a dead link costs one request per
/// probe interval instead of a batch per poll.
public struct Connectivity: Sendable, Hashable {
    public enum State: String, Sendable, Hashable, Codable {
        /// No send has completed since start.
        case unknown
        /// The last send reached the cloud.
        case online
        /// Sends fail at the network or server level.
        case offline
    }

    /// What the caller does next.
    public enum Action: Sendable, Hashable {
        /// Carry on as before.
        case none
        /// The link came back: send at full rate (and say so in logs/status).
        case wentOnline
        /// The link is down: stop the batch, send only a probe after `probeAfter`.
        case wentOffline(probeAfter: Duration)
        /// Still down: next probe after `probeAfter`.
        case probe(after: Duration)
    }

    /// How many sends may go out now.
    public enum Allowance: Sendable, Hashable {
        /// Normal operation: whole batches.
        case batch
        /// Offline: a single probe job.
        case probeOnly
    }

    public struct Policy: Sendable, Hashable {
        /// Consecutive failures that count against connectivity before going offline.
        public var failuresToOffline: Int = 2
        /// Probe delays while offline (ceilings only; no jitter).
        public var probeBackoff: Backoff = Backoff(base: .seconds(1), cap: .seconds(60))
        public init() {}
        public init(failuresToOffline: Int, probeBackoff: Backoff) {
            self.failuresToOffline = failuresToOffline
            self.probeBackoff = probeBackoff
        }
    }

    public let policy: Policy
    public private(set) var state: State = .unknown
    /// Failures in a row that count against connectivity.
    public private(set) var consecutiveFailures = 0
    /// Probes that failed since going offline.
    public private(set) var failedProbes = 0

    public init(policy: Policy = Policy()) {
        self.policy = policy
    }

    public var allowance: Allowance { state == .offline ? .probeOnly : .batch }

    /// A send completed with a response (any status that does not count against the link).
    public mutating func recordReached() -> Action {
        consecutiveFailures = 0
        failedProbes = 0
        let was = state
        state = .online
        return was == .online ? .none : .wentOnline
    }

    /// A send failed. Failures that say nothing about the link (a 4xx, a guard refusal)
    /// are ignored unless a response came back, which proves the link works.
    public mutating func recordFailure(_ failure: SyncFailure) -> Action {
        guard failure.countsAgainstConnectivity else {
            return failure.reachedServer ? recordReached() : .none
        }
        consecutiveFailures += 1
        switch state {
        case .offline:
            failedProbes += 1
            return .probe(after: probeDelay)
        case .online, .unknown:
            guard consecutiveFailures >= max(1, policy.failuresToOffline) else { return .none }
            state = .offline
            failedProbes = 0
            return .wentOffline(probeAfter: probeDelay)
        }
    }

    /// The delay before the next probe, growing with failed probes.
    public var probeDelay: Duration {
        policy.probeBackoff.ceiling(attempt: failedProbes)
    }
}
