import Foundation
import OutpostStore
import OutpostSync
import Synchronization

/// One simulated box's outbox: the `OutboxSource` contract in memory (the store's lease, retry
/// and release rules), so a thousand boxes fit in one process. Records when each job was
/// acknowledged, for the drain time.
final class FleetOutbox: OutboxSource, Sendable {
    private struct Row {
        var job: OutboxJob
        var dueAt: ContinuousClock.Instant
        var leasedUntil: ContinuousClock.Instant?
        var done = false
    }
    private struct State {
        var rows: [Row] = []
        var acknowledged: [ContinuousClock.Instant] = []
    }
    private let state = Mutex(State())

    init(box: Int, escalations: Int) {
        let now = ContinuousClock.now
        state.withLock { state in
            for index in 0..<escalations {
                let job = OutboxJob(
                    id: Int64(index + 1), idempotencyKey: "box\(box)-req\(index)",
                    payload: .chat(messages: [.system("Answer briefly."), .user("Question \(index) from <PERSON_1> about <DATE_1>")]),
                    priority: 10)
                state.rows.append(Row(job: job, dueAt: now))
            }
        }
    }

    var pending: Int { state.withLock { $0.rows.filter { !$0.done }.count } }
    var acknowledged: [ContinuousClock.Instant] { state.withLock { $0.acknowledged } }

    func leaseDue(limit: Int, leaseFor: Duration, kinds: Set<OutboxJob.Kind>) async throws -> [OutboxJob] {
        let now = ContinuousClock.now
        return state.withLock { state in
            var leased: [OutboxJob] = []
            for index in state.rows.indices where leased.count < limit {
                let row = state.rows[index]
                guard !row.done, kinds.contains(row.job.kind), row.dueAt <= now, row.leasedUntil.map({ $0 <= now }) ?? true else { continue }
                state.rows[index].leasedUntil = now + leaseFor
                leased.append(row.job)
            }
            return leased
        }
    }

    func delivered(_ id: Int64, receipt: DeliveryReceipt) async throws {
        let now = ContinuousClock.now
        state.withLock { state in
            guard let index = state.rows.firstIndex(where: { $0.job.id == id }), !state.rows[index].done else { return }
            state.rows[index].done = true
            state.rows[index].leasedUntil = nil
            state.acknowledged.append(now)
        }
    }

    func failed(_ id: Int64, failure: SyncFailure, retryIn: Duration) async throws {
        let now = ContinuousClock.now
        state.withLock { state in
            guard let index = state.rows.firstIndex(where: { $0.job.id == id }) else { return }
            state.rows[index].job.attempts += 1
            state.rows[index].job.lastFailedOnTimeout = failure.code == .timeout
            state.rows[index].dueAt = now + retryIn
            state.rows[index].leasedUntil = nil
        }
    }

    func deadLetter(_ id: Int64, failure: SyncFailure) async throws {
        state.withLock { state in
            guard let index = state.rows.firstIndex(where: { $0.job.id == id }) else { return }
            state.rows[index].done = true
            state.rows[index].leasedUntil = nil
        }
    }

    func release(_ id: Int64) async throws {
        state.withLock { state in
            guard let index = state.rows.firstIndex(where: { $0.job.id == id }) else { return }
            state.rows[index].leasedUntil = nil
        }
    }
}
