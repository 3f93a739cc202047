import ArgumentParser
import Foundation
import OutpostRedaction

/// `outpost redact explain`: each span with the layer and evidence that flagged it.
struct RedactExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show why each part of a text is redacted: the layer and the evidence.",
        discussion: """
            For a technician asked "why did the cloud see <PERSON_3>?": redacts the text as the
            daemon would (same mode, safe-list and site patterns) and lists every span with its
            placeholder, the layer that flagged it and that layer's evidence:
              site-pattern  a [redaction] patterns entry matched
              typed         a shape, checksum or cue word (phone, date, card, address, form field…)
              names         name lists, capitalisation, context cues, the token tagger
              safe-list     the recall net: the word is not in the safe-list (strict mode)
            The text comes from the argument or, without one, from standard input. The output
            shows the original values: run it on the box only. Exit code 0.

            Examples:
              outpost redact explain "Pt Jae-won Park, MRN 00482913, seen in Mobile"
              echo "ring Ní Bhraonáin on +353 1 234 5678" | outpost redact explain --json
              outpost redact explain --mode balanced "what does yeet mean"
            """
    )

    @Argument(help: "The text (default: standard input).")
    var text: String?

    @Flag(name: .long, help: "Print one JSON object instead of a table.")
    var json = false

    @OptionGroup var options: RedactOptions

    func run() async throws {
        let input: String
        if let text {
            input = text
        } else {
            var lines: [String] = []
            while let line = readLine(strippingNewline: false) { lines.append(line) }
            input = lines.joined()
        }
        let engine = try options.makeEngine()
        let n = input.unicodeScalars.count
        guard n <= engine.redactor.config.maxChars else {
            Terminal.error("text has \(n) characters, more than --max-chars \(engine.redactor.config.maxChars)")
            throw ExitCode.dataError
        }
        var map = PlaceholderMap()
        let (result, explanations) = engine.explain(input, map: &map)
        if json {
            JSONOutput.printLine(ExplainReport(redacted: result.redacted, mode: engine.redactor.config.mode.rawValue,
                                               safelist: engine.redactor.safeList.source, spans: explanations))
            return
        }
        print(Terminal.paint("redacted:", .bold), result.redacted)
        print(Terminal.paint("mode: \(engine.redactor.config.mode.rawValue) · safe-list: \(engine.redactor.safeList.source)", .dim))
        guard !explanations.isEmpty else { print("nothing redacted"); return }
        print("")
        let rows = explanations.map { e in
            [e.placeholder, e.text.debugDescription, "\(e.start)-\(e.end)", e.evidence.first?.layer.rawValue ?? "-",
             e.evidence.map(\.detail).joined(separator: " | ")]
        }
        let header = ["placeholder", "original", "chars", "layer", "evidence"]
        var widths = header.map(\.count)
        for r in rows { for (i, c) in r.enumerated() where i < 4 { widths[i] = max(widths[i], c.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in i < 4 ? c.padding(toLength: widths[i], withPad: " ", startingAt: 0) : c }.joined(separator: "  ")
        }
        print(Terminal.paint(line(header), .bold))
        for r in rows { print(line(r)) }
    }
}

struct ExplainReport: Encodable {
    var redacted: String
    var mode: String
    var safelist: String
    var spans: [Explanation]
}
