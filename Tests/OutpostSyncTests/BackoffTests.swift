import OutpostSupport
import Testing
@testable import OutpostSync

@Suite struct BackoffTests {
    let backoff = Backoff(base: .milliseconds(500), cap: .seconds(30), floor: .milliseconds(50))

    @Test(arguments: [0, 1, 2, 3, 5, 6, 7, 10, 40, 1000])
    func delayStaysWithinFloorAndCeiling(attempt: Int) {
        var random = SeededRandom(seed: UInt64(attempt) + 1)
        let ceiling = backoff.ceiling(attempt: attempt)
        for _ in 0..<500 {
            let delay = backoff.delay(attempt: attempt, using: &random)
            #expect(delay >= .milliseconds(50))
            #expect(delay <= ceiling)
        }
    }

    @Test func ceilingDoublesThenCaps() {
        let ceilings = (0..<10).map { backoff.ceiling(attempt: $0) }
        #expect(ceilings[0] == .milliseconds(500))
        #expect(ceilings[1] == .seconds(1))
        #expect(ceilings[2] == .seconds(2))
        #expect(ceilings[5] == .seconds(16))
        #expect(ceilings[6] == .seconds(30))
        #expect(ceilings[9] == .seconds(30))
        #expect(backoff.ceiling(attempt: Int.max) == .seconds(30))
    }

    @Test func jitterIsFullAndSpread() {
        var random = SeededRandom(seed: 7)
        let delays = (0..<2000).map { _ in backoff.delay(attempt: 6, using: &random).seconds }
        let mean = delays.reduce(0, +) / Double(delays.count)
        // Uniform on [0.05, 30]: mean ≈ 15; both ends are reached.
        #expect(abs(mean - 15.0) < 1.0)
        #expect(delays.min()! < 1.5)
        #expect(delays.max()! > 28.5)
        #expect(Set(delays.map { Int($0 * 10) }).count > 200)
    }

    @Test func sameSeedSameDelays() {
        var first = SeededRandom(seed: 99)
        var second = SeededRandom(seed: 99)
        let a = (0..<20).map { backoff.delay(attempt: $0, using: &first) }
        let b = (0..<20).map { backoff.delay(attempt: $0, using: &second) }
        #expect(a == b)
    }

    @Test func retryAfterIsHonouredAndBounded() {
        var random = SeededRandom(seed: 1)
        #expect(backoff.delay(attempt: 0, retryAfter: .seconds(120), using: &random) == .seconds(120))
        var capped = backoff
        capped.maxRetryAfter = .seconds(600)
        #expect(capped.delay(attempt: 0, retryAfter: .seconds(86_400), using: &random) == .seconds(600))
        // A tiny Retry-After never undercuts our own backoff.
        let delay = backoff.delay(attempt: 8, retryAfter: .zero, using: &random)
        #expect(delay >= .milliseconds(50))
    }
}
