public import AsyncHTTPClient
public import Logging
public import OutpostConfig
public import OutpostSupport

/// What `SyncService` sends through. `HTTPSyncTransport` is the real one; tests can
/// script results with their own conformance.
public protocol SyncTransport: Sendable {
    func sendChat(_ messages: [ChatMessage], model: String?, idempotencyKey: String, trace: TraceContext) async throws(SyncFailure) -> ChatReply
    func sendEvents(_ records: [EventsClient.Record], trace: TraceContext) async throws(SyncFailure)
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

    public func sendChat(_ messages: [ChatMessage], model: String?, idempotencyKey: String, trace: TraceContext) async throws(SyncFailure) -> ChatReply {
        try await chat.complete(messages, model: model, idempotencyKey: idempotencyKey, trace: trace)
    }

    public func sendEvents(_ records: [EventsClient.Record], trace: TraceContext) async throws(SyncFailure) {
        try await events.send(records, trace: trace)
    }
}
