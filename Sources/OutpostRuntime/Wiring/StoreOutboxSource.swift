import Foundation
import Logging
import OutpostStore
import OutpostSync

/// The SQLite outbox as the sync service sees it (`OutboxSource`). Payloads are stored redacted;
/// a row whose payload no longer parses is dead-lettered rather than retried forever.
struct StoreOutboxSource: OutboxSource {
    let store: Store
    let limits: OutboxLimits
    let logger: Logger

    func leaseDue(limit: Int, leaseFor: Duration) async throws -> [OutboxJob] {
        let items = try await store.leaseDue(limit: limit, leaseFor: leaseFor.seconds, limits: limits)
        var jobs: [OutboxJob] = []
        for item in items {
            do {
                let payload = try OutboxPayload(kind: item.kind, json: item.payload)
                jobs.append(OutboxJob(id: item.id, idempotencyKey: item.idempotencyKey, payload: payload, attempts: item.attempts, traceparent: item.traceparent))
            } catch {
                logger.error("outbox payload does not parse; dead-lettered", metadata: ["outpost.outbox.id": "\(item.id)", "outpost.error": "\(error)"])
                try await store.markDead(id: item.id, reason: "invalid_payload", error: "\(error)")
            }
        }
        return jobs
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
