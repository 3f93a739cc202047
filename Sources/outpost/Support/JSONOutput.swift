import Foundation

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

    /// Prints a JSON-serializable dictionary/array (from `JSONSerialization`) as one line.
    static func printObject(_ object: Any) {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data(#"{"error":{"code":"encode_failed","message":"could not encode output"}}"#.utf8)
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }

    /// The error line for a JSONL stream: `{"error": {"code", "message"}}`.
    static func errorObject(code: String, message: String) -> [String: Any] {
        ["error": ["code": code, "message": message]]
    }
}
