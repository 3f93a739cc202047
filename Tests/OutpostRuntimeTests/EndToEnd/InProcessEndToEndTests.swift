import AsyncHTTPClient
import Foundation
import Logging
import OutpostAPI
import OutpostAnalysis
import OutpostConfig
import OutpostRedaction
import OutpostStore
import OutpostSync
import OutpostTesting
import Testing
@testable import OutpostRuntime
@testable import outpost_hq

/// The whole round trip in one process, on real parts: pipeline → store (a real SQLite file) →
/// the store's outbox source → sync service → HTTP → `outpost-hq`'s own application → the reply,
/// re-identified on the way out of the store. Waits on the outbox's delivery event, never on time.
@Suite struct InProcessEndToEndTests {
    static let quiet = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
    static let text = "Patient Maria Lindqvist, phone 617-555-0134, asks whether her refill is ready."
    static let secrets = ["Lindqvist", "617-555-0134"]

    /// What happened to an outbox row, as the sync service reported it to the store.
    enum Outcome: Sendable, Equatable {
        case delivered(Int64)
        case failed(Int64, String)
        case deadLettered(Int64, String)
    }

    /// The store's outbox source, announcing each outcome after the store has recorded it.
    struct AnnouncingOutbox: OutboxSource {
        let inner: any OutboxSource
        let announce: @Sendable (Outcome) -> Void

        func leaseDue(limit: Int, leaseFor: Duration, kinds: Set<OutboxJob.Kind>) async throws -> [OutboxJob] {
            try await inner.leaseDue(limit: limit, leaseFor: leaseFor, kinds: kinds)
        }
        func delivered(_ id: Int64, receipt: DeliveryReceipt) async throws {
            try await inner.delivered(id, receipt: receipt)
            announce(.delivered(id))
        }
        func failed(_ id: Int64, failure: SyncFailure, retryIn: Duration) async throws {
            try await inner.failed(id, failure: failure, retryIn: retryIn)
            announce(.failed(id, "\(failure)"))
        }
        func deadLetter(_ id: Int64, failure: SyncFailure) async throws {
            try await inner.deadLetter(id, failure: failure)
            announce(.deadLettered(id, "\(failure)"))
        }
        func release(_ id: Int64) async throws { try await inner.release(id) }
    }

    @Test func anEscalationTravelsRedactedAndComesBackReidentified() async throws {
        let dir = try TempDirectory(prefix: "e2e")
        defer { dir.remove() }
        try await InProcessHQ.run(dataDirectory: dir.file("hq")) { baseURL, hq in
            var config = OutpostConfig(environment: [:])
            config.stateDir = dir.file("state")
            config.outbox.minFreeBytes = 0
            let store = try Store(directory: config.stateDir, logger: Self.quiet)
            defer { store.close() }
            let vault = Vault(key: try VaultKey.load(credentialsDirectory: nil, keyFile: dir.file("state/vault.key")))
            let redactor = try Redactor()
            let outboundGuard = OutpostRedaction.OutboundGuard(redactor: redactor)

            var cloud = CloudConfig()
            cloud.baseURL = baseURL
            cloud.eventsURL = baseURL + "/logs"
            let http = try CloudHTTPClient.make(config: cloud)
            let transport = HTTPSyncTransport(config: cloud, httpClient: http,
                                              guard: outboundGuard, logger: Self.quiet)
            let (outcomes, announce) = AsyncStream.makeStream(of: Outcome.self)
            let source = AnnouncingOutbox(inner: StoreOutboxSource(store: store, limits: config.outboxLimits),
                                          announce: { announce.yield($0) })
            var syncConfig = SyncService<ContinuousClock>.Configuration()
            syncConfig.pollInterval = .seconds(3600)  // only the pipeline's wake-up can start a send
            syncConfig.startupDelay = .zero
            syncConfig.chatThrottle = .unlimited
            syncConfig.eventsThrottle = .unlimited
            let sync = SyncService(source: source, transport: transport, clock: ContinuousClock(), configuration: syncConfig, logger: Self.quiet)
            let pipeline = Pipeline(store: store, vault: vault, analyzer: Analyzer(model: nil, redactor: redactor),
                                    config: config, logger: Self.quiet, onQueued: { sync.notifyWork() })

            let submitted = try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await sync.run() }
                defer { group.cancelAll() }
                let submitted = try await pipeline.submit(.init(text: Self.text, conversationID: "conv-e2e"))
                #expect(submitted.status == "queued", "no model: escalated to the cloud")
                let first = try await within(30, "the outbox to report the chat's outcome") {
                    var iterator = outcomes.makeAsyncIterator()
                    return await iterator.next()
                }
                let row = try #require(try await store.outboxItems(state: nil).first)
                #expect(first == .delivered(row.id), "\(String(describing: first))")
                return submitted
            }
            try await http.shutdown()

            // Read back through the pipeline: answered, the hq's placeholders restored to the originals.
            let view = try #require(try await pipeline.view(id: submitted.id))
            #expect(view.status == "answered")
            let answer = try #require(view.answer)
            #expect(answer.hasPrefix("Noted for Maria Lindqvist:"), "\(answer)")
            #expect(answer.contains("617-555-0134"), "\(answer)")
            #expect(!answer.contains("<PERSON_"), "\(answer)")
            #expect(view.reidentified?.unknown == 0)
            #expect((view.reidentified?.restored ?? 0) >= 2)

            // The cloud saw one chat, in placeholders only.
            #expect(await hq.stats.chat.unique == 1)
            let received = try String(contentsOfFile: dir.file("hq/received.jsonl"), encoding: .utf8)
            #expect(received.contains("<PERSON_1>"))
            for secret in Self.secrets { #expect(!received.contains(secret), "\(secret) reached the cloud") }
            let counts = try await store.outboxCounts()
            #expect(counts.delivered == 1 && counts.pending == 0 && counts.sending == 0 && counts.dead == 0)
        }
    }
}
