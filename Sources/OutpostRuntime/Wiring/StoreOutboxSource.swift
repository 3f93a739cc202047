import OutpostSupport
import Foundation
import OutpostStore
import OutpostSync

/// The SQLite outbox as the sync service sees it (`OutboxSource`). Payloads are stored redacted;
/// a row whose payload no longer parses is dead-lettered by the sync service rather than retried forever.
struct StoreOutboxSource: OutboxSource {
    let store: Store
    let limits: OutboxLimits

    func leaseDue(limit: Int, leaseFor: Duration, kinds: Set<OutboxJob.Kind>) async throws -> [OutboxJob] {
        // A payload that no longer parses becomes `.unreadable`: the sync service dead-letters it
        // (`invalid_payload`) without sending, so one corrupt row cannot stall the queue.
        try await store.leaseDue(limit: limit, leaseFor: leaseFor.seconds, kinds: kinds, limits: limits).map { item in
            OutboxJob(id: item.id, idempotencyKey: item.idempotencyKey, payload: .decoding(kind: item.kind, json: item.payload),
                      attempts: item.attempts, traceparent: item.traceparent, priority: item.priority,
                      lastFailedOnTimeout: item.lastError?.hasPrefix("\(SyncFailure.Code.timeout):") == true)
        }
    }

    func delivered(_ id: Int64, receipt: DeliveryReceipt) async throws {
        switch receipt {
        case .chat(let reply): try await store.markDelivered(id: id, answer: reply.content)
        case .event: try await store.markDelivered(id: id, answer: nil)
        }
    }

    func failed(_ id: Int64, failure: SyncFailure, retryIn: Duration) async throws {
        try await store.markFailed(id: id, error: "\(failure)", retryAt: Date().addingTimeInterval(retryIn.seconds), limits: limits)
    }

    func deadLetter(_ id: Int64, failure: SyncFailure) async throws {
        try await store.markDead(id: id, reason: failure.code.rawValue, error: "\(failure)")
    }

    func release(_ id: Int64) async throws {
        try await store.release(id: id)
    }
}
