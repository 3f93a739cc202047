public import Foundation
import OutpostSupport

/// One labelled training/evaluation line: `{"text": "...", "intent": "..."}`.
public struct IntentExample: Sendable, Equatable, Codable {
    public var text: String
    public var intent: String

    public init(text: String, intent: String) {
        self.text = text
        self.intent = intent
    }

    /// Reads a JSONL file of examples. Blank lines are skipped; any malformed line is a
    /// `.badData` error naming the file and line.
    public static func load(path: String) throws(ModelError) -> [IntentExample] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ModelError(.notFound, "cannot read data file \(path); check the path")
        }
        return try parse(data, name: path)
    }

    public static func parse(_ data: Data, name: String) throws(ModelError) -> [IntentExample] {
        guard let content = String(data: data, encoding: .utf8) else {
            throw ModelError(.badData, "\(name) is not UTF-8 text")
        }
        var out: [IntentExample] = []
        for (i, line) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            guard let object = try? JSONValue.parse(Data(trimmed.utf8)),
                  let text = object["text"]?.stringValue, let intent = object["intent"]?.stringValue, !intent.isEmpty
            else {
                throw ModelError(.badData, "\(name) line \(i + 1): expected {\"text\": string, \"intent\": string}")
            }
            out.append(IntentExample(text: text, intent: intent))
        }
        guard !out.isEmpty else { throw ModelError(.badData, "\(name) has no examples") }
        return out
    }
}
