import Foundation
import Hummingbird
import OutpostStore

/// `POST /v1/requests`, `GET /v1/requests/{id}`, `GET /v1/requests?status=…&limit=…`.
struct RequestRoutes {
    let pipeline: Pipeline
    let maxBodyBytes: Int

    func register(on router: Router<some RequestContext>) {
        router.post("/v1/requests") { request, _ -> Response in
            var input = try await Self.decodeInput(request, limit: maxBodyBytes)
            input.traceparent = request.traceparent
            let view = try await pipeline.submit(input)
            return try .json(view, status: .created)
        }
        router.get("/v1/requests/:id") { _, context -> Response in
            let id = try context.parameters.require("id")
            guard let view = try await pipeline.view(id: id) else { throw APIError.notFound("no request \(id)") }
            return try .json(view)
        }
        router.get("/v1/requests") { request, _ -> Response in
            var status: RequestStatus?
            if let text = request.uri.queryParameters.get("status") {
                guard let s = RequestStatus(rawValue: text) else {
                    throw APIError.badRequest("invalid_status", "status must be one of \(RequestStatus.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                status = s
            }
            let limit = request.uri.queryParameters.get("limit").flatMap(Int.init) ?? 100
            guard (1...1000).contains(limit) else { throw APIError.badRequest("invalid_limit", "limit must be 1-1000") }
            return try .json(["requests": try await pipeline.list(status: status, limit: limit)])
        }
    }

    /// `{"text": string, "conversation_id"?: string, "meta"?: object}` with clear 4xx errors.
    static func decodeInput(_ request: Request, limit: Int) async throws -> Pipeline.Input {
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: limit) } catch {
            throw APIError(.contentTooLarge, code: "too_large", message: "request body over \(limit) bytes")
        }
        let data = Data(buffer: buffer)
        guard String(data: data, encoding: .utf8) != nil else { throw APIError.badRequest("invalid_utf8", "request body is not valid UTF-8") }
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw APIError.badRequest("invalid_json", "request body must be a JSON object like {\"text\": \"...\"}")
        }
        let unknown = Set(object.keys).subtracting(["text", "conversation_id", "meta"])
        if let key = unknown.sorted().first { throw APIError.badRequest("unknown_field", "unknown field '\(key)'; accepted: text, conversation_id, meta") }
        guard let value = object["text"] else { throw APIError.badRequest("missing_text", "missing field 'text'") }
        guard let text = value as? String else { throw APIError.badRequest("invalid_text", "field 'text' must be a string") }
        var conversation: String?
        if let c = object["conversation_id"], !(c is NSNull) {
            guard let s = c as? String else { throw APIError.badRequest("invalid_conversation_id", "field 'conversation_id' must be a string") }
            conversation = s
        }
        var meta = "{}"
        if let m = object["meta"], !(m is NSNull) {
            guard m is [String: Any], let encoded = try? JSONSerialization.data(withJSONObject: m, options: [.sortedKeys]) else {
                throw APIError.badRequest("invalid_meta", "field 'meta' must be a JSON object")
            }
            guard encoded.count <= 4096 else { throw APIError.badRequest("meta_too_large", "field 'meta' is over 4096 bytes") }
            meta = String(decoding: encoded, as: UTF8.self)
        }
        return Pipeline.Input(text: text, conversationID: conversation, meta: meta)
    }
}

extension Request {
    /// The W3C `traceparent` header: a client's span becomes the parent of the request's spans.
    var traceparent: String? { headers.first { $0.name.canonicalName == "traceparent" }?.value }
}
