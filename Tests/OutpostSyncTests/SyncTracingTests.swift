import Foundation
import InMemoryTracing
import OutpostSupport
import OutpostTesting
import Testing
import Tracing
@testable import OutpostSync

/// The sync service's spans (in-memory tracer): one client span per send with its outcome,
/// failures marked with their code only, an event batch linked to every request it carries.
@Suite struct SyncTracingTests {
    @Test func sendsAreClientSpansWithOutcomesAndBatchLinks() async throws {
        let clock = ManualClock()
        let outbox = InMemoryOutbox(clock: clock)
        outbox.add(.chat(messages: [.user("Call <PERSON_1> back")]), key: "req-ok")
        outbox.add(.chat(messages: [.user("x")]), key: "req-bad")
        for index in 0..<3 {
            outbox.add(.event(.object(["n": .number(Double(index))])), key: "evt-\(index)",
                       traceparent: "00-\(String(repeating: "\(index + 1)", count: 32))-00f067aa0ba902b7-01")
        }
        let transport = ScriptedTransport(clock: clock) { keys in keys == ["req-bad"] ? FailureClassifier.classify(status: 400) : nil }
        let tracer = InMemoryTracer()
        var configuration = SyncServiceTests.configuration()
        configuration.tracer = tracer
        try await SyncServiceTests.withService(outbox: outbox, transport: transport, clock: clock, configuration: configuration) { _ in
            try await SyncServiceTests.drive(clock, maxSteps: 10) { outbox.pending == 0 }
        }
        let spans = tracer.finishedSpans
        let chats = spans.filter { $0.operationName == "outpost.sync.chat" }
        #expect(chats.count == 2)
        #expect(chats.allSatisfy { $0.kind == .client })
        let ok = try #require(chats.first { $0.attributes["outpost.outbox.idempotency_key"]?.toSpanAttribute() == .string("req-ok") })
        #expect(ok.attributes["outpost.sync.outcome"]?.toSpanAttribute() == .string("delivered"))
        #expect(ok.status == nil)
        let bad = try #require(chats.first { $0.attributes["outpost.outbox.idempotency_key"]?.toSpanAttribute() == .string("req-bad") })
        #expect(bad.status?.code == .error)
        #expect(bad.attributes["outpost.sync.failure"]?.toSpanAttribute() == .string("rejected"))
        #expect(bad.attributes["http.response.status_code"]?.toSpanAttribute() == .int64(400))

        let batch = try #require(spans.first { $0.operationName == "outpost.sync.events" })
        #expect(batch.attributes["outpost.outbox.jobs"]?.toSpanAttribute() == .int64(3))
        #expect(batch.links.count == 2, "the batch links the two requests that are not its parent")
    }
}
