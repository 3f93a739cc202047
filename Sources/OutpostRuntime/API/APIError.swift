import Foundation
import Hummingbird
import Logging
import OutpostAPI

/// An error answered by the local API, always as `{"error": {"code": "...", "message": "..."}}`
/// (``ErrorBody``) — the one JSON error shape Outpost uses everywhere.
struct APIError: Error, HTTPResponseError, Sendable {
    let status: HTTPResponse.Status
    let code: String
    let message: String
    var headers: HTTPFields = [:]

    init(_ status: HTTPResponse.Status, code: APIErrorCode, message: String) {
        self.init(status, rawCode: code.rawValue, message: message)
    }

    /// For codes outside ``APIErrorCode`` (`http_<status>`).
    init(_ status: HTTPResponse.Status, rawCode: String, message: String) {
        self.status = status
        self.code = rawCode
        self.message = message
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Self.jsonResponse(status: status, code: code, message: message, headers: headers)
    }

    static func jsonResponse(status: HTTPResponse.Status, code: String, message: String, headers: HTTPFields = [:]) -> Response {
        let body = ErrorBody(code: code, message: message)
        let data = (try? JSONEncoder.api.encode(body)) ?? Data(#"{"error":{"code":"internal","message":"encoding failed"}}"#.utf8)
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The HTTP answer to a refusal of the pipeline.
    init(_ error: PipelineError) {
        let status: HTTPResponse.Status
        switch error.code {
        case .rateLimited: status = .tooManyRequests
        case .diskFull, .queueFull: status = .init(code: 507, reasonPhrase: "Insufficient Storage")
        case .storeFailed: status = .serviceUnavailable
        case .textTooLong: status = .contentTooLarge
        default: status = .badRequest
        }
        self.init(status, code: error.code, message: error.message)
        if let seconds = error.retryAfterSeconds { headers[.retryAfter] = "\(seconds)" }
    }

    static func badRequest(_ code: APIErrorCode, _ message: String) -> APIError { APIError(.badRequest, code: code, message: message) }
    static func notFound(_ message: String) -> APIError { APIError(.notFound, code: .notFound, message: message) }
    static func tooLarge(_ limit: Int) -> APIError { APIError(.contentTooLarge, code: .tooLarge, message: "request body over \(limit) bytes") }
}

extension JSONEncoder {
    /// The API's JSON style: sorted keys, no escaped slashes.
    static var api: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }
}

/// Turns every error thrown below it — ours, Hummingbird's (404, 413…), or anything else — into the
/// JSON error shape. Unknown errors are logged and answered as 500 without internals.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return APIError.jsonResponse(status: error.status, code: error.code, message: error.message, headers: error.headers)
        } catch let error as PipelineError {
            let answer = APIError(error)
            return APIError.jsonResponse(status: answer.status, code: answer.code, message: answer.message, headers: answer.headers)
        } catch let error as any HTTPResponseError {
            let status = error.status
            let code: String
            let message: String
            switch status {
            case .notFound: (code, message) = (APIErrorCode.notFound.rawValue, "no such endpoint: \(request.method) \(request.uri.path)")
            case .methodNotAllowed: (code, message) = (APIErrorCode.methodNotAllowed.rawValue, "\(request.method) is not allowed on \(request.uri.path)")
            case .contentTooLarge: (code, message) = (APIErrorCode.tooLarge.rawValue, "request body too large")
            case .badRequest: (code, message) = (APIErrorCode.badRequest.rawValue, (error as? HTTPError)?.body ?? "malformed request")
            default: (code, message) = ("http_\(status.code)", (error as? HTTPError)?.body ?? status.reasonPhrase)
            }
            return APIError.jsonResponse(status: status, code: code, message: message)
        } catch {
            context.logger.error("request failed", metadata: ["outpost.api.path": "\(request.uri.path)", "outpost.error": "\(error)"])
            return APIError.jsonResponse(status: .internalServerError, code: APIErrorCode.internal.rawValue, message: "internal error; see the daemon's log")
        }
    }
}
