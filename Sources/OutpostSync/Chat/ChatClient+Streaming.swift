import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import OutpostConfig

extension ChatClient {
    /// Sends `messages` with `stream: true` and calls `onDelta` for every chunk as it
    /// arrives (server-sent events, ended by `data: [DONE]`). Returns the whole reply: its tool
    /// calls are assembled from their pieces and come only with it (their arguments are JSON the
    /// caller re-identifies whole), as does `usage` when `stream_options.include_usage` asked.
    ///
    /// Structured: the call returns when the stream ends; cancel the calling task to stop.
    /// Failures before the first delta can be retried like `complete`; after it, the
    /// caller has already forwarded text and decides.
    public func stream(
        _ messages: [ChatMessage], model: String? = nil, options: ChatOptions = [:], idempotencyKey: String, trace: TraceContext,
        onDelta: @Sendable (ChatDelta) async throws -> Void
    ) async throws(SyncFailure) -> ChatReply {
        let request = try prepare(messages, model: model, options: options, stream: true, idempotencyKey: idempotencyKey, trace: trace)
        // The deadline bounds the whole stream generously; the client's read timeout
        // (`streamIdleTimeout`) bounds the silence between chunks.
        let response = try await request.send(with: client, deadline: .now() + TimeAmount(config.requestTimeout * 10))
        let contentType = response.headers.first(name: "Content-Type") ?? ""
        if !contentType.contains("text/event-stream") {
            // A server that ignores `stream` answers with a plain completion: accept it.
            let body: ByteBuffer
            do { body = try await response.body.collect(upTo: config.maxReplyBytes) } catch {
                throw SyncFailure.transport(error, url: request.url)
            }
            let reply = try Self.parseReply(Data(body.readableBytesView), fallbackModel: model ?? config.model)
            try await deliver(ChatDelta(id: reply.id, model: reply.model, content: reply.content, finishReason: reply.finishReason), to: onDelta)
            return reply
        }

        var parser = SSEParser()
        var reply = ChatReply(id: "", model: model ?? config.model, content: "", finishReason: nil)
        var calls = ToolCallAssembly()
        var received = 0
        do {
            for try await buffer in response.body {
                received += buffer.readableBytes
                guard received <= config.maxReplyBytes else {
                    throw SyncFailure(code: .invalidReply, message: "streamed reply exceeds \(config.maxReplyBytes) bytes")
                }
                for payload in try parser.feed(buffer.readableBytesView) {
                    if try await handle(payload, into: &reply, calls: &calls, onDelta: onDelta) { return calls.finish(reply) }
                }
            }
            for payload in parser.finish() {
                if try await handle(payload, into: &reply, calls: &calls, onDelta: onDelta) { return calls.finish(reply) }
            }
        } catch let failure as SyncFailure {
            throw failure
        } catch is SSEParser.Overflow {
            throw SyncFailure(code: .invalidReply, message: "streamed reply has a line over 1 MiB")
        } catch {
            throw SyncFailure.transport(error, url: request.url)
        }
        // The stream ended without `[DONE]`: the reply may be cut short.
        guard reply.finishReason != nil else {
            throw SyncFailure(code: .network, message: "stream from \(request.url) ended before [DONE]")
        }
        return calls.finish(reply)
    }

    /// Applies one SSE payload; returns `true` at `[DONE]`.
    private func handle(
        _ payload: String, into reply: inout ChatReply, calls: inout ToolCallAssembly, onDelta: @Sendable (ChatDelta) async throws -> Void
    ) async throws -> Bool {
        if payload.trimmingCharacters(in: .whitespaces) == "[DONE]" { return true }
        let chunk: ChatChunkWire
        do {
            chunk = try JSONDecoder().decode(ChatChunkWire.self, from: Data(payload.utf8))
        } catch {
            throw SyncFailure(code: .invalidReply, message: "stream chunk is not a chat.completion.chunk: \(payload.prefix(200))", cause: error)
        }
        if let id = chunk.id { reply.id = id }
        if let model = chunk.model { reply.model = model }
        if let usage = chunk.usage {
            reply.promptTokens = usage.prompt_tokens
            reply.completionTokens = usage.completion_tokens
        }
        for piece in chunk.choices.first?.delta?.tool_calls ?? [] { calls.add(piece) }
        let content = chunk.choices.first?.delta?.content ?? ""
        let finish = chunk.choices.first?.finish_reason
        reply.content += content
        if let finish { reply.finishReason = finish }
        if !content.isEmpty || finish != nil {
            try await deliver(ChatDelta(id: reply.id, model: reply.model, content: content, finishReason: finish), to: onDelta)
        }
        return false
    }

    private func deliver(_ delta: ChatDelta, to onDelta: @Sendable (ChatDelta) async throws -> Void) async throws(SyncFailure) {
        do {
            try await onDelta(delta)
        } catch {
            throw SyncFailure(code: .cancelled, message: "stream consumer stopped: \(error)", cause: error)
        }
    }
}

/// Tool calls of a streamed reply, put together from their pieces by `index`.
struct ToolCallAssembly {
    private var calls: [Int: ToolCall] = [:]

    mutating func add(_ piece: ChatChunkWire.ToolCallDelta) {
        let index = piece.index ?? 0
        var call = calls[index] ?? ToolCall(id: "", name: "", arguments: "")
        if let id = piece.id { call.id = id }
        if let name = piece.function?.name { call.function.name += name }
        if let arguments = piece.function?.arguments { call.function.arguments += arguments }
        calls[index] = call
    }

    func finish(_ reply: ChatReply) -> ChatReply {
        var reply = reply
        if !calls.isEmpty { reply.toolCalls = calls.keys.sorted().compactMap { calls[$0] } }
        return reply
    }
}
