import Foundation
import GRDB
import OutpostTesting
import Testing

/// The blind test set (Benchmarks/redaction/blind, written by a helper who never read the
/// redactor) through the real daemon to the real hq: no planted identifier in anything hq
/// received for its request; a payload that still carries an identifier (here: planted straight
/// into the outbox, as a redactor bug or a tampered database would) is refused by the outbound
/// guard, dead-lettered with reason guard_refused, counted in /metrics and listed by the queue API.
@Suite(.serialized, .enabled(if: BuiltProducts.exists("outpostd") && BuiltProducts.exists("outpost-hq"), "needs the built outpostd and outpost-hq"))
struct BlindSetEndToEndTests {
    struct Gold: Decodable {
        struct Span: Decodable { var start: Int; var end: Int; var type: String }
        var id: String
        var text: String
        var spans: [Span]
    }

    static var blindPath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Benchmarks/redaction/blind/blind.jsonl").path
    }

    @Test func noPlantedIdentifierReachesHQAndEveryRefusalIsCounted() throws {
        let lines = try String(contentsOfFile: Self.blindPath, encoding: .utf8).split(separator: "\n")
        let gold = try lines.map { try JSONDecoder().decode(Gold.self, from: Data($0.utf8)) }
        let dir = try TempDirectory(prefix: "blind")
        defer { dir.remove() }
        let hq = try HQProcess(dataDir: dir.file("hq"), logPath: dir.file("hq.log"))
        defer { hq.stop() }
        let harness = try DaemonHarness(directory: dir.path, config: """
            state_dir = "\(dir.file("state"))"
            [cloud]
            base_url = "\(hq.baseURL)"
            timeout_s = 5
            [outbox]
            backoff_base_s = 0.1
            backoff_max_s = 1
            """)
        try harness.start()
        defer { _ = harness.stop() }

        var planted: [String: [String]] = [:]  // idempotency key → identifier values of that text
        for g in gold {
            let r = harness.submit(g.text)
            #expect(r?.status == 201, "\(g.id) was not accepted: \(r?.json ?? [:])")
            guard let id = r?.json["id"] as? String else { continue }
            let scalars = Array(g.text.unicodeScalars)
            planted["req-\(id)"] = g.spans.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        }
        // A payload that still carries a name and a phone number, written straight into the outbox.
        let db = try DatabasePool(path: dir.file("state/outpost.db"))
        let leaky = #"{"messages":[{"role":"system","content":"You assist staff."},{"role":"user","content":"please call Qwynthelle Zorbnak on 617-555-0143"}]}"#
        let now = Date().timeIntervalSince1970
        try db.write { db in
            try db.execute(sql: """
                INSERT INTO outbox (kind, idempotency_key, priority, payload, bytes, state, attempts, created_at, next_attempt_at, expires_at)
                VALUES ('chat', 'planted-leak', 10, ?, ?, 'pending', 0, ?, ?, ?)
                """, arguments: [Data(leaky.utf8), leaky.utf8.count, now, now, now + 3600])
        }
        let drained = DaemonHarness.eventually(timeout: 180) {
            let s = harness.getJSON("/v1/queue/stats")
            return (s?["pending"] as? Int) == 0 && (s?["sending"] as? Int) == 0
        }
        #expect(drained, "\(harness.getJSON("/v1/queue/stats") ?? [:])")

        // hq: no text's own identifiers in the body of its request (case-sensitive, 3+ letters or digits)
        var leaks: [String] = []
        let received = hq.received()
        for r in received {
            guard let key = r["idempotency_key"] as? String, let values = planted[key] else { continue }
            let body = String(decoding: (try? JSONSerialization.data(withJSONObject: r["body"] ?? [:])) ?? Data(), as: UTF8.self)
            let decoded = (try? JSONSerialization.jsonObject(with: Data(body.utf8))).map { "\($0)" } ?? body
            for v in values where v.unicodeScalars.filter({ CharacterSet.alphanumerics.contains($0) }).count >= 3 && decoded.contains(v) {
                leaks.append("\(key): \(v)")
            }
        }
        #expect(leaks.isEmpty, "identifiers at hq: \(leaks)")
        #expect(!received.contains { ($0["idempotency_key"] as? String) == "planted-leak" }, "the planted payload reached hq")

        // the refusal: dead with guard_refused, in /metrics and in the queue list, equal counts
        let dead = (harness.getJSON("/v1/queue?state=dead&limit=1000")?["items"] as? [[String: Any]]) ?? []
        let refusedInList = dead.filter { ($0["dead_reason"] as? String) == "guard_refused" }
        #expect(refusedInList.contains { ($0["idempotency_key"] as? String) == "planted-leak" }, "\(dead)")
        let metrics = String(decoding: (try harness.client().request("GET", "/metrics")).body, as: UTF8.self)
        let line = metrics.split(separator: "\n").first { $0.hasPrefix("outpost_outbox_dead_total{") && $0.contains("reason=\"guard_refused\"") }
        let counted = line.flatMap { Int(Double($0.split(separator: " ").last ?? "") ?? -1) } ?? 0
        #expect(counted == refusedInList.count, "metrics \(line ?? "none"), queue list \(refusedInList.count)")
        let delivered = received.filter { planted[($0["idempotency_key"] as? String) ?? ""] != nil }.count
        print("blind end-to-end: \(gold.count) texts submitted, \(Set(received.compactMap { $0["idempotency_key"] as? String }).count) bodies at hq (\(delivered) blind), \(refusedInList.count) refused by the guard, \(leaks.count) identifiers at hq")
    }
}
