import Foundation
import GRDB
import Testing
@testable import OutpostStore

/// The outbox lifecycle without a database: every state against every event.
struct OutboxLifecycleTests {
    static func item(_ state: OutboxState, kind: OutboxKind = .chat, attempts: Int = 0, lease: Double? = nil) throws -> OutboxItem {
        try OutboxItem(row: Row([
            "id": 7, "request_id": "r1", "kind": kind.rawValue, "idempotency_key": "req-r1", "priority": 10, "payload": Data("{}".utf8),
            "bytes": 2, "state": state.rawValue, "attempts": attempts, "created_at": 1000.0, "next_attempt_at": 1000.0,
            "expires_at": 2000.0, "lease_until": lease, "last_error": nil, "dead_reason": nil, "traceparent": nil,
        ]))
    }

    static let events: [OutboxEvent] = [
        .lease(until: 1500), .deliver(answer: "hi <PERSON_1>"), .fail(error: "503", retryAt: 1600, maxAttempts: 3),
        .kill(reason: "guard_refused", error: "a name"), .release, .expire, .technicianRetry(now: 5000), .technicianDrop,
    ]

    /// Which events apply in which state; every other pair is refused (nil).
    static let allowed: [OutboxState: Set<String>] = [
        .pending: ["lease", "deliver", "fail", "kill", "expire", "technicianRetry", "technicianDrop"],
        .sending: ["lease", "deliver", "fail", "kill", "release", "expire"],
        .dead: ["deliver", "technicianRetry", "technicianDrop"],
        .delivered: [],
    ]

    static func name(_ e: OutboxEvent) -> String {
        String(describing: e).split(separator: "(").first.map(String.init) ?? ""
    }

    @Test("every state against every event: applies exactly where allowed", arguments: OutboxState.allCases)
    func table(_ state: OutboxState) throws {
        let item = try Self.item(state, lease: state == .sending ? 1200 : nil)
        for event in Self.events {
            let t = OutboxLifecycle.transition(item, event)
            #expect((t != nil) == Self.allowed[state]!.contains(Self.name(event)), "\(state) + \(event)")
        }
    }

    @Test("a lease moves a chat request from queued to sending; an event row touches no request")
    func lease() throws {
        let t = try #require(OutboxLifecycle.transition(Self.item(.pending), .lease(until: 1500)))
        #expect(t.state == .sending && t.leaseUntil == 1500 && t.attempts == 0)
        #expect(t.request == RequestChange(status: .sending, onlyFrom: .queued))
        #expect(OutboxLifecycle.transition(try Self.item(.pending, kind: .event), .lease(until: 1500))?.request == nil)
    }

    @Test("a failure retries later until the attempt limit, then dead-letters with both counters")
    func failures() throws {
        let retry = try #require(OutboxLifecycle.transition(Self.item(.sending, attempts: 1, lease: 1200), .fail(error: "503", retryAt: 1600, maxAttempts: 3)))
        #expect(retry.state == .pending && retry.attempts == 2 && retry.nextAttemptAt == 1600 && retry.leaseUntil == nil && retry.lastError == "503")
        #expect(retry.request == RequestChange(status: .queued, onlyFrom: .sending) && retry.counters == ["outbox.failed"])
        let dead = try #require(OutboxLifecycle.transition(Self.item(.sending, attempts: 2, lease: 1200), .fail(error: "503", retryAt: 1600, maxAttempts: 3)))
        #expect(dead.state == .dead && dead.attempts == 3 && dead.deadReason == "max_attempts")
        #expect(dead.request == RequestChange(status: .failed, reason: "outbox: max_attempts"))
        #expect(dead.counters == ["outbox.dead.max_attempts", "outbox.failed"])
    }

    @Test("delivery answers the request once; a delivered row takes no further event")
    func delivery() throws {
        let t = try #require(OutboxLifecycle.transition(Self.item(.sending, lease: 1200), .deliver(answer: "hi <PERSON_1>")))
        #expect(t.state == .delivered && t.attempts == 1 && t.leaseUntil == nil)
        #expect(t.request == RequestChange(status: .answered, answer: "hi <PERSON_1>") && t.counters == ["outbox.delivered.chat"])
        for event in Self.events { #expect(OutboxLifecycle.transition(try Self.item(.delivered), event) == nil) }
    }

    @Test("a technician's retry gives a fresh budget and a fresh time to live; a drop is counted")
    func technician() throws {
        let t = try #require(OutboxLifecycle.transition(Self.item(.dead, attempts: 12), .technicianRetry(now: 5000)))
        #expect(t.state == .pending && t.attempts == 0 && t.nextAttemptAt == 5000 && t.deadReason == nil)
        #expect(t.expiresAt == 6000)  // now + the original 1000 s time to live
        let drop = try #require(OutboxLifecycle.transition(Self.item(.pending), .technicianDrop))
        #expect(drop.state == .dead && drop.deadReason == "dropped_by_technician" && drop.counters == ["outbox.dropped.technician"])
        #expect(OutboxLifecycle.transition(try Self.item(.sending, lease: 1200), .technicianDrop) == nil)
    }

    @Test("a row of a kind or state this version does not know is an error that names it")
    func unknownValues() {
        #expect(throws: StoreError.self) {
            try OutboxItem(row: Row(["id": 9, "kind": "fax", "state": "pending"]))
        }
        #expect(throws: StoreError.self) {
            try OutboxItem(row: Row(["id": 9, "kind": "chat", "state": "parked"]))
        }
    }
}
