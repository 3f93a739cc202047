import Foundation
import GRDB

/// The raw SQLite ceiling on this disk: one-row durable commits per second (WAL, synchronous=FULL),
/// the peer figure for the daemon's acknowledged-submit throughput.
public enum CommitBenchmark {
    public static func commitsPerSecond(directory: String, seconds: Double = 3) throws -> (commits: Int, perSecond: Double) {
        let path = (directory as NSString).appendingPathComponent("commit-bench-\(UUID().uuidString.prefix(8)).db")
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        var config = Configuration()
        config.journalMode = .wal
        config.prepareDatabase { try $0.execute(sql: "PRAGMA synchronous = FULL") }
        let queue = try DatabaseQueue(path: path, configuration: config)
        try queue.write { try $0.execute(sql: "CREATE TABLE t(id INTEGER PRIMARY KEY, payload BLOB)") }
        let payload = Data(repeating: 0x41, count: 600)
        let start = Date()
        var n = 0
        while Date().timeIntervalSince(start) < seconds {
            try queue.write { try $0.execute(sql: "INSERT INTO t(payload) VALUES (?)", arguments: [payload]) }
            n += 1
        }
        try queue.close()
        return (n, Double(n) / Date().timeIntervalSince(start))
    }
}
