import Foundation
import GRDB

/// What `outpost doctor` and the support bundle may learn about a database file without the
/// daemon: opened read-only, counts and integrity only, nothing from any row.
public struct StoreInspection: Sendable, Codable, Equatable {
    /// Row counts of the tables that exist (`request`, `outbox`, `vault`, `counter`).
    public var rows: [String: Int]
    public var requestsByStatus: [String: Int]
    public var outboxByState: [String: Int]
    /// Applied migrations, oldest first.
    public var migrations: [String]
    /// `PRAGMA quick_check`: `["ok"]` for a sound file.
    public var quickCheck: [String]

    enum CodingKeys: String, CodingKey {
        case rows, migrations
        case requestsByStatus = "requests_by_status"
        case outboxByState = "outbox_by_state"
        case quickCheck = "quick_check"
    }

    public var isSound: Bool { quickCheck == ["ok"] }

    /// Opens `path` read-only and reads the figures; throws when the file is not a readable database.
    public static func inspect(path: String) throws -> StoreInspection {
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: config)
        defer { try? queue.close() }
        return try queue.read { db in
            var rows: [String: Int] = [:]
            for table in ["request", "outbox", "vault", "counter"] where try db.tableExists(table) {
                rows[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            func grouped(_ sql: String) throws -> [String: Int] {
                Dictionary(try Row.fetchAll(db, sql: sql).map { ($0["k"] as String, $0["n"] as Int) }, uniquingKeysWith: +)
            }
            let hasRequests = try db.tableExists("request"), hasOutbox = try db.tableExists("outbox")
            return StoreInspection(
                rows: rows,
                requestsByStatus: hasRequests ? try grouped("SELECT status AS k, COUNT(*) AS n FROM request GROUP BY status") : [:],
                outboxByState: hasOutbox ? try grouped("SELECT state AS k, COUNT(*) AS n FROM outbox GROUP BY state") : [:],
                migrations: try db.tableExists("grdb_migrations") ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : [],
                quickCheck: try String.fetchAll(db, sql: "PRAGMA quick_check"))
        }
    }

    /// Quarantined copies (`outpost.db.corrupt-…`) the store moved aside in `directory`, as
    /// `Store.quarantined` lists them (main files; their `-wal`/`-shm` companions move with them).
    public static func quarantined(in directory: String) -> [String] {
        Quarantine.list(for: (directory as NSString).appendingPathComponent("outpost.db"))
    }
}
