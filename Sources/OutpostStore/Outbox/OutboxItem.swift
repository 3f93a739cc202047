import Foundation
import GRDB

/// Lifecycle of an outbox row: pending → sending (leased) → delivered, or back to pending with a
/// later next-attempt time, or dead (attempt limit, expiry, a 4xx that will never succeed, guard).
public enum OutboxState: String, Sendable, Codable, CaseIterable {
    case pending, sending, delivered, dead
}

/// Work to queue, written in the same transaction as its request.
public struct NewOutboxItem: Sendable {
    public var kind: String
    public var idempotencyKey: String
    /// Higher is more important: escalations 10, events 0. Low priority is refused first under pressure.
    public var priority: Int
    /// Redacted payload only (JSON).
    public var payload: Data
    public var traceparent: String?

    public init(kind: String, idempotencyKey: String, priority: Int, payload: Data, traceparent: String?) {
        self.kind = kind
        self.idempotencyKey = idempotencyKey
        self.priority = priority
        self.payload = payload
        self.traceparent = traceparent
    }
}

/// One outbox row as technicians and the sync service see it.
public struct OutboxItem: Sendable, Equatable, FetchableRecord {
    public var id: Int64
    public var requestID: String?
    public var kind: String
    public var idempotencyKey: String
    public var priority: Int
    public var payload: Data
    public var bytes: Int
    public var state: OutboxState
    public var attempts: Int
    public var createdAt: Double
    public var nextAttemptAt: Double
    public var expiresAt: Double
    public var lastError: String?
    public var deadReason: String?
    public var traceparent: String?

    public init(row: Row) throws {
        id = row["id"]
        requestID = row["request_id"]
        kind = row["kind"]
        idempotencyKey = row["idempotency_key"]
        priority = row["priority"]
        payload = row["payload"]
        bytes = row["bytes"]
        state = OutboxState(rawValue: row["state"]) ?? .dead
        attempts = row["attempts"]
        createdAt = row["created_at"]
        nextAttemptAt = row["next_attempt_at"]
        expiresAt = row["expires_at"]
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
