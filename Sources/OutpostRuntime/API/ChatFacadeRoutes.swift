import Foundation
import Hummingbird
import NIOCore
import OutpostAPI
import OutpostSupport
import OutpostSync

/// The OpenAI-compatible facade, so an existing OpenAI SDK pointed at the box works:
/// `POST /v1/chat/completions` (JSON or `stream: true` server-sent events) and `GET /v1/models`.
///
/// The whole conversation goes through the pipeline (`Conversation`): the last user message is
/// analysed and routed like `POST /v1/requests`, and every message is redacted with the
/// conversation's placeholder map (the SDK's `user` field, when a valid id, names the conversation).
/// Tools, structured output and the sampling fields travel to the cloud (`ChatFacadeRequest`). A
/// local answer comes back at once; an escalation is sent anonymized through the outbox and its
/// reply, re-identified on the box, is returned when it arrives within `cloud.facade_wait_s` (the
/// sync service's outcome wakes the handler; with no cloud configured it answers "queued" at
/// once). Every completion carries `"outpost": {"request_id", "status", "route"}` beside `choices`.
struct ChatFacadeRoutes {
    let pipeline: Pipeline
    let updates: RequestUpdates
    /// The sync service, when a cloud is configured: it streams foreground replies.
    let sync: SyncService<ContinuousClock>?
    let maxBodyBytes: Int
    let waitSeconds: Double
    /// How long a streamed escalation is stored leased to this handler: longer than the stream's
    /// whole deadline (`ChatClient.stream`: ten request timeouts), so the queue never sends it while
    /// the stream may still be running; a daemon that dies mid-stream releases it at its next start.
    let streamLease: TimeInterval
    let models: FacadeModels

    func register(on router: Router<some RequestContext>) {
        router.get("/v1/models") { _, _ -> Response in
            try .json(models.list)
        }
        router.post("/v1/chat/completions") { request, _ -> Response in
            let body = try await ChatFacadeRequest.decode(request, limit: maxBodyBytes)
            guard !models.local.contains(body.model) else {
                throw APIError.badRequest(.unsupportedModel, "model '\(body.model)' is a local model, not a chat model; use 'outpost'")
            }
            let conversation = body.user.flatMap { ConversationID.isValid($0) ? $0 : nil }
            // Stream straight from the cloud when it is reachable; else the queue decides.
            let streaming = body.stream && sync.map { $0.status.connectivity != .offline } == true
            var view = try await pipeline.submit(.init(
                text: body.text, conversationID: conversation, traceparent: request.traceparent, foreground: true,
                conversation: Conversation(messages: body.messages, model: body.model == "outpost" ? nil : body.model, options: body.options),
                streamLease: streaming ? streamLease : nil))
            if streaming, let sync, view.route == "cloud", ["queued", "sending"].contains(view.status) {
                return try await streamedResponse(view: view, body: body, sync: sync)
            }
            if ["queued", "sending"].contains(view.status), waitSeconds > 0 {
                view = await waitForAnswer(view)
            }
            let reply = Reply(view: view, model: body.model)
            return body.stream ? reply.sse(includeUsage: body.includeUsage) : try .json(reply.completion)
        }
    }


    /// Re-reads the request at each outcome the sync service reports, until it is settled or the
    /// wait is over.
    func waitForAnswer(_ view: RequestView) async -> RequestView {
        let deadline = ContinuousClock.now + .milliseconds(Int64(waitSeconds * 1000))
        let pipeline = pipeline
        let settled = await updates.wait(until: deadline) { () async -> RequestView? in
            guard let v = try? await pipeline.view(id: view.id), !["queued", "sending"].contains(v.status) else { return nil }
            return v
        }
        if let settled { return settled }
        return (try? await pipeline.view(id: view.id)) ?? view
    }

    /// A settled or waiting request as an OpenAI reply.
    struct Reply {
        var id: String
        var model: String
        var content: String?
        var toolCalls: [RequestView.ToolCall]
        var finishReason: String
        var usage: RequestView.Usage?
        var outpost: ChatFacadeWire.OutpostInfo
        let created = Int(Date().timeIntervalSince1970)

        init(view: RequestView, model: String) {
            id = "chatcmpl-\(view.id)"
            self.model = model
            toolCalls = view.status == "answered" ? view.toolCalls ?? [] : []
            content = Self.content(for: view)
            if !toolCalls.isEmpty, content?.isEmpty != false { content = nil }
            finishReason = view.finishReason ?? (toolCalls.isEmpty ? "stop" : "tool_calls")
            usage = view.usage
            outpost = .init(requestID: view.id, status: view.status, route: view.route)
        }

        static func content(for view: RequestView) -> String {
            switch view.status {
            case "answered": return view.answer ?? ""
            case "refused": return "This request cannot be handled here: \(view.reason)."
            case "failed", "expired": return "This request could not be completed (\(view.reason)). Reference: \(view.id)."
            default: return "Your request is queued and will be answered when the connection to the cloud returns. Reference: \(view.id)."
            }
        }

        var completion: ChatFacadeWire.Completion {
            .init(id: id, created: created, model: model,
                  choices: [.init(message: .init(content: content, toolCalls: toolCalls.isEmpty ? nil : toolCalls.map { .init($0) }), finishReason: finishReason)],
                  usage: .init(usage), outpost: outpost)
        }

        func chunk(_ delta: ChatFacadeWire.Chunk.Delta, finish: String? = nil, outpost: ChatFacadeWire.OutpostInfo? = nil) -> String {
            ChatFacadeWire.Chunk(id: id, created: created, model: model, choices: [.init(delta: delta, finishReason: finish)], outpost: outpost).event
        }

        func usageChunk() -> String {
            ChatFacadeWire.Chunk(id: id, created: created, model: model, choices: [], usage: .init(usage)).event
        }

        /// The settled reply as server-sent events in OpenAI's chunk format, ending with `data: [DONE]`.
        func sse(includeUsage: Bool) -> Response {
            var events = [chunk(.init(role: "assistant", content: ""))]
            // Words in small groups, so clients render progressively.
            var piece = ""
            for (i, word) in (content ?? "").split(separator: " ", omittingEmptySubsequences: false).enumerated() {
                piece += (i == 0 ? "" : " ") + word
                if piece.count >= 24 { events.append(chunk(.init(content: piece))); piece = "" }
            }
            if !piece.isEmpty { events.append(chunk(.init(content: piece))) }
            if !toolCalls.isEmpty {
                events.append(chunk(.init(toolCalls: toolCalls.enumerated().map { .init($1, index: $0) })))
            }
            events.append(chunk(.init(), finish: finishReason, outpost: outpost))
            if includeUsage { events.append(usageChunk()) }
            events.append("data: [DONE]\n\n")
            return Response(status: .ok, headers: Self.sseHeaders, body: .init(byteBuffer: ByteBuffer(string: events.joined())))
        }

        static let sseHeaders: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-cache"]
    }
}
