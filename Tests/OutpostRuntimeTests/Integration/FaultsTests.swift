#if canImport(Glibc)
import Glibc
#endif
import Foundation
import GRDB
import OutpostTesting
import OutpostTestingDaemon
import Testing

/// Failing, resetting and offline cloud: everything is delivered once the faults stop, and the
/// attempt counts follow the backoff (no retry storm). Disk pressure: refused with a clear error
/// at the floor, nothing accepted is lost, work resumes when space returns.
@Suite(.serialized, .offThePool, .enabled(if: BuiltProducts.exists("outpostd") && BuiltProducts.exists("outpost-hq"), "needs the built outpostd and outpost-hq"))
struct FaultsTests {
    @Test func deliveredOnceFaultsStopWithoutRetryStorm() throws {
        let dir = try TempDirectory(prefix: "faults")
        defer { dir.remove() }
        let offlineUntil = Int(Date().timeIntervalSince1970) + 3
        let hq = try HQProcess(dataDir: dir.file("hq"), arguments: ["--fail-rate", "0.3", "--reset-rate", "0.1", "--seed", "7",
                                                                     "--offline-until", "\(offlineUntil)"], logPath: dir.file("hq.log"))
        defer { hq.stop() }
        let harness = try DaemonHarness(directory: dir.path, config: """
            state_dir = "\(dir.file("state"))"
            [cloud]
            base_url = "\(hq.baseURL)"
            events_url = "\(hq.baseURL)/logs"
            timeout_s = 5
            [outbox]
            backoff_base_s = 0.1
            backoff_max_s = 1
            max_attempts = 1000
            startup_delay_s = 0
            initial_rate = 50
            max_rate = 200
            """)
        try harness.start()
        defer { _ = harness.stop() }
        var secrets: [String] = []
        for i in 0..<40 {
            let name = ["Grace Whitfield", "Tomasz Wozniak", "Ngozi Eze", "Hope Delacroix"][i % 4]
            let r = harness.submit("Please reschedule \(name), born 04/0\(i % 9 + 1)/1958, to next week", conversation: "f\(i % 5)")
            #expect(r?.status == 201)
            secrets.append(name)
        }
        // Let the faults bite for a while (an outcome: some failures recorded), then stop them.
        #expect(DaemonHarness.eventually(timeout: 30) {
            let s = hq.stats()
            let faults = s["faults"] as? [String: Any]
            return ((faults?["failed"] as? Int) ?? 0) + ((faults?["reset"] as? Int) ?? 0) + ((faults?["refused_offline"] as? Int) ?? 0) >= 10
        })
        hq.setFaults(#"{"fail_rate":0,"reset_rate":0,"offline_until":null}"#)
        let delivered = DaemonHarness.eventually(timeout: 90) {
            let s = harness.getJSON("/v1/queue/stats")
            return (s?["pending"] as? Int) == 0 && (s?["sending"] as? Int) == 0
        }
        #expect(delivered, "\(harness.getJSON("/v1/queue/stats") ?? [:])")
        let stats = hq.stats()
        #expect(stats["unique"] as? Int == 40)
        #expect((stats["events"] as? [String: Any])?["unique"] as? Int == 40)

        // No retry storm: attempts stay within what capped backoff allows over the run.
        let db = try DatabaseQueue(path: dir.file("state/outpost.db"))
        let attempts = try db.read { try Int.fetchAll($0, sql: "SELECT attempts FROM outbox WHERE kind = 'chat'") }
        let maxAttempts = attempts.max() ?? 0
        let totalSends = (stats["received"] as? Int ?? 0)
        #expect(maxAttempts <= 40, "an item was attempted \(maxAttempts) times")
        #expect(totalSends < 40 * 8, "hq received \(totalSends) chat bodies for 40 escalations")
        let bodies = hq.received().map { String(describing: $0["body"] ?? "") }.joined()
        for secret in secrets { #expect(!bodies.contains(secret), "\(secret) reached hq") }
        print("faults: 40 escalations delivered, max attempts \(maxAttempts), median \(attempts.sorted()[attempts.count / 2]), hq received \(totalSends) chat bodies, duplicates \(stats["duplicates"] ?? "?")")
    }

    @Test func diskFloorRefusesNewWorkAndLosesNothing() throws {
        guard getuid() == 0 else { return }  // mounting a small tmpfs needs root (CI runs as root)
        let dir = try TempDirectory(prefix: "disk")
        defer { dir.remove() }
        let state = dir.file("small")
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        let mounted = try ChildProcess("/bin/mount", arguments: ["-t", "tmpfs", "-o", "size=24m", "tmpfs", state]).runToEnd()
        guard mounted.status == 0 else { print("skipping: cannot mount tmpfs: \(mounted.stderr)"); return }
        defer { _ = try? ChildProcess("/bin/umount", arguments: ["-l", state]).runToEnd() }

        let harness = try DaemonHarness(directory: dir.path, config: """
            state_dir = "\(state)"
            [outbox]
            min_free_bytes = 8388608
            """)
        try harness.start()
        defer { _ = harness.stop() }
        var accepted: [String] = []
        for i in 0..<5 {
            let r = harness.submit("Question \(i) about opening hours")
            #expect(r?.status == 201)
            if let id = r?.json["id"] as? String { accepted.append(id) }
        }
        // Fill the filesystem until the floor is crossed.
        let filler = state + "/filler"
        #expect(FileManager.default.createFile(atPath: filler, contents: Data(count: 18 << 20)))
        #expect((DiskSpaceProbe.free(state) ?? .max) < 8 << 20)
        let refused = harness.submit("One more question")
        #expect(refused?.status == 507)
        let error = refused?.json["error"] as? [String: Any]
        #expect(error?["code"] as? String == "disk_full")
        #expect((error?["message"] as? String)?.contains("nothing was stored") == true)
        // Nothing accepted is lost; status reports the problem.
        for id in accepted { #expect(harness.getJSON("/v1/requests/\(id)")?["id"] as? String == id) }
        #expect((harness.getJSON("/v1/status")?["problems"] as? [String])?.contains { $0.contains("disk") } == true)
        // Space returns: work resumes.
        try FileManager.default.removeItem(atPath: filler)
        #expect(harness.submit("Back to normal?")?.status == 201)
        #expect((harness.getJSON("/v1/requests?limit=100")?["requests"] as? [Any])?.count == 6)
    }
}

enum DiskSpaceProbe {
    static func free(_ path: String) -> Int64? {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { return nil }
        return Int64(info.f_bavail) * Int64(info.f_frsize)
    }
}
