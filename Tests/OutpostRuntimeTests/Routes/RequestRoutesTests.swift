import Foundation
import HTTPTypes
import Testing

/// `POST /v1/requests` and `GET /v1/requests…` in-process: garbage, oversize, truncation and wrong
/// types get a clear 4xx in the one error shape and store nothing; a good request is redacted,
/// stored and listed.
@Suite struct RequestRoutesTests {
    @Test func badInputGetsClearErrorsAndStoresNothing() async throws {
        try await InProcessAPI.run(maxBodyBytes: 4096) { api in
            let cases: [(Data, Int, String)] = [
                (Data("not json".utf8), 400, "invalid_json"),
                (Data("{\"text\": \"abc\"".utf8), 400, "invalid_json"),                       // truncated
                (Data("[1,2,3]".utf8), 400, "invalid_json"),
                (Data("{}".utf8), 400, "missing_text"),
                (Data("{\"text\": 42}".utf8), 400, "invalid_text"),
                (Data("{\"text\": \"   \"}".utf8), 400, "empty_text"),
                (Data("{\"text\": \"hi\", \"conversation_id\": 7}".utf8), 400, "invalid_conversation_id"),
                (Data("{\"text\": \"hi\", \"conversation_id\": \"../../etc\"}".utf8), 400, "invalid_conversation_id"),
                (Data("{\"text\": \"hi\", \"meta\": [1]}".utf8), 400, "invalid_meta"),
                (Data("{\"text\": \"hi\", \"txet\": 1}".utf8), 400, "unknown_field"),
                (Data([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 400, "invalid_utf8"),
                (Data(("{\"text\": \"" + String(repeating: "a", count: 10_000) + "\"}").utf8), 413, "too_large"),
                (Data((0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 131) }), 400, "invalid_utf8"),
            ]
            for (body, status, code) in cases {
                let r = try await api.request(.post, "/v1/requests", body: body)
                #expect(r.status == status, "\(code): got \(r.status) \(r.text)")
                let error = r.json?["error"] as? [String: Any]
                #expect(error?["code"] as? String == code)
                #expect((error?["message"] as? String)?.isEmpty == false)
            }
            #expect((try await api.request(.get, "/v1/requests").json?["requests"] as? [Any])?.isEmpty == true)
            #expect(try await api.request(.get, "/v1/requests/nope").status == 404)
            #expect(try await api.request(.get, "/v1/requests?status=bogus").status == 400)
            let deleted = try await api.request(.delete, "/v1/status").status
            #expect(deleted == 405 || deleted == 404)
        }
    }

    @Test func moreWrongTypesAndShapes() async throws {
        try await InProcessAPI.run { api in
            let cases: [(String, String)] = [
                ("", "invalid_json"),
                ("null", "invalid_json"),
                ("\"text\"", "invalid_json"),
                ("{\"text\": null}", "invalid_text"),
                ("{\"text\": [\"a\"]}", "invalid_text"),
                ("{\"text\": {\"a\": 1}}", "invalid_text"),
                ("{\"text\": \"hi\", \"meta\": \"x\"}", "invalid_meta"),
            ]
            for (body, code) in cases {
                let r = try await api.request(.post, "/v1/requests", json: body)
                #expect(r.status == 400, "\(body.prefix(40)): got \(r.status) \(r.text)")
                #expect(r.errorCode == code, "\(body.prefix(40)): \(r.text)")
                #expect(r.contentType == "application/json")
            }
            // A body one byte over the limit is refused; the limit itself is accepted.
            let limit = 4096
            let exact = Data(("{\"text\": \"" + String(repeating: "b", count: limit - 12) + "\"}").utf8)
            #expect(exact.count == limit)
            #expect(try await api.request(.post, "/v1/requests", body: exact).status == 201)
            let over = try await api.request(.post, "/v1/requests", body: exact + Data(" ".utf8))
            #expect(over.status == 413 && over.errorCode == "too_large")
            #expect(try await api.request(.get, "/v1/requests?limit=0").errorCode == "invalid_limit")
            #expect(try await api.request(.get, "/v1/requests?limit=1001").errorCode == "invalid_limit")
        }
    }

    @Test func aGoodRequestIsRedactedStoredAndListed() async throws {
        try await InProcessAPI.run { api in
            let body = #"{"text": "Patient Maria Lindqvist, phone 617-555-0134, needs a refill.", "conversation_id": "conv-1", "meta": {"channel": "desk"}}"#
            let created = try await api.request(.post, "/v1/requests", json: body)
            #expect(created.status == 201, "\(created.text)")
            let json = try #require(created.json)
            let id = try #require(json["id"] as? String)
            let redacted = try #require(json["redacted"] as? String)
            #expect(!redacted.contains("Lindqvist") && !redacted.contains("617-555-0134"))
            #expect(json["status"] as? String == "queued")  // no model, no cloud: queued

            let fetched = try await api.request(.get, "/v1/requests/\(id)")
            #expect(fetched.status == 200)
            #expect(fetched.json?["id"] as? String == id)
            let listed = try await api.request(.get, "/v1/requests?status=queued&limit=10")
            let requests = try #require(listed.json?["requests"] as? [[String: Any]])
            #expect(requests.map { $0["id"] as? String } == [id])
            #expect((try await api.request(.get, "/v1/requests?status=answered").json?["requests"] as? [Any])?.isEmpty == true)
        }
    }
}
