import Foundation
import GRDB
public import Logging

/// The appliance's one SQLite database (`<state_dir>/outpost.db`): one `DatabasePool` for the life of
/// the process, WAL, `synchronous=FULL`, named append-only migrations, and an integrity check at start.
///
/// A file that fails `PRAGMA quick_check` (or is not a database at all) is moved aside to
/// `outpost.db.corrupt-<timestamp>` — never deleted — and a fresh database is created; the event is
/// logged and listed in ``quarantined``.
public final class Store: Sendable {
    /// The pool. Every write goes through `pool.write { }`, one transaction per unit of work;
    /// only this module sees it (callers use the store's operations and `commit(_:…)`).
    let pool: DatabasePool
    /// Group commit of submissions: concurrent submits share one transaction.
    let committer: GroupCommitter
    /// Path of the database file.
    public let path: String
    /// Quarantined copies next to the database (file names), including any moved aside at this start.
    public let quarantined: [String]
    /// True when this start found a corrupt database and moved it aside.
    public let recoveredFromCorruption: Bool

    /// Opens (creating when needed) the database in `directory`.
    public init(directory: String, fileName: String = "outpost.db", logger: Logger) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError.cannotCreateDirectory(directory, error as NSError)
        }
        let path = URL(fileURLWithPath: directory).appendingPathComponent(fileName).path
        self.path = path

        var recovered = false
        var pool: DatabasePool
        do {
            pool = try Self.openChecked(path: path)
        } catch {
            logger.error("database failed its integrity check; moving it aside", metadata: [
                "outpost.db.path": "\(path)", "outpost.db.error": "\(error)",
            ])
            let moved: String
            do { moved = try Quarantine.moveAside(path) } catch {
                throw StoreError.quarantineFailed(path, error as NSError)
            }
            logger.warning("database quarantined; starting with a fresh one", metadata: [
                "outpost.db.path": "\(path)", "outpost.db.quarantined": "\(moved)",
            ])
            recovered = true
            do { pool = try Self.openChecked(path: path) } catch {
                throw StoreError.cannotOpen(path, error as NSError)
            }
        }
        self.pool = pool
        self.committer = GroupCommitter(pool: pool)
        self.recoveredFromCorruption = recovered
        self.quarantined = Quarantine.list(for: path)
    }

    /// Opens the pool, runs `PRAGMA quick_check`, then the migrations. Throws if any step fails.
    private static func openChecked(path: String) throws -> DatabasePool {
        var config = Configuration()
        config.journalMode = .wal
        config.busyMode = .timeout(5)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        let pool = try DatabasePool(path: path, configuration: config)
        do {
            let result = try pool.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
            guard result == ["ok"] else {
                throw IntegrityFailure(details: result.prefix(5).joined(separator: "; "))
            }
            try Migrations.migrator.migrate(pool)
            return pool
        } catch {
            try? pool.close()
            throw error
        }
    }

    /// Size of the database file plus its WAL, in bytes.
    public var sizeBytes: Int64 {
        let fm = FileManager.default
        return ["", "-wal"].reduce(Int64(0)) { total, suffix in
            let size = (try? fm.attributesOfItem(atPath: path + suffix)[.size] as? NSNumber)?.int64Value ?? 0
            return total + size
        }
    }

    /// A cheap liveness probe for the watchdog: one read on the pool.
    public func ping() async -> Bool {
        (try? await pool.read { db in try Int.fetchOne(db, sql: "SELECT 1") }) == 1
    }

    /// Closes the pool (at shutdown). Further use throws.
    public func close() {
        try? pool.close()
    }
}

/// `PRAGMA quick_check` reported a problem.
struct IntegrityFailure: Error, CustomStringConvertible {
    let details: String
    var description: String { "quick_check: \(details)" }
}
