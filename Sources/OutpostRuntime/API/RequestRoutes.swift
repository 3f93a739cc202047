import Foundation
import Hummingbird
import NIOFoundationEssentialsCompat
import OutpostAPI
import OutpostStore
import OutpostSupport

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
                    throw APIError.badRequest(.invalidStatus, "status must be one of \(RequestStatus.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                status = s
            }
            let limit = request.uri.queryParameters.get("limit").flatMap(Int.init) ?? 100
            guard (1...1000).contains(limit) else { throw APIError.badRequest(.invalidLimit, "limit must be 1-1000") }
            return try .json(RequestList(requests: try await pipeline.list(status: status, limit: limit)))
        }
    }

    /// `{"text": string, "conversation_id"?: string, "meta"?: object}` (``RequestInput``) with clear 4xx errors.
    static func decodeInput(_ request: Request, limit: Int) async throws -> Pipeline.Input {
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: limit) } catch {
            throw APIError.tooLarge(limit)
        }
        let data = Data(buffer: buffer)
        guard String(data: data, encoding: .utf8) != nil else { throw APIError.badRequest(.invalidUTF8, "request body is not valid UTF-8") }
        // Read as a JSON object first, so that each field gets its own error (and `meta` passes through as sent).
        guard case .object(let object)? = try? JSONValue.parse(data) else {
            throw APIError.badRequest(.invalidJSON, "request body must be a JSON object like {\"text\": \"...\"}")
        }
        let unknown = Set(object.keys).subtracting(RequestInput.fields)
        if let key = unknown.sorted().first {
            throw APIError.badRequest(.unknownField, "unknown field '\(key)'; accepted: \(RequestInput.fields.joined(separator: ", "))")
        }
        guard let value = object["text"] else { throw APIError.badRequest(.missingText, "missing field 'text'") }
        guard case .string(let text) = value else { throw APIError.badRequest(.invalidText, "field 'text' must be a string") }
        var input = RequestInput(text: text)
        if let c = object["conversation_id"], c != .null {
            guard case .string(let s) = c else { throw APIError.badRequest(.invalidConversationID, "field 'conversation_id' must be a string") }
            input.conversationID = s
        }
        if let m = object["meta"], m != .null {
            guard case .object(let members) = m else { throw APIError.badRequest(.invalidMeta, "field 'meta' must be a JSON object") }
            input.meta = members
        }
        return try pipelineInput(input)
    }

    /// The pipeline's input: `meta` stored as compact JSON text (sorted keys), at most 4096 bytes.
    static func pipelineInput(_ input: RequestInput) throws -> Pipeline.Input {
        var meta = "{}"
        if let members = input.meta {
            guard let encoded = try? JSONValue.object(members).jsonData() else {
                throw APIError.badRequest(.invalidMeta, "field 'meta' must be a JSON object")
            }
            guard encoded.count <= 4096 else { throw APIError.badRequest(.metaTooLarge, "field 'meta' is over 4096 bytes") }
            meta = String(decoding: encoded, as: UTF8.self)
        }
        return Pipeline.Input(text: input.text, conversationID: input.conversationID, meta: meta)
    }
}

extension Request {
    /// The W3C `traceparent` header: a client's span becomes the parent of the request's spans.
    var traceparent: String? { headers.first { $0.name.canonicalName == "traceparent" }?.value }
}
