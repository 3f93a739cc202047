import Logging
import NIOConcurrencyHelpers
import OutpostStore
import OutpostSupport
import OutpostTesting
import Testing
@testable import OutpostSync

/// `SyncService` under the fleet rules, on a manual clock (no sleeping): the 429 hold of a whole
/// destination, separate lanes, the start-up delay, slow start, the retry budget, foreground first.
@Suite struct FleetSyncTests {
    static func configuration() -> SyncService<ManualClock>.Configuration {
        var configuration = SyncServiceTests.configuration()
        configuration.chatThrottle = DestinationThrottle.Policy()
        configuration.chatThrottle.initialRate = 1
        configuration.chatThrottle.maxRate = 1000
        configuration.chatThrottle.burst = 1
        configuration.eventsThrottle = configuration.chatThrottle
        return configuration
    }

    static func sendTimes(_ transport: ScriptedTransport, from start: ManualClock.Instant) -> [Duration] {
        transport.sends.map { start.duration(to: $0.at) }
    }

    @Test func a429HoldsEveryEscalationOfTheBoxForRetryAfter() async throws {
        let clock = ManualClock()
        let start = clock.now
        let outbox = InMemoryOutbox(clock: clock)
        for i in 0..<5 { outbox.add(.chat(messages: [.user("q\(i)")]), key: "c\(i)") }
        let first = NIOLockedValueBox(true)
        let transport = ScriptedTransport(clock: clock) { _ in
            first.withLockedValue { isFirst in
                defer { isFirst = false }
                return isFirst ? FailureClassifier.classify(status: 429, retryAfterHeader: "30") : nil
            }
        }
        try await SyncServiceTests.withService(outbox: outbox, transport: transport, clock: clock, configuration: Self.configuration()) { service in
            try await SyncServiceTests.drive(clock, maxSteps: 200) { outbox.pending == 0 }
            #expect(service.status.deferred["retry_after", default: 0] > 0)
        }
        let times = Self.sendTimes(transport, from: start)
        #expect(times.count == 6)
        // Nothing at all went between the 429 and the end of its Retry-After (30 s, up to +100%
        // jitter, then one token at the halved pace).
        #expect(times[1] >= .seconds(30), "\(times)")
        #expect(times[1] <= .seconds(64), "\(times)")
    }

    @Test func eventsKeepFlowingWhileEscalationsAreHeld() async throws {
        let clock = ManualClock()
        let start = clock.now
        let outbox = InMemoryOutbox(clock: clock)
        outbox.add(.chat(messages: [.user("q")]), key: "chat")
        for i in 0..<3 { outbox.add(.event(.object(["type": .string("request"), "n": .number(Double(i))])), key: "ev\(i)") }
        let transport = ScriptedTransport(clock: clock) { keys in
            keys == ["chat"] && clock.now < start.advanced(by: .seconds(100))
                ? FailureClassifier.classify(status: 503, retryAfterHeader: "120") : nil
        }
        try await SyncServiceTests.withService(outbox: outbox, transport: transport, clock: clock, configuration: Self.configuration()) { _ in
            try await SyncServiceTests.drive(clock, maxSteps: 30) { outbox.all.filter { $0.job.kind == .event && $0.state == .queued }.isEmpty }
        }
        let eventSends = transport.sends.filter { $0.keys.first?.hasPrefix("ev") == true }
        #expect(eventSends.count == 1)
        #expect(start.duration(to: eventSends[0].at) < .seconds(30))
    }

