public import Foundation
public import GRDB

/// Work to queue, written in the same transaction as its request.
public struct NewOutboxItem: Sendable {
    public var kind: OutboxKind
    public var idempotencyKey: String
    /// Higher is more important: escalations 10, events 0. Low priority is refused first under pressure.
    public var priority: Int
    /// Redacted payload only (JSON).
    public var payload: Data
    public var traceparent: String?
    /// Stored already leased for this many seconds: the sender that waits on it (the chat
    /// facade streaming a reply) sends it itself, and the sync service takes it over only when that
    /// lease runs out or is given back.
    public var leasedFor: TimeInterval?

    public init(kind: OutboxKind, idempotencyKey: String, priority: Int, payload: Data, traceparent: String?, leasedFor: TimeInterval? = nil) {
        self.kind = kind
        self.idempotencyKey = idempotencyKey
        self.priority = priority
        self.payload = payload
        self.traceparent = traceparent
        self.leasedFor = leasedFor
    }
}

/// One outbox row as technicians and the sync service see it.
public struct OutboxItem: Sendable, Equatable, FetchableRecord {
    public var id: Int64
    public var requestID: String?
    public var kind: OutboxKind
    public var idempotencyKey: String
    public var priority: Int
    public var payload: Data
    public var bytes: Int
    public var state: OutboxState
    public var attempts: Int
    public var createdAt: Double
    public var nextAttemptAt: Double
    public var expiresAt: Double
    /// Wall time (Unix seconds) a lease ends, while `state` is sending.
    public var leaseUntil: Double?
    public var lastError: String?
    public var deadReason: String?
    public var traceparent: String?

    public init(row: Row) throws {
        id = row["id"]
        requestID = row["request_id"]
        let kindValue: String = row["kind"], stateValue: String = row["state"]
        guard let kind = OutboxKind(rawValue: kindValue), let state = OutboxState(rawValue: stateValue) else {
            throw StoreError.unknownOutboxValue(id: row["id"], kind: kindValue, state: stateValue)
        }
        self.kind = kind
        self.state = state
        idempotencyKey = row["idempotency_key"]
        priority = row["priority"]
        payload = row["payload"]
        bytes = row["bytes"]
        attempts = row["attempts"]
        createdAt = row["created_at"]
        nextAttemptAt = row["next_attempt_at"]
        expiresAt = row["expires_at"]
        leaseUntil = row["lease_until"]
        lastError = row["last_error"]
        deadReason = row["dead_reason"]
        traceparent = row["traceparent"]
    }
}

/// Limits that protect the disk; what happens at each is counted.
public struct OutboxLimits: Sendable {
    public var maxAttempts: Int
    public var ttl: TimeInterval
    public var maxBytes: Int
    public var minFreeBytes: Int64
    public var backoffMax: TimeInterval

    public init(maxAttempts: Int = 12, ttl: TimeInterval = 7 * 86400, maxBytes: Int = 256 << 20, minFreeBytes: Int64 = 64 << 20, backoffMax: TimeInterval = 300) {
        self.maxAttempts = maxAttempts
        self.ttl = ttl
        self.maxBytes = maxBytes
        self.minFreeBytes = minFreeBytes
        self.backoffMax = backoffMax
    }
}
