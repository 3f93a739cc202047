public import Foundation
import GRDB

extension Store {
    /// Inserts outbox rows (inside the caller's transaction).
    static func insertOutbox(_ items: [NewOutboxItem], requestID: String?, now: MonotonicTime, ttl: TimeInterval, db: Database) throws {
        for item in items {
            try db.execute(sql: """
                INSERT INTO outbox(request_id, kind, idempotency_key, priority, payload, bytes, state, attempts, created_at,
                                   next_attempt_at, expires_at, traceparent, created_boot_id, created_uptime, lease_until)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [requestID, item.kind, item.idempotencyKey, item.priority, item.payload, item.payload.count,
                                 item.leasedFor == nil ? OutboxState.pending : OutboxState.sending,
                                 now.wall.timeIntervalSince1970, now.wall.timeIntervalSince1970, now.wall.timeIntervalSince1970 + ttl,
                                 item.traceparent, now.bootID, now.uptime, item.leasedFor.map { now.wall.timeIntervalSince1970 + $0 }])
        }
    }

    /// Crash recovery at start: this process is the only sender, so every lease left by a
    /// previous run is void. The items go back to pending without counting an attempt.
    public func releaseAllLeases() async throws -> Int {
        try await pool.write { db in
            try Self.deadLetterUnknownKinds(db: db)
            let leased = try OutboxItem.fetchAll(db, sql: "SELECT * FROM outbox WHERE state = ? AND kind IN (\(Self.knownKinds))", arguments: [OutboxState.sending])
            for item in leased { try Self.apply(.release, to: item, db: db) }
            // a request left marked as being sent by a run that stopped mid-way
            try db.execute(sql: "UPDATE request SET status = ? WHERE status = ?", arguments: [RequestStatus.queued.rawValue, RequestStatus.sending.rawValue])
            return leased.count
        }
    }

    /// Dead-letters pending items whose TTL ran out: by monotonic age within this boot, by
    /// wall time across boots. Returns how many expired.
    @discardableResult
    public func expireDue(now: MonotonicTime) async throws -> Int {
        try await pool.write { db in try Self.expire(now: now, db: db) }
    }

    static func expire(now: MonotonicTime, db: Database) throws -> Int {
        let items = try OutboxItem.fetchAll(db, sql: """
            SELECT * FROM outbox WHERE state IN (?, ?) AND kind IN (\(knownKinds)) AND (
              (created_boot_id = ? AND ? - created_uptime >= expires_at - created_at) OR
              (created_boot_id != ? AND ? >= expires_at))
            """, arguments: [OutboxState.pending, OutboxState.sending, now.bootID, now.uptime, now.bootID, now.wall.timeIntervalSince1970])
        var n = 0
        for item in items where try apply(.expire, to: item, db: db) { n += 1 }
        return n
    }

    /// Leases up to `limit` due items of `kinds` (all by default; highest priority, then oldest)
    /// for `leaseFor` seconds. Rows of a kind this version does not know are never read here:
    /// `releaseAllLeases` dead-letters them once at start.
    public func leaseDue(
        limit: Int, leaseFor: TimeInterval, kinds: Set<OutboxKind> = Set(OutboxKind.allCases),
        now: MonotonicTime = .now(), limits: OutboxLimits
    ) async throws -> [OutboxItem] {
        let kindList = OutboxKind.allCases.filter(kinds.contains).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        guard !kindList.isEmpty else { return [] }
        return try await pool.write { db in
            _ = try Self.expire(now: now, db: db)
            let wall = now.wall.timeIntervalSince1970
            // A wall clock set back must not park work for long: anything scheduled further out
            // than the longest backoff counts as due.
            let items = try OutboxItem.fetchAll(db, sql: """
                SELECT * FROM outbox
                WHERE ((state = ? AND (next_attempt_at <= ? OR next_attempt_at > ?))
                   OR (state = ? AND lease_until < ?)) AND kind IN (\(kindList))
                ORDER BY priority DESC, id ASC LIMIT ?
                """, arguments: [OutboxState.pending, wall, wall + limits.backoffMax * 2, OutboxState.sending, wall, limit])
            var leased: [OutboxItem] = []
            for var item in items where try Self.apply(.lease(until: wall + leaseFor), to: item, db: db) {
                item.state = .sending
                item.leaseUntil = wall + leaseFor
                leased.append(item)
            }
            return leased
        }
    }

    /// A row still leased (`sending`), by its idempotency key: the one a waiting sender stored leased.
    public func leasedItem(idempotencyKey: String) async throws -> OutboxItem? {
        try await pool.read { db in
            try OutboxItem.fetchOne(db, sql: "SELECT * FROM outbox WHERE idempotency_key = ? AND state = ?", arguments: [idempotencyKey, OutboxState.sending])
        }
    }

    /// The kinds this version sends, as an SQL list.
    static let knownKinds = OutboxKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")

    /// A row this version cannot send (a kind written by a newer version, so present only from a
    /// previous run) is dead-lettered as `unknown_kind` (counted) at start, in `releaseAllLeases`;
    /// the queries that read rows skip such kinds. The lifecycle cannot do it: it only knows the kinds it knows.
    static func deadLetterUnknownKinds(db: Database) throws {
        try db.execute(sql: """
            UPDATE outbox SET state = ?, lease_until = NULL, dead_reason = 'unknown_kind'
            WHERE state IN (?, ?) AND kind NOT IN (\(knownKinds))
            """, arguments: [OutboxState.dead, OutboxState.pending, OutboxState.sending])
        if db.changesCount > 0 { try bump("outbox.dead.unknown_kind", by: db.changesCount, db: db) }
    }

    /// Delivered: the item is done; a chat reply (placeholders only) becomes the request's answer.
    public func markDelivered(id: Int64, answer: String?, reply: String? = nil, now: Date = Date()) async throws {
        try await transition(id: id, .deliver(answer: answer, reply: reply), now: now)
    }

    /// A failed attempt: counted; retried at `retryAt`, or dead-lettered at the attempt limit.
    public func markFailed(id: Int64, error: String, retryAt: Date, limits: OutboxLimits) async throws {
        try await transition(id: id, .fail(error: error, retryAt: retryAt.timeIntervalSince1970, maxAttempts: limits.maxAttempts))
    }

    /// Dead-letters at once (a 4xx that will never succeed, the outbound guard refusing).
    public func markDead(id: Int64, reason: String, error: String? = nil) async throws {
        try await transition(id: id, .kill(reason: reason, error: error))
    }

    /// Gives a lease back without counting an attempt (not sent).
    public func release(id: Int64) async throws {
        try await transition(id: id, .release)
    }

    /// Fetches row `id`, applies `event` and reports whether it applied (false: unknown row or
    /// an event that does not apply in the row's state).
    @discardableResult
    func transition(id: Int64, _ event: OutboxEvent, now: Date = Date()) async throws -> Bool {
        try await pool.write { db in
            guard let item = try OutboxItem.fetchOne(db, sql: "SELECT * FROM outbox WHERE id = ?", arguments: [id]) else { return false }
            return try Self.apply(event, to: item, now: now, db: db)
        }
    }

    /// Carries out the lifecycle's transition for `event` on `item` (inside the caller's transaction).
    @discardableResult
    static func apply(_ event: OutboxEvent, to item: OutboxItem, now: Date = Date(), db: Database) throws -> Bool {
        guard let t = OutboxLifecycle.transition(item, event) else { return false }
        try db.execute(sql: """
            UPDATE outbox SET state = ?, attempts = ?, lease_until = ?, next_attempt_at = ?, expires_at = ?, last_error = ?, dead_reason = ?
            WHERE id = ? AND state = ?
            """, arguments: [t.state, t.attempts, t.leaseUntil, t.nextAttemptAt, t.expiresAt, t.lastError, t.deadReason, item.id, item.state])
        guard db.changesCount == 1 else { return false }
        if let change = t.request, let request = item.requestID {
            var sql = "UPDATE request SET status = ?, updated_at = ?"
            var args: StatementArguments = [change.status.rawValue, now.timeIntervalSince1970]
            if let answer = change.answer { sql += ", answer = ?"; args += [answer] }
            if let reply = change.reply { sql += ", reply = ?"; args += [reply] }
            if let reason = change.reason { sql += ", reason = reason || '; ' || ?"; args += [reason] }
            sql += " WHERE id = ?"
            args += [request]
            if let from = change.onlyFrom { sql += " AND status = ?"; args += [from.rawValue] }
            try db.execute(sql: sql, arguments: args)
        }
        for counter in t.counters { try bump(counter, by: 1, db: db) }
        return true
    }

    // MARK: Technician operations

    public func outboxItems(state: OutboxState?, limit: Int = 100) async throws -> [OutboxItem] {
        try await pool.read { db in
            if let state {
                return try OutboxItem.fetchAll(db, sql: "SELECT * FROM outbox WHERE state = ? ORDER BY id DESC LIMIT ?", arguments: [state, limit])
            }
            return try OutboxItem.fetchAll(db, sql: "SELECT * FROM outbox ORDER BY id DESC LIMIT ?", arguments: [limit])
        }
    }

    public func outboxItem(id: Int64) async throws -> OutboxItem? {
        try await pool.read { db in try OutboxItem.fetchOne(db, sql: "SELECT * FROM outbox WHERE id = ?", arguments: [id]) }
    }

    /// Puts a dead (or pending) item back in line now, with a fresh attempt budget. Returns false when unknown or delivered.
    public func retry(id: Int64) async throws -> Bool {
        try await transition(id: id, .technicianRetry(now: Date().timeIntervalSince1970))
    }

    /// Drops an item that is not being sent (a technician's decision, counted).
    public func drop(id: Int64) async throws -> Bool {
        try await transition(id: id, .technicianDrop)
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
