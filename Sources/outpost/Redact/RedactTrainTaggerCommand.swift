import ArgumentParser
import Foundation
import OutpostBench
import OutpostModel
import OutpostRedaction

/// `outpost redact train-tagger`: retrains the name tagger on the encoder's token vectors.
struct RedactTrainTaggerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-tagger",
        abstract: "Train the name tagger on generated sentences and write its weights as Swift source.",
        discussion: """
            Generates sentences from built-in templates (not from any evaluation data) with names
            from the Census lists in --names (dist.female.first, dist.male.first, dist.all.last)
            plus the built-in world names, encodes them with --model, fits a logistic tagger on
            the token vectors and writes Sources/OutpostRedaction/Tagger/TaggerWeights.swift
            (or --out). Deterministic for a given --seed. Takes about a minute on one core.

            Example:
              outpost redact train-tagger --model ~/.cache/outpost/minilm-l6.outpost \\
                  --names ../shared/data/names --out Sources/OutpostRedaction/Tagger/TaggerWeights.swift
            """
    )

    @OptionGroup var options: RedactOptions
    @Option(name: .long, help: "Folder with the Census name lists.") var names: String
    @Option(name: .long, help: "Output Swift file.") var out = "Sources/OutpostRedaction/Tagger/TaggerWeights.swift"
    @Option(name: .long, help: "Number of generated sentences.") var sentences = 3000
    @Option(name: .long, help: "Random seed.") var seed: UInt64 = 11
    @Flag(name: .long, help: "Print the training report as JSON.") var json = false

    func validate() throws {
        if options.model == nil { throw ValidationError("--model <encoder file> is required (e.g. ~/.cache/outpost/minilm-l6.outpost)") }
        if sentences < 100 { throw ValidationError("--sentences must be at least 100") }
    }

    func run() async throws {
        func read(_ file: String, limit: Int) throws -> [String] {
            let path = (names as NSString).appendingPathComponent(file)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                Terminal.error("cannot read \(path): --names must be the folder with the Census lists (../shared/data/names)")
                throw ExitCode.noInput
            }
            return text.split(separator: "\n").prefix(limit).compactMap { line in
                line.split(separator: " ").first.map { $0.prefix(1) + $0.dropFirst().lowercased() }
            }
        }
        let given = try read("dist.female.first", limit: 2000) + read("dist.male.first", limit: 800) + WorldNamesExport.given
        let surnames = try read("dist.all.last", limit: 8000) + WorldNamesExport.surnames
        let model = options.model ?? ""
        let loaded: Model
        do {
            loaded = try Model.load(path: model)
        } catch {
            Terminal.error("cannot load model \(model): \(error)")
            throw ExitCode.noInput
        }
        let corpus = TaggerCorpus.generate(count: sentences, givenNames: given, surnames: surnames, seed: seed)
        let (tagger, report) = NameTaggerTrainer.train(model: loaded, corpus: corpus, seed: seed)
        try tagger.swiftSource(encoderName: loaded.metadata["name"] ?? "minilm-l6", report: report)
            .write(toFile: out, atomically: true, encoding: .utf8)
        if json {
            JSONOutput.printLine(Trained(examples: report.examples, tokens: report.tokens, positives: report.positives,
                                         heldOutPrecision: report.heldOutPrecision, heldOutRecall: report.heldOutRecall, out: out))
        } else {
            print("trained on \(report.tokens) tokens of \(report.examples) sentences; held-out precision \(String(format: "%.3f", report.heldOutPrecision)), recall \(String(format: "%.3f", report.heldOutRecall)); wrote \(out)")
        }
    }
}

extension RedactTrainTaggerCommand {
    /// `--json` output (keys as they always were, camel case).
    struct Trained: Encodable {
        var examples: Int
        var tokens: Int
        var positives: Int
        var heldOutPrecision: Double
        var heldOutRecall: Double
        var out: String
    }
}
