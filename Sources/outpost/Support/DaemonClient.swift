import ArgumentParser
import Foundation
import OutpostRuntime

/// `--socket PATH`, shared by every command that talks to the daemon.
struct SocketOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The daemon's API socket (default: $OUTPOST_SOCKET, /run/outpost/api.sock if present, else ./var/api.sock).", valueName: "path"))
    var socket: String?

    /// The socket to try: --socket, $OUTPOST_SOCKET, /run/outpost/api.sock when it exists, ./var/api.sock.
    var resolved: String {
        if let socket { return socket }
        if let env = ProcessInfo.processInfo.environment["OUTPOST_SOCKET"], !env.isEmpty { return env }
        if FileManager.default.fileExists(atPath: "/run/outpost/api.sock") { return "/run/outpost/api.sock" }
        return "./var/api.sock"
    }
}

/// Talks to `outpostd` over its Unix socket. Failures become messages a technician can act on and
/// exit codes a script can rely on: 69 when the daemon is not running, 1 when it answered an error.
struct DaemonClient {
    let socketPath: String
    var timeout: Double = 30

    init(socketPath: String, timeout: Double = 30) {
        self.socketPath = socketPath
        self.timeout = timeout
    }

    init(_ options: SocketOptions) { self.init(socketPath: options.resolved) }

    /// Sends a request; returns the response (any status). Throws exit 69 when unreachable.
    func request(method: String, path: String, body: Data? = nil) throws -> UnixHTTPClient.Response {
        do {
            return try UnixHTTPClient(socketPath: socketPath, timeout: timeout).request(method, path, body: body)
        } catch let error as UnixHTTPClient.ClientError {
            switch error.kind {
            case .unavailable:
                Terminal.error("outpost: the daemon is not running or not reachable on \(socketPath) (\(error.message)).\n"
                    + "  Start it (systemctl start outpostd, or `swift run outpostd` in a checkout), or pass --socket / set OUTPOST_SOCKET.")
                throw ExitCode.unavailable
            case .timeout:
                Terminal.error("outpost: the daemon on \(socketPath) did not answer in time: \(error.message)")
                throw ExitCode.unavailable
            case .protocolError:
                Terminal.error("outpost: unexpected answer from \(socketPath): \(error.message)")
                throw ExitCode.software
            }
        }
    }

    /// Sends a request and decodes a 2xx JSON body; a JSON error body becomes a message and exit 1.
    func requestJSON(method: String, path: String, body: Data? = nil) throws -> Any {
        let response = try request(method: method, path: path, body: body)
        guard (200..<300).contains(response.status) else { try fail(response) }
        guard let json = try? JSONSerialization.jsonObject(with: response.body, options: [.fragmentsAllowed]) else {
            Terminal.error("outpost: the daemon's answer is not JSON")
            throw ExitCode.software
        }
        return json
    }

    /// Reports a non-2xx answer (the daemon's error message) and exits 1.
    func fail(_ response: UnixHTTPClient.Response) throws -> Never {
        let json = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any]
        let message = (json?["error"] as? [String: Any])?["message"] as? String ?? String(data: response.body, encoding: .utf8) ?? ""
        Terminal.error("outpost: the daemon answered \(response.status): \(message)")
        throw ExitCode.failure
    }
}

extension DaemonClient {
    /// Why a daemon call did not return a 2xx body.
    struct CallError: Error, CustomStringConvertible {
        let status: Int?
        let message: String
        var description: String { message }
    }

    /// One call with the default socket resolution (or `socket`); returns the 2xx body, else throws
    /// ``CallError`` carrying the daemon's error message (status nil when it could not be reached).
    static func request(method: String, path: String, body: Data?, socket: String? = nil) async throws -> Data {
        let options = try SocketOptions.parse(socket.map { ["--socket", $0] } ?? [])
        let response: UnixHTTPClient.Response
        do {
            response = try UnixHTTPClient(socketPath: options.resolved).request(method, path, body: body)
        } catch {
            throw CallError(status: nil, message: "the daemon is not reachable on \(options.resolved): \(error)")
        }
        guard (200..<300).contains(response.status) else {
            let json = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any]
            let message = (json?["error"] as? [String: Any])?["message"] as? String ?? "HTTP \(response.status)"
            throw CallError(status: response.status, message: message)
        }
        return response.body
    }
}
