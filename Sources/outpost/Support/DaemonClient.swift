import ArgumentParser
import Foundation
import OutpostAPI

/// `--socket PATH`, shared by every command that talks to the daemon.
struct SocketOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The daemon's API socket (default: $OUTPOST_SOCKET, /run/outpost/api.sock if present, else ./var/api.sock).", valueName: "path"))
    var socket: String?

    /// The socket to try: --socket, $OUTPOST_SOCKET, /run/outpost/api.sock when it exists, ./var/api.sock.
    var resolved: String { DaemonClient.resolveSocket(socket) }
}

/// The CLI's use of ``DaemonClient``: failures become messages a technician can act on and exit
/// codes a script can rely on: 69 when the daemon is not running, 1 when it answered an error.
extension DaemonClient {
    init(_ options: SocketOptions) { self.init(socketPath: options.resolved) }

    /// Sends a request; returns the response (any status). Throws exit 69 when unreachable.
    func request(method: String, path: String, body: Data? = nil) throws -> UnixHTTPClient.Response {
        do {
            return try request(method, path, body: body)
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

    /// Sends a request and decodes a 2xx body as `T`; a JSON error body becomes a message and exit 1.
    func get<T: Decodable>(_ type: T.Type, method: String = "GET", path: String, body: Data? = nil) throws -> T {
        let response = try request(method: method, path: path, body: body)
        guard (200..<300).contains(response.status) else { try fail(response) }
        do {
            return try JSONDecoder().decode(T.self, from: response.body)
        } catch {
            Terminal.error("outpost: the daemon's answer is not the JSON this CLI expects (\(error)); are CLI and daemon the same version?")
            throw ExitCode.software
        }
    }

    /// Reports a non-2xx answer (the daemon's error message) and exits 1.
    func fail(_ response: UnixHTTPClient.Response) throws -> Never {
        let message = Self.errorMessage(in: response.body) ?? String(data: response.body, encoding: .utf8) ?? ""
        Terminal.error("outpost: the daemon answered \(response.status): \(message)")
        throw ExitCode.failure
    }
}
