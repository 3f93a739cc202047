import Foundation
import OutpostSupport
import Synchronization

/// Rolls the dice for every `/v1/*` request: offline, reset, fail. Seeded, so a run with
/// `--seed N` injects the same faults in the same order (for the same request order).
final class FaultInjector: Sendable {
    /// What happened, for `/hq/stats`.
    struct Counts: Sendable, Hashable, Codable {
        var failed = 0
        var reset = 0
        var refusedOffline = 0

        enum CodingKeys: String, CodingKey {
            case failed, reset
            case refusedOffline = "refused_offline"
        }
    }

    private struct State {
        var settings: FaultSettings
        var random: SplitMix64
        var counts = Counts()
    }
    private let state: Mutex<State>
    private let now: @Sendable () -> Date

    init(settings: FaultSettings, seed: UInt64?, now: @escaping @Sendable () -> Date = { Date() }) {
        var system = SystemRandomNumberGenerator()
        state = Mutex(State(settings: settings, random: SplitMix64(seed: seed ?? system.next())))
        self.now = now
    }

    var settings: FaultSettings {
        get { state.withLock { $0.settings } }
    }

    func update(_ settings: FaultSettings) {
        state.withLock { $0.settings = settings }
    }

    var counts: Counts { state.withLock { $0.counts } }

    /// `true` (and counted) while `offline_until` is in the future.
    func refuseOffline() -> Bool {
        let now = now()
        return state.withLock { state in
            guard let until = state.settings.offlineUntil, now < until else { return false }
            state.counts.refusedOffline += 1
            return true
        }
    }

    /// `true` (and counted) when this request's connection should be closed unanswered.
    func rollReset() -> Bool {
        state.withLock { state in
            guard state.settings.resetRate > 0 else { return false }
            let hit = state.random.nextUnit() < state.settings.resetRate
            if hit { state.counts.reset += 1 }
            return hit
        }
    }

    /// `true` (and counted) when this request should get a 503.
    func rollFail() -> Bool {
        state.withLock { state in
            guard state.settings.failRate > 0 else { return false }
            let hit = state.random.nextUnit() < state.settings.failRate
            if hit { state.counts.failed += 1 }
            return hit
        }
    }

    var latency: Duration {
        .milliseconds(state.withLock { $0.settings.latencyMilliseconds })
    }
}

