public import Foundation
import GRDB

/// Everything one accepted request writes: its row, its new vault mappings, its outbox rows —
/// committed together, or not at all.
public struct Submission: Sendable {
    public var request: RequestRecord
    /// New placeholder → original mappings of this request's conversation.
    public var vaultEntries: [String: String]
    public var outbox: [NewOutboxItem]

    public init(request: RequestRecord, vaultEntries: [String: String], outbox: [NewOutboxItem]) {
        self.request = request
        self.vaultEntries = vaultEntries
        self.outbox = outbox
    }
}

extension Store {
    /// Stores a submission durably — the request, its new vault entries and its outbox rows in one
    /// transaction, shared with concurrent submits (group commit). Returns once it is on disk.
    public func commit(_ submission: Submission, vault: Vault, retention: TimeInterval, ttl: TimeInterval, now: MonotonicTime) async throws {
        try await committer.commit(Self.persist(submission, vault: vault, retention: retention, ttl: ttl, now: now))
    }

    /// The unit of work that persists a submission (run it through a ``GroupCommitter``).
    static func persist(_ submission: Submission, vault: Vault, retention: TimeInterval, ttl: TimeInterval,
                               now: MonotonicTime) -> GroupCommitter.Work {
        { db in
            try submission.request.insert(db)
            if !submission.vaultEntries.isEmpty {
                try vault.insert(submission.vaultEntries, conversation: submission.request.conversationID, now: now.wall, retention: retention, db: db)
            }
            try insertOutbox(submission.outbox, requestID: submission.request.id, now: now, ttl: ttl, db: db)
            try bump("requests.\(submission.request.route)", by: 1, db: db)
        }
    }

    public func request(id: String) async throws -> RequestRecord? {
        try await pool.read { db in try RequestRecord.fetchOne(db, sql: "SELECT * FROM request WHERE id = ?", arguments: [id]) }
    }

    /// Newest first; `status` nil: all.
    public func requests(status: RequestStatus?, limit: Int) async throws -> [RequestRecord] {
        try await pool.read { db in
            if let status {
                return try RequestRecord.fetchAll(db, sql: "SELECT * FROM request WHERE status = ? ORDER BY created_at DESC LIMIT ?", arguments: [status.rawValue, limit])
            }
            return try RequestRecord.fetchAll(db, sql: "SELECT * FROM request ORDER BY created_at DESC LIMIT ?", arguments: [limit])
        }
    }

    /// A conversation's latest requests, oldest first (at most `limit`).
    public func requests(conversation: String, limit: Int) async throws -> [RequestRecord] {
        try await pool.read { db in
            try RequestRecord.fetchAll(db, sql: "SELECT * FROM request WHERE conversation_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?",
                                       arguments: [conversation, limit]).reversed()
        }
    }

    /// The conversation's live placeholder mappings (decrypted).
    public func vaultEntries(conversation: String, vault: Vault, now: Date = Date()) async throws -> [String: String] {
        try await pool.read { db in try vault.entries(conversation: conversation, now: now, db: db) }
    }

    /// Purges expired vault rows; returns how many.
    public func purgeVault(_ vault: Vault, now: Date = Date()) async throws -> Int {
        try await pool.write { db in try vault.purge(now: now, db: db) }
    }

    public func vaultCount() async throws -> Int {
        try await pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM vault") ?? 0 }
    }
}
