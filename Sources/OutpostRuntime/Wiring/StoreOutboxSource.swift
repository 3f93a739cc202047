import OutpostSupport
import Foundation
import OutpostStore
import OutpostSync

/// The SQLite outbox as the sync service sees it (`OutboxSource`). Payloads are stored redacted;
/// a row whose payload no longer parses is dead-lettered by the sync service rather than retried forever.
struct StoreOutboxSource: OutboxSource {
    let store: Store
    let limits: OutboxLimits
    /// Told after every change of a row's outcome (the chat facade waits on it).
    var updates: RequestUpdates?

    func leaseDue(limit: Int, leaseFor: Duration, kinds: Set<OutboxJob.Kind>) async throws -> [OutboxJob] {
        // A payload that no longer parses becomes `.unreadable`: the sync service dead-letters it
        // (`invalid_payload`) without sending, so one corrupt row cannot stall the queue.
        try await store.leaseDue(limit: limit, leaseFor: leaseFor.seconds, kinds: kinds, limits: limits).map(Self.job)
    }

    func leased(idempotencyKey: String) async throws -> OutboxJob? {
        try await store.leasedItem(idempotencyKey: idempotencyKey).map(Self.job)
    }

    static func job(_ item: OutboxItem) -> OutboxJob {
        OutboxJob(id: item.id, idempotencyKey: item.idempotencyKey, payload: .decoding(kind: item.kind, json: item.payload),
                  attempts: item.attempts, traceparent: item.traceparent, priority: item.priority,
                  lastFailedOnTimeout: item.lastError?.hasPrefix("\(SyncFailure.Code.timeout):") == true)
    }

    func delivered(_ id: Int64, receipt: DeliveryReceipt) async throws {
        switch receipt {
        case .chat(let reply): try await store.markDelivered(id: id, answer: reply.content, reply: StoredReply(reply).json)
        case .event: try await store.markDelivered(id: id, answer: nil)
        }
        updates?.changed()
    }

    func failed(_ id: Int64, failure: SyncFailure, retryIn: Duration) async throws {
        try await store.markFailed(id: id, error: "\(failure)", retryAt: Date().addingTimeInterval(retryIn.seconds), limits: limits)
        updates?.changed()
    }

    func deadLetter(_ id: Int64, failure: SyncFailure) async throws {
        try await store.markDead(id: id, reason: failure.code.rawValue, error: "\(failure)")
        updates?.changed()
    }

    func release(_ id: Int64) async throws {
        try await store.release(id: id)
        updates?.changed()
    }
}
