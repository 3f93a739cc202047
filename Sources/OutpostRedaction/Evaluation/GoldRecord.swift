public import Foundation

/// One line of a gold corpus in the format of `../shared/data/phi/dev.jsonl`.
public struct GoldRecord: Sendable, Codable {
    public struct Span: Sendable, Codable {
        public var start: Int
        public var end: Int
        public var type: String
    }
    public struct Protected: Sendable, Codable {
        public var start: Int
        public var end: Int
        public var term: String
    }
    public var id: String
    public var text: String
    public var spans: [Span]
    public var protected: [Protected]?

    /// Parses JSON Lines; blank lines are skipped. Throws on the first bad line, naming it.
    public static func parseJSONL(_ data: Data) throws -> [GoldRecord] {
        var out: [GoldRecord] = []
        let decoder = JSONDecoder()
        var lineNo = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNo += 1
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            do {
                out.append(try decoder.decode(GoldRecord.self, from: Data(line)))
            } catch {
                throw EvaluationError(message: "line \(lineNo) is not a gold record ({\"id\",\"text\",\"spans\":[{\"start\",\"end\",\"type\"}]}): \(error)")
            }
        }
        return out
    }
}

/// A gold file that cannot be read.
public struct EvaluationError: Error, Sendable, CustomStringConvertible {
    public var code: String { "redaction.bad_gold_file" }
    public var message: String
    public var description: String { "\(code): \(message)" }
}
