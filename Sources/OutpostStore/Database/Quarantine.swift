import Foundation

/// Moves a database file that failed its integrity check aside — never deletes it — so that a
/// fresh one can be created and a technician can still inspect (or send) the damaged one.
enum Quarantine {
    /// The suffix of quarantined files: `outpost.db.corrupt-<timestamp>`.
    static let marker = ".corrupt-"

    /// Moves `path` and its `-wal`/`-shm` companions to `<path>.corrupt-<UTC timestamp>`.
    /// Returns the new path of the main file.
    static func moveAside(_ path: String, now: Date = Date()) throws -> String {
        let fm = FileManager.default
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        var target = path + marker + formatter.string(from: now)
        var n = 1
        while fm.fileExists(atPath: target) {
            n += 1
            target = path + marker + formatter.string(from: now) + "-\(n)"
        }
        try fm.moveItem(atPath: path, toPath: target)
        for suffix in ["-wal", "-shm"] where fm.fileExists(atPath: path + suffix) {
            try fm.moveItem(atPath: path + suffix, toPath: target + suffix)
        }
        return target
    }

    /// Every quarantined copy of `path` in its directory, oldest first (names only).
    static func list(for path: String) -> [String] {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        let prefix = url.lastPathComponent + marker
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names
            .filter { $0.hasPrefix(prefix) && !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") }
            .sorted()
    }
}
