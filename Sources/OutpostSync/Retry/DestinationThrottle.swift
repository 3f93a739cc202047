import OutpostSupport
/// How fast one destination (the chat endpoint, the events endpoint) may be sent to: the part of
/// the sync that a whole fleet shares with the cloud.
///
/// - **Pace** — sends start at most `rate` per second (a token bucket holding up to `burst`).
/// - **Slow start, then AIMD** — after start and after an outage the rate begins at
///   `initialRate` and doubles every `doublingTime` of successful sending up to the threshold,
///   then grows by `additiveIncrease` per successful send up to `maxRate`. An overload signal
///   halves it and sets the threshold there (TCP's congestion control, on a send rate). Growth
///   counted per success, not per second, keeps a fleet's total growth bounded by what the cloud
///   takes: however many boxes share it, together they speed up by at most `additiveIncrease ×`
///   its capacity per second. A thousand boxes that see the cloud come back at once each start
///   slowly, so the first minute after an outage is not a stampede.
/// - **Hold** — a 429 or 503 stops every send to the destination, not one job, for the
///   `Retry-After` asked (capped at `maxHold`), or for a growing hold when none was given; the
///   hold is stretched by up to `holdJitter` of itself, so boxes told the same `Retry-After` at
///   the same moment do not all return in the same second.
///
/// Pure: no clock (times are offsets from any origin), randomness passed in.
public struct DestinationThrottle: Sendable, Hashable {
    public struct Policy: Sendable, Hashable {
        /// Sends per second at start and after an outage.
        public var initialRate: Double = 0.1
        /// Sends per second at most.
        public var maxRate: Double = 20
        /// Sends per second at least, however often the server said to slow down.
        public var minRate: Double = 0.05
        /// Slow start: while below the threshold, the rate doubles every this much sending.
        public var doublingTime: Duration = .seconds(10)
        /// Above the threshold: sends per second gained per successful send.
        public var additiveIncrease: Double = 0.02
        /// The rate is multiplied by this on an overload signal (429, 503, other 5xx, timeout).
        public var decrease: Double = 0.5
        /// Sends that may start back to back after a quiet spell.
        public var burst: Double = 2
        /// A hold is stretched by a random share of itself up to this (upward only: the server's
        /// `Retry-After` is a floor). A whole share: boxes told "5" at once come back over 5 s.
        public var holdJitter: Double = 1
        /// The hold after a 429/503 without `Retry-After`, by consecutive overloads (ceilings).
        public var overloadHold: Backoff = Backoff(base: .seconds(2), cap: .seconds(120))
        /// Longest hold, whatever the server asked.
        public var maxHold: Duration = .seconds(3600)
        /// `false`: no pace, no hold, no AIMD (a plain client's behaviour, for comparisons).
        public var enabled = true

        public init() {}

        /// No throttle at all.
        public static let unlimited: Policy = {
            var policy = Policy()
            policy.enabled = false
            return policy
        }()
    }

    public let policy: Policy
    /// Sends per second allowed now.
    public private(set) var rate: Double
    /// Slow-start threshold.
    public private(set) var threshold: Double
    /// No send before this (a 429/503), `nil`: not held.
    public private(set) var holdUntil: Duration?
    /// 429/503 in a row (for the hold without `Retry-After`).
    public private(set) var overloads = 0
    private var tokens: Double = 1
    private var tokensAt: Duration?
    /// Rounding slack: a token due "now" (by `nextOpening`) is there.
    static let epsilon = 1e-9

    public init(policy: Policy = Policy()) {
        self.policy = policy
        self.rate = policy.initialRate
        self.threshold = policy.maxRate
    }

    /// Whether a 429/503 hold is in force.
    public func isHeld(at now: Duration) -> Bool {
        guard policy.enabled, let holdUntil else { return false }
        return now < holdUntil
    }

    /// Sends that may start now.
    public mutating func available(at now: Duration) -> Int {
        guard policy.enabled else { return Int.max }
        guard !isHeld(at: now) else { return 0 }
        refill(at: now)
        return max(0, Int((tokens + Self.epsilon).rounded(.down)))
    }

    /// One send starts. `borrow`: it goes even without a token (a foreground request; the debt
    /// delays the sends after it). Returns `false` (nothing taken) when it may not go.
    public mutating func take(at now: Duration, borrow: Bool = false) -> Bool {
        guard policy.enabled else { return true }
        guard !isHeld(at: now) else { return false }
        refill(at: now)
        guard tokens + Self.epsilon >= 1 || borrow else { return false }
        tokens -= 1
        return true
    }

    /// When the next send may start (`now` when one may already).
    public func nextOpening(at now: Duration) -> Duration {
        guard policy.enabled else { return now }
        var copy = self
        copy.refill(at: now)
        let base = max(now, copy.tokensAt ?? now)
        let free = copy.tokens + Self.epsilon >= 1 ? base : base + .seconds((1 - copy.tokens) / max(rate, 1e-6))
        return max(free, isHeld(at: now) ? holdUntil ?? now : now)
    }

    /// A send reached the server and succeeded.
    public mutating func succeeded(at now: Duration) {
        guard policy.enabled else { return }
        refill(at: now)
        overloads = 0
        if rate < threshold {
            // d(rate)/dt = rate·ln2/T while sending at `rate`: ln2/T per success.
            rate += 0.693_147 / max(policy.doublingTime.seconds, 0.001)
        } else {
            rate += policy.additiveIncrease
        }
        rate = min(rate, policy.maxRate)
    }

    /// 429 or 503: hold the whole destination, and slow down.
    public mutating func overloaded(at now: Duration, retryAfter: Duration?, using generator: inout some RandomNumberGenerator) {
        guard policy.enabled else { return }
        slowDown(at: now)
        let asked = retryAfter.map { max($0, .zero) } ?? policy.overloadHold.ceiling(attempt: overloads)
        let unit = generator.nextUnit()
        let hold = min(asked + .seconds(asked.seconds * policy.holdJitter * unit), policy.maxHold)
        holdUntil = max(holdUntil ?? now, now + hold)
        overloads += 1
        // The first send after the hold waits its turn at the new pace (the bucket refills from
        // the hold's end): the boxes a hold released together do not all send in its first second.
        tokens = 0
        tokensAt = holdUntil
    }

    /// Another sign of a struggling server (5xx, timeout): slow down without a hold.
    public mutating func congested(at now: Duration) {
        guard policy.enabled else { return }
        slowDown(at: now)
    }

    /// The destination came back after an outage: start slowly again, at a random phase of the
    /// first token (boxes that found the cloud back in the same second do not send together
    /// `1 / initialRate` later).
    public mutating func restart(at now: Duration, using generator: inout some RandomNumberGenerator) {
        guard policy.enabled else { return }
        refill(at: now)
        threshold = max(policy.initialRate, min(threshold, rate))
        rate = policy.initialRate
        tokens = generator.nextUnit()
    }

    private mutating func slowDown(at now: Duration) {
        refill(at: now)
        rate = max(policy.minRate, rate * policy.decrease)
        threshold = max(rate, policy.initialRate)
    }

    private mutating func refill(at now: Duration) {
        if let tokensAt, now > tokensAt {
            tokens = min(max(policy.burst, 1), tokens + (now - tokensAt).seconds * rate)
        }
        tokensAt = max(tokensAt ?? now, now)
    }
}
