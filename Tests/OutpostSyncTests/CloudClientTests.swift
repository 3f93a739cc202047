import AsyncHTTPClient
import Foundation
import NIOConcurrencyHelpers
import OutpostConfig
import OutpostSupport
import OutpostTesting
import Testing
@testable import OutpostSync
@testable import outpost_hq

/// `ChatClient`, `EventsClient` and `SyncService` against in-process hq on 127.0.0.1.
@Suite struct CloudClientTests {
    struct Refused: Error {}

    static func config(_ hq: HQHarness, apiKey: String? = nil) -> CloudConfig {
        var config = CloudConfig(serverRoot: hq.cloudRoot, apiKey: apiKey)
        config.requestTimeout = .seconds(10)
        return config
    }

    static let messages: [ChatMessage] = [.system("You help bank staff."), .user("Please call <PERSON_1> about <IBAN_1>.")]

    @Test func chatCarriesKeyTraceAndBearerAndParsesTheReply() async throws {
        try await HQHarness.run(apiKey: "k3y") { hq in
            let chat = ChatClient(config: Self.config(hq, apiKey: "k3y"), httpClient: .shared, guard: PermissiveGuard())
            let trace = TraceContext.generate()
            let reply = try await chat.complete(Self.messages, idempotencyKey: "esc-1", trace: trace)
            #expect(reply.content == "Noted for <PERSON_1>: Please call <PERSON_1> about <IBAN_1>. (placeholders seen: <PERSON_1>, <IBAN_1>)")
            #expect(reply.id.hasPrefix("chatcmpl-"))
            #expect(reply.finishReason == "stop")
            let again = try await chat.complete(Self.messages, idempotencyKey: "esc-1", trace: trace.child())
            #expect(again == reply)
            let log = try await hq.received()
            #expect(log.count == 2)
            let header = try #require(log.first?["traceparent"] as? String)
            #expect(TraceContext(traceparent: header) == trace)
            #expect(log.first?["idempotency_key"] as? String == "esc-1")
            let secondTrace = try #require(log.last?["traceparent"] as? String)
            #expect(TraceContext(traceparent: secondTrace)?.traceID == trace.traceID)
            #expect(try await hq.stats().duplicates == 1)
        }
    }

    @Test func streamingYieldsDeltasThatAddUpToTheReply() async throws {
        try await HQHarness.run { hq in
            let chat = ChatClient(config: Self.config(hq), httpClient: .shared, guard: PermissiveGuard())
            let deltas = NIOLockedValueBox<[ChatDelta]>([])
            let reply = try await chat.stream(Self.messages, idempotencyKey: "s-1", trace: .generate()) { delta in
                deltas.withLockedValue { $0.append(delta) }
            }
            let pieces = deltas.withLockedValue { $0 }
            #expect(pieces.count > 3)
            #expect(pieces.map(\.content).joined() == reply.content)
            #expect(pieces.last?.finishReason == "stop")
            #expect(reply.content.hasPrefix("Noted for <PERSON_1>:"))
            // The same key without streaming gives the same text.
            let plain = try await chat.complete(Self.messages, idempotencyKey: "s-1", trace: .generate())
            #expect(plain.content == reply.content)
            #expect(plain.id == reply.id)
        }
    }

    @Test func eventsClientSendsNDJSONWithPerRecordKeys() async throws {
        try await HQHarness.run { hq in
            let events = EventsClient(config: Self.config(hq), httpClient: .shared, guard: PermissiveGuard())
            let records = (1...3).map {
                EventsClient.Record(idempotencyKey: "ev-\($0)", event: .object(["intent": .string("balance"), "latency_ms": .number(Double($0))]))
            }
            try await events.send(records, trace: .generate())
            try await events.send(Array(records.suffix(2)), trace: .generate())  // a regrouped retry
            let stats = try await hq.stats()
            #expect(stats.events == .init(received: 5, unique: 3, duplicates: 2))
            let log = try await hq.received()
            let body = try #require(log.first?["body"] as? [[String: Any]])
            #expect(body.compactMap { $0["idempotency_key"] as? String } == ["ev-1", "ev-2", "ev-3"])
            #expect(log.first?["idempotency_key"] as? String == EventsClient.batchKey(for: ["ev-3", "ev-1", "ev-2"]))
        }
    }

