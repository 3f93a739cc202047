import OutpostTesting
import Synchronization
import Testing

/// The test clock itself: it must wake sleepers when (and only when) time reaches them, in
/// deadline order, and let a cancelled sleeper go at once.
@Suite struct ManualClockTests {
    /// An order book the sleepers write into when they wake.
    final class Wakes: Sendable {
        private let names = Mutex<[String]>([])
        func append(_ name: String) { names.withLock { $0.append(name) } }
        var all: [String] { names.withLock { $0 } }
    }

    @Test func sleepersWakeOnlyWhenTheirDeadlineComes() async throws {
        let clock = ManualClock()
        let wakes = Wakes()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await clock.sleep(for: .seconds(5))
                wakes.append("5s")
            }
            await clock.waitForSleepers(1)
            clock.advance(by: .seconds(4))
            #expect(clock.sleeperCount == 1)
            #expect(wakes.all.isEmpty)
            clock.advance(by: .seconds(1))
            try await group.waitForAll()
            #expect(wakes.all == ["5s"])
            #expect(clock.sleeperCount == 0)
            #expect(clock.now == ManualClock.Instant(offset: .seconds(5)))
        }
    }

    @Test func aDeadlineInThePastDoesNotSleep() async throws {
        let clock = ManualClock()
        clock.advance(by: .seconds(10))
        try await clock.sleep(until: ManualClock.Instant(offset: .seconds(3)))
        try await clock.sleep(for: .zero)
        #expect(clock.sleeperCount == 0)
    }

    @Test func advanceResumesDueSleepersInDeadlineOrder() async throws {
        let clock = ManualClock()
        // Registered out of order; each task waits until the previous one is registered.
        let deadlines: [(String, Int64)] = [("c", 30), ("a", 10), ("d", 40), ("b", 20), ("late", 100)]
        let resumed = Wakes()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, (name, seconds)) in deadlines.enumerated() {
                group.addTask {
                    try await clock.sleep(until: ManualClock.Instant(offset: .seconds(seconds)))
                    resumed.append(name)
                }
                await clock.waitForSleepers(index + 1)
            }
            #expect(clock.deadlines.map(\.offset) == [.seconds(10), .seconds(20), .seconds(30), .seconds(40), .seconds(100)])
            // One advance past four deadlines: those four wake, earliest first; the last one sleeps on.
            let order = clock.advance(by: .seconds(50))
            #expect(order.map(\.offset) == [.seconds(10), .seconds(20), .seconds(30), .seconds(40)])
            #expect(clock.sleeperCount == 1)
            #expect(clock.deadlines == [ManualClock.Instant(offset: .seconds(100))])
            #expect(clock.advance(to: ManualClock.Instant(offset: .seconds(100))) == [ManualClock.Instant(offset: .seconds(100))])
            try await group.waitForAll()
        }
        #expect(Set(resumed.all) == ["a", "b", "c", "d", "late"])
        #expect(resumed.all.last == "late")
    }

    /// The order of resumption itself, seen from one task: after each advance exactly the sleepers
    /// due so far have woken, whatever order they went to sleep in.
    @Test(arguments: [[3, 1, 2], [1, 2, 3], [2, 3, 1]])
    func eachStepWakesExactlyTheDueSleepers(order: [Int64]) async throws {
        let clock = ManualClock()
        let woken = Wakes()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, seconds) in order.enumerated() {
                group.addTask {
                    try await clock.sleep(until: ManualClock.Instant(offset: .seconds(seconds)))
                    woken.append("\(seconds)")
                }
                await clock.waitForSleepers(index + 1)
            }
            for step in 1...3 {
                clock.advance(by: .seconds(1))
                #expect(clock.sleeperCount == 3 - step)
                #expect(clock.deadlines.allSatisfy { $0 > clock.now })
            }
            try await group.waitForAll()
        }
        #expect(woken.all.count == 3)
    }

    @Test func aCancelledSleeperThrowsAtOnceAndLeavesTheClock() async throws {
        let clock = ManualClock()
        let outcome = Wakes()
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                do {
                    try await clock.sleep(for: .seconds(3600))
                    outcome.append("woke")
                } catch is CancellationError {
                    outcome.append("cancelled")
                } catch {
                    outcome.append("threw \(error)")
                }
            }
            await clock.waitForSleepers(1)
            group.cancelAll()
            // The clock never moves: only the cancellation can end the sleep.
            await group.waitForAll()
        }
        #expect(outcome.all == ["cancelled"])
        #expect(clock.sleeperCount == 0)
        #expect(clock.now == ManualClock.Instant(offset: .zero))
    }

    @Test func aTaskCancelledBeforeSleepingThrows() async throws {
        let clock = ManualClock()
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            try await clock.sleep(for: .seconds(1))
        }
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(clock.sleeperCount == 0)
    }

    @Test func cancellingOneSleeperLeavesTheOthers() async throws {
        let clock = ManualClock()
        let wakes = Wakes()
        try await withThrowingTaskGroup(of: Void.self) { group in
            let doomed = Task {
                try await clock.sleep(for: .seconds(1))
                wakes.append("doomed")
            }
            await clock.waitForSleepers(1)
            group.addTask {
                try await clock.sleep(for: .seconds(2))
                wakes.append("kept")
            }
            await clock.waitForSleepers(2)
            doomed.cancel()
            await #expect(throws: CancellationError.self) { try await doomed.value }
            #expect(clock.sleeperCount == 1)
            clock.advance(by: .seconds(2))
            try await group.waitForAll()
        }
        #expect(wakes.all == ["kept"])
    }

    @Test func waitForSleepersReturnsWhenCancelled() async {
        let clock = ManualClock()
        let waiter = Task { await clock.waitForSleepers(5) }
        waiter.cancel()
        await waiter.value
        #expect(clock.sleeperCount == 0)
    }
}
