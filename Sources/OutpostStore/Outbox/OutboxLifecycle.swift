import Foundation
public import GRDB

/// Where an outbox row stands: pending → sending (leased) → delivered, or back to pending with a
/// later next-attempt time, or dead (attempt limit, expiry, a 4xx that will never succeed, the
/// outbound guard, a technician). Stored as its raw value; a value this version does not know is
/// an error, never read as one of these.
public enum OutboxState: String, Sendable, Codable, CaseIterable, DatabaseValueConvertible {
    case pending, sending, delivered, dead
}

/// What an outbox row carries: an escalation (an OpenAI-compatible chat request, the answer of a
/// stored request) or an event record. Only chat rows move their request's status.
public enum OutboxKind: String, Sendable, Hashable, Codable, CaseIterable, DatabaseValueConvertible {
    case chat, event
}

/// Something that happens to an outbox row.
public enum OutboxEvent: Sendable, Equatable {
    /// The sync service leases a due row until the given wall time (Unix seconds).
    case lease(until: Double)
    /// The cloud accepted it; a chat reply (placeholders only) becomes the request's answer, and
    /// its other parts (`RequestRecord.reply`) are stored beside it.
    case deliver(answer: String?, reply: String? = nil)
    /// An attempt failed: retried at `retryAt`, or dead at the attempt limit.
    case fail(error: String, retryAt: Double, maxAttempts: Int)
    /// Dead at once with a reason (a 4xx that will never succeed, the outbound guard refusing,
    /// a payload that no longer parses); `error` counts as an attempt.
    case kill(reason: String, error: String?)
    /// The lease is given back without counting an attempt (not sent; or a previous run's lease at start).
    case release
    /// The time to live ran out before delivery.
    case expire
    /// A technician puts the row back in line now, with a fresh attempt budget.
    case technicianRetry(now: Double)
    /// A technician drops a row that is not being sent.
    case technicianDrop
}

/// The change an event makes to a stored request (chat rows only).
public struct RequestChange: Sendable, Equatable {
    public var status: RequestStatus
    /// Applied only while the request has this status (nil: always).
    public var onlyFrom: RequestStatus?
    /// The answer to store (delivery of a chat row).
    public var answer: String?
    /// The reply's other parts to store with it.
    public var reply: String?
    /// Appended to the request's reason ("outbox: expired").
    public var reason: String?
}

/// The outcome of an event: the row's new columns, the request's change and the counters to bump.
public struct OutboxTransition: Sendable, Equatable {
    public var state: OutboxState
    public var attempts: Int
    public var leaseUntil: Double?
    public var nextAttemptAt: Double
    public var expiresAt: Double
    public var lastError: String?
    public var deadReason: String?
    public var request: RequestChange?
    public var counters: [String]
}

/// The outbox lifecycle as a pure function of a row and an event. The store fetches the row,
/// asks for the transition and writes exactly what it returns; nothing else changes a row's state.
public enum OutboxLifecycle {
    /// The transition `event` makes from `item`, or nil when the event does not apply in the row's
    /// state (a delivered row is never failed, a sending row is never dropped by a technician).
    public static func transition(_ item: OutboxItem, _ event: OutboxEvent) -> OutboxTransition? {
        var t = OutboxTransition(state: item.state, attempts: item.attempts, leaseUntil: item.leaseUntil, nextAttemptAt: item.nextAttemptAt,
                                 expiresAt: item.expiresAt, lastError: item.lastError, deadReason: item.deadReason, request: nil, counters: [])
        let chat = item.kind == .chat
        func request(_ status: RequestStatus, from: RequestStatus? = nil, answer: String? = nil, reply: String? = nil, reason: String? = nil) -> RequestChange? {
            chat ? RequestChange(status: status, onlyFrom: from, answer: answer, reply: reply, reason: reason) : nil
        }
        func dead(_ reason: String, _ status: RequestStatus) {
            t.state = .dead
            t.leaseUntil = nil
            t.deadReason = reason
            t.request = request(status, reason: "outbox: \(reason)")
        }
        switch (item.state, event) {
        case (.pending, .lease(let until)), (.sending, .lease(let until)):
            t.state = .sending
            t.leaseUntil = until
            t.request = request(.sending, from: .queued)
        case (.pending, .deliver(let answer, let reply)), (.sending, .deliver(let answer, let reply)), (.dead, .deliver(let answer, let reply)):
            // a late success wins over an expiry that happened while the reply was on its way
            t.state = .delivered
            t.leaseUntil = nil
            t.attempts += 1
            t.lastError = nil
            t.request = request(.answered, answer: answer, reply: reply)
            t.counters = ["outbox.delivered.\(item.kind.rawValue)"]
        case (.pending, .fail(let error, let retryAt, let maxAttempts)), (.sending, .fail(let error, let retryAt, let maxAttempts)):
            t.attempts += 1
            t.lastError = error
            if t.attempts >= maxAttempts {
                dead("max_attempts", .failed)
                t.counters = ["outbox.dead.max_attempts", "outbox.failed"]
            } else {
                t.state = .pending
                t.leaseUntil = nil
                t.nextAttemptAt = retryAt
                t.request = request(.queued, from: .sending)
                t.counters = ["outbox.failed"]
            }
        case (.pending, .kill(let reason, let error)), (.sending, .kill(let reason, let error)):
            if let error {
                t.lastError = error
                t.attempts += 1
            }
            dead(reason, .failed)
            t.counters = ["outbox.dead.\(reason)"]
        case (.sending, .release):
            t.state = .pending
            t.leaseUntil = nil
            t.request = request(.queued, from: .sending)
        case (.pending, .expire), (.sending, .expire):
            dead("expired", .expired)
            t.counters = ["outbox.dead.expired"]
        case (.pending, .technicianRetry(let now)), (.dead, .technicianRetry(let now)):
            t.state = .pending
            t.attempts = 0
            t.nextAttemptAt = now
            t.deadReason = nil
            t.leaseUntil = nil
            t.expiresAt = max(item.expiresAt, now + (item.expiresAt - item.createdAt))
            t.request = request(.queued)
            t.counters = ["outbox.retried_by_technician"]
        case (.pending, .technicianDrop), (.dead, .technicianDrop):
            t.state = .dead
            t.deadReason = "dropped_by_technician"
            t.request = request(.failed)
            t.counters = ["outbox.dropped.technician"]
        default:
            return nil
        }
        return t
    }
}
