#if canImport(Glibc)
import Glibc
#endif
import Foundation
import OutpostRuntime
public import OutpostAPI

/// Runs the real `outpostd` on a config file, waits for `READY=1` on a real notify socket, and
/// talks to it over its API socket. Restartable (crash tests).
public final class DaemonHarness: @unchecked Sendable {
    public let directory: String
    public let configPath: String
    public let socketPath: String
    /// Extra environment for the daemon (beside `NOTIFY_SOCKET`).
    public let environment: [String: String]
    public private(set) var daemon: ChildProcess?
    private var restarts = 0

    /// `config`: TOML without an `[api]` table; `api`: extra lines for the `[api]` table.
    public init(directory: String, config: String, api: String = "", environment: [String: String] = [:]) throws {
        self.directory = directory
        self.environment = environment
        configPath = directory + "/outpost.toml"
        socketPath = directory + "/api.sock"
        try (config + "\n[api]\nsocket = \"\(socketPath)\"\n" + api + "\n").write(toFile: configPath, atomically: true, encoding: .utf8)
    }

    /// Starts the daemon and returns once it sent READY=1 (throws after `timeout`).
    public func start(timeout: Double = 20) throws {
        restarts += 1
        let listener = try DatagramListener(address: directory + "/notify-\(restarts).sock")
        let child = ChildProcess(BuiltProducts.path("outpostd"), arguments: ["--config", configPath],
                                 environment: environment.merging(["NOTIFY_SOCKET": listener.address]) { $1 }, logPath: directory + "/daemon.log")
        try child.start()
        daemon = child
        var seen: [String] = []
        guard listener.waitFor("READY=1", timeout: timeout, seen: &seen) != nil else {
            child.signal(SIGKILL)
            _ = child.waitForExit(timeout: 5)
            throw POSIXError(.ETIMEDOUT)
        }
    }

    public func kill9() {
        daemon?.signal(SIGKILL)
        _ = daemon?.waitForExit(timeout: 10)
        daemon = nil
    }

    /// SIGTERM; returns the exit status (nil if it did not exit within `timeout`).
    public func stop(timeout: Double = 10) -> Int32? {
        guard let d = daemon else { return 0 }
        d.signal(SIGTERM)
        let status = d.waitForExit(timeout: timeout)
        if status == nil { d.signal(SIGKILL); _ = d.waitForExit(timeout: 5) }
        daemon = nil
        return status
    }

    public func client(timeout: Double = 30) -> UnixHTTPClient { UnixHTTPClient(socketPath: socketPath, timeout: timeout) }

    /// `POST /v1/requests`; returns (status, JSON) or nil when the daemon did not answer.
    public func submit(_ text: String, conversation: String? = nil) -> (status: Int, json: [String: Any])? {
        var body: [String: Any] = ["text": text]
        if let conversation { body["conversation_id"] = conversation }
        guard let data = try? JSONSerialization.data(withJSONObject: body),
              let r = try? client().request("POST", "/v1/requests", body: data) else { return nil }
        return (r.status, r.json ?? [:])
    }

    public func getJSON(_ path: String) -> [String: Any]? {
        (try? client().request("GET", path))?.json
    }

    public func log() -> String { daemon?.log() ?? ((try? String(contentsOfFile: directory + "/daemon.log", encoding: .utf8)) ?? "") }

    /// Polls `condition` until true or `timeout` passes (waiting for an outcome, not for time).
    public static func eventually(timeout: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            usleep(50_000)
        }
        return condition()
    }
}
