/// Polls `condition` while letting other tasks run; gives up, so that a broken service fails the
/// test instead of hanging it, once `seconds` of wall time have passed **and** it has polled at
/// least 2,000 times. The second bound matters in a parallel run on two cores: CPU-heavy suites
/// beside it can hold both cooperative threads for tens of seconds, and a wall-clock limit alone
/// would expire while neither this test nor the service it waits for could run.
/// It yields first (a condition another task satisfies at once costs no wait), then rests a
/// millisecond between polls, so a waiting test does not spin a core the tests beside it need.
public func eventually(within seconds: Int = 10, _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now.advanced(by: .seconds(seconds))
    var polls = 0
    while ContinuousClock.now < deadline || polls < 2_000 {
        if condition() { return true }
        polls += 1
        if polls < 100 {
            await Task.yield()
        } else {
            try? await Task.sleep(for: .milliseconds(1))
        }
    }
    return condition()
}
