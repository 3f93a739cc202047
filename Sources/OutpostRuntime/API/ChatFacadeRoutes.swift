import Foundation
import Hummingbird
import NIOCore
import NIOFoundationEssentialsCompat
import OutpostAPI
import OutpostSupport

/// The OpenAI-compatible facade, so an existing OpenAI SDK pointed at the box works:
/// `POST /v1/chat/completions` (JSON or `stream: true` server-sent events) and `GET /v1/models`.
///
/// The last user message goes through the same pipeline as `POST /v1/requests` (the SDK's `user`
/// field, when a valid id, is the conversation). A local answer comes back at once; an escalation is
/// sent anonymized through the outbox and its reply, re-identified on the box, is returned when it
/// arrives within `cloud.facade_wait_s`; otherwise the completion says the request is queued. Every
/// completion carries `"outpost": {"request_id", "status"}` beside `choices`.
struct ChatFacadeRoutes {
    let pipeline: Pipeline
    let maxBodyBytes: Int
    let waitSeconds: Double

    func register(on router: Router<some RequestContext>) {
        router.get("/v1/models") { _, _ -> Response in
            try .json(ModelList(data: [.init(id: "outpost", created: 1_764_000_000)]))
        }
        router.post("/v1/chat/completions") { request, _ -> Response in
            let (text, user, stream, model) = try await Self.decode(request, limit: maxBodyBytes)
            let conversation = user.flatMap { ConversationID.isValid($0) ? $0 : nil }
            var view = try await pipeline.submit(.init(text: text, conversationID: conversation, traceparent: request.traceparent, foreground: true))
            if view.status == "queued" || view.status == "sending" {
                view = await waitForAnswer(view)
            }
            let content = Self.content(for: view)
            let id = "chatcmpl-\(view.id)"
            let outpost = OutpostInfo(requestID: view.id, status: view.status, route: view.route)
            if stream {
                return Self.sse(id: id, model: model, content: content, outpost: outpost)
            }
            return try .json(Completion(id: id, created: Int(Date().timeIntervalSince1970), model: model,
                                        choices: [.init(index: 0, message: .init(role: "assistant", content: content), finishReason: "stop")],
                                        outpost: outpost))
        }
    }

    /// Polls the stored request until answered/failed or the wait is over (the sync service was
    /// woken by the commit, so a reachable cloud answers well within it).
    func waitForAnswer(_ view: RequestView) async -> RequestView {
        let deadline = ContinuousClock.now + .milliseconds(Int64(waitSeconds * 1000))
        var delay = Duration.milliseconds(10)
        var current = view
        while ContinuousClock.now < deadline {
            try? await Task.sleep(for: delay)
            delay = min(delay * 2, .milliseconds(200))
            if let v = try? await pipeline.view(id: view.id) {
                current = v
                if !["queued", "sending"].contains(v.status) { break }
            }
        }
        return current
    }

    static func content(for view: RequestView) -> String {
        switch view.status {
        case "answered": return view.answer ?? ""
        case "refused": return "This request cannot be handled here: \(view.reason)."
        case "failed", "expired": return "This request could not be completed (\(view.reason)). Reference: \(view.id)."
        default: return "Your request is queued and will be answered when the connection to the cloud returns. Reference: \(view.id)."
        }
    }

