import OutpostSupport
import Testing
@testable import OutpostSync

/// The pure parts of the fleet rules: the retry budget and the destination throttle.
@Suite struct FleetRulesTests {
    @Test func retriesStopWhenTheBudgetIsSpentAndSuccessesEarnItBack() {
        var policy = RetryBudget.Policy()
        policy.capacity = 20
        policy.retryCost = 5
        policy.timeoutCost = 10
        policy.refillPerSecond = 0
        var budget = RetryBudget(policy: policy)
        do { let observed = budget.spend(budget.cost(afterTimeout: false), at: .zero); #expect(observed) }
        do { let observed = budget.spend(budget.cost(afterTimeout: true), at: .zero); #expect(observed) }   // 20 - 5 - 10 = 5
        do { let observed = budget.spend(5, at: .zero); #expect(observed) }
        do { let observed = !budget.spend(5, at: .zero); #expect(observed) }                                // empty: retries wait
        #expect(budget.tokens == 0)
        budget.succeeded(refund: 5, at: .zero)                               // a retry that worked returns its cost
        #expect(budget.tokens == 5)
        for _ in 0..<3 { budget.succeeded(refund: 0, at: .zero) }           // first attempts earn 1 each
        #expect(budget.tokens == 8)
        for _ in 0..<100 { budget.succeeded(refund: 5, at: .zero) }
        #expect(budget.tokens == 20)                                         // never above capacity
    }

    @Test func anEmptyBudgetRefillsSlowlyOverTime() {
        var policy = RetryBudget.Policy()
        policy.capacity = 10
        policy.retryCost = 5
        policy.refillPerSecond = 0.5
        var budget = RetryBudget(policy: policy)
        do { let observed = budget.spend(5, at: .zero) && budget.spend(5, at: .zero); #expect(observed) }
        do { let observed = !budget.spend(5, at: .seconds(9)); #expect(observed) }                           // 4.5 tokens
        #expect(budget.affordable(5, at: .seconds(9)) == .seconds(10))
        do { let observed = budget.spend(5, at: .seconds(10)); #expect(observed) }
        var unlimited = RetryBudget(policy: .unlimited)
        var spent = 0
        for _ in 0..<1000 where unlimited.spend(5, at: .zero) { spent += 1 }
        #expect(spent == 1000)
    }

    static func policy() -> DestinationThrottle.Policy {
        var policy = DestinationThrottle.Policy()
        policy.initialRate = 0.5
        policy.maxRate = 8
        policy.minRate = 0.05
        policy.doublingTime = .seconds(4)
        policy.burst = 1
        policy.holdJitter = 0.5
        return policy
    }

    @Test func thePaceStartsSlowlyAndDoublesWhileSendsSucceed() {
        var throttle = DestinationThrottle(policy: Self.policy())
        do { let observed = throttle.available(at: .zero) == 1; #expect(observed) }
        do { let observed = throttle.take(at: .zero); #expect(observed) }
        do { let observed = !throttle.take(at: .zero); #expect(observed) }                                  // 0.5/s: the next one in 2 s
        #expect(throttle.nextOpening(at: .zero) == .seconds(2))
        // Sending flat out for 8 s (two doubling times) from 0.5/s: about 2/s.
        var now = Duration.zero
        while now < .seconds(8) {
            now = throttle.nextOpening(at: now)
            do { let observed = throttle.take(at: now); #expect(observed) }
            throttle.succeeded(at: now)
        }
        #expect(throttle.rate > 1.6 && throttle.rate < 2.6, "rate \(throttle.rate)")
        for _ in 0..<10_000 { throttle.succeeded(at: now) }
        #expect(throttle.rate == 8)                                          // capped
    }

    @Test func a429HoldsTheWholeDestinationForRetryAfterAndHalvesThePace() {
        var throttle = DestinationThrottle(policy: Self.policy())
        for _ in 0..<1000 { throttle.succeeded(at: .zero) }
        #expect(throttle.rate == 8)
        var random = SeededRandom(seed: 3)
        throttle.overloaded(at: .seconds(10), retryAfter: .seconds(30), using: &random)
        #expect(throttle.rate == 4)
        #expect(throttle.threshold == 4)
        let until = try! #require(throttle.holdUntil)
        #expect(until >= .seconds(40) && until <= .seconds(55))             // Retry-After is a floor; jitter up to half of it
        do { let observed = throttle.available(at: .seconds(39)) == 0; #expect(observed) }
        do { let observed = !throttle.take(at: until - .milliseconds(1), borrow: true); #expect(observed) }  // not even a foreground send
        // After the hold the bucket refills from its end: the first send waits one token at 4/s.
        #expect(throttle.nextOpening(at: .seconds(20)) == until + .milliseconds(250))
        do { let observed = !throttle.take(at: until); #expect(observed) }
        do { let observed = throttle.take(at: until + .milliseconds(250)); #expect(observed) }
        // Boxes told the same Retry-After at the same moment come back spread out.
        let returns = (0..<200).map { seed -> Duration in
            var fresh = DestinationThrottle(policy: Self.policy())
            var random = SeededRandom(seed: UInt64(seed))
            fresh.overloaded(at: .zero, retryAfter: .seconds(10), using: &random)
            return fresh.holdUntil!
        }
        let distinctSeconds = Set(returns.map { Int($0.seconds) })
        #expect(distinctSeconds.count >= 5)
        #expect(returns.allSatisfy { $0 >= .seconds(10) && $0 <= .seconds(15) })
    }

    @Test func withoutRetryAfterTheHoldGrowsAndTheRateHasAFloor() {
        var throttle = DestinationThrottle(policy: Self.policy())
        var random = SeededRandom(seed: 1)
        var holds: [Duration] = []
        var now = Duration.zero
        for _ in 0..<8 {
            throttle.overloaded(at: now, retryAfter: nil, using: &random)
            holds.append(throttle.holdUntil! - now)
            now = throttle.holdUntil!
        }
        #expect(holds[0] >= .seconds(2) && holds[0] <= .seconds(3))
        #expect(holds[3] >= .seconds(16))
        #expect(throttle.rate == 0.05)
        throttle.succeeded(at: now)
        #expect(throttle.overloads == 0)
    }

    @Test func afterAnOutageThePaceStartsAgainFromTheInitialRate() {
        var throttle = DestinationThrottle(policy: Self.policy())
        for _ in 0..<1000 { throttle.succeeded(at: .zero) }
        var phase = SeededRandom(seed: 2)
        throttle.restart(at: .seconds(100), using: &phase)
        #expect(throttle.rate == 0.5)
        #expect(throttle.threshold == 8)
        var plain = DestinationThrottle(policy: .unlimited)
        var random = SeededRandom(seed: 1)
        plain.overloaded(at: .zero, retryAfter: .seconds(60), using: &random)
        do { let observed = plain.available(at: .zero) == .max; #expect(observed) }
        do { let observed = plain.take(at: .zero); #expect(observed) }
    }

    @Test func thePlainSDKScheduleHasDownwardJitterAndStartsAgainAfterTwoRetries() {
        let backoff = Backoff.plainSDK(poll: .seconds(2))
        var random = SeededRandom(seed: 5)
        for _ in 0..<50 {
            let first = backoff.delay(attempt: 0, using: &random)
            let second = backoff.delay(attempt: 1, using: &random)
            #expect(first >= .milliseconds(375) && first <= .milliseconds(500))
            #expect(second >= .milliseconds(750) && second <= .seconds(1))
            #expect(backoff.delay(attempt: 2, using: &random) == .seconds(2))
            #expect(backoff.delay(attempt: 3, using: &random) <= .milliseconds(500))
        }
        #expect(backoff.delay(attempt: 0, retryAfter: .seconds(600), using: &random) == .seconds(60))
    }
}
