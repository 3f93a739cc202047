public import OutpostSupport

/// Exponential backoff with full jitter, capped ("Exponential Backoff and Jitter", AWS, 2015).
///
/// For the n-th retry (`attempt` = number of attempts already made, from 0) the ceiling is
/// `min(cap, base * multiplier^attempt)` and the delay is uniform in `[floor, ceiling]`.
/// The small `floor` keeps a box from retrying in a tight loop when the draw lands near 0.
/// `Jitter.downward` and `restartEvery` describe a plain SDK's schedule instead (openai-python:
/// 0.5 s doubling to 8 s, up to 25% off, 2 retries, then the application tries again), which the
/// fleet benchmark measures beside ours.
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
    /// How the delay is drawn below the ceiling.
    public var jitter: Jitter = .full
    /// The attempt count starts again from 0 after this many (a client that gives up after
    /// N tries and is called again); `nil`: never.
    public var restartEvery: Int? = nil

    public enum Jitter: Sendable, Hashable {
        /// Uniform in `[floor, ceiling]`.
        case full
        /// Uniform in `[ceiling × (1 − share), ceiling]`.
        case downward(share: Double)
    }

    public init() {}

    /// openai-python's defaults (0.5 s doubling to 8 s, up to 25% downward jitter, 2 retries,
    /// `Retry-After` honoured up to 60 s), with the application calling again after `poll`.
    public static func plainSDK(poll: Duration = .seconds(2)) -> Backoff {
        var backoff = Backoff(base: .milliseconds(500), cap: .seconds(8), floor: .zero)
        backoff.jitter = .downward(share: 0.25)
        backoff.restartEvery = 3
        backoff.maxRetryAfter = .seconds(60)
        backoff.sdkPoll = poll
        return backoff
    }
    /// With `restartEvery`: the wait before the call that starts again.
    public var sdkPoll: Duration = .zero

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
        var attempt = attempt
        if let restartEvery, restartEvery > 0 {
            attempt %= restartEvery
            if attempt == restartEvery - 1 { return sdkPoll }
        }
        let high = ceiling(attempt: attempt).seconds
        let unit = generator.nextUnit()
        switch jitter {
        case .full:
            let low = min(floor.seconds, high)
            return .seconds(low + (high - low) * unit)
        case .downward(let share):
            return .seconds(high * (1 - min(max(share, 0), 1) * unit))
        }
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

/// The support module's SplitMix64, for deterministic jitter in tests and in `outpost-hq --seed`.
public typealias SeededRandom = SplitMix64