    static func decode(_ request: Request, limit: Int) async throws -> (text: String, user: String?, stream: Bool, model: String) {
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: limit) } catch {
            throw APIError.tooLarge(limit)
        }
        // Any OpenAI request shape is accepted; only these fields are read.
        guard case .object(let object)? = try? JSONValue.parse(Data(buffer: buffer)) else {
            throw APIError.badRequest(.invalidJSON, "request body must be a JSON chat completion request")
        }
        guard let list = object["messages"]?.arrayValue, !list.isEmpty else {
            throw APIError.badRequest(.invalidRequest, "field 'messages' must be a non-empty array")
        }
        let messages = list.compactMap(\.objectValue)
        guard messages.count == list.count else {
            throw APIError.badRequest(.invalidRequest, "field 'messages' must be a non-empty array")
        }
        guard let last = messages.last(where: { $0["role"]?.stringValue == "user" }) else {
            throw APIError.badRequest(.invalidRequest, "no message with role 'user'")
        }
        let text: String
        if let s = last["content"]?.stringValue {
            text = s
        } else if let list = last["content"]?.arrayValue, case let parts = list.compactMap(\.objectValue), parts.count == list.count {
            text = parts.compactMap { $0["type"]?.stringValue == "text" ? $0["text"]?.stringValue : nil }.joined(separator: "\n")
        } else {
            throw APIError.badRequest(.invalidRequest, "the user message's 'content' must be a string or text parts")
        }
        return (text, object["user"]?.stringValue, object["stream"]?.boolValue ?? false, object["model"]?.stringValue ?? "outpost")
    }

    /// Server-sent events in OpenAI's chunk format, ending with `data: [DONE]`.
    static func sse(id: String, model: String, content: String, outpost: OutpostInfo) -> Response {
        let created = Int(Date().timeIntervalSince1970)
        var events: [String] = []
        func chunk(_ delta: Chunk.Delta, finish: String?, outpost: OutpostInfo? = nil) {
            let value = Chunk(id: id, created: created, model: model, choices: [.init(delta: delta, finishReason: finish)], outpost: outpost)
            let data = (try? JSONEncoder.api.encode(value)) ?? Data()
            events.append("data: " + String(decoding: data, as: UTF8.self) + "\n\n")
        }
        chunk(.init(role: "assistant", content: ""), finish: nil)
        // Words in small groups, so clients render progressively.
        var piece = ""
        for (i, word) in content.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            piece += (i == 0 ? "" : " ") + word
            if piece.count >= 24 { chunk(.init(content: piece), finish: nil); piece = "" }
        }
        if !piece.isEmpty { chunk(.init(content: piece), finish: nil) }
        chunk(.init(), finish: "stop", outpost: outpost)
        events.append("data: [DONE]\n\n")
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                        body: .init(byteBuffer: ByteBuffer(string: events.joined())))
    }

    struct OutpostInfo: Codable, Sendable {
        var requestID: String
        var status: String
        var route: String
        enum CodingKeys: String, CodingKey { case status, route, requestID = "request_id" }
    }

    /// One server-sent event of a streamed completion (`finish_reason` is `null` until the last).
    struct Chunk: Encodable, Sendable {
        var id: String
        var object = "chat.completion.chunk"
        var created: Int
        var model: String
        var choices: [Choice]
        var outpost: OutpostInfo?
        struct Delta: Encodable, Sendable {
            var role: String?
            var content: String?
        }
        struct Choice: Encodable, Sendable {
            var index = 0
            var delta: Delta
            var finishReason: String?
            enum CodingKeys: String, CodingKey { case index, delta, finishReason = "finish_reason" }
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(index, forKey: .index)
                try c.encode(delta, forKey: .delta)
                try c.encode(finishReason, forKey: .finishReason)
            }
        }
    }

    struct Completion: Codable, Sendable {
        var id: String
        var object = "chat.completion"
        var created: Int
        var model: String
        var choices: [Choice]
        var usage = Usage()
        var outpost: OutpostInfo
        struct Choice: Codable, Sendable {
            var index: Int
            var message: Message
            var finishReason: String
            enum CodingKeys: String, CodingKey { case index, message, finishReason = "finish_reason" }
        }
        struct Message: Codable, Sendable { var role: String; var content: String }
        struct Usage: Codable, Sendable {
            var promptTokens = 0, completionTokens = 0, totalTokens = 0
            enum CodingKeys: String, CodingKey { case promptTokens = "prompt_tokens", completionTokens = "completion_tokens", totalTokens = "total_tokens" }
        }
    }

    struct ModelList: Codable, Sendable {
        var object = "list"
        var data: [Entry]
        struct Entry: Codable, Sendable {
            var id: String
            var object = "model"
            var created: Int
            var ownedBy = "outpost"
            enum CodingKeys: String, CodingKey { case id, object, created, ownedBy = "owned_by" }
            init(id: String, created: Int) { self.id = id; self.created = created }
        }
    }
}
