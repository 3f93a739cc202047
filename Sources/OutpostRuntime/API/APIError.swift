import Foundation
import Hummingbird

/// An error answered by the local API, always as `{"error": {"code": "...", "message": "..."}}` —
/// the one JSON error shape Outpost uses everywhere.
public struct APIError: Error, HTTPResponseError, Sendable {
    public let status: HTTPResponse.Status
    public let code: String
    public let message: String
    public var headers: HTTPFields = [:]

    public init(_ status: HTTPResponse.Status, code: String, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        Self.jsonResponse(status: status, code: code, message: message, headers: headers)
    }

    static func jsonResponse(status: HTTPResponse.Status, code: String, message: String, headers: HTTPFields = [:]) -> Response {
        let body = ErrorBody(error: .init(code: code, message: message))
        let data = (try? JSONEncoder.api.encode(body)) ?? Data(#"{"error":{"code":"internal","message":"encoding failed"}}"#.utf8)
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    public static func badRequest(_ code: String, _ message: String) -> APIError { APIError(.badRequest, code: code, message: message) }
    public static func notFound(_ message: String) -> APIError { APIError(.notFound, code: "not_found", message: message) }
}

/// `{"error": {"code", "message"}}`.
public struct ErrorBody: Codable, Sendable, Equatable {
    public struct Detail: Codable, Sendable, Equatable {
        public var code: String
        public var message: String
        public init(code: String, message: String) { self.code = code; self.message = message }
    }
    public var error: Detail
    public init(error: Detail) { self.error = error }
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
        } catch let error as any HTTPResponseError {
            let status = error.status
            let code: String
            let message: String
            switch status {
            case .notFound: (code, message) = ("not_found", "no such endpoint: \(request.method) \(request.uri.path)")
            case .methodNotAllowed: (code, message) = ("method_not_allowed", "\(request.method) is not allowed on \(request.uri.path)")
            case .contentTooLarge: (code, message) = ("too_large", "request body too large")
            case .badRequest: (code, message) = ("bad_request", (error as? HTTPError)?.body ?? "malformed request")
            default: (code, message) = ("http_\(status.code)", (error as? HTTPError)?.body ?? status.reasonPhrase)
            }
            return APIError.jsonResponse(status: status, code: code, message: message)
        } catch {
            context.logger.error("request failed", metadata: ["outpost.api.path": "\(request.uri.path)", "outpost.error": "\(error)"])
            return APIError.jsonResponse(status: .internalServerError, code: "internal", message: "internal error; see the daemon's log")
        }
    }
}
