/// Serializes submits of the same conversation, so that two concurrent requests never hand out
/// the same placeholder number for different values. Different conversations run in parallel.
actor ConversationLocks {
    private var waiters: [String: [CheckedContinuation<Void, Never>]] = [:]

    func withLock<T: Sendable>(_ key: String, _ body: @Sendable () async throws -> T) async throws -> T {
        if waiters[key] != nil {
            await withCheckedContinuation { waiters[key, default: []].append($0) }
        } else {
            waiters[key] = []
        }
        defer { unlock(key) }
        return try await body()
    }

    private func unlock(_ key: String) {
        guard var queue = waiters[key] else { return }
        if queue.isEmpty {
            waiters[key] = nil
        } else {
            let next = queue.removeFirst()
            waiters[key] = queue
            next.resume()
        }
    }
}
