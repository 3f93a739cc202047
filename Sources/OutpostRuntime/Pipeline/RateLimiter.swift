import Synchronization

/// A token bucket over all clients: `perMinute` requests a minute, bursts up to a tenth of that
/// (at least 10). Time comes from an injected clock so tests need no sleeping.
public final class RateLimiter<C: Clock>: Sendable where C.Duration == Duration {
    private let clock: C
    private let ratePerSecond: Double
    private let capacity: Double
    private let state: Mutex<(tokens: Double, last: C.Instant)>

    /// `perMinute` 0 disables limiting.
    public init(perMinute: Int, clock: C) {
        self.clock = clock
        ratePerSecond = Double(perMinute) / 60
        capacity = max(10, Double(perMinute) / 10)
        state = Mutex((capacity, clock.now))
    }

    /// Takes one token; false when the bucket is empty (answer 429).
    public func allow() -> Bool {
        guard ratePerSecond > 0 else { return true }
        let now = clock.now
        return state.withLock { s in
            let elapsed = s.last.duration(to: now)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            s.tokens = min(capacity, s.tokens + max(0, seconds) * ratePerSecond)
            s.last = now
            guard s.tokens >= 1 else { return false }
            s.tokens -= 1
            return true
        }
    }

    /// Seconds until a token is available (for `Retry-After`).
    public var retryAfterSeconds: Int {
        guard ratePerSecond > 0 else { return 0 }
        return max(1, Int((1 / ratePerSecond).rounded(.up)))
    }
}
