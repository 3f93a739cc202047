import Foundation
public import Logging
import OutpostModel
import OutpostRedaction
public import OutpostStore
import OutpostSync
public import Tracing
import OutpostSupport
public import OutpostConfig
public import OutpostAPI
public import OutpostAnalysis

/// One request, end to end on the box: validate → encode once → detect/redact → understand →
/// route → persist (ONE transaction: request row, vault rows, outbox rows; group-committed).
/// The caller is answered only after that transaction is durable.
///
/// Spans (when a tracer is set): `outpost.submit` (server; child of the client's `traceparent`)
/// over `outpost.classify` (encoder pass + intent), `outpost.redact`, `outpost.keywords` and
/// `outpost.persist`; the submit span's context is stored with the outbox rows, so the sync span
/// and the cloud's spans join the same trace. Attributes carry counts, types and ids — never text.
public final class Pipeline: Sendable {
    /// What a client sends to `POST /v1/requests`.
    public struct Input: Sendable {
        public var text: String
        public var conversationID: String?
        /// JSON object text (already validated), stored with the request.
        public var meta: String
        /// The client's W3C `traceparent` header, if it sent one.
        public var traceparent: String?
        /// A client waits for the reply (the chat facade): its escalation goes ahead of a backlog.
        public var foreground: Bool
        /// The whole conversation as an OpenAI client sent it (`text` is its last user message).
        /// Without it, the conversation's earlier requests are the history the cloud sees.
        public var conversation: Conversation?
        /// The caller streams the cloud's reply itself (`SyncService.streamLeased`): an escalation
        /// is stored leased for this long, so the sync service takes it over only if the caller
        /// gives it back or dies.
        public var streamLease: Double?

        public init(text: String, conversationID: String? = nil, meta: String = "{}", traceparent: String? = nil, foreground: Bool = false,
                    conversation: Conversation? = nil, streamLease: Double? = nil) {
            self.text = text
            self.conversationID = conversationID
            self.meta = meta
            self.traceparent = traceparent
            self.foreground = foreground
            self.conversation = conversation
            self.streamLease = streamLease
        }
    }

    /// Most Unicode scalars accepted in one text.
    public static let maxTextScalars = 32_768

    let store: Store
    let vault: Vault
    let analyzer: Analyzer
    let policy: RoutingPolicy
    let config: OutpostConfig
    let rateLimiter: RateLimiter<ContinuousClock>
    let locks = ConversationLocks()
    let pressure: DiskPressure
    let logger: Logger
    let tracer: any Tracer
    /// Called after a commit that queued cloud work (wakes the sync service).
    let onQueued: @Sendable () -> Void

    public init(store: Store, vault: Vault, analyzer: Analyzer, config: OutpostConfig, logger: Logger,
                tracer: any Tracer = NoOpTracer(), onQueued: @escaping @Sendable () -> Void = {}) {
        self.store = store
        self.vault = vault
        var analyzer = analyzer
        analyzer.tracer = tracer
        self.analyzer = analyzer
        self.tracer = tracer
        self.policy = RoutingPolicy(config.routing)
        self.config = config
        self.rateLimiter = RateLimiter(perMinute: config.api.rateLimitPerMinute, clock: ContinuousClock())
        self.pressure = DiskPressure(store: store, stateDir: config.stateDir, limits: config.outboxLimits)
        self.logger = logger
        self.onQueued = onQueued
    }

    /// Validates, understands, routes and durably stores one request.
    public func submit(_ input: Input) async throws -> RequestView {
        let parent = TracePropagation.context(parent: input.traceparent, tracer: tracer)
        return try await tracer.withSpan("outpost.submit", context: parent, ofKind: .server) { span in
            do {
                let view = try await self.submitChecked(input, span: span)
                span.attributes["outpost.request.id"] = view.id
                span.attributes["outpost.request.status"] = view.status
                return view
            } catch let error as PipelineError {
                span.attributes["outpost.refusal"] = error.code.rawValue
                throw error
            }
        }
    }

    private func submitChecked(_ input: Input, span: any Span) async throws -> RequestView {
        try validate(input)
        guard rateLimiter.allow() else {
            OutpostMetrics.refused("rate_limited")
            throw PipelineError.rateLimited(retryAfter: rateLimiter.retryAfterSeconds)
        }
        let level = await pressure.level()
        if level == .full {
            try? await store.bump("requests.refused.disk_floor")
            OutpostMetrics.refused("disk_full")
            throw PipelineError.diskFull("the box is out of space for new work (free space below the floor of \(config.outbox.minFreeBytes / 1_048_576) MiB in \(config.stateDir)); nothing was stored, work already accepted is safe")
        }
        let conversation = input.conversationID ?? "c-" + UUID().uuidString.lowercased()
        return try await locks.withLock(conversation) {
            try await self.submitLocked(input, conversation: conversation, pressure: level, span: span)
        }
    }

