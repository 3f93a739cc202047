import AsyncHTTPClient
import Foundation
import Testing
@testable import OutpostSync
@testable import outpost_hq

/// outpost-hq in-process on 127.0.0.1 (real sockets): dedup, stats, received log, faults.
@Suite struct HQTests {
    static let chatBody = #"{"model":"m","messages":[{"role":"user","content":"Call <PERSON_1> on <DATE_1>"}]}"#

    @Test func chatIsDeduplicatedByIdempotencyKey() async throws {
        try await HQHarness.run { hq in
            let headers = [("Idempotency-Key", "k-1"), ("Content-Type", "application/json")]
            let first = try await hq.post("/v1/chat/completions", body: Self.chatBody, headers: headers)
            let second = try await hq.post("/v1/chat/completions", body: Self.chatBody, headers: headers)
            let other = try await hq.post("/v1/chat/completions", body: Self.chatBody, headers: [("Idempotency-Key", "k-2")])
            #expect(first.status == 200)
            #expect(second.body == first.body)  // the first response, byte for byte
            #expect(other.body != first.body)
            #expect(first.body.contains("Noted for <PERSON_1>"))
            #expect(first.body.contains("(placeholders seen: <PERSON_1>, <DATE_1>)"))
            let stats = try await hq.stats()
            #expect(stats.received == 3)
            #expect(stats.unique == 2)
            #expect(stats.duplicates == 1)
            let log = try await hq.received()
            #expect(log.count == 3)
            #expect(log.map { $0["duplicate"] as? Bool } == [false, true, false])
            #expect(log.map { $0["idempotency_key"] as? String } == ["k-1", "k-1", "k-2"])
        }
    }

    @Test func dedupSurvivesARestart() async throws {
        let directory = HQHarness.temporaryDirectory()
        let firstBody = try await HQHarness.run(dataDirectory: directory) { hq in
            try await hq.post("/v1/chat/completions", body: Self.chatBody, headers: [("Idempotency-Key", "persist")]).body
        }
        try await HQHarness.run(dataDirectory: directory) { hq in
            let again = try await hq.post("/v1/chat/completions", body: Self.chatBody, headers: [("Idempotency-Key", "persist")])
            #expect(again.body == firstBody)
            let stats = try await hq.stats()
            #expect(stats.received == 2)
            #expect(stats.unique == 1)
            #expect(stats.duplicates == 1)
        }
    }

    @Test func eventsAreCountedPerRecord() async throws {
        try await HQHarness.run { hq in
            let batch = "{\"intent\":\"a\",\"idempotency_key\":\"e1\"}\n{\"intent\":\"b\",\"idempotency_key\":\"e2\"}\n"
            let first = try await hq.post("/v1/events", body: batch, headers: [("Idempotency-Key", "b1")])
            #expect(first.status == 200)
            // A retry regrouped differently: e2 again with a new e3.
            let regrouped = "{\"intent\":\"b\",\"idempotency_key\":\"e2\"}\n{\"intent\":\"c\",\"idempotency_key\":\"e3\"}\n"
            _ = try await hq.post("/v1/events", body: regrouped, headers: [("Idempotency-Key", "b2")])
            let stats = try await hq.stats()
            #expect(stats.events == .init(received: 4, unique: 3, duplicates: 1))
            #expect(stats.received == 0)
            let bad = try await hq.post("/v1/events", body: "{\"ok\":1}\nnot json\n")
            #expect(bad.status == 400)
            #expect(bad.body.contains("line 2"))
        }
    }

    @Test func invalidChatBodiesGetAClear400AndAreStillLogged() async throws {
        try await HQHarness.run { hq in
            for body in ["", "garbage", "[]", #"{"messages":[]}"#, #"{"messages":[{"role":1}]}"#, #"{"model":5,"messages":[{"role":"user","content":"x"}]}"#] {
                let reply = try await hq.post("/v1/chat/completions", body: body)
                #expect(reply.status == 400, "body: \(body)")
                #expect(reply.body.contains("\"error\""))
            }
            let stats = try await hq.stats()
            #expect(stats.received == 0)
            #expect(try await hq.received().count == 6)
        }
    }

