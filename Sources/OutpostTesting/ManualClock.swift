import Synchronization

/// The one clock for tests: time moves only when a test says so (`advance(by:)`), so backoff,
/// TTL, rate limits, leases and blink timing are tested without sleeping.
///
/// - A sleeper wakes when time reaches its deadline; `advance(by:)` resumes the due ones in
///   deadline order (ties in the order they went to sleep).
/// - A sleeper whose task is cancelled throws `CancellationError` at once and leaves the clock.
/// - `waitForSleepers(_:)` returns once that many tasks sleep on the clock: how a test learns
///   that the code under test is idle, without sleeping in real time.
public final class ManualClock: Clock, Sendable {
    public struct Instant: InstantProtocol, CustomStringConvertible {
        public var offset: Duration
        public init(offset: Duration) { self.offset = offset }
        public func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        public func duration(to other: Instant) -> Duration { other.offset - offset }
        public static func < (a: Instant, b: Instant) -> Bool { a.offset < b.offset }
        public var description: String { "t+\(offset)" }
    }

    private struct Sleeper {
        var id: Int
        var deadline: Instant
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct Waiter {
        var id: Int
        var count: Int
        var continuation: CheckedContinuation<Void, Never>
    }

    private struct State {
        var now = Instant(offset: .zero)
        var nextID = 0
        var sleepers: [Sleeper] = []
        var waiters: [Waiter] = []

        mutating func makeID() -> Int {
            nextID += 1
            return nextID
        }

        /// Removes and returns the waiters that the current number of sleepers satisfies.
        mutating func takeSatisfiedWaiters() -> [Waiter] {
            let count = sleepers.count
            let ready = waiters.filter { $0.count <= count }
            waiters.removeAll { $0.count <= count }
            return ready
        }
    }

    private let state = Mutex(State())

    public init() {}

    public var now: Instant { state.withLock { $0.now } }
    public var minimumResolution: Duration { .zero }

    /// Tasks sleeping on this clock now.
    public var sleeperCount: Int { state.withLock { $0.sleepers.count } }

    /// The deadlines of the sleepers, earliest first.
    public var deadlines: [Instant] { state.withLock { $0.sleepers.map(\.deadline).sorted() } }

    public func sleep(until deadline: Instant, tolerance: Duration? = nil) async throws {
        let id = state.withLock { $0.makeID() }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                enum Outcome { case cancelled, due, sleeping([Waiter]) }
                let outcome = state.withLock { state -> Outcome in
                    // Checked under the lock: `onCancel` below takes the same lock, so a cancellation
                    // either sees this sleeper registered or is seen here.
                    if Task.isCancelled { return .cancelled }
                    if deadline <= state.now { return .due }
                    state.sleepers.append(Sleeper(id: id, deadline: deadline, continuation: continuation))
                    return .sleeping(state.takeSatisfiedWaiters())
                }
                switch outcome {
                case .cancelled: continuation.resume(throwing: CancellationError())
                case .due: continuation.resume()
                case .sleeping(let ready): ready.forEach { $0.continuation.resume() }
                }
            }
        } onCancel: {
            let sleeper = state.withLock { state -> Sleeper? in
                guard let index = state.sleepers.firstIndex(where: { $0.id == id }) else { return nil }
                return state.sleepers.remove(at: index)
            }
            sleeper?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Moves time forward and resumes every sleeper whose deadline has come, earliest deadline first.
    /// Returns the deadlines it resumed, in the order it resumed them.
    @discardableResult
    public func advance(by duration: Duration) -> [Instant] {
        precondition(duration >= .zero, "a manual clock does not go back")
        let due = state.withLock { state -> [Sleeper] in
            state.now = state.now.advanced(by: duration)
            let now = state.now
            let due = state.sleepers.filter { $0.deadline <= now }
            state.sleepers.removeAll { $0.deadline <= now }
            // Stable: sleepers with the same deadline keep the order they went to sleep in.
            return due.sorted { ($0.deadline, $0.id) < ($1.deadline, $1.id) }
        }
        due.forEach { $0.continuation.resume() }
        return due.map(\.deadline)
    }

    /// Moves time to `instant` (no-op when it has passed) and resumes the due sleepers.
    @discardableResult
    public func advance(to instant: Instant) -> [Instant] {
        let now = self.now
        return now < instant ? advance(by: now.duration(to: instant)) : []
    }

    /// Returns once at least `count` tasks sleep on this clock, or when the waiting task is cancelled
    /// (a hang guard around it can then give up).
    public func waitForSleepers(_ count: Int = 1) async {
        let id = state.withLock { $0.makeID() }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let ready = state.withLock { state -> Bool in
                    if Task.isCancelled || state.sleepers.count >= count { return true }
                    state.waiters.append(Waiter(id: id, count: count, continuation: continuation))
                    return false
                }
                if ready { continuation.resume() }
            }
        } onCancel: {
            let waiter = state.withLock { state -> Waiter? in
                guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
                return state.waiters.remove(at: index)
            }
            waiter?.continuation.resume()
        }
    }
}
