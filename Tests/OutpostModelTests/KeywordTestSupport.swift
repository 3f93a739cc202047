import Foundation

/// Locates `../shared` (beside the checkout) for tests that use the shared data sets:
/// `$OUTPOST_SHARED` when set, else the folder beside the repository root found from this file.
enum KeywordSharedData {
    static let root: String = {
        if let env = ProcessInfo.processInfo.environment["OUTPOST_SHARED"], !env.isEmpty { return env }
        let repo = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repo.deletingLastPathComponent().appendingPathComponent("shared").path
    }()

    static func path(_ relative: String) -> String { root + "/" + relative }

    static func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path(relative)) }

    /// JSON objects of a JSONL file (lines that do not parse are skipped).
    static func jsonLines(_ relative: String) throws -> [[String: Any]] {
        let data = try String(contentsOfFile: path(relative), encoding: .utf8)
        return data.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
        }
    }

    static let inspecDev = "data/keyphrase/inspec_dev.jsonl"
    static let clincVal = "data/clinc150/val.jsonl"
}
