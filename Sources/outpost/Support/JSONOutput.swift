import Foundation
import OutpostAPI
import OutpostSupport

/// JSON output helpers shared by every command: one object per line, sorted keys, and the
/// one error shape Outpost uses everywhere: `{"error": {"code": "...", "message": "..."}}`.
enum JSONOutput {
    static func encoder(pretty: Bool = false) -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    /// Prints a value as one JSON line on stdout.
    static func printLine<T: Encodable>(_ value: T) {
        let data = (try? encoder().encode(value)) ?? Data(#"{"error":{"code":"encode_failed","message":"could not encode output"}}"#.utf8)
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }

    /// Prints the error line of a JSONL stream: `{"error": {"code", "message"}}`.
    static func printError(code: String, message: String) {
        printLine(ErrorBody(code: code, message: message))
    }

    /// A `{"text": "..."}` input line of the offline commands (other fields are ignored).
    struct TextLine: Decodable {
        var text: String?
        var conversationID: String?
        enum CodingKeys: String, CodingKey { case text, conversationID = "conversation_id" }

        /// Decodes one line; nil when it is not a JSON object. Fields of another type read as absent.
        static func parse(_ line: String) -> TextLine? {
            guard case .object(let members)? = try? JSONValue.parse(Data(line.utf8)) else { return nil }
            return TextLine(text: members["text"]?.stringValue, conversationID: members["conversation_id"]?.stringValue)
        }
    }
}
