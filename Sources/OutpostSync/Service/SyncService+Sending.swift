import OutpostSupport
import Foundation
import Logging
import OutpostStore
import Synchronization
import Tracing

extension SyncService {
    /// Sends escalations, at most `concurrency` at a time, each admitted by its lane (`admit`).
    /// Jobs not admitted — the link went down, the destination is held or paced — are released
    /// unsent.
    func send(_ jobs: [OutboxJob]) async {
        guard !jobs.isEmpty else { return }
        let width = max(1, configuration.concurrency)
        await withTaskGroup(of: Void.self) { group in
            var pending = jobs[...]
            var running = 0
            while !pending.isEmpty || running > 0 {
                while running < width, let job = pending.first {
                    pending.removeFirst()
                    guard case .go(let cost) = admit([job], kind: .chat) else {
                        await release([job])
                        continue
                    }
                    running += 1
                    group.addTask { await self.sendChat(job, cost: cost) }
                }
                if running > 0 {
                    await group.next()
                    running -= 1
                }
            }
        }
    }

    /// Sends event jobs in batches, each admitted by the events lane. A batch that fails permanently is retried record
    /// by record, so one bad record does not dead-letter its neighbours.
    func sendEvents(_ jobs: [OutboxJob]) async {
        guard !jobs.isEmpty else { return }
        let size = max(1, configuration.eventBatchSize)
        var start = jobs.startIndex
        while start < jobs.endIndex {
            let batch = Array(jobs[start..<min(start + size, jobs.endIndex)])
            start += size
            guard case .go(let cost) = admit(batch, kind: .event) else {
                await release(batch)
                continue
            }
            if case .split(let singles) = await sendEventBatch(batch, cost: cost) {
                for job in singles { _ = await sendEventBatch([job], cost: 0) }
            }
        }
    }

    /// One escalation: send, report, and tell its lane (`cost`: what the retry budget paid).
    func sendChat(_ job: OutboxJob, cost: Double) async {
        if let failure = attemptLimitReached(job) {
            await report(failure, for: [job])
            return
        }
        guard case .chat(let messages, let model, let options) = job.payload else {
            await report(Self.unreadable(job), for: [job])
            return
        }
        countSend()
        let span = startSpan("outpost.sync.chat", for: [job])
        do {
            let reply = try await transport.sendChat(messages, model: model, options: options, idempotencyKey: job.idempotencyKey, trace: trace(for: job, span: span))
            end(span, failure: nil)
            settle(kind: .chat, cost: cost, failure: nil)
            await reportDelivered(job, receipt: .chat(reply))
        } catch {
            end(span, failure: error)
            settle(kind: .chat, cost: cost, failure: error)
            await report(error, for: [job])
        }
    }

    enum BatchOutcome {
        /// Every job was reported.
        case reported
        /// A multi-record batch failed permanently; these jobs are unreported and should be
        /// sent one by one.
        case split([OutboxJob])
    }

    /// One event batch: send and report (or ask for a split, see `BatchOutcome`).
    func sendEventBatch(_ batch: [OutboxJob], cost: Double) async -> BatchOutcome {
        var sendable: [OutboxJob] = []
        var records: [EventsClient.Record] = []
        for job in batch {
            if let failure = attemptLimitReached(job) {
                await report(failure, for: [job])
            } else if case .event(let event) = job.payload {
                sendable.append(job)
                records.append(EventsClient.Record(idempotencyKey: job.idempotencyKey, event: event, traceparent: job.traceparent))
            } else {
                await report(Self.unreadable(job), for: [job])
            }
        }
        guard !sendable.isEmpty else { return .reported }
        countSend()
        let span = startSpan("outpost.sync.events", for: sendable)
        do {
            try await transport.sendEvents(records, trace: trace(for: sendable[0], span: span))
            end(span, failure: nil)
            settle(kind: .event, cost: cost, failure: nil)
            for job in sendable { await reportDelivered(job, receipt: .event) }
        } catch {
            end(span, failure: error)
            settle(kind: .event, cost: cost, failure: error)
            if sendable.count > 1, error.disposition == .deadLetter { return .split(sendable) }
            await report(error, for: sendable)
        }
        return .reported
    }

    // MARK: Outcomes

    func reportDelivered(_ job: OutboxJob, receipt: DeliveryReceipt) async {
        let action = updateStatus { state in
            state.status.delivered[job.kind.rawValue, default: 0] += 1
            state.status.lastDeliveredAt = Date()
            return state.connectivity.recordReached()
        }
        log(action)
        do {
            try await source.delivered(job.id, receipt: receipt)
        } catch {
            logger.error("outbox update failed", metadata: ["outpost.outbox.id": "\(job.id)", "outpost.error": "\(error)"])
        }
    }

