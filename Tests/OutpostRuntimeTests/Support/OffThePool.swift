import OutpostTestingDaemon
import Testing

/// A suite trait for the process-level suites: each test runs on a dedicated thread
/// (``BlockingThread``), so its blocking waits for the real `outpostd`/`outpost-hq` never hold a
/// thread of the cooperative pool, and suites can run in parallel.
struct OffThePool: SuiteTrait, TestTrait, TestScoping {
    var isRecursive: Bool { true }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        guard testCase != nil else { return try await function() }
        try await BlockingThread.run { try await function() }
    }
}

extension Trait where Self == OffThePool {
    /// Runs each test on a dedicated thread: see ``OffThePool``.
    static var offThePool: Self { OffThePool() }
}