    @Test func guardRefusalSendsNothing() async throws {
        try await HQHarness.run { hq in
            let refusing = ClosureGuard { text in if text.contains("@") { throw Refused() } }
            let chat = ChatClient(config: Self.config(hq), httpClient: .shared, guard: refusing)
            let events = EventsClient(config: Self.config(hq), httpClient: .shared, guard: refusing)
            await #expect { try await chat.complete([.user("mail jane@example.com")], idempotencyKey: "g", trace: .generate()) } throws: {
                ($0 as? SyncFailure)?.code == .guardRefused
            }
            await #expect { try await events.send([.init(idempotencyKey: "e", event: .object(["k": .array([.string("a@b")])]))], trace: .generate()) } throws: {
                ($0 as? SyncFailure)?.code == .guardRefused
            }
            let log = try await hq.received()
            #expect(log.isEmpty)
        }
    }

    @Test func faultsBecomeTheRightFailures() async throws {
        try await HQHarness.run(faults: FaultSettings(failRate: 1)) { hq in
            let chat = ChatClient(config: Self.config(hq), httpClient: .shared, guard: PermissiveGuard())
            await #expect { try await chat.complete(Self.messages, idempotencyKey: "x", trace: .generate()) } throws: {
                let failure = $0 as? SyncFailure
                return failure?.code == .serverError && failure?.httpStatus == 503 && failure?.retryAfter == .seconds(1)
            }
            hq.faults.update(FaultSettings(resetRate: 1))
            await #expect { try await chat.complete(Self.messages, idempotencyKey: "x", trace: .generate()) } throws: {
                ($0 as? SyncFailure)?.code == .network
            }
            hq.faults.update(FaultSettings(latencyMilliseconds: 3000))
            var quick = Self.config(hq)
            quick.requestTimeout = .milliseconds(300)
            let impatient = ChatClient(config: quick, httpClient: .shared, guard: PermissiveGuard())
            await #expect { try await impatient.complete(Self.messages, idempotencyKey: "x", trace: .generate()) } throws: {
                ($0 as? SyncFailure)?.code == .timeout
            }
        }
    }

    @Test func wrongKeyIsAnAuthFailureAndBadBodyIsRejected() async throws {
        try await HQHarness.run(apiKey: "right") { hq in
            let chat = ChatClient(config: Self.config(hq, apiKey: "wrong"), httpClient: .shared, guard: PermissiveGuard())
            await #expect { try await chat.complete(Self.messages, idempotencyKey: "a", trace: .generate()) } throws: {
                let failure = $0 as? SyncFailure
                return failure?.code == .auth && failure?.disposition == .retry(retryAfter: nil)
            }
        }
    }

    @Test func nothingListeningIsANetworkFailure() async throws {
        var config = CloudConfig(serverRoot: "http://127.0.0.1:1")
        config.connectTimeout = .seconds(2)
        let chat = ChatClient(config: config, httpClient: try CloudHTTPClient.make(config: config), guard: PermissiveGuard())
        await #expect { try await chat.complete(Self.messages, idempotencyKey: "a", trace: .generate()) } throws: {
            let code = ($0 as? SyncFailure)?.code
            return code == .network || code == .timeout
        }
        try await chat.client.shutdown()
    }

    @Test func tlsFilesThatDoNotExistFailClearly() {
        var config = CloudConfig()
        config.tls.caFile = "/nonexistent/ca.pem"
        #expect { _ = try CloudHTTPClient.make(config: config) } throws: { ($0 as? SyncFailure)?.code == .tls }
        config.tls = .init(clientCertificateFile: "/x.pem")
        #expect { _ = try CloudHTTPClient.make(config: config) } throws: { ($0 as? SyncFailure)?.code == .tls }
    }

    /// End to end: SyncService over HTTP to a faulty hq, on the real clock with tiny delays.
    @Test func syncServiceDeliversEverythingOnceThroughFaults() async throws {
        try await HQHarness.run(faults: FaultSettings(failRate: 0.3, resetRate: 0.1), seed: 5) { hq in
            let clock = ManualClock()
            let outbox = InMemoryOutbox(clock: clock)
            for index in 0..<12 { outbox.add(.chat(messages: [.user("case <PERSON_\(index)>")]), key: "esc-\(index)") }
            for index in 0..<12 { outbox.add(.event(.object(["intent": .string("i\(index)")])), key: "ev-\(index)") }
            let transport = HTTPSyncTransport(config: Self.config(hq), httpClient: .shared, guard: PermissiveGuard())
            var configuration = SyncServiceTests.configuration(failuresToOffline: 1000)
            configuration.eventBatchSize = 4
            try await SyncServiceTests.withService(outbox: outbox, transport: transport, clock: clock, configuration: configuration) { _ in
                try await SyncServiceTests.drive(clock, maxSteps: 5000) { outbox.pending == 0 }
            }
            let stats = try await hq.stats()
            #expect(stats.unique == 12)
            #expect(stats.events.unique == 12)
            #expect(stats.faults.failed + stats.faults.reset > 0)
            // Duplicates at hq are only retries with the same key.
            let keys = try await hq.received().filter { $0["kind"] as? String == "chat" }.compactMap { $0["idempotency_key"] as? String }
            #expect(Set(keys) == Set((0..<12).map { "esc-\($0)" }))
        }
    }
}