    private func submitLocked(_ input: Input, conversation: String, pressure level: DiskPressure.Level, span: any Span) async throws -> RequestView {
        let started = ContinuousClock.now
        let known = try await store.vaultEntries(conversation: conversation, vault: vault)
        var map = PlaceholderMap(restoring: known)
        // Turns before the analysed message are redacted first, so placeholders number in the
        // conversation's order and a name keeps its placeholder from one call to the next.
        let messages = input.conversation?.messages ?? []
        let analysedIndex = input.conversation?.lastUserIndex ?? messages.count
        let before = redactTurns(messages, range: 0..<analysedIndex, map: &map)
        let analysis = analyzer.analyze(input.text, map: &map)
        let after = redactTurns(messages, range: min(analysedIndex + 1, messages.count)..<messages.count, map: &map)
        let options = input.conversation.map { redactOptions($0.options, map: &map) } ?? [:]
        let analyzed = ContinuousClock.now
        OutpostMetrics.analyzed(analyzed - started)
        var decision = policy.decide(analysis.intent)
        if decision.route == .local, let why = input.conversation?.needsCloud {
            decision = RoutingPolicy.Decision(route: .cloud, reason: "\(why): only the cloud model can answer")
        }
        span.attributes["outpost.request.route"] = decision.route.rawValue
        span.attributes["outpost.request.intent"] = analysis.intent?.intent ?? "-"
        span.attributes["outpost.request.entities"] = analysis.entities.count
        if decision.route == .cloud && level == .queueFull {
            try? await store.bump("requests.refused.queue_full")
            OutpostMetrics.refused("queue_full")
            throw PipelineError.queueFull("the outbox is full (\(config.outbox.maxBytes / 1_048_576) MiB pending) and this request would need the cloud; nothing was stored")
        }
        let id = UUID().uuidString.lowercased()
        let now = MonotonicTime.now()
        // The submit span's own context when tracing is on; else the client's trace (or a new one).
        let trace = TracePropagation.traceparent(of: span.context, tracer: tracer)
            ?? input.traceparent.flatMap(TraceContext.init(traceparent:))?.child()
            ?? TraceContext.generate()
        let keywordsJSON = String(decoding: (try? JSONEncoder().encode(analysis.keywords)) ?? Data("[]".utf8), as: UTF8.self)
        var answer: String?
        var status = RequestStatus.queued
        switch decision.route {
        case .local:
            let template = config.routing.replies[analysis.intent?.intent ?? ""] ?? "Your request ({intent}) was handled on this device."
            answer = ReplyTemplate.render(template, intent: analysis.intent?.intent ?? "unknown", keywords: analysis.keywords.map(\.text),
                                          redacted: analysis.redacted, confidence: analysis.intent?.confidence ?? 0)
            status = .answered
        case .refused:
            status = .refused
        case .cloud:
            status = .queued
        }
        if decision.route == .cloud && config.cloud.baseURL == nil {
            decision.reason += " (no cloud configured: queued until one is)"
        }
        let record = RequestRecord(
            id: id, conversationID: conversation, createdAt: now.wall.timeIntervalSince1970, status: status,
            route: decision.route.rawValue, reason: decision.reason, intent: analysis.intent?.intent,
            confidence: analysis.intent.map { Double($0.confidence) }, inScope: analysis.intent?.inScope,
            keywords: keywordsJSON, redactedText: analysis.redacted, answer: answer, meta: input.meta)

        var outbox: [NewOutboxItem] = []
        if decision.route == .cloud {
            var outgoing: [ChatMessage] = [.system(Self.systemPrompt)]
            if input.conversation != nil {
                var analysed = analysedIndex < messages.count ? messages[analysedIndex] : .user("")
                analysed.content = map.maskingKnownValues(analysis.redacted)
                outgoing += before + (analysedIndex < messages.count ? [analysed] : []) + after
            } else {
                outgoing += try await history(conversation: conversation) + [.user(analysis.redacted)]
            }
            let payload = OutboxPayload.chat(messages: outgoing, model: input.conversation?.model, options: options)
            outbox.append(NewOutboxItem(kind: .chat, idempotencyKey: "req-\(id)",
                                       priority: input.foreground ? OutboxJob.foregroundPriority : 10, payload: try payload.jsonData(),
                                       traceparent: trace.traceparent, leasedFor: input.streamLease))
        }
        if config.cloud.eventsURL != nil {
            if level == .low {
                try? await store.bump("outbox.dropped.event.disk_pressure")
            } else {
                let event = Self.event(id: id, analysis: analysis, decision: decision, analyzeMs: (analyzed - started).milliseconds, at: now.wall)
                outbox.append(NewOutboxItem(kind: .event, idempotencyKey: "evt-\(id)", priority: 0, payload: try OutboxPayload.event(event).jsonData(), traceparent: trace.traceparent))
            }
        }
        let newEntries = map.entries.filter { known[$0.key] == nil }
        let submission = Submission(request: record, vaultEntries: newEntries, outbox: outbox)
        do {
            try await tracer.withSpan("outpost.persist") { persist in
                persist.attributes["outpost.outbox.rows"] = outbox.count
                persist.attributes["outpost.vault.rows"] = newEntries.count
                try await store.commit(submission, vault: vault, retention: config.vault.retentionDays * 86400,
                                       ttl: config.outbox.ttlSeconds, now: now)
            }
        } catch {
            logger.error("request not stored", metadata: ["outpost.request.id": "\(id)", "outpost.error": "\(error)"])
            throw PipelineError.storeFailed("the request could not be stored durably; nothing was accepted. Retry; if it persists run `outpost doctor`")
        }
        OutpostMetrics.persisted(ContinuousClock.now - analyzed)
        OutpostMetrics.request(route: decision.route.rawValue, intent: analysis.intent?.intent)
        if !outbox.isEmpty { onQueued() }
        logger.info("request accepted", metadata: [
            "outpost.request.id": "\(id)", "outpost.request.route": "\(decision.route.rawValue)",
            "outpost.request.intent": "\(analysis.intent?.intent ?? "-")", "outpost.request.entities": "\(analysis.entities.count)",
            "outpost.request.analyze_ms": "\(String(format: "%.2f", (analyzed - started).milliseconds))",
        ])
        return RequestView(record: record, vaultEntries: map.entries, entities: analysis.entities)
    }

