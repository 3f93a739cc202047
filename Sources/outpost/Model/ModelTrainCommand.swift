import ArgumentParser
import Foundation
import OutpostModel

struct ModelTrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train an intent head on JSONL examples and write a self-contained model file.",
        discussion: """
            Data: one JSON object per line, {"text": "...", "intent": "..."}; the label `oos` \
            marks out-of-scope examples (a class of its own). The head is an ensemble of softmax \
            regressions on the sentence vector; the out-of-scope confidence threshold is \
            calibrated on --val (or on a stratified 10% of --data when --val is absent): the \
            largest threshold that keeps in-scope accuracy within --max-accuracy-drop of no \
            threshold. Deterministic for a given --seed.

            Examples:
              outpost model train --encoder minilm-l6.outpost --data examples/intents/train.jsonl --val examples/intents/val.jsonl --out demo.outpost
              outpost model train --encoder minilm-l6.outpost --data train.jsonl --out site.outpost --seed 7 --json
            """
    )

    @Option(name: .long, help: "Model file with the encoder (from `model import`; an existing head is replaced).")
    var encoder: String
    @Option(name: .long, help: "Training examples (JSONL {\"text\",\"intent\"}).")
    var data: String
    @Option(name: .long, help: "Validation examples for calibration (JSONL).")
    var val: String?
    @Option(name: .long, help: "Model file to write.")
    var out: String
    @Option(name: .long, help: "Random seed.")
    var seed: UInt64 = 1
    @Option(name: .long, help: "Training epochs per ensemble member.")
    var epochs = 15
    @Option(name: .long, help: "Ensemble members.")
    var members = 3
    @Option(name: .long, help: "Calibration: allowed in-scope accuracy loss from the threshold (0-1).")
    var maxAccuracyDrop: Float = 0.004
    @Flag(name: .long, help: "Print a JSON summary.")
    var json = false

    func validate() throws {
        guard epochs >= 1, epochs <= 1000 else { throw ValidationError("--epochs must be 1...1000") }
        guard members >= 1, members <= 16 else { throw ValidationError("--members must be 1...16") }
        guard maxAccuracyDrop >= 0, maxAccuracyDrop < 1 else { throw ValidationError("--max-accuracy-drop must be in [0, 1)") }
    }

    func run() async throws {
        let model = try ModelCLI.load(encoder, json: json)
        let train = try ModelCLI.examples(data, json: json)
        let validation = try val.map { try ModelCLI.examples($0, json: json) }
        var options = IntentTrainer.Options()
        options.seed = seed
        options.epochs = epochs
        options.members = members
        options.maxAccuracyDrop = maxAccuracyDrop
        let encodeBar = ProgressBar("encoding", total: train.count + (validation?.count ?? 0))
        var trainBar: ProgressBar?
        let report: IntentTraining.Report
        do {
            report = try IntentTraining.run(model: model, train: train, validation: validation, options: options) { phase, done, total in
                switch phase {
                case .encoding: encodeBar.update(done)
                case .training:
                    if trainBar == nil { encodeBar.finish(); trainBar = ProgressBar("training", total: total) }
                    trainBar?.update(done)
                }
            }
            trainBar?.finish()
            var writer = model.writer()
            try report.head.write(into: &writer)
            writer.metadata["intent.trained_from"] = (data as NSString).lastPathComponent
            try writer.write(to: out)
        } catch {
            throw ModelCLI.fail(error, json: json)
        }
        let facts = report.head.config.training
        if json {
            let accuracy: Double = Double(facts["calibration.in_scope_accuracy"] ?? "") ?? 0
            let recall: Double = Double(facts["calibration.oos_recall"] ?? "") ?? 0
            JSONOutput.printLine(Trained(
                out: out, labels: report.head.labels.count, trainExamples: report.trainExamples,
                validationExamples: report.validationExamples, heldOut: report.heldOut,
                threshold: (Double(report.head.config.threshold) * 10000).rounded() / 10000,
                validationInScopeAccuracy: accuracy,
                validationOOSRecall: recall,
                encodeSeconds: (report.encodeSeconds * 100).rounded() / 100,
                trainSeconds: (report.trainSeconds * 100).rounded() / 100))
        } else {
            print("wrote \(out): \(report.head.labels.count) labels from \(report.trainExamples) examples")
            print("calibrated on \(report.validationExamples) \(report.heldOut ? "held-out " : "")validation examples: threshold \(report.head.config.threshold), in-scope accuracy \(facts["calibration.in_scope_accuracy"] ?? "-"), OOS recall \(facts["calibration.oos_recall"] ?? "-")")
            print(String(format: "encode %.1f s, train %.1f s", report.encodeSeconds, report.trainSeconds))
        }
    }
}

extension ModelTrainCommand {
    /// `model train --json`.
    struct Trained: Encodable {
        var out: String
        var labels: Int
        var trainExamples: Int
        var validationExamples: Int
        var heldOut: Bool
        var threshold: Double
        var validationInScopeAccuracy: Double
        var validationOOSRecall: Double
        var encodeSeconds: Double
        var trainSeconds: Double
        enum CodingKeys: String, CodingKey {
            case out, labels, threshold
            case trainExamples = "train_examples", validationExamples = "validation_examples", heldOut = "held_out"
            case validationInScopeAccuracy = "validation_in_scope_accuracy", validationOOSRecall = "validation_oos_recall"
            case encodeSeconds = "encode_seconds", trainSeconds = "train_seconds"
        }
    }
}
