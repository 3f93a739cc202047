import Foundation
import OutpostStore
import OutpostSupport

/// How close the box is to its limits, checked before each submit (cheap: statvfs, and the
/// pending bytes at most once a second).
///
/// - `ok`: accept everything.
/// - `low`: free space under twice the floor, or pending bytes over 90% of the cap: low-priority
///   work (ingest events) is dropped first, and counted.
/// - `queueFull`: pending bytes at the cap: new cloud-bound requests are refused.
/// - `full`: free space under the floor: every new request is refused; accepted work is safe.
actor DiskPressure {
    enum Level { case ok, low, queueFull, full }

    let store: Store
    let stateDir: String
    let limits: OutboxLimits
    private var pendingBytes: Int64 = 0
    private var checkedAt = ContinuousClock.now - .seconds(10)

    init(store: Store, stateDir: String, limits: OutboxLimits) {
        self.store = store
        self.stateDir = stateDir
        self.limits = limits
    }

    func level() async -> Level {
        let free = DiskSpace.freeBytes(at: stateDir) ?? .max
        if free < limits.minFreeBytes { return .full }
        if ContinuousClock.now - checkedAt > .seconds(1) {
            pendingBytes = (try? await store.outboxCounts().pendingBytes) ?? pendingBytes
            checkedAt = ContinuousClock.now
        }
        if pendingBytes >= Int64(limits.maxBytes) { return .queueFull }
        if free < limits.minFreeBytes * 2 || pendingBytes > Int64(limits.maxBytes) * 9 / 10 { return .low }
        return .ok
    }
}
