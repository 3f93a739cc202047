import Foundation
import GRDB

extension Store {
    /// Inserts outbox rows (inside the caller's transaction).
    static func insertOutbox(_ items: [NewOutboxItem], requestID: String?, now: MonotonicTime, ttl: TimeInterval, db: Database) throws {
        for item in items {
            try db.execute(sql: """
                INSERT INTO outbox(request_id, kind, idempotency_key, priority, payload, bytes, state, attempts, created_at,
                                   next_attempt_at, expires_at, traceparent, created_boot_id, created_uptime)
                VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?, ?, ?, ?)
                """, arguments: [requestID, item.kind, item.idempotencyKey, item.priority, item.payload, item.payload.count,
                                 now.wall.timeIntervalSince1970, now.wall.timeIntervalSince1970, now.wall.timeIntervalSince1970 + ttl,
                                 item.traceparent, now.bootID, now.uptime])
        }
    }

    /// Crash recovery at start: this process is the only sender, so every lease left by a
    /// previous run is void. The items go back to pending without counting an attempt.
    public func releaseAllLeases() async throws -> Int {
        try await pool.write { db in
            try db.execute(sql: "UPDATE outbox SET state = 'pending', lease_until = NULL WHERE state = 'sending'")
            let n = db.changesCount
            try db.execute(sql: "UPDATE request SET status = 'queued' WHERE status = 'sending'")
            return n
        }
    }

    /// Dead-letters pending items whose TTL ran out: by monotonic age within this boot, by
    /// wall time across boots. Returns how many expired.
    @discardableResult
    public func expireDue(now: MonotonicTime) async throws -> Int {
        try await pool.write { db in try Self.expire(now: now, db: db) }
    }

    static func expire(now: MonotonicTime, db: Database) throws -> Int {
        let ids = try Int64.fetchAll(db, sql: """
            SELECT id FROM outbox WHERE state IN ('pending', 'sending') AND (
              (created_boot_id = ? AND ? - created_uptime >= expires_at - created_at) OR
              (created_boot_id != ? AND ? >= expires_at))
            """, arguments: [now.bootID, now.uptime, now.bootID, now.wall.timeIntervalSince1970])
        for id in ids { try deadLetter(id: id, reason: "expired", requestStatus: .expired, db: db) }
        if !ids.isEmpty { try bump("outbox.dead.expired", by: ids.count, db: db) }
        return ids.count
    }

    /// Leases up to `limit` due items (highest priority, then oldest) for `leaseFor` seconds.
    public func leaseDue(limit: Int, leaseFor: TimeInterval, now: MonotonicTime = .now(), limits: OutboxLimits) async throws -> [OutboxItem] {
        try await pool.write { db in
            _ = try Self.expire(now: now, db: db)
            let wall = now.wall.timeIntervalSince1970
            // A wall clock set back must not park work for long: anything scheduled further out
            // than the longest backoff counts as due.
            let items = try OutboxItem.fetchAll(db, sql: """
                SELECT * FROM outbox
                WHERE (state = 'pending' AND (next_attempt_at <= ? OR next_attempt_at > ?))
                   OR (state = 'sending' AND lease_until < ?)
                ORDER BY priority DESC, id ASC LIMIT ?
                """, arguments: [wall, wall + limits.backoffMax * 2, wall, limit])
            for item in items {
                try db.execute(sql: "UPDATE outbox SET state = 'sending', lease_until = ? WHERE id = ?", arguments: [wall + leaseFor, item.id])
                if let request = item.requestID, item.kind == "chat" {
                    try db.execute(sql: "UPDATE request SET status = 'sending', updated_at = ? WHERE id = ? AND status = 'queued'", arguments: [wall, request])
                }
            }
            return items.map { var i = $0; i.state = .sending; return i }
        }
    }

    /// Delivered: the item is done; a chat reply (placeholders only) becomes the request's answer.
    public func markDelivered(id: Int64, answer: String?, now: Date = Date()) async throws {
        try await pool.write { db in
            guard let item = try OutboxItem.fetchOne(db, sql: "SELECT * FROM outbox WHERE id = ?", arguments: [id]) else { return }
            try db.execute(sql: "UPDATE outbox SET state = 'delivered', lease_until = NULL, attempts = attempts + 1, last_error = NULL WHERE id = ?", arguments: [id])
            if let request = item.requestID, item.kind == "chat" {
                try db.execute(sql: "UPDATE request SET status = 'answered', answer = ?, updated_at = ? WHERE id = ?",
                               arguments: [answer, now.timeIntervalSince1970, request])
            }
            try Self.bump("outbox.delivered.\(item.kind)", by: 1, db: db)
        }
    }

