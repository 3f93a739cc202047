import NIOConcurrencyHelpers
import OutpostStore
import OutpostTesting
@testable import OutpostSync

/// An `OutboxSource` in memory, timed by a `ManualClock`: what the store will do, minus SQLite.
final class InMemoryOutbox: OutboxSource, Sendable {
    struct Row: Sendable {
        var job: OutboxJob
        var dueAt: ManualClock.Instant
        var leasedUntil: ManualClock.Instant?
        var state: RowState = .queued
        var retryDelays: [Duration] = []
    }
    enum RowState: Sendable, Equatable {
        case queued
        case delivered(DeliveryReceipt)
        case deadLettered(String)
    }

    let clock: ManualClock
    private let rows = NIOLockedValueBox<[Int64: Row]>([:])
    private let nextID = NIOLockedValueBox<Int64>(0)

    init(clock: ManualClock) { self.clock = clock }

    @discardableResult
    func add(_ payload: OutboxPayload, key: String? = nil, attempts: Int = 0, traceparent: String? = nil, priority: Int? = nil) -> Int64 {
        let id = nextID.withLockedValue { $0 += 1; return $0 }
        let job = OutboxJob(id: id, idempotencyKey: key ?? "job-\(id)", payload: payload, attempts: attempts, traceparent: traceparent,
                            priority: priority ?? (payload.kind == .chat ? 10 : 0))
        rows.withLockedValue { $0[id] = Row(job: job, dueAt: clock.now) }
        return id
    }

    func row(_ id: Int64) -> Row? { rows.withLockedValue { $0[id] } }
    var all: [Row] { rows.withLockedValue { $0.values.sorted { $0.job.id < $1.job.id } } }
    var pending: Int { rows.withLockedValue { $0.values.filter { $0.state == .queued }.count } }

    func leaseDue(limit: Int, leaseFor: Duration, kinds: Set<OutboxJob.Kind>) async throws -> [OutboxJob] {
        let now = clock.now
        return rows.withLockedValue { rows in
            let due = rows.values
                .filter { $0.state == .queued && kinds.contains($0.job.kind) && $0.dueAt <= now && ($0.leasedUntil.map { $0 <= now } ?? true) }
                .sorted { ($0.job.priority, -$0.job.id) > ($1.job.priority, -$1.job.id) }
                .prefix(limit)
            for row in due { rows[row.job.id]?.leasedUntil = now.advanced(by: leaseFor) }
            return due.map(\.job)
        }
    }

    func delivered(_ id: Int64, receipt: DeliveryReceipt) async throws {
        rows.withLockedValue { rows in
            rows[id]?.state = .delivered(receipt)
            rows[id]?.leasedUntil = nil
        }
    }

    func failed(_ id: Int64, failure: SyncFailure, retryIn: Duration) async throws {
        let now = clock.now
        rows.withLockedValue { rows in
            rows[id]?.job.attempts += 1
            rows[id]?.dueAt = now.advanced(by: retryIn)
            rows[id]?.leasedUntil = nil
            rows[id]?.retryDelays.append(retryIn)
        }
    }

    func deadLetter(_ id: Int64, failure: SyncFailure) async throws {
        rows.withLockedValue { rows in
            rows[id]?.job.attempts += 1
            rows[id]?.state = .deadLettered(failure.code.rawValue)
            rows[id]?.leasedUntil = nil
        }
    }

    func release(_ id: Int64) async throws {
        rows.withLockedValue { $0[id]?.leasedUntil = nil }
    }
}

/// A `SyncTransport` whose results a test scripts; it records every send with the clock time.
final class ScriptedTransport: SyncTransport, Sendable {
    struct Send: Sendable {
        var at: ManualClock.Instant
        var keys: [String]
        var traceparent: String
    }

    let clock: ManualClock
    /// Decides the result of a send from the keys it carries (nil = success).
    private let script: @Sendable ([String]) -> SyncFailure?
    private let log = NIOLockedValueBox<[Send]>([])

    init(clock: ManualClock, script: @escaping @Sendable ([String]) -> SyncFailure? = { _ in nil }) {
        self.clock = clock
        self.script = script
    }

    var sends: [Send] { log.withLockedValue { $0 } }

    func sendChat(_ messages: [ChatMessage], model: String?, options: ChatOptions, idempotencyKey: String, trace: TraceContext) async throws(SyncFailure) -> ChatReply {
        log.withLockedValue { $0.append(Send(at: clock.now, keys: [idempotencyKey], traceparent: trace.traceparent)) }
        if let failure = script([idempotencyKey]) { throw failure }
        return ChatReply(id: "chatcmpl-test", model: "test", content: "ok: " + (messages.last?.content ?? ""))
    }

    func sendEvents(_ records: [EventsClient.Record], trace: TraceContext) async throws(SyncFailure) {
        let keys = records.map(\.idempotencyKey)
        log.withLockedValue { $0.append(Send(at: clock.now, keys: keys, traceparent: trace.traceparent)) }
        if let failure = script(keys) { throw failure }
    }
}