    @Test func modelsAndUnknownRoutes() async throws {
        try await HQHarness.run { hq in
            let models = try await hq.get("/v1/models")
            #expect(models.status == 200)
            #expect(models.body.contains("\"outpost-hq\""))
            #expect(try await hq.get("/v1/nothing").status == 404)
        }
    }

    @Test func failRateAnswers503WithRetryAfterBeforeProcessing() async throws {
        try await HQHarness.run(faults: FaultSettings(failRate: 1)) { hq in
            let reply = try await hq.post("/v1/chat/completions", body: Self.chatBody, headers: [("Idempotency-Key", "f")])
            #expect(reply.status == 503)
            let stats = try await hq.stats()
            #expect(stats.received == 0)
            #expect(stats.faults.failed == 1)
            // /hq/* is never faulted; faults can be switched off live.
            let off = try await hq.post("/hq/faults", body: #"{"fail_rate":0}"#)
            #expect(off.status == 200)
            #expect(try await hq.post("/v1/chat/completions", body: Self.chatBody).status == 200)
        }
    }

    @Test func resetRateClosesWithoutAResponse() async throws {
        try await HQHarness.run(faults: FaultSettings(resetRate: 1)) { hq in
            await #expect(throws: (any Error).self) {
                _ = try await hq.post("/v1/chat/completions", body: Self.chatBody)
            }
            let stats = try await hq.stats()
            #expect(stats.faults.reset == 1)
            #expect(stats.received == 0)
        }
    }

    @Test func offlineUntilRefusesUntilThatTime() async throws {
        let now = ManualNow()
        let until = now.date.addingTimeInterval(60)
        try await HQHarness.run(faults: FaultSettings(offlineUntil: until), now: { now.date }) { hq in
            await #expect(throws: (any Error).self) {
                _ = try await hq.post("/v1/chat/completions", body: Self.chatBody)
            }
            now.advance(seconds: 61)
            let reply = try await hq.post("/v1/chat/completions", body: Self.chatBody)
            #expect(reply.status == 200)
            let stats = try await hq.stats()
            #expect(stats.faults.refused_offline >= 1)
        }
    }

    @Test func apiKeyIsChecked() async throws {
        try await HQHarness.run(apiKey: "sekret") { hq in
            #expect(try await hq.post("/v1/chat/completions", body: Self.chatBody).status == 401)
            let wrong = try await hq.post("/v1/chat/completions", body: Self.chatBody, headers: [("Authorization", "Bearer nope")])
            #expect(wrong.status == 401)
            let right = try await hq.post("/v1/chat/completions", body: Self.chatBody, headers: [("Authorization", "Bearer sekret")])
            #expect(right.status == 200)
        }
    }

    @Test(arguments: [
        ("Noted for <PERSON_1>", ["<PERSON_1>"]),
        ("<MRN_12> and <PERSON_2> and <MRN_12>", ["<MRN_12>", "<PERSON_2>"]),
        ("<not> <X_> <_1> <A_B_3> <lower_1> 1 < 2 > 0", ["<A_B_3>"]),
        ("no placeholders", []),
    ])
    func placeholdersAreFound(text: String, expected: [String]) {
        #expect(HQAnswer.placeholders(in: [text]) == expected)
    }

    @Test func cliParsing() {
        #expect(HQOptions.parseListen("127.0.0.1:8787").map { "\($0.host)|\($0.port)" } == "127.0.0.1|8787")
        #expect(HQOptions.parseListen("[::1]:9").map { "\($0.host)|\($0.port)" } == "::1|9")
        #expect(HQOptions.parseListen("nope") == nil)
        #expect(HQOptions.parseListen(":80") == nil)
        #expect(HQOptions.parseListen("h:70000") == nil)
        #expect(HQOptions.parseInstant("1767225600") == Date(timeIntervalSince1970: 1_767_225_600))
        #expect(HQOptions.parseInstant("2026-01-01T00:00:00Z") == Date(timeIntervalSince1970: 1_767_225_600))
        #expect(HQOptions.parseInstant("2026-01-01T00:00:00.500Z") == Date(timeIntervalSince1970: 1_767_225_600.5))
        #expect(HQOptions.parseInstant("tomorrow") == nil)
    }
}
