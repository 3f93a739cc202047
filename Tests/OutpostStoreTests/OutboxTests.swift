import Foundation
import GRDB
import Logging
import OutpostTesting
import Testing

@testable import OutpostStore

/// The outbox lifecycle on a real database file: lease, retry, dead-letter, expiry on monotonic
/// time with a jumping wall clock, technician retry/drop, group commit, vault encryption.
@Suite struct OutboxTests {
    let logger = Logger(label: "test")
    let limits = OutboxLimits(maxAttempts: 3, ttl: 3600, maxBytes: 1 << 20, minFreeBytes: 0, backoffMax: 60)

    func submission(_ id: String, conversation: String = "c1", secrets: [String: String] = [:]) -> Submission {
        let record = RequestRecord(id: id, conversationID: conversation, createdAt: Date().timeIntervalSince1970, status: .queued,
                                   route: "cloud", reason: "test", intent: nil, confidence: nil, inScope: nil, keywords: "[]",
                                   redactedText: "hello <PERSON_1>", answer: nil, meta: "{}")
        return Submission(request: record, vaultEntries: secrets,
                          outbox: [NewOutboxItem(kind: .chat, idempotencyKey: "req-\(id)", priority: 10, payload: Data("{}".utf8), traceparent: nil)])
    }

    func setUp(_ dir: TempDirectory) throws -> (Store, Vault, GroupCommitter) {
        let store = try Store(directory: dir.path, logger: logger)
        let vault = Vault(key: try VaultKey.load(credentialsDirectory: nil, keyFile: dir.file("vault.key")))
        return (store, vault, GroupCommitter(pool: store.pool))
    }

    @Test func leaseFailRetryDeadLetter() async throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let (store, vault, committer) = try setUp(dir)
        defer { store.close() }
        try await committer.commit(Store.persist(submission("r1"), vault: vault, retention: 3600, ttl: 3600, now: .now()))

        var leased = try await store.leaseDue(limit: 10, leaseFor: 60, limits: limits)
        #expect(leased.map(\.idempotencyKey) == ["req-r1"])
        #expect(try await store.request(id: "r1")?.status == .sending)
        // Leased items are not handed out twice.
        #expect(try await store.leaseDue(limit: 10, leaseFor: 60, limits: limits).isEmpty)

        try await store.markFailed(id: leased[0].id, error: "503", retryAt: Date().addingTimeInterval(30), limits: limits)
        #expect(try await store.request(id: "r1")?.status == .queued)
        #expect(try await store.leaseDue(limit: 10, leaseFor: 60, limits: limits).isEmpty)  // not due yet
        try await store.markFailed(id: leased[0].id, error: "503", retryAt: Date(), limits: limits)
        leased = try await store.leaseDue(limit: 10, leaseFor: 60, limits: limits)
        #expect(leased.first?.attempts == 2)
        try await store.markFailed(id: leased[0].id, error: "503", retryAt: Date(), limits: limits)  // third attempt: dead
        let item = try #require(try await store.outboxItem(id: leased[0].id))
        #expect(item.state == .dead && item.deadReason == "max_attempts" && item.attempts == 3)
        #expect(try await store.request(id: "r1")?.status == .failed)
        #expect(try await store.counters()["outbox.dead.max_attempts"] == 1)

