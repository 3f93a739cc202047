import Foundation
import Hummingbird
import OutpostAPI
import OutpostStore

/// The technician's view of the outbox: `GET /v1/queue?state=…`, `GET /v1/queue/stats`,
/// `GET /v1/queue/{id}`, `POST /v1/queue/{id}/retry`, `POST /v1/queue/{id}/drop`.
/// Payloads are redacted already; this never shows vault contents.
struct QueueRoutes {
    let store: Store
    let onRetry: @Sendable () -> Void

    func register(on router: Router<some RequestContext>) {
        router.get("/v1/queue") { request, _ -> Response in
            var state: OutboxState?
            if let text = request.uri.queryParameters.get("state") {
                guard let s = OutboxState(rawValue: text) else {
                    throw APIError.badRequest(.invalidState, "state must be one of \(OutboxState.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                state = s
            }
            let limit = request.uri.queryParameters.get("limit").flatMap(Int.init) ?? 100
            guard (1...1000).contains(limit) else { throw APIError.badRequest(.invalidLimit, "limit must be 1-1000") }
            let items = try await store.outboxItems(state: state, limit: limit)
            return try .json(QueueList(items: items.map { QueueItem($0, withPayload: false) }))
        }
        router.get("/v1/queue/stats") { _, _ -> Response in
            let c = try await store.outboxCounts()
            let age = c.oldestPendingCreatedAt.map { max(0, Date().timeIntervalSince1970 - $0) }
            return try .json(QueueStats(pending: c.pending, sending: c.sending, dead: c.dead, delivered: c.delivered,
                                   pendingBytes: c.pendingBytes, oldestPendingAgeS: age, counters: try await store.counters()))
        }
        router.get("/v1/queue/:id") { _, context -> Response in
            let id = try Self.id(context)
            guard let item = try await store.outboxItem(id: id) else { throw APIError.notFound("no outbox item \(id)") }
            return try .json(QueueItem(item, withPayload: true))
        }
        router.post("/v1/queue/:id/retry") { _, context -> Response in
            let id = try Self.id(context)
            guard try await store.retry(id: id) else {
                throw APIError(.conflict, code: .notRetryable, message: "outbox item \(id) does not exist or is being sent or delivered")
            }
            onRetry()
            return try .json(QueueAction(id: id))
        }
        router.post("/v1/queue/:id/drop") { _, context -> Response in
            let id = try Self.id(context)
            guard try await store.drop(id: id) else {
                throw APIError(.conflict, code: .notDroppable, message: "outbox item \(id) does not exist or is being sent or delivered")
            }
            return try .json(QueueAction(id: id))
        }
    }

    static func id(_ context: some RequestContext) throws -> Int64 {
        guard let id = context.parameters.get("id").flatMap(Int64.init) else {
            throw APIError.badRequest(.invalidID, "outbox ids are integers")
        }
        return id
    }
}

extension QueueItem {
    init(_ item: OutboxItem, withPayload: Bool) {
        self.init(id: item.id, requestID: item.requestID, kind: item.kind.rawValue, state: item.state.rawValue,
                  priority: item.priority, attempts: item.attempts, bytes: item.bytes, createdAt: item.createdAt,
                  nextAttemptAt: item.nextAttemptAt, expiresAt: item.expiresAt, lastError: item.lastError,
                  deadReason: item.deadReason, idempotencyKey: item.idempotencyKey,
                  payload: withPayload ? String(decoding: item.payload, as: UTF8.self) : nil)
    }
}
