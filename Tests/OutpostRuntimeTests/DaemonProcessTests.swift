#if canImport(Glibc)
import Glibc
#endif
import Foundation
import OutpostTesting
import OutpostTestingDaemon
import Testing

@testable import OutpostRuntime
import OutpostAPI

/// The real `outpostd` process: readiness over a real notify socket, status over the API socket,
/// SIGTERM drains and exits 0, a corrupt database is quarantined, bad config fails fast.
@Suite(.serialized, .offThePool, .enabled(if: BuiltProducts.exists("outpostd"), "needs the built outpostd next to the tests"))
struct DaemonProcessTests {
    @Test func readyStatusAndGracefulStop() throws {
        let dir = try TempDirectory(prefix: "d")
        defer { dir.remove() }
        let listener = try DatagramListener(address: dir.file("n.sock"))
        let socket = dir.file("api.sock")
        let daemon = ChildProcess(BuiltProducts.path("outpostd"), environment: [
            "NOTIFY_SOCKET": listener.address, "STATE_DIRECTORY": dir.file("state"), "RUNTIME_DIRECTORY": dir.path,
        ], directory: dir.path, logPath: dir.file("daemon.log"))
        let started = Date()
        try daemon.start()
        var seen: [String] = []
        let ready = listener.waitFor("READY=1", timeout: 10, seen: &seen)
        let readyAfter = Date().timeIntervalSince(started)
        #expect(ready != nil, "no READY=1; log:\n\(daemon.log())")
        #expect(readyAfter < 3, "READY=1 after \(readyAfter) s")
        #expect(ready?.contains("STATUS=") == true)

        // The socket accepts connections at READY, with mode 0660.
        var info = stat()
        #expect(stat(socket, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o660)
        let status = try UnixHTTPClient(socketPath: socket).request("GET", "/v1/status")
        #expect(status.status == 200)
        let json = try #require(status.json)
        for key in ["version", "uptime_s", "state_dir", "db", "model", "outbox", "online", "lights"] {
            #expect(json.keys.contains(key), "missing \(key)")
        }
        let db = try #require(json["db"] as? [String: Any])
        #expect(Set(db.keys).isSuperset(of: ["path", "size_bytes", "quarantined"]))
        let outbox = try #require(json["outbox"] as? [String: Any])
        #expect(outbox["pending"] as? Int == 0 && outbox["dead"] as? Int == 0)
        #expect(try UnixHTTPClient(socketPath: socket).request("GET", "/v1/health").status == 200)

        // Errors have the one JSON shape.
        let missing = try UnixHTTPClient(socketPath: socket).request("GET", "/v1/nope")
        #expect(missing.status == 404)
        let error = try #require(missing.json?["error"] as? [String: Any])
        #expect(error["code"] as? String == "not_found" && error["message"] is String)

        // The CLI reads the same status.
        if BuiltProducts.exists("outpost") {
            let cli = try ChildProcess(BuiltProducts.path("outpost"), arguments: ["status", "--json", "--socket", socket]).runToEnd()
            #expect(cli.status == 0, "\(cli.stderr)")
            let parsed = try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [String: Any]
            #expect(parsed?["version"] as? String == OutpostVersion.string)
        }

        let stopAt = Date()
        daemon.signal(SIGTERM)
        let code = daemon.waitForExit(timeout: 5)
        #expect(code == 0, "exit \(String(describing: code)) after \(Date().timeIntervalSince(stopAt)) s; log:\n\(daemon.log())")
        #expect(listener.waitFor("STOPPING=1", timeout: 2, seen: &seen) != nil || seen.contains { $0.contains("STOPPING=1") })
    }

    @Test func corruptDatabaseIsQuarantinedAndDaemonStarts() throws {
        let dir = try TempDirectory(prefix: "d")
        defer { dir.remove() }
        try FileManager.default.createDirectory(atPath: dir.file("state"), withIntermediateDirectories: true)
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: dir.file("state/outpost.db")))
        let listener = try DatagramListener(address: dir.file("n.sock"))
        let daemon = ChildProcess(BuiltProducts.path("outpostd"), environment: [
            "NOTIFY_SOCKET": listener.address, "STATE_DIRECTORY": dir.file("state"), "RUNTIME_DIRECTORY": dir.path,
        ], logPath: dir.file("daemon.log"))
        try daemon.start()
        var seen: [String] = []
        #expect(listener.waitFor("READY=1", timeout: 10, seen: &seen) != nil, "log:\n\(daemon.log())")
        let json = try #require(try UnixHTTPClient(socketPath: dir.file("api.sock")).request("GET", "/v1/status").json)
        let quarantined = (json["db"] as? [String: Any])?["quarantined"] as? [String]
        #expect(quarantined?.count == 1)
        #expect(quarantined?.first?.hasPrefix("outpost.db.corrupt-") == true)
        #expect(FileManager.default.fileExists(atPath: dir.file("state/" + (quarantined?.first ?? "x"))))
        #expect(daemon.log().contains("quarantined"))
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit(timeout: 5) == 0)
    }

    /// journald (or whatever reads stderr) going away first — as at poweroff — must not kill the
    /// daemon: log lines are dropped, SIGTERM still drains to exit 0 (was SIGILL from Foundation).
    @Test func closedStandardErrorDoesNotKillTheDaemon() throws {
        let dir = try TempDirectory(prefix: "d")
        defer { dir.remove() }
        let listener = try DatagramListener(address: dir.file("n.sock"))
        let socket = dir.file("api.sock")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BuiltProducts.path("outpostd"))
        var env = ProcessInfo.processInfo.environment
        env["NOTIFY_SOCKET"] = listener.address
        env["STATE_DIRECTORY"] = dir.file("state")
        env["RUNTIME_DIRECTORY"] = dir.path
        process.environment = env
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var seen: [String] = []
        #expect(listener.waitFor("READY=1", timeout: 10, seen: &seen) != nil)
        try pipe.fileHandleForReading.close()
        try pipe.fileHandleForWriting.close()
        // Log lines after the reader is gone: a request is logged when accepted.
        let body = Data(#"{"text": "hello after the journal went away"}"#.utf8)
        #expect(try UnixHTTPClient(socketPath: socket).request("POST", "/v1/requests", body: body).status == 201)
        #expect(try UnixHTTPClient(socketPath: socket).request("GET", "/v1/health").status == 200)
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0,
                "reason \(process.terminationReason.rawValue), status \(process.terminationStatus)")
    }

    @Test func unknownConfigKeyFailsFastWithItsName() throws {
        let dir = try TempDirectory(prefix: "d")
        defer { dir.remove() }
        let config = try dir.write("outpost.toml", "state_dir = \"\(dir.path)\"\n[api]\nsokcet = \"/tmp/x.sock\"\n")
        let result = try ChildProcess(BuiltProducts.path("outpostd"), arguments: ["--config", config]).runToEnd(timeout: 10)
        #expect(result.status == 78)
        #expect(result.stderr.contains("api.sokcet"))
        #expect(result.stderr.contains(":3"))
    }

    @Test func cliSaysDaemonIsNotRunning() throws {
        guard BuiltProducts.exists("outpost") else { return }
        let result = try ChildProcess(BuiltProducts.path("outpost"), arguments: ["status", "--socket", "/tmp/outpost-none/api.sock"]).runToEnd()
        #expect(result.status == 69)
        #expect(result.stderr.contains("/tmp/outpost-none/api.sock"))
    }
}
