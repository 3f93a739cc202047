/// Wakes one waiting task early: `signal()` from any thread; `wait()` returns at the next
/// signal (or at once if one came since the last wait), or when the waiting task is cancelled.
final class WakeSignal: Sendable {
    private struct State {
        var pending = false
        var waiter: CheckedContinuation<Void, Never>?
        var generation = 0
    }
    private let state = Locked(State())

    func signal() {
        let waiter: CheckedContinuation<Void, Never>? = state.withLock { s in
            if let w = s.waiter { s.waiter = nil; return w }
            s.pending = true
            return nil
        }
        waiter?.resume()
    }

    func wait() async {
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
                s.generation += 1  // a continuation stored after this point resumes at once
                defer { s.waiter = nil }
                return s.waiter
            }
            waiter?.resume()
        }
    }
}
