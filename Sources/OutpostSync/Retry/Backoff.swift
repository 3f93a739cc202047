public import OutpostSupport

/// Exponential backoff with full jitter, capped ("Exponential Backoff and Jitter", AWS, 2015).
///
/// For the n-th retry (`attempt` = number of attempts already made, from 0) the ceiling is
/// `min(cap, base * multiplier^attempt)` and the delay is uniform in `[floor, ceiling]`.
/// The small `floor` keeps a box from retrying in a tight loop when the draw lands near 0.
/// Pure: the random source is passed in, so tests are deterministic with a seeded generator.
public struct Backoff: Sendable, Hashable {
    /// Ceiling of the first retry.
    public var base: Duration = .milliseconds(500)
    /// Growth of the ceiling per attempt.
    public var multiplier: Double = 2
    /// Largest ceiling.
    public var cap: Duration = .seconds(300)
    /// Smallest delay ever returned (clamped to `cap`).
    public var floor: Duration = .milliseconds(50)
    /// Longest `Retry-After` honoured; a server asking for more gets this.
    public var maxRetryAfter: Duration = .seconds(3600)

    public init() {}

    public init(base: Duration, multiplier: Double = 2, cap: Duration, floor: Duration = .milliseconds(50)) {
        self.base = base
        self.multiplier = multiplier
        self.cap = cap
        self.floor = floor
    }

    /// Upper bound of the delay after `attempt` earlier attempts (no jitter).
    public func ceiling(attempt: Int) -> Duration {
        let capSeconds = cap.seconds
        var ceiling = base.seconds
        var step = 0
        while step < max(0, attempt), ceiling < capSeconds {
            ceiling *= multiplier
            step += 1
        }
        return .seconds(min(ceiling, capSeconds))
    }

    /// The jittered delay before the next try, after `attempt` earlier attempts.
    public func delay(attempt: Int, using generator: inout some RandomNumberGenerator) -> Duration {
        let high = ceiling(attempt: attempt).seconds
        let low = min(floor.seconds, high)
        let unit = Double(generator.next() >> 11) / Double(1 << 53)  // [0, 1)
        return .seconds(low + (high - low) * unit)
    }

    /// The delay when the server said `Retry-After`: at least what it asked (up to
    /// `maxRetryAfter`), and never less than our own jittered backoff.
    public func delay(attempt: Int, retryAfter: Duration?, using generator: inout some RandomNumberGenerator) -> Duration {
        let own = delay(attempt: attempt, using: &generator)
        guard let retryAfter else { return own }
        let asked = min(max(retryAfter, .zero), maxRetryAfter)
        return max(own, asked)
    }
}

extension Duration {
    /// The duration in seconds as a `Double`.
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) * 1e-18
    }
}

/// The support module's SplitMix64, for deterministic jitter in tests and in `outpost-hq --seed`.
public typealias SeededRandom = SplitMix64
