public import Foundation
import OutpostSupport

/// One document of a keyphrase evaluation set (the JSONL format of
/// ../shared/data/keyphrase: `{"id", "text", "keyphrases": [...]}`, other fields ignored).
public struct KeyphraseDocument: Sendable, Equatable {
    public var id: String
    public var text: String
    public var keyphrases: [String]

    public init(id: String, text: String, keyphrases: [String]) {
        self.id = id
        self.text = text
        self.keyphrases = keyphrases
    }
}

/// Reads keyphrase evaluation sets; every malformed line is reported with its number.
public enum KeyphraseDataset {
    /// Largest accepted file (a keyphrase set is a few MB).
    public static let maxBytes = 512 << 20

    public static func load(path: String) throws(KeywordError) -> [KeyphraseDocument] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw KeywordError(.notFound, "evaluation data \(path) does not exist: pass a JSONL file with {\"text\", \"keyphrases\"} per line")
        }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe) } catch {
            throw KeywordError(.io, "cannot read \(path) (\(error.localizedDescription)): check its permissions")
        }
        guard data.count <= maxBytes else {
            throw KeywordError(.badData, "\(path) is \(data.count >> 20) MB, over the \(maxBytes >> 20) MB limit for evaluation data")
        }
        return try parse(data, name: path)
    }

    /// Parses JSONL bytes (blank lines are skipped).
    public static func parse(_ data: Data, name: String = "input") throws(KeywordError) -> [KeyphraseDocument] {
        var documents: [KeyphraseDocument] = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            do {
                documents.append(try document(from: Data(line), fallbackID: String(lineNumber)))
            } catch {
                throw KeywordError(.badData, "\(name) line \(lineNumber): \(error.message)")
            }
        }
        guard !documents.isEmpty else { throw KeywordError(.badData, "\(name) holds no documents") }
        return documents
    }

    /// One line: a JSON object with a string `text` and an array of strings `keyphrases`.
    public static func document(from line: Data, fallbackID: String) throws(KeywordError) -> KeyphraseDocument {
        guard String(data: line, encoding: .utf8) != nil else { throw KeywordError(.badInput, "not valid UTF-8") }
        guard case .object(let dict)? = try? JSONValue.parse(line) else { throw KeywordError(.badInput, "not a JSON object") }
        guard let text = dict["text"]?.stringValue else { throw KeywordError(.badInput, "\"text\" is missing or not a string") }
        let phrases = dict["keyphrases"]?.arrayValue
        guard let strings = phrases?.compactMap(\.stringValue), strings.count == phrases?.count else {
            throw KeywordError(.badInput, "\"keyphrases\" is missing or not an array of strings")
        }
        let id = dict["id"]?.stringValue ?? dict["id"]?.intValue.map(String.init) ?? fallbackID
        return KeyphraseDocument(id: id, text: text, keyphrases: strings)
    }
}
