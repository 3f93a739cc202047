import Foundation
import GRDB

/// Queue depth as the status API, LEDs and metrics see it.
public struct OutboxCounts: Sendable, Equatable {
    public var pending: Int
    public var sending: Int
    public var dead: Int
    public var delivered: Int
    public var pendingBytes: Int64
    /// Creation time (Unix seconds) of the oldest item not yet delivered.
    public var oldestPendingCreatedAt: Double?

    public init(pending: Int = 0, sending: Int = 0, dead: Int = 0, delivered: Int = 0, pendingBytes: Int64 = 0, oldestPendingCreatedAt: Double? = nil) {
        self.pending = pending
        self.sending = sending
        self.dead = dead
        self.delivered = delivered
        self.pendingBytes = pendingBytes
        self.oldestPendingCreatedAt = oldestPendingCreatedAt
    }
}

extension Store {
    /// Counts of outbox items by state.
    public func outboxCounts() async throws -> OutboxCounts {
        try await pool.read { db in
            var counts = OutboxCounts()
            let rows = try Row.fetchAll(db, sql: "SELECT state, COUNT(*) AS n, COALESCE(SUM(bytes), 0) AS b, MIN(created_at) AS oldest FROM outbox GROUP BY state")
            for row in rows {
                let n: Int = row["n"]
                switch OutboxState(rawValue: row["state"] as String) {
                case .pending:
                    counts.pending += n
                    counts.pendingBytes += row["b"] as Int64
                    counts.oldestPendingCreatedAt = Swift.min(counts.oldestPendingCreatedAt ?? .infinity, row["oldest"] as Double)
                case .sending:
                    counts.sending += n
                    counts.pendingBytes += row["b"] as Int64
                    counts.oldestPendingCreatedAt = Swift.min(counts.oldestPendingCreatedAt ?? .infinity, row["oldest"] as Double)
                case .dead: counts.dead += n
                case .delivered: counts.delivered += n
                case nil: break  // counted nowhere; listing the row names it
                }
            }
            return counts
        }
    }
}