    /// A failed attempt: counted; retried at `retryAt`, or dead-lettered at the attempt limit.
    public func markFailed(id: Int64, error: String, retryAt: Date, limits: OutboxLimits) async throws {
        try await pool.write { db in
            guard let item = try OutboxItem.fetchOne(db, sql: "SELECT * FROM outbox WHERE id = ?", arguments: [id]) else { return }
            if item.attempts + 1 >= limits.maxAttempts {
                try db.execute(sql: "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?", arguments: [error, id])
                try Self.deadLetter(id: id, reason: "max_attempts", requestStatus: .failed, db: db)
                try Self.bump("outbox.dead.max_attempts", by: 1, db: db)
            } else {
                try db.execute(sql: """
                    UPDATE outbox SET state = 'pending', lease_until = NULL, attempts = attempts + 1, last_error = ?, next_attempt_at = ?
                    WHERE id = ?
                    """, arguments: [error, retryAt.timeIntervalSince1970, id])
                if let request = item.requestID, item.kind == "chat" {
                    try db.execute(sql: "UPDATE request SET status = 'queued' WHERE id = ? AND status = 'sending'", arguments: [request])
                }
            }
            try Self.bump("outbox.failed", by: 1, db: db)
        }
    }

    /// Dead-letters at once (a 4xx that will never succeed, the outbound guard refusing).
    public func markDead(id: Int64, reason: String, error: String? = nil) async throws {
        try await pool.write { db in
            if let error { try db.execute(sql: "UPDATE outbox SET last_error = ?, attempts = attempts + 1 WHERE id = ?", arguments: [error, id]) }
            try Self.deadLetter(id: id, reason: reason, requestStatus: .failed, db: db)
            try Self.bump("outbox.dead.\(reason)", by: 1, db: db)
        }
    }

    /// Gives a lease back without counting an attempt (not sent).
    public func release(id: Int64) async throws {
        try await pool.write { db in
            try db.execute(sql: "UPDATE outbox SET state = 'pending', lease_until = NULL WHERE id = ? AND state = 'sending'", arguments: [id])
            try db.execute(sql: "UPDATE request SET status = 'queued' WHERE id = (SELECT request_id FROM outbox WHERE id = ? AND kind = 'chat') AND status = 'sending'", arguments: [id])
        }
    }

    static func deadLetter(id: Int64, reason: String, requestStatus: RequestStatus, db: Database) throws {
        try db.execute(sql: "UPDATE outbox SET state = 'dead', lease_until = NULL, dead_reason = ? WHERE id = ?", arguments: [reason, id])
        try db.execute(sql: "UPDATE request SET status = ?, reason = reason || '; ' || ?, updated_at = ? WHERE id = (SELECT request_id FROM outbox WHERE id = ? AND kind = 'chat')",
                       arguments: [requestStatus.rawValue, "outbox: \(reason)", Date().timeIntervalSince1970, id])
    }

    // MARK: Technician operations

    public func outboxItems(state: OutboxState?, limit: Int = 100) async throws -> [OutboxItem] {
        try await pool.read { db in
            if let state {
                return try OutboxItem.fetchAll(db, sql: "SELECT * FROM outbox WHERE state = ? ORDER BY id DESC LIMIT ?", arguments: [state.rawValue, limit])
            }
            return try OutboxItem.fetchAll(db, sql: "SELECT * FROM outbox ORDER BY id DESC LIMIT ?", arguments: [limit])
        }
    }

    public func outboxItem(id: Int64) async throws -> OutboxItem? {
        try await pool.read { db in try OutboxItem.fetchOne(db, sql: "SELECT * FROM outbox WHERE id = ?", arguments: [id]) }
    }

    /// Puts a dead (or pending) item back in line now, with a fresh attempt budget. Returns false when unknown or delivered.
    public func retry(id: Int64) async throws -> Bool {
        try await pool.write { db in
            try db.execute(sql: """
                UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = ?, dead_reason = NULL, lease_until = NULL,
                       expires_at = MAX(expires_at, ? + (expires_at - created_at))
                WHERE id = ? AND state IN ('dead', 'pending')
                """, arguments: [Date().timeIntervalSince1970, Date().timeIntervalSince1970, id])
            let changed = db.changesCount > 0
            if changed {
                try db.execute(sql: "UPDATE request SET status = 'queued' WHERE id = (SELECT request_id FROM outbox WHERE id = ? AND kind = 'chat')", arguments: [id])
                try Self.bump("outbox.retried_by_technician", by: 1, db: db)
            }
            return changed
        }
    }

    /// Drops an item that is not being sent (a technician's decision, counted).
    public func drop(id: Int64) async throws -> Bool {
        try await pool.write { db in
            try db.execute(sql: "UPDATE outbox SET state = 'dead', dead_reason = 'dropped_by_technician' WHERE id = ? AND state IN ('pending', 'dead')", arguments: [id])
            let changed = db.changesCount > 0
            if changed {
                try db.execute(sql: "UPDATE request SET status = 'failed' WHERE id = (SELECT request_id FROM outbox WHERE id = ? AND kind = 'chat')", arguments: [id])
                try Self.bump("outbox.dropped.technician", by: 1, db: db)
            }
            return changed
        }
    }

    // MARK: Counters

    static func bump(_ name: String, by n: Int, db: Database) throws {
        try db.execute(sql: "INSERT INTO counter(name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = value + excluded.value", arguments: [name, n])
    }

    /// Adds to a named counter in its own transaction.
    public func bump(_ name: String, by n: Int = 1) async throws {
        try await pool.write { db in try Self.bump(name, by: n, db: db) }
    }

    /// Every counter (drops and their reasons, deliveries, dead letters…).
    public func counters() async throws -> [String: Int] {
        try await pool.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT name, value FROM counter").map { ($0["name"] as String, $0["value"] as Int) })
        }
    }
}
