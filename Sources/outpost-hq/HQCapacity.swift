import Foundation
import Synchronization

/// What hq can take: a token bucket of `capacity` requests per second on `/v1/*` (burst of one
/// second's worth); beyond it the answer is 429 (or 503) with `Retry-After`, as a rate-limiting
/// gateway in front of an inference server answers. Also counts every `/v1/*` request per wall
/// second, answered or refused, for `/hq/rate` (the fleet benchmark reads its peaks there).
final class HQCapacity: Sendable {
    struct Settings: Sendable, Hashable {
        /// Requests per second taken; `nil`: no limit.
        var capacity: Double?
        /// Status beyond it: 429 or 503.
        var overloadStatus = 429
        /// `Retry-After` sent with it, seconds.
        var retryAfterSeconds = 5
    }

    /// One wall second: requests that arrived, and how many of them were refused for capacity.
    struct Second: Sendable, Hashable, Codable {
        var at: Int
        var arrived: Int
        var refused: Int
    }

    private struct State {
        var tokens: Double
        var refilledAt: Date
        var seconds: [Int: Second] = [:]
    }

    let settings: Settings
    private let state: Mutex<State>
    private let now: @Sendable () -> Date

    init(settings: Settings, now: @escaping @Sendable () -> Date = { Date() }) {
        self.settings = settings
        self.now = now
        state = Mutex(State(tokens: settings.capacity ?? 0, refilledAt: now()))
    }

    /// Counts one `/v1/*` request; `false` when it is over capacity (answer `settings.overloadStatus`).
    func admit() -> Bool {
        let now = now()
        return state.withLock { state in
            let second = Int(now.timeIntervalSince1970.rounded(.down))
            var entry = state.seconds[second] ?? Second(at: second, arrived: 0, refused: 0)
            entry.arrived += 1
            var admitted = true
            if let capacity = settings.capacity {
                let elapsed = max(0, now.timeIntervalSince(state.refilledAt))
                state.tokens = min(capacity, state.tokens + elapsed * capacity)
                state.refilledAt = now
                if state.tokens >= 1 {
                    state.tokens -= 1
                } else {
                    admitted = false
                    entry.refused += 1
                }
            }
            state.seconds[second] = entry
            if state.seconds.count > 7200, let oldest = state.seconds.keys.min() { state.seconds[oldest] = nil }
            return admitted
        }
    }

    /// Every counted second, oldest first.
    var seconds: [Second] {
        state.withLock { $0.seconds.values.sorted { $0.at < $1.at } }
    }
}
