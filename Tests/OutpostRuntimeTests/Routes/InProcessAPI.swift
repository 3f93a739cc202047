import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOFoundationEssentialsCompat
import OutpostConfig
import OutpostRuntime
import OutpostStore
import OutpostTesting
import Prometheus

/// The daemon's routes served in-process: the same ``DaemonRuntime`` `outpostd` builds, its
/// routes in the router ``APIServer/router(routes:bearerToken:)`` builds for each listener, driven
/// by HummingbirdTesting's router client. No process, no socket; the store is a real SQLite file
/// in a temp directory.
struct InProcessAPI: Sendable {
    let directory: TempDirectory
    let runtime: DaemonRuntime
    let client: any TestClientProtocol

    struct Reply: Sendable {
        var status: Int
        var contentType: String?
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
        /// The body as a JSON object, if it is one.
        var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] }
        /// `error.code` of the one error shape.
        var errorCode: String? { (json?["error"] as? [String: Any])?["code"] as? String }
        var errorMessage: String? { (json?["error"] as? [String: Any])?["message"] as? String }
    }

    static let quiet = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    /// Builds the runtime on a fresh state directory (`maxBodyBytes` small, so oversize is cheap;
    /// the facade does not wait for a cloud there is none of), serves it for `body`, then releases it.
    static func run<T: Sendable>(
        maxBodyBytes: Int = 4096,
        metrics: PrometheusCollectorRegistry = PrometheusCollectorRegistry(),
        configure: (inout OutpostConfig) -> Void = { _ in },
        _ body: @Sendable (InProcessAPI) async throws -> T
    ) async throws -> T {
        let directory = try TempDirectory(prefix: "rt")
        defer { directory.remove() }
        var config = OutpostConfig(environment: [:])
        config.stateDir = directory.file("state")
        config.api.socket = directory.file("api.sock")
        config.api.maxBodyBytes = maxBodyBytes
        config.outbox.minFreeBytes = 0
        config.cloud.facadeWaitSeconds = 0
        configure(&config)
        let store = try Store(directory: config.stateDir, logger: quiet)
        defer { store.close() }
        let runtime = try DaemonRuntime(config: config, store: store, environment: [:], logger: quiet, metrics: metrics)
        let app = Application(router: APIServer.router(routes: runtime.routes), logger: quiet)
        do {
            let result = try await app.test(.router) { client in
                try await body(InProcessAPI(directory: directory, runtime: runtime, client: client))
            }
            await runtime.shutdown()
            return result
        } catch {
            await runtime.shutdown()
            throw error
        }
    }

    func request(_ method: HTTPRequest.Method, _ uri: String, body: Data? = nil, headers: HTTPFields = [:]) async throws -> Reply {
        var headers = headers
        if body != nil, headers[.contentType] == nil { headers[.contentType] = "application/json" }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(bytes: $0) })
        return Reply(status: Int(response.status.code), contentType: response.headers[.contentType], body: Data(buffer: response.body))
    }

    func request(_ method: HTTPRequest.Method, _ uri: String, json: String) async throws -> Reply {
        try await request(method, uri, body: Data(json.utf8))
    }

    /// A body of `count` bytes, of valid JSON shape, to go over a limit.
    static func oversize(_ count: Int, field: String = "text") -> Data {
        Data(("{\"\(field)\": \"" + String(repeating: "a", count: count) + "\"}").utf8)
    }
}
