import Foundation
import GRDB
import Logging
import OutpostTesting
import Testing

@testable import OutpostStore

@Suite struct StoreTests {
    let logger = Logger(label: "test")

    @Test func createsDatabaseWithWALAndFullSync() async throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let store = try Store(directory: dir.path, logger: logger)
        defer { store.close() }
        let (mode, sync) = try await store.pool.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA synchronous"))
        }
        #expect(mode == "wal")
        #expect(sync == 2)  // FULL
        #expect(store.quarantined.isEmpty)
        #expect(!store.recoveredFromCorruption)
        let migrations = try await store.pool.read { db in try Migrations.migrator.appliedIdentifiers(db) }
        #expect(migrations.contains("v1-requests") && migrations.contains("v1-outbox"))
    }

    @Test func inspectionReadsCountsWithoutTheDaemon() async throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let store = try Store(directory: dir.path, logger: logger)
        try await store.pool.write { db in try db.execute(sql: "INSERT INTO counter(name, value) VALUES ('x', 7), ('y', 1)") }
        let inspection = try StoreInspection.inspect(path: dir.path + "/outpost.db")
        store.close()
        #expect(inspection.isSound)
        #expect(inspection.rows["counter"] == 2 && inspection.rows["request"] == 0 && inspection.rows["audit"] == nil)
        #expect(inspection.migrations.first == "v1-requests" && inspection.migrations.last == "v4-request-reply")
        #expect(inspection.outboxByState.isEmpty)
        #expect(throws: (any Error).self) { try StoreInspection.inspect(path: dir.path + "/absent.db") }
        try Data("not a database at all, just text".utf8).write(to: URL(fileURLWithPath: dir.path + "/garbage.db"))
        #expect(throws: (any Error).self) { try StoreInspection.inspect(path: dir.path + "/garbage.db") }
    }

    @Test func reopeningKeepsData() async throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        do {
            let store = try Store(directory: dir.path, logger: logger)
            try await store.pool.write { db in try db.execute(sql: "INSERT INTO counter(name, value) VALUES ('x', 7)") }
            store.close()
        }
        let store = try Store(directory: dir.path, logger: logger)
        defer { store.close() }
        let value = try await store.pool.read { db in try Int.fetchOne(db, sql: "SELECT value FROM counter WHERE name = 'x'") }
        #expect(value == 7)
        #expect(store.quarantined.isEmpty)
    }

    @Test(arguments: ["garbage", "truncated", "zeroed-header"])
    func corruptFileIsQuarantinedNotDeleted(kind: String) async throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let path = dir.file("outpost.db")
        // A real database with some rows, then damaged.
        do {
            let store = try Store(directory: dir.path, logger: logger)
            try await store.pool.write { db in
                for i in 0..<2000 { try db.execute(sql: "INSERT INTO counter(name, value) VALUES (?, ?)", arguments: ["k\(i)", i]) }
            }
            try await store.pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
            store.close()
        }
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        switch kind {
        case "garbage": bytes = Data((0..<bytes.count).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })
        case "truncated": bytes = bytes.prefix(bytes.count / 3)
        default: bytes.replaceSubrange(0..<100, with: Data(count: 100))
        }
        try bytes.write(to: URL(fileURLWithPath: path))
        let damaged = bytes

        let store = try Store(directory: dir.path, logger: logger)
        defer { store.close() }
        #expect(store.recoveredFromCorruption)
        #expect(store.quarantined.count == 1)
        let moved = try #require(store.quarantined.first)
        #expect(moved.hasPrefix("outpost.db.corrupt-"))
        // The damaged bytes are kept, untouched, for a technician.
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir.file(moved))) == damaged)
        // The fresh database works.
        let count = try await store.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM counter") }
        #expect(count == 0)
        #expect(await store.ping())
    }

    @Test func emptyFileIsAcceptedAsNewDatabase() async throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        _ = FileManager.default.createFile(atPath: dir.file("outpost.db"), contents: Data())
        let store = try Store(directory: dir.path, logger: logger)
        defer { store.close() }
        #expect(!store.recoveredFromCorruption)
        #expect(await store.ping())
    }

    @Test func unwritableDirectoryIsAClearError() throws {
        #expect {
            _ = try Store(directory: "/proc/outpost-cannot-exist", logger: logger)
        } throws: { error in
            "\(error)".contains("/proc/outpost-cannot-exist")
        }
    }
}
