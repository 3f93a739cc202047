import Foundation

/// Finds board files: a path (anything with a `/` or ending in `.toml`) is used as is; a
/// bare name (`raspberry-pi-5`) is looked up as `<dir>/<name>.toml` in each directory in
/// turn (default `./board`, then `/usr/share/outpost/board`).
public struct BoardLocator: Sendable {
    public static let defaultDirectories = ["board", "/usr/share/outpost/board"]

    public var directories: [String]

    public init(directories: [String] = BoardLocator.defaultDirectories) {
        self.directories = directories
    }

    /// The file a name or path refers to.
    public func path(for nameOrPath: String) throws(LightsError) -> String {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            guard FileManager.default.fileExists(atPath: nameOrPath) else {
                throw LightsError(.boardNotFound, "no board file at \(nameOrPath)", entry: nameOrPath)
            }
            return nameOrPath
        }
        for dir in directories {
            let candidate = (dir as NSString).appendingPathComponent("\(nameOrPath).toml")
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        let known = available().joined(separator: ", ")
        throw LightsError(.boardNotFound, "no board named \"\(nameOrPath)\" in \(directories.joined(separator: ", "))"
                          + (known.isEmpty ? "" : " (available: \(known))"), entry: nameOrPath)
    }

    /// Loads and parses the board a name or path refers to.
    public func load(_ nameOrPath: String) throws(LightsError) -> Board {
        try Board.load(path: path(for: nameOrPath))
    }

    /// Board names found in the directories, sorted, without duplicates.
    public func available() -> [String] {
        var names = Set<String>()
        for dir in directories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
            for file in files where file.hasSuffix(".toml") { names.insert(String(file.dropLast(5))) }
        }
        return names.sorted()
    }
}
