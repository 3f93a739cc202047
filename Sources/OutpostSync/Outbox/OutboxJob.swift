public import OutpostSupport
public import Foundation
public import OutpostStore

/// One unit of outbound work leased from the outbox.
public struct OutboxJob: Sendable, Hashable, Identifiable {
    /// The outbox's own kinds: `.chat` (an OpenAI-compatible chat completion) and `.event` (an
    /// event record for the NDJSON ingest).
    public typealias Kind = OutboxKind

    /// Row id in the outbox.
    public var id: Int64
    /// Stable across every retry of this job; sent as `Idempotency-Key`.
    public var idempotencyKey: String
    /// Redacted payload only.
    public var payload: OutboxPayload
    /// Attempts already made before this lease (0 for a fresh job).
    public var attempts: Int
    /// The trace this job belongs to (the request's `traceparent`), if any.
    public var traceparent: String?
    /// Higher goes first; `foregroundPriority` and above: a client is waiting for this reply.
    public var priority: Int
    /// The previous attempt timed out (a retry of it costs more of the retry budget).
    public var lastFailedOnTimeout: Bool

    /// The priority of an escalation a client waits on (the chat facade): sent ahead of a backlog
    /// and not held by the pacing of a drain (a destination's `Retry-After` still holds it).
    public static let foregroundPriority = 20

    public var kind: Kind { payload.kind }
    public var isForeground: Bool { priority >= Self.foregroundPriority }

    public init(id: Int64, idempotencyKey: String, payload: OutboxPayload, attempts: Int = 0, traceparent: String? = nil,
                priority: Int = 0, lastFailedOnTimeout: Bool = false) {
        self.id = id
        self.idempotencyKey = idempotencyKey
        self.payload = payload
        self.attempts = attempts
        self.traceparent = traceparent
        self.priority = priority
        self.lastFailedOnTimeout = lastFailedOnTimeout
    }
}

/// What a job sends. Persist it with `jsonData()` and read it back with
/// `OutboxPayload(kind:json:)`.
public enum OutboxPayload: Sendable, Hashable {
    /// Redacted chat messages (placeholders such as `<PERSON_1>` instead of identifiers),
    /// with an optional model override and the request's other fields (`ChatOptions`, redacted too).
    case chat(messages: [ChatMessage], model: String? = nil, options: ChatOptions = [:])
    /// One event record (a JSON object; no free text).
    case event(JSONValue)
    /// A stored payload that does not parse. `SyncService` dead-letters it with
    /// `invalid_payload` instead of stalling the queue on it.
    case unreadable(kind: OutboxJob.Kind, reason: String)

    public var kind: OutboxJob.Kind {
        switch self {
        case .chat: return .chat
        case .event: return .event
        case .unreadable(let kind, _): return kind
        }
    }

    /// Like `init(kind:json:)`, but a payload that does not parse becomes `.unreadable`
    /// (what a store should return from `leaseDue`, so one corrupt row cannot block the rest).
    public static func decoding(kind: OutboxJob.Kind, json: Data) -> OutboxPayload {
        do {
            return try OutboxPayload(kind: kind, json: json)
        } catch {
            return .unreadable(kind: kind, reason: error.message)
        }
    }

    /// Stored form: `{"messages":[…],"model":…,"options":{…}}` for chat, the object itself for an event.
    public func jsonData() throws -> Data {
        switch self {
        case .chat(let messages, let model, let options):
            return try JSONValue.encoder.encode(StoredChat(messages: messages, model: model, options: options.isEmpty ? nil : options))
        case .event(let value):
            return try value.jsonData()
        case .unreadable(_, let reason):
            throw SyncFailure(code: .invalidPayload, message: "unreadable payload: \(reason)")
        }
    }

    /// Reads the stored form back; throws an `invalid_payload` failure when it does not parse.
    public init(kind: OutboxJob.Kind, json: Data) throws(SyncFailure) {
        do {
            switch kind {
            case .chat:
                let stored = try JSONDecoder().decode(StoredChat.self, from: json)
                self = .chat(messages: stored.messages, model: stored.model, options: stored.options ?? [:])
            case .event:
                let value = try JSONValue.parse(json)
                guard case .object = value else {
                    throw SyncFailure(code: .invalidPayload, message: "event payload is not a JSON object")
                }
                self = .event(value)
            }
        } catch let failure as SyncFailure {
            throw failure
        } catch {
            throw SyncFailure(code: .invalidPayload, message: "stored \(kind.rawValue) payload does not parse: \(error)", cause: error)
        }
    }

    private struct StoredChat: Codable {
        var messages: [ChatMessage]
        var model: String?
        /// Absent in rows written before options travelled.
        var options: ChatOptions?
    }
}

/// What came back for a delivered job.
public enum DeliveryReceipt: Sendable, Hashable {
    /// The cloud's reply to an escalation (still in placeholders; the runtime re-identifies it).
    case chat(ChatReply)
    /// The event batch was accepted.
    case event
}
