import Foundation
import Logging
import NIOCore
import ServiceLifecycle
@testable import outpost_hq

/// `outpost-hq`'s own application in-process, on 127.0.0.1 with an ephemeral port (a real socket),
/// for the duration of `body`; then shut down gracefully.
enum InProcessHQ {
    struct NotListening: Error {}

    static func run<T: Sendable>(dataDirectory: String, _ body: @Sendable (_ baseURL: String, _ store: HQStore) async throws -> T) async throws -> T {
        let options = HQOptions(host: "127.0.0.1", port: 0, dataDirectory: dataDirectory)
        let store = try HQStore(dataDirectory: dataDirectory)
        let faults = FaultInjector(settings: FaultSettings(), seed: 1, now: { Date() })
        let logger = Logger(label: "test.hq", factory: { _ in SwiftLogNoOpLogHandler() })
        let (ports, port) = AsyncStream.makeStream(of: Int.self)
        let app = makeHQApplication(options: options, store: store, faults: faults, logger: logger) { channel in
            port.yield(channel.localAddress?.port ?? 0)
            port.finish()
        }
        let group = ServiceGroup(configuration: .init(services: [app], logger: logger))
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            do {
                guard let listening = await ports.first(where: { _ in true }), listening > 0 else { throw NotListening() }
                let result = try await body("http://127.0.0.1:\(listening)/v1", store)
                await group.triggerGracefulShutdown()
                try await tasks.waitForAll()
                return result
            } catch {
                await group.triggerGracefulShutdown()
                try? await tasks.waitForAll()
                throw error
            }
        }
    }
}
