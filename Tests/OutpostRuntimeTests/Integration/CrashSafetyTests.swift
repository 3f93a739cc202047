#if canImport(Glibc)
import Glibc
#endif
import Foundation
import GRDB
import OutpostTesting
import OutpostTestingDaemon
import Synchronization
import Testing

/// The real daemon under concurrent submits, killed with SIGKILL at random moments 50 times,
/// against the real reference cloud: nothing acknowledged is lost, every escalation reaches hq
/// exactly once per key, and hq never sees a planted identifier.
@Suite(.serialized, .offThePool, .enabled(if: BuiltProducts.exists("outpostd") && BuiltProducts.exists("outpost-hq"), "needs the built outpostd and outpost-hq"))
struct CrashSafetyTests {
    static let names = ["Okafor", "Lindqvist", "Nakamura", "Haddad", "Fitzgerald", "Oyelaran", "Castellanos", "Brzezinski"]
    static let firsts = ["John", "Maria", "Kenji", "Amira", "Siobhan", "Tunde", "Lucia", "Piotr"]

    /// A request with planted identifiers (returned so the test can search for them at hq).
    static func planted(_ i: Int) -> (text: String, secrets: [String]) {
        let name = "\(firsts[i % firsts.count]) \(names[(i / 3) % names.count])"
        let mrn = String(format: "%08d", 40_000_000 + i * 7919 % 9_999_999)
        let phone = String(format: "617-555-%04d", 1000 + i % 9000)
        let text = "Patient \(name), MRN \(mrn), asks to move the cardiology follow-up; call back on \(phone)."
        return (text, [name, mrn, phone])
    }

    @Test func sigkillFiftyTimesLosesNothing() throws {
        let dir = try TempDirectory(prefix: "crash")
        defer { dir.remove() }
        let hq = try HQProcess(dataDir: dir.file("hq"), logPath: dir.file("hq.log"))
        defer { hq.stop() }
        let harness = try DaemonHarness(directory: dir.path, config: """
            state_dir = "\(dir.file("state"))"
            [cloud]
            base_url = "\(hq.baseURL)"
            events_url = "\(hq.baseURL)/logs"
            [outbox]
            backoff_base_s = 0.05
            backoff_max_s = 0.5
            startup_delay_s = 0
            initial_rate = 50
            max_rate = 200
            """, api: "rate_limit_per_minute = 0")
        let acknowledged = Mutex<[String: [String]]>([:])  // request id → planted secrets
        let counter = Atomic<Int>(0)
        var rng = SystemRandomNumberGenerator()

        for round in 0..<50 {
            try harness.start()
            let killAfter = Int.random(in: 1...12, using: &rng)
            let acksThisRound = Atomic<Int>(0)
            // 4 concurrent clients submit until the kill lands.
            DispatchQueue.concurrentPerform(iterations: 4) { worker in
                while true {
                    let n = counter.add(1, ordering: .relaxed).newValue
                    let (text, secrets) = Self.planted(n)
                    guard let r = harness.submit(text, conversation: "c\(round)-\(worker)") else { return }  // daemon gone
                    if r.status == 201, let id = r.json["id"] as? String {
                        acknowledged.withLock { $0[id] = secrets }
                        let total = acksThisRound.add(1, ordering: .relaxed).newValue
                        if total == killAfter { harness.daemon?.signal(SIGKILL) }
                    }
                    if acksThisRound.load(ordering: .relaxed) >= killAfter + 4 { return }
                }
            }
            harness.kill9()
        }

        // Final run: let everything drain.
        try harness.start()
        let acked = acknowledged.withLock { $0 }
        #expect(acked.count >= 50)
        let drained = DaemonHarness.eventually(timeout: 120) {
            let stats = harness.getJSON("/v1/queue/stats")
            return (stats?["pending"] as? Int) == 0 && (stats?["sending"] as? Int) == 0
        }
        #expect(drained, "outbox did not drain: \(harness.getJSON("/v1/queue/stats") ?? [:])")
        #expect(harness.stop() == 0)

        // Every acknowledged request is in the database, and every stored escalation reached hq.
        let db = try DatabaseQueue(path: dir.file("state/outpost.db"))
        let (stored, chatKeys, dead) = try db.read { db in
            (Set(try String.fetchAll(db, sql: "SELECT id FROM request")),
             Set(try String.fetchAll(db, sql: "SELECT idempotency_key FROM outbox WHERE kind = 'chat'")),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE state = 'dead'") ?? 0)
        }
        let missing = Set(acked.keys).subtracting(stored)
        #expect(missing.isEmpty, "acknowledged but lost: \(missing.prefix(5))")
        #expect(dead == 0)
        let received = hq.received()
        let chats = received.filter { $0["kind"] as? String == "chat" }
        let keysAtHQ = Set(chats.compactMap { $0["idempotency_key"] as? String })
        #expect(keysAtHQ == chatKeys, "hq saw \(keysAtHQ.count) keys, the outbox holds \(chatKeys.count)")
        let stats = hq.stats()
        #expect(stats["unique"] as? Int == chatKeys.count)
        // Duplicates at hq are only retries of a key hq had already seen.
        for dup in chats where dup["duplicate"] as? Bool == true {
            #expect(keysAtHQ.contains(dup["idempotency_key"] as? String ?? ""))
        }
        // No identifier that was planted ever reached hq, in any body.
        let everything = received.map { String(decoding: (try? JSONSerialization.data(withJSONObject: $0["body"] ?? [:])) ?? Data(), as: UTF8.self) }.joined(separator: "\n")
        let leaked = Set(acked.values.flatMap { $0 }).filter { everything.contains($0) }
        #expect(leaked.isEmpty, "identifiers reached hq: \(leaked.prefix(5))")
        print("crash-safety: 50 SIGKILLs, \(acked.count) acknowledged, \(stored.count) stored, \(chatKeys.count) escalations, hq unique \(stats["unique"] ?? "?") duplicates \(stats["duplicates"] ?? "?")")
    }
}