        // A technician puts it back; delivery answers the request.
        #expect(try await store.retry(id: item.id))
        leased = try await store.leaseDue(limit: 10, leaseFor: 60, limits: limits)
        try await store.markDelivered(id: leased[0].id, answer: "ok <PERSON_1>")
        let done = try #require(try await store.request(id: "r1"))
        #expect(done.status == .answered && done.answer == "ok <PERSON_1>")
        #expect(try await store.drop(id: item.id) == false)  // delivered: cannot be dropped
    }

    @Test func rowsOfAnUnknownKindAreDeadLetteredNotBlocking() async throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let (store, vault, committer) = try setUp(dir)
        defer { store.close() }
        try await committer.commit(Store.persist(submission("r1"), vault: vault, retention: 3600, ttl: 3600, now: .now()))
        // a row a newer version wrote, left leased by a run that stopped
        try await store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO outbox (kind, idempotency_key, priority, payload, bytes, state, attempts, created_at, next_attempt_at, expires_at, lease_until)
                VALUES ('fax', 'fax-1', 5, x'7b7d', 2, 'sending', 0, 0, 0, 1e12, 0)
                """)
        }
        #expect(try await store.releaseAllLeases() == 0)
        #expect(try await store.leaseDue(limit: 10, leaseFor: 60, limits: limits).map(\.idempotencyKey) == ["req-r1"])
        #expect(try await store.counters()["outbox.dead.unknown_kind"] == 1)
        #expect(try await store.outboxCounts().dead == 1)
    }

    @Test func crashLeftLeasesAreReleasedWithoutCountingAnAttempt() async throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let (store, vault, committer) = try setUp(dir)
        defer { store.close() }
        try await committer.commit(Store.persist(submission("r1"), vault: vault, retention: 3600, ttl: 3600, now: .now()))
        _ = try await store.leaseDue(limit: 10, leaseFor: 3600, limits: limits)
        #expect(try await store.releaseAllLeases() == 1)
        let again = try await store.leaseDue(limit: 10, leaseFor: 60, limits: limits)
        #expect(again.count == 1 && again[0].attempts == 0)
    }

    @Test func ttlUsesMonotonicTimeWithinABoot() async throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let (store, vault, committer) = try setUp(dir)
        defer { store.close() }
        let t0 = MonotonicTime(bootID: "boot-a", uptime: 1000, wall: Date(timeIntervalSince1970: 1_800_000_000))
        try await committer.commit(Store.persist(submission("r1"), vault: vault, retention: 3600, ttl: 600, now: t0))
        // The wall clock jumps a year ahead (NTP after a dead RTC): same boot, 10 s later — not expired.
        let jumped = MonotonicTime(bootID: "boot-a", uptime: 1010, wall: t0.wall.addingTimeInterval(365 * 86400))
        #expect(try await store.expireDue(now: jumped) == 0)
        // The wall clock jumps back: 601 s of monotonic time later — expired.
        let later = MonotonicTime(bootID: "boot-a", uptime: 1601, wall: t0.wall.addingTimeInterval(-86400))
        #expect(try await store.expireDue(now: later) == 1)
        #expect(try await store.request(id: "r1")?.status == .expired)
        // After a reboot only the wall clock is left.
        try await committer.commit(Store.persist(submission("r2"), vault: vault, retention: 3600, ttl: 600, now: t0))
        let rebootedEarly = MonotonicTime(bootID: "boot-b", uptime: 5, wall: t0.wall.addingTimeInterval(100))
        #expect(try await store.expireDue(now: rebootedEarly) == 0)
        let rebootedLate = MonotonicTime(bootID: "boot-b", uptime: 5, wall: t0.wall.addingTimeInterval(700))
        #expect(try await store.expireDue(now: rebootedLate) == 1)
    }

    @Test func concurrentSubmitsShareTransactions() async throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let (store, vault, committer) = try setUp(dir)
        defer { store.close() }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0..<64 {
                group.addTask {
                    try await committer.commit(Store.persist(self.submission("r\(i)", conversation: "c\(i)"), vault: vault, retention: 3600, ttl: 3600, now: .now()))
                }
            }
            try await group.waitForAll()
        }
        let units = await committer.units
        let transactions = await committer.transactions
        #expect(units == 64)
        #expect(transactions < 64, "64 submits took \(transactions) transactions")
        #expect(try await store.requests(status: nil, limit: 100).count == 64)
    }

    @Test func oneFailingUnitDoesNotFailItsBatch() async throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let (store, vault, committer) = try setUp(dir)
        defer { store.close() }
        try await committer.commit(Store.persist(submission("dup"), vault: vault, retention: 3600, ttl: 3600, now: .now()))
        await #expect(throws: (any Error).self) {
            try await committer.commit(Store.persist(self.submission("dup"), vault: vault, retention: 3600, ttl: 3600, now: .now()))
        }
        try await committer.commit(Store.persist(submission("ok"), vault: vault, retention: 3600, ttl: 3600, now: .now()))
        #expect(try await store.requests(status: nil, limit: 10).count == 2)
    }

    @Test func vaultIsEncryptedBoundAndPurged() async throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let (store, vault, committer) = try setUp(dir)
        defer { store.close() }
        // Retention of an hour: the checks below read with the wall clock, and a loaded parallel run
        // can hold this test for over a minute between the write and the read.
        try await committer.commit(Store.persist(submission("r1", secrets: ["<PERSON_1>": "Ngozi Eze"]), vault: vault, retention: 3600, ttl: 3600, now: .now()))
        #expect(try await store.vaultEntries(conversation: "c1", vault: vault) == ["<PERSON_1>": "Ngozi Eze"])
        #expect(try await store.vaultEntries(conversation: "c2", vault: vault).isEmpty)
        // Ciphertext only on disk.
        let raw = try await store.pool.read { try Data.fetchOne($0, sql: "SELECT sealed FROM vault") }
        #expect(raw.map { $0.range(of: Data("Ngozi".utf8)) == nil } == true)
        // A row moved to another conversation does not decrypt.
        try await store.pool.write { try $0.execute(sql: "UPDATE vault SET conversation_id = 'c2'") }
        await #expect(throws: StoreError.self) { _ = try await store.vaultEntries(conversation: "c2", vault: vault) }
        // Another key cannot read it.
        let other = Vault(key: try VaultKey.load(credentialsDirectory: nil, keyFile: dir.file("other.key")))
        try await store.pool.write { try $0.execute(sql: "UPDATE vault SET conversation_id = 'c1'") }
        await #expect(throws: StoreError.self) { _ = try await store.vaultEntries(conversation: "c1", vault: other) }
        // Retention.
        #expect(try await store.purgeVault(vault, now: Date().addingTimeInterval(3601)) == 1)
        #expect(try await store.vaultCount() == 0)
    }

    @Test func vaultKeyFileIsCreated0600AndLaxModesRefused() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let key = try VaultKey.load(credentialsDirectory: nil, keyFile: dir.file("k"))
        #expect(key.source == dir.file("k"))
        let attrs = try FileManager.default.attributesOfItem(atPath: dir.file("k"))
        #expect(attrs[.posixPermissions] as? Int == 0o600 && attrs[.size] as? Int == 32)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: dir.file("k"))
        #expect(throws: StoreError.self) { _ = try VaultKey.load(credentialsDirectory: nil, keyFile: dir.file("k")) }
        // A systemd credential wins over the file.
        try FileManager.default.createDirectory(atPath: dir.file("creds"), withIntermediateDirectories: true)
        try Data(repeating: 7, count: 32).write(to: URL(fileURLWithPath: dir.file("creds/vault.key")))
        #expect(try VaultKey.load(credentialsDirectory: dir.file("creds"), keyFile: dir.file("k")).source == dir.file("creds/vault.key"))
        // Truncated key: refused with a message.
        try Data(repeating: 7, count: 5).write(to: URL(fileURLWithPath: dir.file("creds/vault.key")))
        #expect { _ = try VaultKey.load(credentialsDirectory: dir.file("creds"), keyFile: dir.file("k")) } throws: { "\($0)".contains("32 bytes") }
        // The directory form of LoadCredential= (outpost:/etc/outpost/credentials) names it outpost_vault.key.
        try FileManager.default.removeItem(atPath: dir.file("creds/vault.key"))
        try Data(repeating: 9, count: 32).write(to: URL(fileURLWithPath: dir.file("creds/outpost_vault.key")))
        #expect(try VaultKey.load(credentialsDirectory: dir.file("creds"), keyFile: dir.file("k")).source == dir.file("creds/outpost_vault.key"))
    }
}
