/// One outbox item as `GET /v1/queue` and `GET /v1/queue/{id}` show it (the payload, redacted
/// already, only on the single item).
public struct QueueItem: Codable, Sendable, Equatable {
    public var id: Int64
    public var requestID: String?
    public var kind: String
    public var state: String
    public var priority: Int
    public var attempts: Int
    public var bytes: Int
    public var createdAt: Double
    public var nextAttemptAt: Double
    public var expiresAt: Double
    public var lastError: String?
    public var deadReason: String?
    public var idempotencyKey: String
    public var payload: String?

    enum CodingKeys: String, CodingKey {
        case id, kind, state, priority, attempts, bytes, payload
        case requestID = "request_id", createdAt = "created_at", nextAttemptAt = "next_attempt_at", expiresAt = "expires_at"
        case lastError = "last_error", deadReason = "dead_reason", idempotencyKey = "idempotency_key"
    }

    public init(id: Int64, requestID: String?, kind: String, state: String, priority: Int, attempts: Int, bytes: Int,
                createdAt: Double, nextAttemptAt: Double, expiresAt: Double, lastError: String?, deadReason: String?,
                idempotencyKey: String, payload: String?) {
        self.id = id
        self.requestID = requestID
        self.kind = kind
        self.state = state
        self.priority = priority
        self.attempts = attempts
        self.bytes = bytes
        self.createdAt = createdAt
        self.nextAttemptAt = nextAttemptAt
        self.expiresAt = expiresAt
        self.lastError = lastError
        self.deadReason = deadReason
        self.idempotencyKey = idempotencyKey
        self.payload = payload
    }
}

/// `GET /v1/queue`: `{"items": [...]}`, newest first.
public struct QueueList: Codable, Sendable, Equatable {
    public var items: [QueueItem]
    public init(items: [QueueItem]) { self.items = items }
}

/// `GET /v1/queue/stats`.
public struct QueueStats: Codable, Sendable, Equatable {
    public var pending: Int
    public var sending: Int
    public var dead: Int
    public var delivered: Int
    public var pendingBytes: Int64
    public var oldestPendingAgeS: Double?
    public var counters: [String: Int]

    enum CodingKeys: String, CodingKey {
        case pending, sending, dead, delivered, counters
        case pendingBytes = "pending_bytes", oldestPendingAgeS = "oldest_pending_age_s"
    }

    public init(pending: Int, sending: Int, dead: Int, delivered: Int, pendingBytes: Int64, oldestPendingAgeS: Double?, counters: [String: Int]) {
        self.pending = pending
        self.sending = sending
        self.dead = dead
        self.delivered = delivered
        self.pendingBytes = pendingBytes
        self.oldestPendingAgeS = oldestPendingAgeS
        self.counters = counters
    }
}

/// `POST /v1/queue/{id}/retry|drop`: `{"id": N}`.
public struct QueueAction: Codable, Sendable, Equatable {
    public var id: Int64
    public init(id: Int64) { self.id = id }
}

/// `GET /v1/health`: `{"status": "ok"|"degraded", "problems": [...]}`.
public struct HealthBody: Codable, Sendable, Equatable {
    public var status: String
    public var problems: [String]
    public init(status: String, problems: [String]) { self.status = status; self.problems = problems }
}
