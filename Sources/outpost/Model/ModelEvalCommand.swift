import ArgumentParser
import Foundation
import OutpostModel

struct ModelEvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure a trained model on labelled JSONL examples.",
        discussion: """
            Prints in-scope accuracy (a correct in-scope intent that is not flagged out of scope), \
            out-of-scope recall and precision (label `oos`), the most frequent confusions, and \
            throughput (texts per second, one thread, tokenizer + encoder + head).

            Examples:
              outpost model eval --model demo.outpost --data examples/intents/val.jsonl
              outpost model eval --model clinc.outpost --data ../shared/data/clinc150/val.jsonl --json
            """
    )

    @Option(name: .long, help: "Model file with an intent head (from `model train`).")
    var model: String
    @Option(name: .long, help: "Labelled examples (JSONL {\"text\",\"intent\"}).")
    var data: String
    @Flag(name: .long, help: "Print one JSON object.")
    var json = false

    func run() async throws {
        let loaded = try ModelCLI.load(model, json: json)
        let examples = try ModelCLI.examples(data, json: json)
        let bar = ProgressBar("evaluating", total: examples.count)
        let result: IntentEvaluation
        do {
            result = try IntentEvaluation.run(model: loaded, examples: examples) { done, _ in bar.update(done) }
        } catch {
            throw ModelCLI.fail(error, json: json)
        }
        bar.finish()
        if json {
            JSONOutput.printLine(result)
            return
        }
        print("examples        \(result.examples) (\(result.inScopeExamples) in scope, \(result.oosExamples) oos)")
        print(String(format: "in-scope acc    %.2f%%", result.inScopeAccuracy * 100))
        print(String(format: "oos recall      %.2f%%   precision %.2f%%   (threshold %.2f)", result.oosRecall * 100, result.oosPrecision * 100, result.threshold))
        print(String(format: "throughput      %.0f texts/s", result.textsPerSecond))
        if !result.confusions.isEmpty {
            print(Terminal.paint("most frequent confusions (expected → predicted):", .bold))
            for c in result.confusions { print("  \(c.count)×  \(c.expected) → \(c.predicted)") }
        }
    }
}
