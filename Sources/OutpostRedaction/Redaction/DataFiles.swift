import Foundation

/// Where the redactor's compiled data files are looked for when no path is configured: the file
/// named by an environment variable, the package's copy in `/usr/share/outpost`, then the build
/// cache (`$OUTPOST_CACHE`, default `~/.cache/outpost`).
enum DataFiles {
    static func defaultPaths(variable: String, file: String) -> [String] {
        let env = ProcessInfo.processInfo.environment
        var paths: [String] = []
        if let p = env[variable], !p.isEmpty { paths.append(p) }
        paths.append("/usr/share/outpost/\(file)")
        let cache = env["OUTPOST_CACHE"].flatMap { $0.isEmpty ? nil : $0 } ?? (env["HOME"].map { "\($0)/.cache/outpost" } ?? "")
        if !cache.isEmpty { paths.append("\(cache)/\(file)") }
        return paths
    }

    /// The first of `paths` that exists.
    static func firstExisting(_ paths: [String]) -> String? {
        paths.first { FileManager.default.fileExists(atPath: $0) }
    }
}
