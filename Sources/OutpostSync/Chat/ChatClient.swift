public import AsyncHTTPClient
import Foundation
public import Logging
import NIOCore
public import OutpostConfig
public import OutpostSupport

/// OpenAI-compatible chat: `POST {base_url}/chat/completions` with `Authorization: Bearer`,
/// `Idempotency-Key` and `traceparent`. Every message passes the `OutboundCheck` first;
/// if it refuses, nothing is sent.
public struct ChatClient: Sendable {
    public let config: CloudConfig
    let client: HTTPClient
    let outboundGuard: any OutboundCheck
    let logger: Logger

    public init(config: CloudConfig, httpClient: HTTPClient, guard outboundGuard: any OutboundCheck, logger: Logger = Logger(label: "outpost.sync.chat")) {
        self.config = config
        self.client = httpClient
        self.outboundGuard = outboundGuard
        self.logger = logger
    }

    /// Sends `messages` and returns the assistant's reply.
    /// - Parameters:
    ///   - idempotencyKey: the same on every retry of the same escalation.
    ///   - trace: the span of this call (use `parent.child()` to continue a trace).
    ///   - options: the request's other fields (`ChatOptions`), already redacted.
    public func complete(
        _ messages: [ChatMessage], model: String? = nil, options: ChatOptions = [:], idempotencyKey: String, trace: TraceContext
    ) async throws(SyncFailure) -> ChatReply {
        let request = try prepare(messages, model: model, options: options, stream: false, idempotencyKey: idempotencyKey, trace: trace)
        let response = try await request.send(with: client, deadline: .now() + TimeAmount(config.requestTimeout))
        let body: ByteBuffer
        do {
            body = try await response.body.collect(upTo: config.maxReplyBytes)
        } catch {
            throw SyncFailure.transport(error, url: request.url)
        }
        let reply = try Self.parseReply(Data(body.readableBytesView), fallbackModel: model ?? config.model)
        logger.debug("chat reply received", metadata: [
            "outpost.sync.idempotency_key": "\(idempotencyKey)",
            "outpost.sync.traceparent": "\(trace.traceparent)",
            "outpost.sync.reply_bytes": "\(body.readableBytes)",
        ])
        return reply
    }

    /// Builds the request after the guard has passed every free text of it: each message's
    /// content and tool-call arguments, and every string of `tools`, `response_format` and `stop`.
    func prepare(
        _ messages: [ChatMessage], model: String?, options: ChatOptions = [:], stream: Bool, idempotencyKey: String, trace: TraceContext
    ) throws(SyncFailure) -> CloudRequest {
        guard !messages.isEmpty else {
            throw SyncFailure(code: .invalidPayload, message: "chat escalation has no messages")
        }
        try outboundGuard.enforce(messages.map(\.content), what: "chat message")
        try outboundGuard.enforce(messages.flatMap { $0.toolCalls ?? [] }.map(\.function.arguments), what: "tool call")
        try outboundGuard.enforce(["tools", "response_format", "stop"].flatMap { options[$0]?.allStrings ?? [] }, what: "request field")
        let body: Data
        do {
            var object = options
            object["model"] = .string(model ?? config.model)
            object["messages"] = try JSONValue.parse(JSONValue.encoder.encode(messages))
            object["stream"] = stream ? .bool(true) : nil
            if !stream { object["stream_options"] = nil }
            body = try JSONValue.object(object).jsonData()
        } catch {
            throw SyncFailure(code: .invalidPayload, message: "cannot encode chat request: \(error)", cause: error)
        }
        return CloudRequest(
            url: config.chatCompletionsURL,
            body: body,
            contentType: "application/json",
            accept: stream ? "text/event-stream" : "application/json",
            idempotencyKey: idempotencyKey,
            trace: trace,
            apiKey: config.apiKey
        )
    }

    /// Parses a `chat.completion` object.
    static func parseReply(_ data: Data, fallbackModel: String) throws(SyncFailure) -> ChatReply {
        let wire: ChatCompletionWire
        do {
            wire = try JSONDecoder().decode(ChatCompletionWire.self, from: data)
        } catch {
            throw SyncFailure(
                code: .invalidReply,
                message: "cloud reply is not an OpenAI chat completion: \(String(decoding: data.prefix(200), as: UTF8.self))",
                cause: error
            )
        }
        guard let choice = wire.choices.first, let message = choice.message,
              message.content != nil || message.tool_calls?.isEmpty == false else {
            throw SyncFailure(code: .invalidReply, message: "cloud reply has neither choices[0].message.content nor tool_calls")
        }
        return ChatReply(
            id: wire.id ?? "",
            model: wire.model ?? fallbackModel,
            content: message.content ?? "",
            toolCalls: message.tool_calls ?? [],
            finishReason: choice.finish_reason,
            promptTokens: wire.usage?.prompt_tokens,
            completionTokens: wire.usage?.completion_tokens
        )
    }
}
