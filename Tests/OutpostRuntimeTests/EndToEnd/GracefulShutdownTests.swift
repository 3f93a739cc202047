import Foundation
import Logging
import OutpostConfig
import OutpostStore
import OutpostTesting
import ServiceLifecycle
import ServiceLifecycleTestKit
import Synchronization
import Testing
@testable import OutpostRuntime
@testable import outpost_hq

/// The daemon's own services (API listener, systemd, LEDs, health publisher, sync to an in-process
/// hq) in one `ServiceGroup`, stopped by graceful shutdown as SIGTERM would: they stop last-in
/// first-out, the group returns cleanly, and the outbox loses nothing — every request is delivered
/// or still in the outbox (none dead), and after a restart every one is delivered or pending.
@Suite struct GracefulShutdownTests {
    static let quiet = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    final class StopLog: Sendable {
        private let names = Mutex<[String]>([])
        func append(_ name: String) { names.withLock { $0.append(name) } }
        var all: [String] { names.withLock { $0 } }
    }

    /// Runs `inner` and notes when it has returned.
    struct RecordingService: Service {
        let name: String
        let inner: any Service
        let stopped: StopLog

        func run() async throws {
            defer { stopped.append(name) }
            try await inner.run()
        }
    }

    @Test func theDaemonsServicesStopInReverseOrderAndTheOutboxLosesNothing() async throws {
        let dir = try TempDirectory(prefix: "gs")
        defer { dir.remove() }
        try await InProcessHQ.run(dataDirectory: dir.file("hq")) { baseURL, hq in
            var config = OutpostConfig(environment: [:])
            config.stateDir = dir.file("state")
            config.api.socket = dir.file("api.sock")
            config.outbox.minFreeBytes = 0
            config.cloud.baseURL = baseURL
            let store = try Store(directory: config.stateDir, logger: Self.quiet)
            let runtime = try DaemonRuntime(config: config, store: store, environment: [:], logger: Self.quiet)
            let names = runtime.services.enumerated().map { "\($0.offset):\(type(of: $0.element))" }
            let stopped = StopLog()
            let services = zip(names, runtime.services).map { RecordingService(name: $0, inner: $1, stopped: stopped) }
            let group = ServiceGroup(configuration: .init(services: services.map { .init(service: $0) }, logger: Self.quiet))

            try await testGracefulShutdown { trigger in
                try await within(60, "the daemon's services to stop") {
                    try await withThrowingTaskGroup(of: Void.self) { tasks in
                        tasks.addTask { try await group.run() }
                        await runtime.ready.wait()  // the API socket accepts connections
                        for index in 0..<3 {
                            _ = try await runtime.pipeline.submit(.init(text: "Please call Maria Lindqvist back about order \(index)"))
                        }
                        trigger.triggerGracefulShutdown()
                        try await tasks.waitForAll()
                    }
                }
            }
            await runtime.shutdown()

            #expect(stopped.all == names.reversed(), "stop order \(stopped.all)")
            #expect(names.contains { $0.contains("SyncService") } && names.contains { $0.contains("Application") })
            let counts = try await store.outboxCounts()
            #expect(counts.dead == 0)
            // A chat cut mid-send by the shutdown may stay leased (`sending`) until the next start.
            #expect(counts.delivered + counts.pending + counts.sending == 3,
                    "delivered \(counts.delivered), pending \(counts.pending), sending \(counts.sending)")
            // At least once: a chat cut by shutdown after hq had it is pending again, to be re-sent with its key.
            let unique = await hq.stats.chat.unique
            #expect(unique >= counts.delivered && unique <= 3)
            store.close()
            // Across a restart nothing is lost: the store reopens from its file, the start releases
            // leftover leases (as the health publisher does), and every request is delivered or pending.
            let reopened = try Store(directory: config.stateDir, logger: Self.quiet)
            defer { reopened.close() }
            #expect(try await reopened.releaseAllLeases() == counts.sending)
            let after = try await reopened.outboxCounts()
            #expect(after.sending == 0 && after.dead == 0)
            #expect(after.delivered == counts.delivered)
            #expect(after.pending + after.delivered == 3, "delivered \(after.delivered), pending \(after.pending)")
        }
    }
}
