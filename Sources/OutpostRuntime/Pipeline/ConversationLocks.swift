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

import OutpostRedaction
import Foundation

extension PlaceholderMap {
    /// `PlaceholderMap`'s own Codable shape: `{"entries", "counters"}`.
    private struct Stored: Encodable {
        var entries: [String: String]
        var counters: [String: Int]
    }

    /// Rebuilds a conversation's allocator from its vault entries (numbering continues after the
    /// highest number seen per type).
    static func restoring(_ entries: [String: String]) -> PlaceholderMap {
        var counters: [String: Int] = [:]
        for placeholder in entries.keys {
            if let (type, n) = PlaceholderMap.parse(placeholder) { counters[type] = max(counters[type] ?? 0, n) }
        }
        let json = try? JSONEncoder().encode(Stored(entries: entries, counters: counters))
        return json.flatMap { try? JSONDecoder().decode(PlaceholderMap.self, from: $0) } ?? PlaceholderMap()
    }
}
