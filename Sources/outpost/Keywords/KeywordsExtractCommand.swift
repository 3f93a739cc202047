import ArgumentParser
import Foundation
import OutpostModel
import OutpostSupport

/// `outpost keywords extract` — keyphrases for each JSONL line on stdin.
struct KeywordsExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract keyphrases from JSONL texts on stdin.",
        discussion: """
            Input: one {"text": "..."} per line (an "id" is echoed back). Output with --json: one \
            line per input, in order, {"id"?, "keywords": [{"text", "score"}, ...]} best first; a bad \
            line gets {"error": {"code", "message"}} and the stream goes on. Without --json: one \
            readable line per input.

            Examples:
              echo '{"text": "My card was charged twice at the pharmacy"}' | outpost keywords extract --json
              outpost keywords extract --limit 5 --no-model < notes.jsonl
            Exit codes: 0 ok, 65 when any line was malformed (the stream still goes on) or the model file is bad, 66 model file missing.
            """
    )

    @OptionGroup var modelOptions: KeywordsModelOptions

    @Option(name: .long, help: "Keyphrases per text (1-100).")
    var limit = 10

    @Flag(name: .long, help: "JSONL output.")
    var json = false

    /// Longest accepted input line.
    static let maxLineBytes = 1 << 20

    func validate() throws {
        guard (1...100).contains(limit) else { throw ValidationError("--limit must be between 1 and 100") }
    }

    func run() async throws {
        let model = try modelOptions.load(json: json)
        let extractor = KeywordExtractor()
        var failures = 0
        var lineNumber = 0
        while let line = readLine(strippingNewline: true) {
            lineNumber += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            switch parse(line) {
            case .failure(let error):
                failures += 1
                if json { JSONOutput.printError(code: error.code.description, message: "line \(lineNumber): \(error.message)") }
                else { Terminal.error("line \(lineNumber): \(error.message)") }
            case .success(let (id, text)):
                let keywords: [Keyword]
                if let model {
                    let (tokens, output) = model.encode(text)
                    keywords = extractor.extract(text: text, tokens: tokens, encoded: output, limit: limit)
                } else {
                    keywords = extractor.extract(text: text, tokens: nil, limit: limit)
                }
                if json {
                    JSONOutput.printLine(Extracted(keywords: keywords.map { .init(text: $0.text, score: (Double($0.score) * 1000).rounded() / 1000) }, id: id))
                } else {
                    let shown = keywords.map { "\($0.text) " + Terminal.paint(String(format: "%.2f", $0.score), .dim) }
                    print((id.map { "\(Self.text(of: $0)): " } ?? "") + shown.joined(separator: ", "))
                }
            }
        }
        if failures > 0 && !json { Terminal.error("\(failures) line(s) could not be read") }
        if failures > 0 { throw ExitCode.dataError }
    }

    /// `(id, text)` of one input line.
    func parse(_ line: String) -> Result<(JSONValue?, String), KeywordError> {
        guard line.utf8.count <= Self.maxLineBytes else {
            return .failure(KeywordError(.badInput, "line is over \(Self.maxLineBytes >> 10) KB; split the text"))
        }
        guard case .object(let dict)? = try? JSONValue.parse(Data(line.utf8)) else {
            return .failure(KeywordError(.badInput, "not a JSON object; expected {\"text\": \"...\"}"))
        }
        guard let text = dict["text"]?.stringValue else {
            return .failure(KeywordError(.badInput, "\"text\" is missing or not a string"))
        }
        // The caller's id, echoed as it came: a string or a number.
        let id = dict["id"].flatMap { value -> JSONValue? in
            switch value {
            case .string, .number: return value
            default: return nil
            }
        }
        return .success((id, text))
    }
}

extension KeywordsExtractCommand {
    /// An id as text: the string itself, or the number (whole numbers without a fraction).
    static func text(of id: JSONValue) -> String {
        switch id {
        case .string(let s): return s
        case .number(let n): return n.rounded() == n && abs(n) < 9e15 ? String(Int(n)) : String(n)
        default: return ""
        }
    }

    /// One `--json` output line.
    struct Extracted: Encodable {
        struct Phrase: Encodable { var text: String; var score: Double }
        var keywords: [Phrase]
        var id: JSONValue?
    }
}
