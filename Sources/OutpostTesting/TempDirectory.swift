import Foundation

/// A fresh directory under the system temp dir, removed by `remove()`. Database tests use real
/// files here: power-loss and corruption behaviour only shows on a file.
public struct TempDirectory: Sendable {
    public let path: String

    public init(prefix: String = "outpost-test") throws {
        let base = FileManager.default.temporaryDirectory.path
        // Short names: Unix socket paths are limited to 107 bytes.
        path = "\(base)/\(prefix)-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    public func file(_ name: String) -> String { "\(path)/\(name)" }

    public func write(_ name: String, _ text: String) throws -> String {
        let p = file(name)
        try text.write(toFile: p, atomically: true, encoding: .utf8)
        return p
    }

    public func remove() { try? FileManager.default.removeItem(atPath: path) }
}
