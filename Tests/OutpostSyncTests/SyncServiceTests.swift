import Foundation
import Logging
import NIOConcurrencyHelpers
import OutpostStore
import OutpostSupport
import OutpostTesting
import ServiceLifecycleTestKit
import Testing
@testable import OutpostSync

/// `SyncService` with an in-memory outbox, a scripted transport and a manual clock.
@Suite struct SyncServiceTests {
    static func configuration(failuresToOffline: Int = 100) -> SyncService<ManualClock>.Configuration {
        var configuration = SyncService<ManualClock>.Configuration()
        configuration.pollInterval = .seconds(1)
        configuration.batchLimit = 8
        configuration.eventBatchSize = 3
        configuration.backoff = Backoff(base: .seconds(2), cap: .seconds(60), floor: .milliseconds(100))
        configuration.connectivity = .init(failuresToOffline: failuresToOffline, probeBackoff: Backoff(base: .seconds(5), cap: .seconds(40)))
        // The fleet rules have their own tests (FleetSyncTests): off here.
        configuration.startupDelay = .zero
        configuration.probeJitter = 0
        configuration.chatThrottle = .unlimited
        configuration.eventsThrottle = .unlimited
        return configuration
    }

    /// Runs the service while `body` drives the clock, then cancels it.
    static func withService(
        outbox: InMemoryOutbox, transport: any SyncTransport, clock: ManualClock,
        configuration: SyncService<ManualClock>.Configuration = configuration(),
        _ body: @escaping @Sendable (SyncService<ManualClock>) async throws -> Void
    ) async throws {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let service = SyncService(
            source: outbox, transport: transport, clock: clock, configuration: configuration,
            random: SeededRandom(seed: 11), logger: logger
        )
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await service.run() }
            do {
                try await body(service)
            } catch {
                group.cancelAll()
                throw error
            }
            group.cancelAll()
        }
    }

    /// Advances the clock one second at a time (waiting for the service to be idle first)
    /// until `done` or `maxSteps`.
    static func drive(_ clock: ManualClock, maxSteps: Int, until done: @escaping @Sendable () -> Bool) async throws {
        try await within(60, "the service to go idle") {
            for _ in 0..<maxSteps {
                await clock.waitForSleepers(1)
                if done() { return }
                clock.advance(by: .seconds(1))
            }
        }
    }

    @Test func deliversAChatAndStoresTheReply() async throws {
        let clock = ManualClock()
        let outbox = InMemoryOutbox(clock: clock)
        let id = outbox.add(.chat(messages: [.user("Call <PERSON_1> back")]))
        let transport = ScriptedTransport(clock: clock)
        try await Self.withService(outbox: outbox, transport: transport, clock: clock) { service in
            try await Self.drive(clock, maxSteps: 5) { outbox.pending == 0 }
            #expect(service.status.delivered["chat"] == 1)
            #expect(service.status.connectivity == .online)
        }
        guard case .delivered(.chat(let reply))? = outbox.row(id)?.state else {
            Issue.record("not delivered: \(String(describing: outbox.row(id)?.state))")
            return
        }
        #expect(reply.content == "ok: Call <PERSON_1> back")
        #expect(transport.sends.count == 1)
    }

    @Test func retriesFollowTheBackoffWithoutAStorm() async throws {
        let clock = ManualClock()
        let outbox = InMemoryOutbox(clock: clock)
        let id = outbox.add(.chat(messages: [.user("x")]), key: "flaky")
        let failures = NIOLockedValueBox(0)
        let transport = ScriptedTransport(clock: clock) { _ in
            failures.withLockedValue { count in
                count += 1
                return count <= 5 ? SyncFailure(code: .serverError, message: "503", httpStatus: 503) : nil
            }
        }
        try await Self.withService(outbox: outbox, transport: transport, clock: clock) { service in
            try await Self.drive(clock, maxSteps: 400) { outbox.pending == 0 }
            #expect(service.status.failed["server_error"] == 5)
            #expect(service.status.delivered["chat"] == 1)
        }
        let sends = transport.sends
        let row = try #require(outbox.row(id))
        #expect(sends.count == 6)  // five failures, one success: no extra tries
        #expect(row.retryDelays.count == 5)
        let backoff = Self.configuration().backoff
        for (attempt, delay) in row.retryDelays.enumerated() {
            #expect(delay >= .milliseconds(100))
            #expect(delay <= backoff.ceiling(attempt: attempt))
            // The next send waited at least the chosen delay (and at most one poll more).
            let gap = sends[attempt].at.duration(to: sends[attempt + 1].at)
            #expect(gap >= delay)
            #expect(gap <= delay + .seconds(1))
        }
        // The same key and a traceparent on every try.
        #expect(Set(sends.flatMap(\.keys)) == ["flaky"])
        #expect(sends.allSatisfy { TraceContext(traceparent: $0.traceparent) != nil })
    }

    @Test func permanentRejectionDeadLettersAtOnce() async throws {
        let clock = ManualClock()
        let outbox = InMemoryOutbox(clock: clock)
        let bad = outbox.add(.chat(messages: [.user("x")]), key: "bad")
        let good = outbox.add(.chat(messages: [.user("y")]), key: "good")
        let transport = ScriptedTransport(clock: clock) { keys in
            keys == ["bad"] ? FailureClassifier.classify(status: 422) : nil
        }
        try await Self.withService(outbox: outbox, transport: transport, clock: clock) { service in
            try await Self.drive(clock, maxSteps: 20) { outbox.pending == 0 }
            #expect(service.status.deadLettered["rejected"] == 1)
            #expect(service.status.failedTotal == 0)
        }
        #expect(outbox.row(bad)?.state == .deadLettered("rejected"))
        #expect(transport.sends.filter { $0.keys == ["bad"] }.count == 1)
        if case .delivered? = outbox.row(good)?.state {} else { Issue.record("good job not delivered") }
    }

    @Test func anUnreadablePayloadIsDeadLetteredAndDoesNotBlockTheQueue() async throws {
        let clock = ManualClock()
        let outbox = InMemoryOutbox(clock: clock)
        let corruptChat = outbox.add(OutboxPayload.decoding(kind: .chat, json: Data("{not json".utf8)))
        let corruptEvent = outbox.add(OutboxPayload.decoding(kind: .event, json: Data("[1,2]".utf8)))
        let fine = outbox.add(.event(.object(["intent": .string("x")])))
        let transport = ScriptedTransport(clock: clock)
        try await Self.withService(outbox: outbox, transport: transport, clock: clock) { _ in
            try await Self.drive(clock, maxSteps: 5) { outbox.pending == 0 }
        }
        #expect(outbox.row(corruptChat)?.state == .deadLettered("invalid_payload"))
        #expect(outbox.row(corruptEvent)?.state == .deadLettered("invalid_payload"))
        if case .delivered? = outbox.row(fine)?.state {} else { Issue.record("valid event not delivered") }
        #expect(transport.sends.map(\.keys) == [["job-\(fine)"]])
    }

    @Test func maxAttemptsDeadLettersWithoutSending() async throws {
        let clock = ManualClock()
        let outbox = InMemoryOutbox(clock: clock)
        let id = outbox.add(.chat(messages: [.user("x")]), attempts: 10)
        let transport = ScriptedTransport(clock: clock)
        var configuration = Self.configuration()
        configuration.maxAttempts = 10
        try await Self.withService(outbox: outbox, transport: transport, clock: clock, configuration: configuration) { _ in
            try await Self.drive(clock, maxSteps: 5) { outbox.pending == 0 }
        }
        #expect(outbox.row(id)?.state == .deadLettered("max_attempts"))
        #expect(transport.sends.isEmpty)
    }

    @Test func eventsGoInBatchesAndABadRecordIsIsolated() async throws {
        let clock = ManualClock()
        let outbox = InMemoryOutbox(clock: clock)
        for index in 0..<7 {
            outbox.add(.event(.object(["intent": .string("balance"), "n": .number(Double(index))])), key: "ev-\(index)")
        }
        let transport = ScriptedTransport(clock: clock) { keys in
            keys.contains("ev-4") ? FailureClassifier.classify(status: 400) : nil
        }
        try await Self.withService(outbox: outbox, transport: transport, clock: clock) { service in
            try await Self.drive(clock, maxSteps: 10) { outbox.pending == 0 }
            #expect(service.status.delivered["event"] == 6)
            #expect(service.status.deadLettered["rejected"] == 1)
        }
        let batches = transport.sends.map(\.keys)
        // [0,1,2] ok; [3,4,5] refused → 3, 4, 5 alone; [6] ok.
        #expect(batches == [["ev-0", "ev-1", "ev-2"], ["ev-3", "ev-4", "ev-5"], ["ev-3"], ["ev-4"], ["ev-5"], ["ev-6"]])
        #expect(outbox.all.filter { $0.state == .deadLettered("rejected") }.map(\.job.idempotencyKey) == ["ev-4"])
    }

    @Test func offlineSendsOnlyProbesAtGrowingIntervals() async throws {
        let clock = ManualClock()
        let outbox = InMemoryOutbox(clock: clock)
        for index in 0..<20 { outbox.add(.chat(messages: [.user("m\(index)")])) }
        let linkUp = NIOLockedValueBox(false)
        let transport = ScriptedTransport(clock: clock) { _ in
            linkUp.withLockedValue { $0 } ? nil : SyncFailure(code: .network, message: "connection refused")
        }
        var configuration = Self.configuration(failuresToOffline: 2)
        configuration.concurrency = 1
        try await Self.withService(outbox: outbox, transport: transport, clock: clock, configuration: configuration) { service in
            // Two minutes of dead link.
            try await Self.drive(clock, maxSteps: 120) { false }
            #expect(service.status.connectivity == .offline)
            let sendsWhileDown = transport.sends.count
            // 2 failures to go offline, then probes at 5, 10, 20, 40, 40 … seconds: far below 20 jobs × retries.
            #expect(sendsWhileDown >= 4)
            #expect(sendsWhileDown <= 8)
            linkUp.withLockedValue { $0 = true }
            try await Self.drive(clock, maxSteps: 400) { outbox.pending == 0 }
            #expect(service.status.connectivity == .online)
            #expect(service.status.delivered["chat"] == 20)
        }
        // While down, the gaps between probes grew: 5 s, 10 s, 20 s, 40 s …
        let times = transport.sends.map(\.at.offset)
        let probeGaps = zip(times.dropFirst(2), times.dropFirst(3)).map { $1 - $0 }.prefix(3)
        #expect(Array(probeGaps) == [.seconds(10), .seconds(20), .seconds(40)])
    }

    @Test func notifyWorkWakesTheIdleLoop() async throws {
        let clock = ManualClock()
        let outbox = InMemoryOutbox(clock: clock)
        let transport = ScriptedTransport(clock: clock)
        var configuration = Self.configuration()
        configuration.pollInterval = .seconds(3600)
        try await Self.withService(outbox: outbox, transport: transport, clock: clock, configuration: configuration) { service in
            try await within(20, "the service to idle") { await clock.waitForSleepers(1) }
            outbox.add(.chat(messages: [.user("now")]))
            service.notifyWork()
            // No clock movement: only the wake-up can deliver it.
            try await within(20, "delivery after notifyWork") {
                while outbox.pending > 0 { await Task.yield() }
            }
            #expect(clock.now.offset == .zero)
        }
    }

    /// Graceful shutdown (as the daemon's service group sends it on SIGTERM) while one chat is on
    /// the wire: the loop stops, the chat already answered stays delivered, the one in flight goes
    /// back to the outbox unsent and unleased (nothing lost, no attempt counted), nothing sleeps on.
    @Test func gracefulShutdownStopsTheLoop() async throws {
        let clock = ManualClock()
        let outbox = InMemoryOutbox(clock: clock)
        let sent = outbox.add(.chat(messages: [.user("first")]), key: "sent")
        let inFlight = outbox.add(.chat(messages: [.user("second")]), key: "in-flight")
        let transport = HangingTransport(clock: clock, hangOn: "in-flight")
        var configuration = Self.configuration()
        configuration.concurrency = 1
        let service = SyncService(source: outbox, transport: transport, clock: clock, configuration: configuration,
                                  random: SeededRandom(seed: 11), logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        try await testGracefulShutdown { trigger in
            try await within(20, "the service to stop after graceful shutdown") {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask { try await service.run() }
                    // The second send is on the wire (its transport waits on the clock, which never moves).
                    await clock.waitForSleepers(1)
                    #expect(transport.started == ["sent", "in-flight"])
                    trigger.triggerGracefulShutdown()
                    try await group.waitForAll()
                }
            }
        }
        if case .delivered? = outbox.row(sent)?.state {} else { Issue.record("answered chat not delivered: \(String(describing: outbox.row(sent)?.state))") }
        let row = try #require(outbox.row(inFlight))
        #expect(row.state == .queued)
        #expect(row.leasedUntil == nil)
        #expect(row.job.attempts == 0)
        #expect(outbox.pending == 1)
        #expect(service.status.released == 1)
        #expect(service.status.delivered["chat"] == 1)
        #expect(service.status.failedTotal == 0)
        #expect(clock.sleeperCount == 0)
        #expect(clock.now.offset == .zero)
    }
}

/// Answers at once, except for `hangOn`: that send waits on the (never moving) clock until its
/// task is cancelled, then fails as cancelled, like an HTTP call cut by shutdown.
final class HangingTransport: SyncTransport, Sendable {
    let clock: ManualClock
    let hangOn: String
    private let log = NIOLockedValueBox<[String]>([])

    init(clock: ManualClock, hangOn: String) {
        self.clock = clock
        self.hangOn = hangOn
    }

    var started: [String] { log.withLockedValue { $0 } }

    func sendChat(_ messages: [ChatMessage], model: String?, options: ChatOptions, idempotencyKey: String, trace: TraceContext) async throws(SyncFailure) -> ChatReply {
        log.withLockedValue { $0.append(idempotencyKey) }
        if idempotencyKey == hangOn {
            do { try await clock.sleep(for: .seconds(3600)) } catch { throw SyncFailure(code: .cancelled, message: "cancelled by shutdown") }
        }
        return ChatReply(id: "chatcmpl-test", model: "test", content: "ok")
    }

    func sendEvents(_ records: [EventsClient.Record], trace: TraceContext) async throws(SyncFailure) {}
}
