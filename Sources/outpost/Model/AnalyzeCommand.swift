import ArgumentParser
import Foundation
import OutpostModel
import OutpostRedaction
import OutpostAnalysis

/// `outpost analyze`: JSONL texts in, one analysis line per input out (in order).
struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyze JSONL texts from stdin: intent, keywords, entities.",
        discussion: """
            Reads one JSON object per line, {"text": "..."}, and writes one line per input, in \
            order: {"intent": "...", "confidence": 0.0-1.0, "in_scope": true|false, \
            "best_in_scope": "...", "tokens": N, "keywords": [{"text", "score"}], "entities": \
            [{"start", "end", "type", "placeholder"}], "redacted": "..."}. One encoder pass per \
            text serves every field: the name tagger reads its token vectors, keywords pool them, \
            and a keyword over an identifier shows its placeholder. Offsets count Unicode scalars. \
            Lines with the same "conversation_id" share placeholders. A bad line gets {"error": {"code", "message"}} on \
            its line and the stream goes on. `intent` is "oos" when in_scope is false; \
            best_in_scope keeps the most likely in-scope intent.

            Examples:
              echo '{"text":"I lost my debit card"}' | outpost analyze --model demo.outpost
              outpost analyze --model demo.outpost --keywords 5 < requests.jsonl
            """
    )

    @Option(name: .long, help: "Model file (from `model train`; an encoder-only file gives keywords only).")
    var model: String
    @Option(name: .long, help: "Keyphrases per text, best first (0: none).")
    var keywords = 10
    @Option(name: .long, help: "Refuse texts longer than this many characters (Unicode scalars).")
    var maxChars = 100_000

    func validate() throws {
        guard keywords >= 0, keywords <= 100 else { throw ValidationError("--keywords must be 0...100") }
        guard maxChars >= 1 else { throw ValidationError("--max-chars must be at least 1") }
    }

    func run() async throws {
        let loaded = try ModelCLI.load(model, json: true)
        if loaded.intentHead == nil {
            Terminal.error("note: \(model) has no intent head (train one with `outpost model train`); printing no intent fields")
        }
        let redactor: Redactor
        do { redactor = try Redactor() } catch {
            Terminal.error("outpost: cannot build the redactor: \(error)")
            throw ExitCode.software
        }
        let analyzer = Analyzer(model: loaded, redactor: redactor, keywordLimit: keywords)
        var maps: [String: PlaceholderMap] = [:]
        while let line = readLine(strippingNewline: true) {
            if line.allSatisfy(\.isWhitespace) { continue }
            guard let object = JSONOutput.TextLine.parse(line) else {
                JSONOutput.printError(code: "bad_input", message: "line is not a JSON object; expected {\"text\": \"...\"}")
                continue
            }
            guard let text = object.text else {
                JSONOutput.printError(code: "bad_input", message: "missing string field \"text\"; expected {\"text\": \"...\"}")
                continue
            }
            let length = text.unicodeScalars.count
            guard length <= maxChars else {
                JSONOutput.printError(code: "too_long", message: "text has \(length) characters; the limit is \(maxChars) (--max-chars)")
                continue
            }
            let conversation = object.conversationID ?? ""
            var map = conversation.isEmpty ? PlaceholderMap() : maps[conversation, default: PlaceholderMap()]
            let analysis = analyzer.analyze(text, map: &map)
            if !conversation.isEmpty { maps[conversation] = map }
            var out = Analyzed(tokens: analysis.tokens, redacted: analysis.redacted)
            if let intent = analysis.intent {
                out.intent = intent.intent
                out.confidence = (Double(intent.confidence) * 10000).rounded() / 10000
                out.inScope = intent.inScope
                out.bestInScope = intent.bestInScope
            }
            if keywords > 0 {
                out.keywords = analysis.keywords.map { .init(text: $0.text, score: (Double($0.score) * 10000).rounded() / 10000) }
            }
            out.entities = analysis.entities.map { .init(start: $0.start, end: $0.end, type: $0.type.rawValue, placeholder: $0.placeholder) }
            JSONOutput.printLine(out)
        }
    }
}

extension AnalyzeCommand {
    /// One output line: what the box understood about one input line.
    struct Analyzed: Encodable {
        struct Phrase: Encodable { var text: String; var score: Double }
        struct Span: Encodable { var start: Int; var end: Int; var type: String; var placeholder: String }
        var tokens: Int
        var intent: String?
        var confidence: Double?
        var inScope: Bool?
        var bestInScope: String?
        var keywords: [Phrase]?
        var entities: [Span] = []
        var redacted: String
        enum CodingKeys: String, CodingKey {
            case tokens, intent, confidence, keywords, entities, redacted
            case inScope = "in_scope", bestInScope = "best_in_scope"
        }
        init(tokens: Int, redacted: String) { self.tokens = tokens; self.redacted = redacted }
    }
}
