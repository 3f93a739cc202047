import AsyncHTTPClient
import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import OutpostTesting
import ServiceLifecycle
@testable import outpost_hq

/// Runs `outpost-hq` in-process on 127.0.0.1 with an ephemeral port (real sockets) for the
/// duration of `body`, then shuts it down.
struct HQHarness: Sendable {
    let root: String
    let store: HQStore
    let faults: FaultInjector
    let dataDirectory: String

    var cloudRoot: String { root }

    /// A fresh temporary data directory.
    static func temporaryDirectory() -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("outpost-hq-test-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func run<T: Sendable>(
        dataDirectory: String = temporaryDirectory(),
        faults settings: FaultSettings = FaultSettings(),
        seed: UInt64 = 42,
        apiKey: String? = nil,
        now: @escaping @Sendable () -> Date = { Date() },
        _ body: @escaping @Sendable (HQHarness) async throws -> T
    ) async throws -> T {
        var options = HQOptions(host: "127.0.0.1", port: 0, dataDirectory: dataDirectory)
        options.seed = seed
        options.apiKey = apiKey
        let store = try HQStore(dataDirectory: dataDirectory)
        let faults = FaultInjector(settings: settings, seed: seed, now: now)
        var logger = Logger(label: "outpost.hq.test")
        logger.logLevel = .warning
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = makeHQApplication(options: options, store: store, faults: faults, logger: logger) { channel in
            portContinuation.yield(channel.localAddress?.port ?? 0)
            portContinuation.finish()
        }
        let services = ServiceGroup(configuration: .init(services: [app], logger: logger))
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask {
                try await services.run()
                return nil
            }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next(), port > 0 else {
                group.cancelAll()
                throw TimedOut(what: "outpost-hq to listen")
            }
            let harness = HQHarness(root: "http://127.0.0.1:\(port)", store: store, faults: faults, dataDirectory: dataDirectory)
            do {
                let result = try await body(harness)
                await services.triggerGracefulShutdown()
                try await group.waitForAll()
                return result
            } catch {
                await services.triggerGracefulShutdown()
                try? await group.waitForAll()
                throw error
            }
        }
    }

    // MARK: Plain HTTP helpers for assertions

    func get(_ path: String) async throws -> (status: Int, body: String) {
        try await Self.request("GET", root + path)
    }

    func post(_ path: String, body: String, headers: [(String, String)] = []) async throws -> (status: Int, body: String) {
        try await Self.request("POST", root + path, body: body, headers: headers)
    }

    static func request(_ method: String, _ url: String, body: String? = nil, headers: [(String, String)] = []) async throws -> (status: Int, body: String) {
        var request = HTTPClientRequest(url: url)
        request.method = .init(rawValue: method)
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(string: body)) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        let bytes = try await response.body.collect(upTo: 16 << 20)
        return (Int(response.status.code), String(buffer: bytes))
    }

    /// `/hq/stats` decoded.
    func stats() async throws -> StatsReply {
        let (_, body) = try await get("/hq/stats")
        return try JSONDecoder().decode(StatsReply.self, from: Data(body.utf8))
    }

    /// `/hq/received` lines decoded as JSON objects.
    func received() async throws -> [[String: Any]] {
        let (_, body) = try await get("/hq/received")
        return body.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }
}

struct StatsReply: Decodable, Equatable {
    struct Counts: Decodable, Equatable {
        var received: Int
        var unique: Int
        var duplicates: Int
    }
    struct Faults: Decodable, Equatable {
        var failed: Int
        var reset: Int
        var refused_offline: Int
    }
    var received: Int
    var unique: Int
    var duplicates: Int
    var events: Counts
    var faults: Faults
}

/// A mutable "now" for the offline fault.
final class ManualNow: Sendable {
    private let value = NIOLockedValueBox(Date(timeIntervalSince1970: 1_800_000_000))
    var date: Date { value.withLockedValue { $0 } }
    func advance(seconds: Double) { value.withLockedValue { $0 += seconds } }
}
