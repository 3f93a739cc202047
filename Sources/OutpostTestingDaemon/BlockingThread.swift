import Foundation

/// A task executor that runs its jobs on one dedicated thread of its own. Process-level tests
/// block (waiting for a child to exit, `poll` on a notify socket, blocking socket reads, short
/// `usleep` polls); run them here, not on the cooperative pool, so parallel suites on a small
/// box do not starve each other's cooperative threads.
@available(macOS 15.0, *)
public final class BlockingThread: TaskExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []  // guarded by `condition`
    private var finished = false  // guarded by `condition`

    public init(name: String = "outpost.test.blocking") {
        let thread = Thread { [self] in loop() }
        thread.name = name
        thread.start()
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Lets the thread end once its queue is empty.
    public func finish() {
        condition.lock()
        finished = true
        condition.signal()
        condition.unlock()
    }

    private func loop() {
        while true {
            condition.lock()
            while jobs.isEmpty && !finished { condition.wait() }
            if jobs.isEmpty {
                condition.unlock()
                return
            }
            let job = jobs.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }

    /// Runs `body` (which may block) with a fresh dedicated thread as its task's executor.
    /// Task-locals (the running test) stay as they are: only the thread changes.
    public static func run<T>(_ body: () async throws -> T) async rethrows -> T {
        let executor = BlockingThread()
        defer { executor.finish() }
        return try await withTaskExecutorPreference(executor) { try await body() }
    }
}
