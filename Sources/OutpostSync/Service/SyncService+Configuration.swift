public import Tracing

extension SyncService {
    /// Tuning of the send loop. Defaults suit a branch box on a slow uplink.
    public struct Configuration: Sendable {
        /// Jobs leased per cycle while online.
        public var batchLimit: Int = 32
        /// Event records per NDJSON request.
        public var eventBatchSize: Int = 100
        /// Escalations sent at the same time.
        public var concurrency: Int = 4
        /// Lease length: a crashed sender's jobs come back after this.
        public var leaseFor: Duration = .seconds(120)
        /// Idle wait between polls when there is no work (`notifyWork()` cuts it short).
        public var pollInterval: Duration = .seconds(2)
        /// Wait after the outbox itself failed (database busy, disk full).
        public var sourceErrorDelay: Duration = .seconds(5)
        /// Retry delays per job (by its attempt count).
        public var backoff: Backoff = Backoff()
        /// When to call the link down, and how often to probe it.
        public var connectivity: Connectivity.Policy = Connectivity.Policy()
        /// Escalations: pace after boot and outages, AIMD, the 429/503 hold.
        public var chatThrottle = DestinationThrottle.Policy()
        /// Events: the same, slower (a batch of `eventBatchSize` records per send).
        public var eventsThrottle: DestinationThrottle.Policy = {
            var policy = DestinationThrottle.Policy()
            policy.initialRate = 0.05
            policy.maxRate = 2
            return policy
        }()
        /// Retry budget of escalations.
        public var chatBudget = RetryBudget.Policy()
        /// Retry budget of events (separate: a burst of failing events does not stop escalations).
        public var eventsBudget = RetryBudget.Policy()
        /// Nothing but a foreground escalation is sent before a random moment in `[0, startupDelay]`
        /// after start: a site whose boxes power up together does not hit the cloud in one second.
        public var startupDelay: Duration = .seconds(30)
        /// Each probe delay while offline is shortened by a random share up to this.
        public var probeJitter: Double = 0.5
        /// Dead-letter after this many attempts (`nil`: the store's own limit/TTL decides).
        public var maxAttempts: Int? = nil
        /// Spans for each send (`outpost.sync.chat`, `outpost.sync.events`), children of the
        /// submit span stored with the job; their context is the `traceparent` sent. The default
        /// records nothing and sends ids of our own.
        public var tracer: any Tracer = NoOpTracer()

        public init() {}

        /// A plain client, for comparisons (the fleet benchmark's baseline): `Backoff.plainSDK`
        /// per job, no pace, no hold, no retry budget, no start-up delay, no offline mode.
        public static func plainClient() -> Configuration {
            var configuration = Configuration()
            configuration.backoff = .plainSDK(poll: configuration.pollInterval)
            configuration.chatThrottle = .unlimited
            configuration.eventsThrottle = .unlimited
            configuration.chatBudget = .unlimited
            configuration.eventsBudget = .unlimited
            configuration.startupDelay = .zero
            configuration.probeJitter = 0
            configuration.connectivity = Connectivity.Policy(failuresToOffline: .max, probeBackoff: Backoff())
            return configuration
        }
    }
}
