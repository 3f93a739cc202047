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
        /// Dead-letter after this many attempts (`nil`: the store's own limit/TTL decides).
        public var maxAttempts: Int? = nil
        /// Spans for each send (`outpost.sync.chat`, `outpost.sync.events`), children of the
        /// submit span stored with the job; their context is the `traceparent` sent. The default
        /// records nothing and sends ids of our own.
        public var tracer: any Tracer = NoOpTracer()

        public init() {}
    }
}
