public import AsyncHTTPClient
public import Logging
public import OutpostConfig
public import OutpostSupport

/// What `SyncService` sends through. `HTTPSyncTransport` is the real one; tests can
/// script results with their own conformance.
public protocol SyncTransport: Sendable {
    func sendChat(_ messages: [ChatMessage], model: String?, options: ChatOptions, idempotencyKey: String, trace: TraceContext) async throws(SyncFailure) -> ChatReply
    /// The same escalation as a stream: `onDelta` gets the reply's text as it arrives.
    func streamChat(_ messages: [ChatMessage], model: String?, options: ChatOptions, idempotencyKey: String, trace: TraceContext,
                    onDelta: @Sendable (ChatDelta) async throws -> Void) async throws(SyncFailure) -> ChatReply
    func sendEvents(_ records: [EventsClient.Record], trace: TraceContext) async throws(SyncFailure)
}

extension SyncTransport {
    /// A transport that cannot stream answers whole, as one delta.
    public func streamChat(_ messages: [ChatMessage], model: String?, options: ChatOptions, idempotencyKey: String, trace: TraceContext,
                           onDelta: @Sendable (ChatDelta) async throws -> Void) async throws(SyncFailure) -> ChatReply {
        let reply = try await sendChat(messages, model: model, options: options, idempotencyKey: idempotencyKey, trace: trace)
        do {
            try await onDelta(ChatDelta(id: reply.id, model: reply.model, content: reply.content, finishReason: reply.finishReason))
        } catch {
            throw SyncFailure(code: .cancelled, message: "stream consumer stopped: \(error)", cause: error)
        }
        return reply
    }
}

/// `ChatClient` + `EventsClient` over one `HTTPClient`; both run the `OutboundCheck`.
public struct HTTPSyncTransport: SyncTransport {
    public let chat: ChatClient
    public let events: EventsClient

    /// - Parameter resource: OTLP resource attributes of the events (see `EventsClient`).
    public init(config: CloudConfig, httpClient: HTTPClient, guard outboundGuard: any OutboundCheck,
                resource: [(String, String)] = [], logger: Logger = Logger(label: "outpost.sync")) {
        chat = ChatClient(config: config, httpClient: httpClient, guard: outboundGuard, logger: logger)
        events = EventsClient(config: config, httpClient: httpClient, guard: outboundGuard, resource: resource, logger: logger)
    }

    public func sendChat(_ messages: [ChatMessage], model: String?, options: ChatOptions, idempotencyKey: String, trace: TraceContext) async throws(SyncFailure) -> ChatReply {
        try await chat.complete(messages, model: model, options: options, idempotencyKey: idempotencyKey, trace: trace)
    }

    public func streamChat(_ messages: [ChatMessage], model: String?, options: ChatOptions, idempotencyKey: String, trace: TraceContext,
                           onDelta: @Sendable (ChatDelta) async throws -> Void) async throws(SyncFailure) -> ChatReply {
        try await chat.stream(messages, model: model, options: options, idempotencyKey: idempotencyKey, trace: trace, onDelta: onDelta)
    }

    public func sendEvents(_ records: [EventsClient.Record], trace: TraceContext) async throws(SyncFailure) {
        try await events.send(records, trace: trace)
    }
}
