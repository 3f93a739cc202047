/// A hang guard, not a timing tool: fails the test if `body` has not finished after
/// `seconds` of real time (the awaited event never happened).
public struct TimedOut: Error, CustomStringConvertible {
    public var what: String
    public init(what: String) { self.what = what }
    public var description: String { "timed out waiting for \(what)" }
}

/// Runs `body`; throws ``TimedOut`` (and cancels `body`) when it has not finished within `seconds`.
public func within<T: Sendable>(_ seconds: Int = 20, _ what: String, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: .seconds(seconds))
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let value = first else { throw TimedOut(what: what) }
        return value
    }
}
