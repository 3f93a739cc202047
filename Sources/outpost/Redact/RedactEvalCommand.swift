import ArgumentParser
import Foundation
import OutpostRedaction

/// `outpost redact eval`: scores redaction against gold spans like eval_baselines.py's score().
struct RedactEvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score redaction against a gold JSONL corpus (leaks, recall, precision, latency).",
        discussion: """
            The corpus has one {"id", "text", "spans": [{"start","end","type"}], "protected": [...]}
            per line (the format of ../shared/data/phi/dev.jsonl). Scoring is type-agnostic and
            counts only letters and digits: a gold span is caught when every one of its
            alphanumeric characters is redacted; a text leaks when any span is not caught.
            Latency is per text after 20 warm-up texts, on the calling thread: pin it with
            `taskset -c 1` for stable figures. Exit code 1 when any text leaks.

            Examples:
              outpost redact eval --data ../shared/data/phi/dev.jsonl
              taskset -c 1 outpost redact eval --data dev.jsonl --model ~/.cache/outpost/minilm-l6.outpost --json
            """
    )

    @Option(name: .long, help: "Gold JSONL file.")
    var data: String

    @Flag(name: .long, help: "Print one JSON object instead of tables.")
    var json = false

    @Flag(name: .long, help: "List every missed span (id, type, value) after the tables.")
    var showMisses = false

    @OptionGroup var options: RedactOptions

    func run() async throws {
        guard let bytes = FileManager.default.contents(atPath: data) else {
            if json { JSONOutput.printError(code: "no_input", message: "cannot read \(data)") }
            Terminal.error("cannot read \(data): check the path (e.g. ../shared/data/phi/dev.jsonl)")
            throw ExitCode.noInput
        }
        let records: [GoldRecord]
        do {
            records = try GoldRecord.parseJSONL(bytes)
        } catch let error as EvaluationError {
            if json { JSONOutput.printError(code: error.code, message: error.message) }
            Terminal.error(error.message)
            throw ExitCode.dataError
        }
        let engine = try options.makeEngine()
        let eval = RedactionEvaluation.run(records) { text in
            var map = PlaceholderMap()
            let r = (try? engine.redact(text, map: &map)) ?? RedactionResult(redacted: text, entities: [])
            return r.entities.map { ($0.start, $0.end) }
        }
        if json {
            JSONOutput.printLine(EvalReport(eval, data: data, encoder: options.model != nil))
        } else {
            print(Self.tables(eval, encoder: options.model != nil))
            if showMisses { for m in eval.score.missed { print("missed \(m.id) \(m.type) \(m.value.debugDescription)") } }
        }
        if eval.score.leakTexts > 0 { throw ExitCode.failure }
    }

    static func tables(_ e: RedactionEvaluation, encoder: Bool) -> String {
        let s = e.score
        func pct(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
        var l: [String] = []
        l.append("| metric | value |")
        l.append("|---|---|")
        l.append("| **leak texts** (>=1 identifier survives) | **\(s.leakTexts) / \(s.textsWithPHI) (\(pct(s.leakRate)))** |")
        l.append("| span recall, full cover | \(pct(s.spanRecallFull)) |")
        l.append("| span recall, >=1 char | \(pct(s.spanRecallPartial)) |")
        l.append("| char recall | \(pct(s.charRecall)) |")
        l.append("| char precision | \(pct(s.charPrecision)) |")
        l.append("| span precision | \(pct(s.spanPrecision)) |")
        l.append("| no-identifier texts touched | \(s.falseAlarmTexts) / \(s.nophiTexts) |")
        l.append("| protected terms redacted | \(s.protectedRedacted) / \(s.protectedTotal) (kept \(pct(1 - Double(s.protectedRedacted) / Double(max(1, s.protectedTotal))))) |")
        l.append("| latency p50 / p95 per text\(encoder ? " (encoder included)" : "") | \(String(format: "%.3f / %.3f ms", e.latencyP50ms, e.latencyP95ms)) |")
        l.append("")
        l.append("| type (gold spans) | full recall | char recall | misses |")
        l.append("|---|---|---|---|")
        for (t, c) in s.perType.sorted(by: { $0.key < $1.key }) {
            let misses = s.missed.filter { $0.type == t }.count
            l.append("| \(t) (\(c.spans)) | \(pct(c.recallFull)) | \(pct(c.charRecall)) | \(misses) |")
        }
        if !s.protectedHit.isEmpty {
            l.append("")
            l.append("protected terms hit: " + s.protectedHit.sorted { $0.value > $1.value }.prefix(15).map { "\($0.key) ×\($0.value)" }.joined(separator: ", "))
        }
        return l.joined(separator: "\n")
    }
}

/// The `--json` shape of `outpost redact eval`.
struct EvalReport: Encodable {
    var data: String
    var encoder: Bool
    var texts: Int
    var textsWithIdentifiers: Int
    var leakTexts: Int
    var leakRate: Double
    var spanRecallFull: Double
    var spanRecallPartial: Double
    var charRecall: Double
    var charPrecision: Double
    var spanPrecision: Double
    var noIdentifierTexts: Int
    var noIdentifierTextsTouched: Int
    var protectedTotal: Int
    var protectedRedacted: Int
    var perTypeMisses: [String: Int]
    var perType: [String: RedactionScore.TypeScore]
    var latencyP50Ms: Double
    var latencyP95Ms: Double
    var textsPerSecond: Double
    var missed: [RedactionScore.Miss]

    init(_ e: RedactionEvaluation, data: String, encoder: Bool) {
        let s = e.score
        self.data = data
        self.encoder = encoder
        texts = s.texts
        textsWithIdentifiers = s.textsWithPHI
        leakTexts = s.leakTexts
        leakRate = s.leakRate
        spanRecallFull = s.spanRecallFull
        spanRecallPartial = s.spanRecallPartial
        charRecall = s.charRecall
        charPrecision = s.charPrecision
        spanPrecision = s.spanPrecision
        noIdentifierTexts = s.nophiTexts
        noIdentifierTextsTouched = s.falseAlarmTexts
        protectedTotal = s.protectedTotal
        protectedRedacted = s.protectedRedacted
        perTypeMisses = Dictionary(grouping: s.missed, by: \.type).mapValues(\.count)
        perType = s.perType
        latencyP50Ms = e.latencyP50ms
        latencyP95Ms = e.latencyP95ms
        textsPerSecond = e.textsPerSecond
        missed = s.missed
    }
}
