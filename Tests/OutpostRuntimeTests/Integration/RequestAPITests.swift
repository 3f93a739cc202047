import Foundation
import OutpostTesting
import Testing

/// `POST /v1/requests` with garbage, oversize, truncation and wrong types: a clear 4xx in the one
/// error shape, and nothing stored. Then the happy path: redacted, re-identified, stable placeholders.
@Suite(.serialized, .enabled(if: BuiltProducts.exists("outpostd"), "needs the built outpostd"))
struct RequestAPITests {
    @Test func badInputGetsClearErrorsAndStoresNothing() throws {
        let dir = try TempDirectory(prefix: "api")
        defer { dir.remove() }
        let harness = try DaemonHarness(directory: dir.path, config: "state_dir = \"\(dir.file("state"))\"", api: "max_body_bytes = 4096")
        try harness.start()
        defer { _ = harness.stop() }
        let client = harness.client()
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
            let r = try client.request("POST", "/v1/requests", body: body)
            #expect(r.status == status, "\(code): got \(r.status) \(String(decoding: r.body, as: UTF8.self))")
            let error = r.json?["error"] as? [String: Any]
            #expect(error?["code"] as? String == code)
            #expect((error?["message"] as? String)?.isEmpty == false)
        }
        #expect((harness.getJSON("/v1/requests")?["requests"] as? [Any])?.isEmpty == true)
        #expect(try client.request("GET", "/v1/requests/nope").status == 404)
        #expect(try client.request("GET", "/v1/requests?status=bogus").status == 400)
        #expect(try client.request("DELETE", "/v1/status").status == 405 || (try client.request("DELETE", "/v1/status").status == 404))
    }

    @Test func redactsAndReidentifiesWithStablePlaceholders() throws {
        let dir = try TempDirectory(prefix: "api")
        defer { dir.remove() }
        let harness = try DaemonHarness(directory: dir.path, config: "state_dir = \"\(dir.file("state"))\"")
        try harness.start()
        defer { _ = harness.stop() }
        let first = try #require(harness.submit("Patient Maria Lindqvist, MRN 00482913, phone 617-555-0134, needs a refill.", conversation: "conv-1"))
        #expect(first.status == 201)
        let redacted = try #require(first.json["redacted"] as? String)
        for secret in ["Lindqvist", "00482913", "617-555-0134"] { #expect(!redacted.contains(secret)) }
        #expect(first.json["status"] as? String == "queued")  // no model, no cloud configured: queued
        let second = try #require(harness.submit("Is the refill for Maria Lindqvist ready?", conversation: "conv-1"))
        let r2 = try #require(second.json["redacted"] as? String)
        let placeholder = try #require((first.json["entities"] as? [[String: Any]])?.first { $0["type"] as? String == "PERSON" }?["placeholder"] as? String)
        #expect(r2.contains(placeholder), "the same person keeps \(placeholder) in the conversation: \(r2)")
        // The key file exists with mode 0600; the database holds no plaintext identifier.
        let attrs = try FileManager.default.attributesOfItem(atPath: dir.file("state/vault.key"))
        #expect((attrs[.posixPermissions] as? Int) == 0o600)
        _ = harness.stop()
        for file in ["outpost.db", "outpost.db-wal"] {
            let data = (try? Data(contentsOf: URL(fileURLWithPath: dir.file("state/\(file)")))) ?? Data()
            for secret in ["Lindqvist", "00482913", "617-555-0134"] {
                #expect(data.range(of: Data(secret.utf8)) == nil, "\(secret) in \(file) in clear")
            }
        }
    }
}