    @Test func afterBootOnlyAForegroundRequestGoesBeforeTheRandomStart() async throws {
        let clock = ManualClock()
        let start = clock.now
        let outbox = InMemoryOutbox(clock: clock)
        outbox.add(.chat(messages: [.user("backlog")]), key: "backlog")
        outbox.add(.chat(messages: [.user("waiting")]), key: "waiting", priority: OutboxJob.foregroundPriority)
        var configuration = Self.configuration()
        configuration.startupDelay = .seconds(600)
        let transport = ScriptedTransport(clock: clock)
        try await SyncServiceTests.withService(outbox: outbox, transport: transport, clock: clock, configuration: configuration) { _ in
            try await SyncServiceTests.drive(clock, maxSteps: 700) { outbox.pending == 0 }
        }
        let sends = transport.sends
        #expect(sends.map(\.keys) == [["waiting"], ["backlog"]])
        #expect(start.duration(to: sends[0].at) < .seconds(2))
        // The backlog waited for the drawn start: the service's first draw (seed 11 of SyncServiceTests).
        var random = SeededRandom(seed: 11)
        let drawn = Duration.seconds(600 * Double(random.next() >> 11) / Double(1 << 53))
        #expect(start.duration(to: sends[1].at) >= drawn)
        #expect(start.duration(to: sends[1].at) <= drawn + .seconds(2))
    }

    @Test func aBacklogDrainsAtTheSlowStartPaceAndAForegroundRequestJumpsIt() async throws {
        let clock = ManualClock()
        let start = clock.now
        let outbox = InMemoryOutbox(clock: clock)
        for i in 0..<200 { outbox.add(.chat(messages: [.user("q\(i)")]), key: "b\(i)") }
        let transport = ScriptedTransport(clock: clock)
        var configuration = Self.configuration()
        configuration.chatThrottle.doublingTime = .seconds(10)
        try await SyncServiceTests.withService(outbox: outbox, transport: transport, clock: clock, configuration: configuration) { _ in
            try await SyncServiceTests.drive(clock, maxSteps: 10) { false }
            outbox.add(.chat(messages: [.user("now")]), key: "fg", priority: OutboxJob.foregroundPriority)
            try await SyncServiceTests.drive(clock, maxSteps: 2) { false }
        }
        let times = Self.sendTimes(transport, from: start)
        let inFirstTenSeconds = times.filter { $0 < .seconds(10) }.count
        // 1/s doubling every 10 s: about 14 sends in 10 s at most (the one-second clock steps allow
        // fewer), far from the 200 queued.
        #expect(inFirstTenSeconds >= 5 && inFirstTenSeconds <= 20, "\(inFirstTenSeconds)")
        let foreground = try #require(transport.sends.firstIndex { $0.keys == ["fg"] })
        #expect(start.duration(to: transport.sends[foreground].at) <= .seconds(11))
    }

    @Test func whenTheCloudFailsEverythingTheRetryBudgetStopsTheRetries() async throws {
        let clock = ManualClock()
        let outbox = InMemoryOutbox(clock: clock)
        for i in 0..<20 { outbox.add(.chat(messages: [.user("q\(i)")]), key: "r\(i)", attempts: 1) }
        var configuration = Self.configuration()
        configuration.chatThrottle = .unlimited
        configuration.chatBudget.capacity = 20
        configuration.chatBudget.retryCost = 5
        configuration.chatBudget.refillPerSecond = 0
        let transport = ScriptedTransport(clock: clock) { _ in SyncFailure(code: .serverError, message: "500", httpStatus: 500) }
        try await SyncServiceTests.withService(outbox: outbox, transport: transport, clock: clock, configuration: configuration) { service in
            try await SyncServiceTests.drive(clock, maxSteps: 120) { false }
            #expect(service.status.deferred["retry_budget", default: 0] > 0)
            #expect(service.status.destinations["chat"]?.retryBudget == 0)
        }
        // 20 tokens at 5 a retry: four sends, then none however long the queue waits.
        #expect(transport.sends.count == 4)
    }

    @Test func aPlainClientHasNoneOfTheseRules() {
        let plain = SyncService<ManualClock>.Configuration.plainClient()
        #expect(!plain.chatThrottle.enabled && !plain.eventsThrottle.enabled)
        #expect(plain.startupDelay == .zero)
        #expect(plain.chatBudget.capacity == .infinity)
        #expect(plain.backoff.restartEvery == 3)
    }
}
