public import Foundation

/// What `SyncService` publishes for `/v1/status`, metrics and the lights.
public struct SyncStatus: Sendable, Hashable, Codable {
    /// Reachability derived from send results.
    public var connectivity: Connectivity.State = .unknown
    /// Jobs delivered, by kind (`"chat"`, `"event"`).
    public var delivered: [String: Int] = [:]
    /// Attempts that failed and will be retried, by reason (`SyncFailure.Code`).
    public var failed: [String: Int] = [:]
    /// Jobs dead-lettered, by reason.
    public var deadLettered: [String: Int] = [:]
    /// Leased jobs handed back unsent (went offline mid-batch, shutdown).
    public var released: Int = 0
    /// Requests actually put on the wire (a batch of events counts once).
    public var sends: Int = 0
    /// Wall-clock time of the last delivery (display only).
    public var lastDeliveredAt: Date? = nil
    /// The last failure, for a technician (`"network: cannot reach …"`).
    public var lastError: String? = nil
    /// Failures in a row that count against connectivity.
    public var consecutiveFailures: Int = 0
    /// Sends put off by the fleet rules, by reason: `retry_after` (the destination said 429/503),
    /// `pace` (slow start, AIMD), `retry_budget` (too many retries lately), `startup` (the random
    /// delay after boot). Counted per job.
    public var deferred: [String: Int] = [:]
    /// Per destination (`"chat"`, `"event"`): its pace, hold and retry budget now.
    public var destinations: [String: Destination] = [:]

    /// One destination's throttle and retry budget.
    public struct Destination: Sendable, Hashable, Codable {
        /// Sends per second allowed now (`nil`: not throttled).
        public var sendsPerSecond: Double?
        /// Seconds left of a 429/503 hold (0: none).
        public var heldForSeconds: Double
        /// Tokens left in the retry budget (`nil`: unlimited).
        public var retryBudget: Double?

        public init(sendsPerSecond: Double?, heldForSeconds: Double, retryBudget: Double?) {
            self.sendsPerSecond = sendsPerSecond
            self.heldForSeconds = heldForSeconds
            self.retryBudget = retryBudget
        }
    }

    public init() {}

    /// `true` when the last send reached the cloud.
    public var online: Bool { connectivity == .online }
    public var deliveredTotal: Int { delivered.values.reduce(0, +) }
    public var failedTotal: Int { failed.values.reduce(0, +) }
    public var deadLetteredTotal: Int { deadLettered.values.reduce(0, +) }
}
