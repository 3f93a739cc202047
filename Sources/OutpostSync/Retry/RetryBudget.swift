import OutpostSupport
/// A retry budget for one destination: a token bucket that retries spend and successes earn
/// back, in the style of the AWS SDKs' standard retry mode and gRPC's retry throttling.
///
/// A send of a job that has failed before (a retry) costs `retryCost` tokens, or `timeoutCost`
/// when its last failure was a timeout (the slowest way to fail, the most expensive to repeat).
/// A first attempt is free. A success earns `successRefund`, and a retry that succeeds returns
/// what it cost. When the bucket cannot pay, retries to this destination wait; first attempts
/// still go, and their successes refill it. `refillPerSecond` lets a destination with nothing but
/// retries left try one now and then instead of never.
///
/// So while the cloud fails most of what it gets, a box's retries stop after `capacity /
/// retryCost` of them, instead of every job retrying on its own schedule; when it answers
/// again the bucket fills. Pure: no clock, times are passed in as offsets from any origin.
public struct RetryBudget: Sendable, Hashable {
    public struct Policy: Sendable, Hashable {
        /// Most tokens the bucket holds (and its level at start).
        public var capacity: Double = 50
        /// Cost of a retry.
        public var retryCost: Double = 5
        /// Cost of a retry whose last failure was a timeout.
        public var timeoutCost: Double = 10
        /// Earned by every successful first attempt.
        public var successRefund: Double = 1
        /// Earned per second regardless of outcome.
        public var refillPerSecond: Double = 0.1

        public init() {}

        /// No budget: every retry may go (a plain client's behaviour, for comparisons).
        public static let unlimited: Policy = {
            var policy = Policy()
            policy.capacity = .infinity
            policy.refillPerSecond = 0
            return policy
        }()
    }

    public let policy: Policy
    public private(set) var tokens: Double
    private var refilledAt: Duration?

    public init(policy: Policy = Policy()) {
        self.policy = policy
        self.tokens = policy.capacity
    }

    public var isUnlimited: Bool { policy.capacity == .infinity }

    /// The cost of one retry (`afterTimeout`: its previous attempt timed out).
    public func cost(afterTimeout: Bool) -> Double {
        afterTimeout ? policy.timeoutCost : policy.retryCost
    }

    /// Spends the cost of one retry; `false` (and nothing spent) when the bucket cannot pay.
    public mutating func spend(_ cost: Double, at now: Duration) -> Bool {
        guard !isUnlimited else { return true }
        refill(at: now)
        guard tokens >= cost else { return false }
        tokens -= cost
        return true
    }

    /// A send succeeded; `refund` is what it cost (0 for a first attempt).
    public mutating func succeeded(refund: Double, at now: Duration) {
        guard !isUnlimited else { return }
        refill(at: now)
        tokens = min(policy.capacity, tokens + (refund > 0 ? refund : policy.successRefund))
    }

    /// When a retry costing `cost` can be paid from refill alone (`nil`: now, or never without successes).
    public func affordable(_ cost: Double, at now: Duration) -> Duration? {
        guard !isUnlimited else { return nil }
        var copy = self
        copy.refill(at: now)
        guard copy.tokens < cost, policy.refillPerSecond > 0 else { return nil }
        return now + .seconds((cost - copy.tokens) / policy.refillPerSecond)
    }

    private mutating func refill(at now: Duration) {
        if let refilledAt, now > refilledAt {
            tokens = min(policy.capacity, tokens + (now - refilledAt).seconds * policy.refillPerSecond)
        }
        refilledAt = max(refilledAt ?? now, now)
    }
}
