import ArgumentParser
import Foundation
import OutpostAPI
import OutpostLights

/// The LED endpoints of the daemon's local API, through the shared `DaemonClient`.
/// Every LED command goes through here, so an API change touches one file.
enum LightsClient {
    static func snapshot(socket: SocketOptions, json: Bool) async throws -> LightsSnapshot {
        try await call("GET", "/v1/lights", body: nil, socket: socket, json: json)
    }

    static func post(_ path: String, body: some Encodable, socket: SocketOptions, json: Bool) async throws -> LightsSnapshot {
        try await call("POST", path, body: try JSONEncoder().encode(body), socket: socket, json: json)
    }

    /// One request; the answer is the lights snapshot. Errors print in the one error shape
    /// and exit 69 when the daemon cannot be reached, 1 when it answered an error.
    private static func call(_ method: String, _ path: String, body: Data?, socket: SocketOptions, json: Bool) async throws -> LightsSnapshot {
        let data: Data
        do {
            data = try DaemonClient(socket).call(method, path, body: body)
        } catch let error as DaemonClient.CallError where error.status != nil {
            report(code: "daemon_error", message: "the daemon answered \(error.status ?? 0): \(error.message)", json: json)
            throw ExitCode.failure
        } catch {
            report(code: "daemon_unavailable", message: "\(error)", json: json)
            throw ExitCode.unavailable
        }
        do {
            return try JSONDecoder().decode(LightsSnapshot.self, from: data)
        } catch {
            report(code: "bad_response", message: "the daemon's answer to \(method) \(path) is not a lights snapshot: \(error)", json: json)
            throw ExitCode.software
        }
    }

    private static func report(code: String, message: String, json: Bool) {
        if json { JSONOutput.printError(code: code, message: message) } else { Terminal.error("error: \(message)") }
    }
}
