import Synchronization

/// Tells handlers waiting for a request's outcome that outbox rows changed (delivered, failed,
/// dead-lettered, released), so the chat facade re-reads its request then instead of polling.
/// A broadcast: every waiter wakes at each change and checks its own request.
final class RequestUpdates: Sendable {
    private struct State {
        var generation = 0
        var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
        var nextID = 0
    }
    private let state = Mutex(State())

    init() {}

    /// The current generation: pass it to `next(after:)` before reading what you wait on.
    var generation: Int { state.withLock { $0.generation } }

    /// Something changed: wakes every waiter.
    func changed() {
        let waiters = state.withLock { s -> [CheckedContinuation<Void, Never>] in
            s.generation += 1
            defer { s.waiters = [:] }
            return Array(s.waiters.values)
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Returns after the first change since `generation`, at once if there was one, or when the
    /// task is cancelled.
    func next(after generation: Int) async {
        let id = state.withLock { s -> Int in s.nextID += 1; return s.nextID }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
                let now = state.withLock { s -> Bool in
                    if s.generation != generation || Task.isCancelled { return true }
                    s.waiters[id] = c
                    return false
                }
                if now { c.resume() }
            }
        } onCancel: {
            state.withLock { $0.waiters.removeValue(forKey: id) }?.resume()
        }
    }

    /// Calls `check` now and after every change until it returns a value or `deadline` passes
    /// (then the last `check` decides: nil).
    func wait<T: Sendable>(until deadline: ContinuousClock.Instant, _ check: @Sendable () async -> T?) async -> T? {
        while true {
            let seen = generation
            if let value = await check() { return value }
            guard ContinuousClock.now < deadline, !Task.isCancelled else { return nil }
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await self.next(after: seen) }
                group.addTask { try? await Task.sleep(until: deadline, clock: .continuous) }
                await group.next()
                group.cancelAll()
            }
        }
    }
}
