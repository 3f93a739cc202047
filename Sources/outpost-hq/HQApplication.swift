import OutpostSupport
import Foundation
import Hummingbird
import Logging
import NIOCore

/// Builds the hq HTTP application: routes, fault injection, optional bearer key.
/// `main` runs it with signals; tests run it in-process on an ephemeral port.
///
/// Routes:
/// - `POST /v1/chat/completions` — OpenAI chat (JSON or `stream: true` SSE; `tools`, `tool_choice`,
///   `response_format`, `stream_options.include_usage`), dedup by `Idempotency-Key`
/// - `POST /v1/events` — NDJSON batch, one event object per line
/// - `POST /v1/logs` — OTLP/HTTP logs export (JSON, optionally gzip), one event per log record
/// - `GET /hq/rate` — `/v1/*` requests per second, arrived and refused for capacity
/// - `GET /v1/models` — the one model hq "serves"
/// - `GET /hq/stats`, `GET /hq/received` (NDJSON log), `GET|POST /hq/faults`, `GET /hq/health`
func makeHQApplication(
    options: HQOptions,
    store: HQStore,
    faults: FaultInjector,
    capacity: HQCapacity = HQCapacity(settings: .init()),
    logger: Logger,
    onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: HQGateMiddleware(faults: faults, capacity: capacity, apiKey: options.apiKey))
    let routes = HQRoutes(
        store: store, faults: faults, capacity: capacity, maxBodyBytes: options.maxBodyBytes,
        tokenDelay: .milliseconds(options.tokenDelayMilliseconds), logger: logger
    )
    routes.register(on: router)
    return Application(
        router: router,
        server: .http1(configuration: .init(additionalChannelHandlers: [FaultChannelHandler(faults: faults)])),
        configuration: .init(address: .hostname(options.host, port: options.port), serverName: "outpost-hq"),
        onServerRunning: onServerRunning,
        logger: logger
    )
}

/// For `/v1/*`: the capacity limit (429/503 + `Retry-After`), latency, then the fail dice
/// (503 + `Retry-After: 1`), then the bearer key.
/// (Offline and reset are done earlier, in `FaultChannelHandler`, by closing the connection.)
struct HQGateMiddleware<Context: RequestContext>: RouterMiddleware {
    let faults: FaultInjector
    let capacity: HQCapacity
    let apiKey: String?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard FaultChannelHandler.isFaultable(request.uri.path) else {
            return try await next(request, context)
        }
        guard capacity.admit() else {
            let status = HTTPResponse.Status(code: capacity.settings.overloadStatus)
            var response = HQResponses.error(status, code: "over_capacity", message: "outpost-hq is over its capacity (--capacity); retry later")
            response.headers[.retryAfter] = String(capacity.settings.retryAfterSeconds)
            return response
        }
        let latency = faults.latency
        if latency > .zero { try await Task.sleep(for: latency) }
        if faults.rollFail() {
            var response = HQResponses.error(.serviceUnavailable, code: "injected_failure", message: "outpost-hq injected a failure (--fail-rate); retry later")
            response.headers[.retryAfter] = "1"
            return response
        }
        if let apiKey {
            let given = request.headers[.authorization] ?? ""
            guard given == "Bearer \(apiKey)" else {
                return HQResponses.error(.unauthorized, code: "invalid_api_key", message: "missing or wrong bearer key (outpost-hq --api-key-file)")
            }
        }
        return try await next(request, context)
    }
}

/// Response helpers: JSON bodies and OpenAI-shaped errors.
enum HQResponses {
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Response(
            status: status,
            headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data))
        )
    }

    /// `{"error":{"message","type","code"}}` as OpenAI SDKs expect.
    static func error(_ status: HTTPResponse.Status, code: String, message: String) -> Response {
        let type = status.code >= 500 ? "server_error" : "invalid_request_error"
        return json(JSONValue.object(["error": .object([
            "message": .string(message), "type": .string(type), "code": .string(code),
        ])]), status: status)
    }
}
