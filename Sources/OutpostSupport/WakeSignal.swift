import Synchronization

/// Wakes one waiting task early: `signal()` from any thread; `wait()` returns at the next signal
/// (or at once if one came since the last wait), or when the waiting task is cancelled. Signals do
/// not accumulate beyond one. The sync service and the LED service each keep one.
public final class WakeSignal: Sendable {
    private struct State {
        var pending = false
        var waiter: CheckedContinuation<Void, Never>?
        /// Bumped by every wait and every cancellation, so that a continuation stored after a
        /// cancellation handler ran resumes at once instead of hanging.
        var generation = 0
    }
    private let state = Mutex(State())

    public init() {}

    public func signal() {
        let waiter: CheckedContinuation<Void, Never>? = state.withLock { s in
            if let w = s.waiter { s.waiter = nil; return w }
            s.pending = true
            return nil
        }
        waiter?.resume()
    }

    public func wait() async {
        let generation: Int? = state.withLock { s in
            if s.pending { s.pending = false; return nil }
            s.generation += 1
            return s.generation
        }
        guard let generation else { return }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
                let resumeNow: Bool = state.withLock { s in
                    if s.pending || s.generation != generation || Task.isCancelled { s.pending = false; return true }
                    s.waiter = c
                    return false
                }
                if resumeNow { c.resume() }
            }
        } onCancel: {
            let waiter: CheckedContinuation<Void, Never>? = state.withLock { s in
                s.generation += 1
                defer { s.waiter = nil }
                return s.waiter
            }
            waiter?.resume()
        }
    }
}