    /// A stored request with its answer re-identified on the box.
    public func view(id: String) async throws -> RequestView? {
        guard let record = try await store.request(id: id) else { return nil }
        let entries = try await store.vaultEntries(conversation: record.conversationID, vault: vault)
        return RequestView(record: record, vaultEntries: entries)
    }

    public func list(status: RequestStatus?, limit: Int) async throws -> [RequestView] {
        let records = try await store.requests(status: status, limit: limit)
        // One vault read (and decryption) per conversation, not per request.
        var entries: [String: [String: String]] = [:]
        var views: [RequestView] = []
        for record in records {
            if entries[record.conversationID] == nil {
                entries[record.conversationID] = try await store.vaultEntries(conversation: record.conversationID, vault: vault)
            }
            views.append(RequestView(record: record, vaultEntries: entries[record.conversationID] ?? [:]))
        }
        return views
    }

    func validate(_ input: Input) throws {
        let scalars = input.text.unicodeScalars.count
        if input.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw PipelineError.emptyText()
        }
        if scalars > Self.maxTextScalars {
            throw PipelineError.textTooLong(scalars, limit: Self.maxTextScalars)
        }
        if let c = input.conversationID, !ConversationID.isValid(c) {
            throw PipelineError.invalidConversationID()
        }
    }

    /// No literal placeholder in here: a cloud that echoes the prompt must not get a real value back.
    static let systemPrompt = """
        You assist staff of a clinic or bank branch. Personal identifiers in the message were replaced on the device by \
        placeholders written as a type and a number in angle brackets. Keep every placeholder exactly as written when \
        you refer to it; never guess the values behind them.
        """

    /// The ingest event: intent, keywords, route, latencies — never text.
    static func event(id: String, analysis: Analysis, decision: RoutingPolicy.Decision, analyzeMs: Double, at: Date) -> JSONValue {
        var object: [String: JSONValue] = [
            "type": .string("request"),
            // No request id in the body (the guard would read a UUID as an identifier); the
            // Idempotency-Key header `evt-<request id>` correlates the event with its request.
            "route": .string(decision.route.rawValue),
            "keywords": .array(analysis.keywords.map { .string($0.text) }),
            "entity_types": .array(Array(Set(analysis.entities.map { $0.type.rawValue })).sorted().map { .string($0) }),
            "latency_ms": .object(["analyze": .number((analyzeMs * 100).rounded() / 100)]),
            // Seconds since the epoch, not a calendar date: the guard treats dates as identifiers.
            "at_unix": .number(at.timeIntervalSince1970.rounded()),
        ]
        if let intent = analysis.intent {
            object["intent"] = .string(intent.intent)
            object["confidence"] = .number(Double(intent.confidence))
            object["in_scope"] = .bool(intent.inScope)
        }
        return .object(object)
    }
}

extension Duration {
    var milliseconds: Double { seconds * 1000 }
}

extension OutpostConfig {
    /// The outbox limits in the store's terms.
    public var outboxLimits: OutboxLimits {
        OutboxLimits(maxAttempts: outbox.maxAttempts, ttl: outbox.ttlSeconds, maxBytes: outbox.maxBytes,
                     minFreeBytes: Int64(outbox.minFreeBytes), backoffMax: outbox.backoffMaxSeconds)
    }
}
