import ArgumentParser
import Foundation
import OutpostModel
import OutpostRedaction
import OutpostSupport

/// `outpost redact`: JSONL in, redacted JSONL out; `outpost redact eval`: score against gold spans.
struct RedactCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redact",
        abstract: "Redact identifiers from JSONL texts on stdin.",
        discussion: """
            Reads one JSON object per line, {"text": "..."}, and writes one line per input:
            {"redacted": "...", "entities": [{"start", "end", "type", "placeholder"}]}.
            Offsets count Unicode scalars of the input (Python string indices), end exclusive.
            Lines that share a "conversation" value share placeholders (a repeated value keeps
            its placeholder); other lines are independent. A bad line gets
            {"error": {"code", "message"}} and the stream goes on.

            Examples:
              echo '{"text":"Patient John Okafor, MRN 00482913"}' | outpost redact
              outpost redact --model ~/.cache/outpost/minilm-l6.outpost < notes.jsonl
              outpost redact --pattern 'MRN=H[0-9]{7}' < notes.jsonl
              outpost redact eval --data ../shared/data/phi/dev.jsonl
              outpost redact explain "Pt Jae-won Park seen in Mobile"
              outpost redact train-tagger --model ~/.cache/outpost/minilm-l6.outpost --names ../shared/data/names
            """,
        subcommands: [RedactEvalCommand.self, RedactExplainCommand.self, RedactTrainTaggerCommand.self, RedactTrainSequenceTaggerCommand.self]
    )

    @OptionGroup var options: RedactOptions

    func run() async throws {
        let engine = try options.makeEngine()
        var maps: [String: PlaceholderMap] = [:]
        while let line = readLine(strippingNewline: true) {
            if line.allSatisfy(\.isWhitespace) { continue }
            guard case .object(let obj)? = try? JSONValue.parse(Data(line.utf8)) else {
                JSONOutput.printError(code: "bad_input", message: "line is not a JSON object; expected {\"text\": \"...\"}")
                continue
            }
            guard let text = obj["text"]?.stringValue else {
                JSONOutput.printError(code: "bad_input", message: "missing string field \"text\"; expected {\"text\": \"...\"}")
                continue
            }
            // A string, or a whole number.
            let conversation = obj["conversation"]?.stringValue
                ?? obj["conversation"]?.numberValue.flatMap { $0.rounded() == $0 && abs($0) < 9e15 ? String(Int($0)) : nil }
            var map = conversation.flatMap { maps[$0] } ?? PlaceholderMap()
            do {
                let result = try engine.redact(text, map: &map)
                if let conversation { maps[conversation] = map }
                JSONOutput.printLine(result)
            } catch let error as RedactionError {
                JSONOutput.printError(code: error.code, message: error.message)
            }
        }
    }
}

/// Options shared by `redact` and `redact eval`.
struct RedactOptions: ParsableArguments {
    @Option(name: .long, help: "Encoder model file: the name tagger also reads its token vectors.")
    var model: String?

    @Option(name: .long, help: "Site pattern TYPE=REGEX (repeatable), like [redaction] patterns in the config.")
    var pattern: [String] = []

    @Flag(name: .long, help: "With --model: run the encoder but not the name tagger (for comparisons).")
    var noTagger = false

    @Option(name: .long, help: "Refuse texts longer than this many characters.")
    var maxChars: Int = 1 << 20

    @Option(name: .long, help: "strict (every word not in the safe-list is redacted; the default) or balanced.")
    var mode: String = "strict"

    @Option(name: .long, help: "Compiled safe-list file (default: $OUTPOST_SAFELIST, /usr/share/outpost/safelist.bin, $OUTPOST_CACHE/safelist.bin).")
    var safelist: String?

    @Option(name: .long, help: "Sequence-tagger weight file (default: $OUTPOST_TAGGER, /usr/share/outpost/tagger.bin, $OUTPOST_CACHE/tagger.bin); 'none' runs without the learned layer.")
    var sequenceTagger: String?

    func validate() throws {
        if let sequenceTagger, sequenceTagger != "none", !FileManager.default.fileExists(atPath: sequenceTagger) {
            throw ValidationError("--sequence-tagger \(sequenceTagger) does not exist; build it with scripts/tagger/build.sh --out \(sequenceTagger)")
        }
        for p in pattern where !p.contains("=") {
            throw ValidationError("--pattern must look like TYPE=REGEX, e.g. MRN=H[0-9]{7} (got \(p.debugDescription))")
        }
        if maxChars < 1 { throw ValidationError("--max-chars must be at least 1") }
        if RedactionMode(rawValue: mode) == nil { throw ValidationError("--mode must be strict or balanced (got \(mode.debugDescription))") }
        if let safelist, !FileManager.default.fileExists(atPath: safelist) {
            throw ValidationError("--safelist \(safelist) does not exist; build it with scripts/safelist/build.sh --out \(safelist)")
        }
    }

    func makeEngine() throws -> RedactionEngine {
        var config = RedactionConfig(customPatterns: pattern.map { p in
            let parts = p.split(separator: "=", maxSplits: 1).map(String.init)
            return CustomPattern(type: parts[0], regex: parts.count > 1 ? parts[1] : "")
        })
        config.maxChars = maxChars
        config.mode = RedactionMode(rawValue: mode) ?? .strict
        if let safelist { config.safeListPaths = [safelist] }
        if let sequenceTagger { config.sequenceTaggerPaths = sequenceTagger == "none" ? [] : [sequenceTagger] }
        let redactor: Redactor
        do {
            redactor = try Redactor(config: config)
        } catch let error as RedactionError {
            Terminal.error(error.message)
            throw ExitCode.config
        }
        var loaded: Model?
        if let model {
            guard FileManager.default.fileExists(atPath: model) else {
                Terminal.error("model file \(model) does not exist; import it with scripts/fetch-encoder.sh or drop --model")
                throw ExitCode.noInput
            }
            do {
                loaded = try Model.load(path: model)
            } catch {
                Terminal.error("cannot load model \(model): \(error)")
                throw ExitCode.dataError
            }
        }
        guard let loaded else { return RedactionEngine(redactor: redactor, model: nil) }
        // the shipped tagger was trained on this encoder's vectors; another encoder runs without it
        let tagger: LinearNameTagger? = loaded.encoder.config.dim == LinearNameTagger.shipped.weights.count && !noTagger ? .shipped : nil
        if tagger == nil && !noTagger {
            Terminal.error("the shipped name tagger expects dim \(LinearNameTagger.shipped.weights.count), the model has \(loaded.encoder.config.dim): names rely on context and lists only")
        }
        return RedactionEngine(redactor: try Redactor(config: config, tagger: tagger, safeList: redactor.safeList), model: loaded)
    }
}

/// The redactor plus, optionally, the encoder whose token vectors it reads.
struct RedactionEngine: Sendable {
    let redactor: Redactor
    let model: Model?

    func redact(_ text: String, map: inout PlaceholderMap) throws -> RedactionResult {
        let n = text.unicodeScalars.count
        guard n <= redactor.config.maxChars else { throw RedactionError.inputTooLarge(scalars: n, limit: redactor.config.maxChars) }
        if let model { return redactor.redact(text, model: model, map: &map) }
        return redactor.redact(text, map: &map)
    }

    func explain(_ text: String, map: inout PlaceholderMap) -> (result: RedactionResult, explanations: [Explanation]) {
        if let model { return redactor.explain(text, model: model, map: &map) }
        return redactor.explain(text, map: &map)
    }
}