    /// Records a failure for each job: dead-letter, release (cancelled) or retry later.
    func report(_ failure: SyncFailure, for jobs: [OutboxJob]) async {
        if failure.code == .cancelled {
            await release(jobs)
            return
        }
        let isDead = failure.disposition == .deadLetter
        var delays: [Duration] = []
        let action = updateStatus { state in
            state.status.lastError = failure.description
            for job in jobs {
                if isDead {
                    state.status.deadLettered[failure.code.rawValue, default: 0] += 1
                } else {
                    state.status.failed[failure.code.rawValue, default: 0] += 1
                    delays.append(configuration.backoff.delay(attempt: job.attempts, retryAfter: failure.retryAfter, using: &state.random))
                }
            }
            guard failure.code != .maxAttempts else { return Connectivity.Action.none }
            return state.connectivity.recordFailure(failure)
        }
        log(action)
        for (index, job) in jobs.enumerated() {
            var metadata: Logger.Metadata = [
                "outpost.outbox.id": "\(job.id)",
                "outpost.outbox.attempts": "\(job.attempts + 1)",
                "outpost.sync.reason": "\(failure.code)",
                "outpost.error": "\(failure.message)",
            ]
            do {
                if isDead {
                    logger.warning("outbox job dead-lettered", metadata: metadata)
                    try await source.deadLetter(job.id, failure: failure)
                } else {
                    metadata["outpost.sync.retry_in_ms"] = "\(Int(delays[index].seconds * 1000))"
                    logger.info("outbox job will be retried", metadata: metadata)
                    try await source.failed(job.id, failure: failure, retryIn: delays[index])
                }
            } catch {
                logger.error("outbox update failed", metadata: ["outpost.outbox.id": "\(job.id)", "outpost.error": "\(error)"])
            }
        }
    }

    func release(_ jobs: [OutboxJob]) async {
        updateStatus { state in state.status.released += jobs.count }
        for job in jobs {
            do {
                try await source.release(job.id)
            } catch {
                logger.error("outbox update failed", metadata: ["outpost.outbox.id": "\(job.id)", "outpost.error": "\(error)"])
            }
        }
    }

    // MARK: Helpers

    static func unreadable(_ job: OutboxJob) -> SyncFailure {
        if case .unreadable(_, let reason) = job.payload {
            return SyncFailure(code: .invalidPayload, message: "outbox payload cannot be read: \(reason)")
        }
        return SyncFailure(code: .invalidPayload, message: "outbox payload does not match its kind \(job.kind.rawValue)")
    }

    func attemptLimitReached(_ job: OutboxJob) -> SyncFailure? {
        guard let maxAttempts = configuration.maxAttempts, job.attempts >= maxAttempts else { return nil }
        return SyncFailure(code: .maxAttempts, message: "gave up after \(job.attempts) attempts")
    }

    /// A client span for one send, child of the submit span stored with the first job and linked
    /// to the submit spans of the others (an event batch carries many requests).
    func startSpan(_ name: String, for jobs: [OutboxJob]) -> any Span {
        let tracer = configuration.tracer
        let span = tracer.startSpan(name, context: TracePropagation.context(parent: jobs.first?.traceparent, tracer: tracer), ofKind: .client)
        for job in jobs.dropFirst() {
            guard let traceparent = job.traceparent else { continue }
            span.addLink(SpanLink(context: TracePropagation.context(parent: traceparent, tracer: tracer), attributes: [:]))
        }
        span.attributes["outpost.outbox.kind"] = jobs.first?.kind.rawValue ?? ""
        span.attributes["outpost.outbox.jobs"] = jobs.count
        span.attributes["outpost.outbox.attempt"] = (jobs.map(\.attempts).max() ?? 0) + 1
        if jobs.count == 1, let job = jobs.first { span.attributes["outpost.outbox.idempotency_key"] = job.idempotencyKey }
        return span
    }

    /// Ends a send span with its outcome: the failure code only (a cloud's error text stays in the logs).
    func end(_ span: any Span, failure: SyncFailure?) {
        if let failure {
            span.attributes["outpost.sync.failure"] = failure.code.rawValue
            if let status = failure.httpStatus { span.attributes["http.response.status_code"] = status }
            span.setStatus(SpanStatus(code: .error, message: failure.code.rawValue))
        } else {
            span.attributes["outpost.sync.outcome"] = "delivered"
        }
        span.end()
    }

    /// The `traceparent` for one send: the span's own context when a tracer propagates it,
    /// else a new span id in the stored trace (or a new trace).
    func trace(for job: OutboxJob, span: any Span) -> TraceContext {
        if let own = TracePropagation.traceparent(of: span.context, tracer: configuration.tracer) { return own }
        return state.withLock { state in
            if let parent = job.traceparent.flatMap(TraceContext.init(traceparent:)) {
                return parent.child(using: &state.random)
            }
            return TraceContext.generate(using: &state.random)
        }
    }

    func countSend() {
        updateStatus { state in state.status.sends += 1 }
    }

    @discardableResult
    func updateStatus<T>(_ body: (inout State) -> T) -> T {
        let (result, status) = state.withLock { state -> (T, SyncStatus) in
            let result = body(&state)
            state.status.connectivity = state.connectivity.state
            state.status.consecutiveFailures = state.connectivity.consecutiveFailures
            publishLanes(into: &state)
            return (result, state.status)
        }
        onStatusChange?(status)
        return result
    }

    /// Logs a connectivity change and schedules the probe when the link went down.
    func log(_ action: Connectivity.Action) {
        switch action {
        case .none:
            return
        case .wentOnline:
            let afterOutage = state.withLock { state -> Bool in
                state.probeAt = nil
                defer { state.wasOffline = false }
                return state.wasOffline
            }
            if afterOutage { restartLanes() }
            logger.notice("cloud reachable")
        case .wentOffline(let after), .probe(let after):
            // Jittered, so boxes that lost the cloud together do not probe (and find it back) together.
            let jitter = min(max(configuration.probeJitter, 0), 1)
            let after = state.withLock { state -> Duration in
                let delay = Duration.seconds(after.seconds * (1 - jitter * state.random.nextUnit()))
                state.probeAt = clock.now.advanced(by: delay)
                state.wasOffline = true
                return delay
            }
            if case .wentOffline = action {
                logger.warning("cloud unreachable", metadata: ["outpost.sync.probe_in_ms": "\(Int(after.seconds * 1000))"])
            }
        }
    }
}
