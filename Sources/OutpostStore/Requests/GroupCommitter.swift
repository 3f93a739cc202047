import GRDB

/// Group commit: concurrent submits share one transaction — one fsync — instead of one each.
///
/// The first caller to arrive while no commit is running becomes the leader: it writes its own
/// work plus everything queued, in one `pool.write`, each unit in its own savepoint (one failure
/// does not fail the others), then hands leadership to the next waiter if more work arrived
/// meanwhile. No background task: the callers themselves drive the commits.
actor GroupCommitter {
    typealias Work = @Sendable (Database) throws -> Void

    private enum Turn { case done(Result<Void, any Error>), lead }
    private struct Waiter { let work: Work; let continuation: CheckedContinuation<Turn, Never> }

    private let pool: DatabasePool
    private var queue: [Waiter] = []
    private var committing = false
    /// How many transactions were committed and how many units they held (for benchmarks).
    private(set) var transactions = 0
    private(set) var units = 0

    init(pool: DatabasePool) { self.pool = pool }

    /// Runs `work` durably: returns once the transaction holding it has committed.
    func commit(_ work: @escaping Work) async throws {
        if committing {
            let turn = await withCheckedContinuation { queue.append(Waiter(work: work, continuation: $0)) }
            if case .done(let result) = turn { return try result.get() }
            // `.lead`: leadership was handed to this caller; `committing` is still true.
        }
        committing = true
        let followers = queue
        queue.removeAll()
        let results = await write([work] + followers.map(\.work))
        for (waiter, result) in zip(followers, results.dropFirst()) { waiter.continuation.resume(returning: .done(result)) }
        if queue.isEmpty {
            committing = false
        } else {
            queue.removeFirst().continuation.resume(returning: .lead)
        }
        try results[0].get()
    }

    private func write(_ works: [Work]) async -> [Result<Void, any Error>] {
        transactions += 1
        units += works.count
        do {
            return try await pool.write { db in
                works.map { work in
                    Result {
                        try db.inSavepoint {
                            try work(db)
                            return .commit
                        }
                    }
                }
            }
        } catch {
            // The transaction itself failed (disk full, I/O): every unit failed.
            return works.map { _ in .failure(error) }
        }
    }
}
