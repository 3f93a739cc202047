import Foundation
import GRDB
import OutpostAPI
import OutpostRedaction
import OutpostTesting
import OutpostTestingDaemon
import Testing

/// The blind test set (Benchmarks/redaction/blind, written by a helper who never read the
/// redactor) through the real daemon to the real hq: no planted identifier in anything hq
/// received for its request; a payload that still carries an identifier (here: planted straight
/// into the outbox, as a redactor bug or a tampered database would) is refused by the outbound
/// guard, dead-lettered with reason guard_refused, counted in /metrics and listed by the queue API.
@Suite(.serialized, .offThePool, .enabled(if: BuiltProducts.exists("outpostd") && BuiltProducts.exists("outpost-hq"), "needs the built outpostd and outpost-hq"))
struct BlindSetEndToEndTests {
    struct Gold: Decodable {
        struct Span: Decodable { var start: Int; var end: Int; var type: String }
        var id: String
        var text: String
        var spans: [Span]
    }

    /// `OUTPOST_BLIND_SET` names another gold file of the same format (blind2…blind4).
    static var blindPath: String {
        if let p = ProcessInfo.processInfo.environment["OUTPOST_BLIND_SET"], !p.isEmpty { return p }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Benchmarks/redaction/blind/blind.jsonl").path
    }

    static func occurrences(of needle: String, in haystack: String) -> Int {
        haystack.components(separatedBy: needle).count - 1
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
            startup_delay_s = 0
            initial_rate = 50
            max_rate = 200
            """, api: "rate_limit_per_minute = 0")
        try harness.start(timeout: 60)
        defer { _ = harness.stop() }

        var planted: [String: [String]] = [:]  // idempotency key → identifier values of that text
        var texts: [String: String] = [:]
        for g in gold {
            let r = harness.submit(g.text)
            #expect(r?.status == 201, "\(g.id) was not accepted: \(r?.json ?? [:])")
            guard let id = r?.json["id"] as? String else { continue }
            let scalars = Array(g.text.unicodeScalars)
            planted["req-\(id)"] = g.spans.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
            texts["req-\(id)"] = g.text
        }
        // A payload that still carries a name and a phone number, written straight into the outbox.
        var dbConfig = Configuration()
        dbConfig.busyMode = .timeout(30)  // the daemon's group committer may hold the write lock
        let db = try DatabasePool(path: dir.file("state/outpost.db"), configuration: dbConfig)
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
            for v in Set(values) where v.unicodeScalars.filter({ CharacterSet.alphanumerics.contains($0) }).count >= 3 {
                // a value the text also holds outside its spans ("Baker" in "Baker's cyst", a protected
                // term) may stay that many times; more mentions at hq are a leak
                let allowed = Self.occurrences(of: v, in: texts[key] ?? "") - values.filter { $0 == v }.count
                if Self.occurrences(of: v, in: decoded) > max(0, allowed) { leaks.append("\(key): \(v)") }
            }
        }
        print("blind set \(Self.blindPath): \(leaks.count) identifiers of \(gold.count) texts reached hq (\(Set(leaks.map { $0.split(separator: ":")[0] }).count) requests)")
        // The path adds no leak of its own: whatever hq saw, the redactor run offline on the same
        // text (same mode, same safe-list) also left. The offline figure is the one we report.
        let redactor = try Redactor()
        var offline: Set<String> = []
        for g in gold {
            var map = PlaceholderMap()
            let covered = redactor.redact(g.text, map: &map).entities
            let scalars = Array(g.text.unicodeScalars)
            for span in g.spans where !covered.contains(where: { $0.start <= span.start && span.end <= $0.end }) {
                offline.insert(String(String.UnicodeScalarView(scalars[span.start..<span.end])))
            }
        }
        let added = leaks.filter { !offline.contains(String($0.split(separator: " ", maxSplits: 1).last ?? "")) }
        #expect(added.isEmpty, "identifiers at hq that the redactor alone would have removed: \(added)")
        #expect(!received.contains { ($0["idempotency_key"] as? String) == "planted-leak" }, "the planted payload reached hq")

        // the refusal: dead with guard_refused, in /metrics and in the queue list, equal counts
        let dead = (harness.getJSON("/v1/queue?state=dead&limit=1000")?["items"] as? [[String: Any]]) ?? []
        let refusedInList = dead.filter { ($0["dead_reason"] as? String) == "guard_refused" }
        print("blind set: \(received.count) requests reached hq, \(refusedInList.count) refused by the outbound guard (the planted one included)")
        #expect(refusedInList.contains { ($0["idempotency_key"] as? String) == "planted-leak" }, "\(dead)")
        // /metrics reads the store's counters on the health tick: wait for it to catch up
        var line: Substring?
        let counted = DaemonHarness.eventually(timeout: 30) {
            let metrics = String(decoding: (try? harness.client().request("GET", "/metrics"))?.body ?? Data(), as: UTF8.self)
            line = metrics.split(separator: "\n").first { $0.hasPrefix("outpost_outbox_dead_total{") && $0.contains("reason=\"guard_refused\"") }
            return line.flatMap { Int(Double($0.split(separator: " ").last ?? "") ?? -1) } == refusedInList.count
        }
        #expect(counted, "metrics \(line ?? "none"), queue list \(refusedInList.count)")
        let delivered = received.filter { planted[($0["idempotency_key"] as? String) ?? ""] != nil }.count
        if !leaks.isEmpty { print("blind end-to-end: identifier values at hq: \(leaks.sorted().joined(separator: " | "))") }
        print("blind end-to-end: \(gold.count) texts submitted, \(delivered) blind bodies at hq, \(refusedInList.count) refused by the guard (1 planted), \(leaks.count) identifier values at hq, \(added.count) not also left by the redactor offline")
    }
}
