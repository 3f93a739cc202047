/// Polls `condition` while letting other tasks run (it yields, never sleeps); gives up after
/// `seconds` of wall time so a broken service fails the test instead of hanging it.
public func eventually(within seconds: Int = 10, _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now.advanced(by: .seconds(seconds))
    while ContinuousClock.now < deadline {
        if condition() { return true }
        await Task.yield()
    }
    return condition()
}
