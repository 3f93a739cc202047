public import Foundation
public import GRDB

/// Placeholder → original value, per conversation, encrypted at rest (AES-256-GCM, each row bound
/// to its conversation and placeholder). Rows expire after the retention period and are purged.
/// Writes happen inside the submit transaction (``insert(_:conversation:now:retention:db:)``), so a
/// request and its mappings are durable together or not at all.
public struct Vault: Sendable {
    public let key: VaultKey

    public init(key: VaultKey) { self.key = key }

    static func context(_ conversation: String, _ placeholder: String) -> String { conversation + "\u{0}" + placeholder }

    /// Every live mapping of a conversation (placeholder → original).
    public func entries(conversation: String, now: Date, db: Database) throws -> [String: String] {
        let rows = try Row.fetchAll(db, sql: "SELECT placeholder, sealed FROM vault WHERE conversation_id = ? AND expires_at > ?",
                                    arguments: [conversation, now.timeIntervalSince1970])
        var out: [String: String] = [:]
        for row in rows {
            let placeholder: String = row["placeholder"]
            out[placeholder] = try key.unseal(row["sealed"], context: Self.context(conversation, placeholder))
        }
        return out
    }

    /// Adds mappings (new ones are inserted; existing ones only have their expiry extended).
    public func insert(_ entries: [String: String], conversation: String, now: Date, retention: TimeInterval, db: Database) throws {
        let expires = now.timeIntervalSince1970 + retention
        for (placeholder, original) in entries {
            let sealed = try key.seal(original, context: Self.context(conversation, placeholder))
            try db.execute(sql: """
                INSERT INTO vault(conversation_id, placeholder, sealed, created_at, expires_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(conversation_id, placeholder) DO UPDATE SET expires_at = MAX(expires_at, excluded.expires_at)
                """, arguments: [conversation, placeholder, sealed, now.timeIntervalSince1970, expires])
        }
        // A conversation in use keeps all its mappings alive together.
        try db.execute(sql: "UPDATE vault SET expires_at = MAX(expires_at, ?) WHERE conversation_id = ?", arguments: [expires, conversation])
    }

    /// Deletes expired mappings; returns how many.
    @discardableResult
    public func purge(now: Date, db: Database) throws -> Int {
        try db.execute(sql: "DELETE FROM vault WHERE expires_at <= ?", arguments: [now.timeIntervalSince1970])
        return db.changesCount
    }

    /// Number of live mappings (for metrics).
    public func count(db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM vault") ?? 0
    }
}
