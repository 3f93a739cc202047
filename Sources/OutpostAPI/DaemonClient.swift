public import Foundation

/// Talks to `outpostd` over its Unix socket and decodes its answers with the API's own wire types.
/// Blocking, like ``UnixHTTPClient``: for the CLI and tests, not for a server's event loop.
public struct DaemonClient: Sendable {
    public let socketPath: String
    /// Seconds to wait for the whole exchange.
    public var timeout: Double

    public init(socketPath: String, timeout: Double = 30) {
        self.socketPath = socketPath
        self.timeout = timeout
    }

    /// The socket to try: `explicit`, then `$OUTPOST_SOCKET`, then `/run/outpost/api.sock` when it
    /// exists, then `./var/api.sock`.
    public static func resolveSocket(_ explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit { return explicit }
        if let env = environment["OUTPOST_SOCKET"], !env.isEmpty { return env }
        if FileManager.default.fileExists(atPath: "/run/outpost/api.sock") { return "/run/outpost/api.sock" }
        return "./var/api.sock"
    }

    /// Why a call did not return a 2xx body: `status` is nil when the daemon could not be reached.
    public struct CallError: Error, CustomStringConvertible, Sendable {
        public let status: Int?
        public let message: String
        public var description: String { message }
    }

    /// Sends one request; returns the response, whatever its status.
    public func request(_ method: String, _ path: String, body: Data? = nil) throws -> UnixHTTPClient.Response {
        try UnixHTTPClient(socketPath: socketPath, timeout: timeout).request(method, path, body: body)
    }

    /// One call; returns the 2xx body, else throws ``CallError`` with the daemon's error message.
    public func call(_ method: String, _ path: String, body: Data? = nil) throws -> Data {
        let response: UnixHTTPClient.Response
        do { response = try request(method, path, body: body) } catch {
            throw CallError(status: nil, message: "the daemon is not reachable on \(socketPath): \(error)")
        }
        guard (200..<300).contains(response.status) else {
            throw CallError(status: response.status, message: Self.errorMessage(in: response.body) ?? "HTTP \(response.status)")
        }
        return response.body
    }

    /// The `message` of a JSON error body (`{"error": {"code", "message"}}`), if the body is one.
    public static func errorMessage(in body: Data) -> String? {
        (try? JSONDecoder().decode(ErrorBody.self, from: body))?.error.message
    }
}
