import ArgumentParser
import Foundation
import OutpostBench
import OutpostRedaction

/// `outpost redact train-sequence-tagger`: trains layer 2, the learned name and place tagger.
struct RedactTrainSequenceTaggerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-sequence-tagger",
        abstract: "Train the sequence tagger (layer 2: persons and places) and write its weight file.",
        discussion: """
            Reads --corpus, JSON lines with "text" and gold "spans" ({"start","end","type"}, offsets in
            code points), such as the train split of scripts/redaction-corpus (never a dev, sealed or
            blind file). PERSON spans train the person labels, LOCATION and ADDRESS spans the place
            labels. Unless --no-augment, copies of a quarter of the texts get their one-word names
            replaced by names that are everyday words too, and some are written all in lower or upper
            case, so the tagger learns the context of a name. --negatives adds texts without identifiers ({"text"} per line, e.g. an intent
            corpus's train split) as examples where nothing is a name. The features read the
            compiled safe-list (--safelist), so the tagger must run with the same one.
            Deterministic for a given corpus and --seed. scripts/tagger/build.sh runs this.

            Example:
              outpost redact train-sequence-tagger --corpus ~/.cache/outpost/redaction-corpus/train.jsonl \\
                  --negatives ../shared/data/clinc150/train.jsonl --out ~/.cache/outpost/tagger.bin
            """
    )

    @Option(name: .long, help: "Training corpus (JSON lines with text and spans).") var corpus: String
    @Option(name: .long, help: "Texts without identifiers (JSON lines with text), optional.") var negatives: String?
    @Option(name: .long, help: "At most this many negative texts (every k-th line is taken).") var maxNegatives = 4000
    @Option(name: .long, help: "Output weight file.") var out: String
    @Option(name: .long, help: "Compiled safe-list file the features read (default: as for redact).") var safelist: String?
    @Option(name: .long, help: "Passes over the corpus.") var epochs = 6
    @Option(name: .long, help: "Random seed (order of the passes).") var seed: UInt64 = 1
    @Flag(name: .long, help: "Train on the corpus as it is: no copies with word-names or in one case.") var noAugment = false
    @Flag(name: .long, help: "Print the training report as JSON.") var json = false

    func validate() throws {
        if epochs < 1 || epochs > 50 { throw ValidationError("--epochs must be between 1 and 50") }
        if maxNegatives < 0 { throw ValidationError("--max-negatives must be 0 or more") }
    }

    func run() async throws {
        let list: SafeList
        do {
            list = try safelist.map { try SafeList.load(path: $0) } ?? SafeList.firstAvailable(SafeList.defaultPaths)
        } catch {
            Terminal.error("\(error)")
            throw ExitCode.noInput
        }
        guard list.safeCount > 0 else {
            Terminal.error("no compiled safe-list found: the tagger's features need one; build it with scripts/safelist/build.sh and pass --safelist")
            throw ExitCode.noInput
        }
        var examples = try Self.read(corpus, gold: true)
        if !noAugment { examples = TaggerAugmentation.augment(examples, safeList: list, seed: seed) }
        if let negatives {
            let all = try Self.read(negatives, gold: false)
            let step = max(1, all.count / max(1, maxNegatives))
            let picked = stride(from: 0, to: all.count, by: step).prefix(maxNegatives).map { all[$0] }
            // spread them through the corpus so the held-out fifth gets its share
            var merged: [SequenceTaggerTrainer.Example] = []
            let every = max(1, examples.count / max(1, picked.count))
            var k = 0
            for (i, e) in examples.enumerated() {
                merged.append(e)
                if i % every == every - 1, k < picked.count { merged.append(picked[k]); k += 1 }
            }
            merged.append(contentsOf: picked[k...])
            examples = merged
        }
        let bar = ProgressBar("training", total: epochs)
        let (tagger, report) = SequenceTaggerTrainer.train(examples, safeList: list, epochs: epochs, seed: seed) { bar.update($0) }
        do {
            try Data(tagger.serialized()).write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            Terminal.error("cannot write \(out): \(error.localizedDescription)")
            throw ExitCode.cantCreate
        }
        if json {
            JSONOutput.printLine(Trained(texts: report.texts, tokens: report.tokens, epochs: report.epochs,
                                         heldOutTokenAccuracy: report.heldOutTokenAccuracy, heldOutPrecision: report.heldOutPrecision,
                                         heldOutRecall: report.heldOutRecall, out: out))
        } else {
            print(String(format: "trained on %d tokens of %d texts, %d passes; held-out fifth: token accuracy %.4f, span precision %.3f, recall %.3f; wrote %@",
                         report.tokens, report.texts, report.epochs, report.heldOutTokenAccuracy, report.heldOutPrecision, report.heldOutRecall, out))
        }
    }

    /// Examples of a JSON-lines file; a bad line stops with its number.
    static func read(_ path: String, gold: Bool) throws -> [SequenceTaggerTrainer.Example] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            Terminal.error("cannot read \(path)")
            throw ExitCode.noInput
        }
        struct Line: Decodable {
            struct Span: Decodable { var start: Int; var end: Int; var type: String }
            var text: String
            var spans: [Span]?
        }
        var out: [SequenceTaggerTrainer.Example] = []
        let decoder = JSONDecoder()
        for (n, line) in text.split(separator: "\n").enumerated() {
            guard let row = try? decoder.decode(Line.self, from: Data(line.utf8)) else {
                Terminal.error("\(path):\(n + 1): not a JSON object with a \"text\" string (and integer span offsets)")
                throw ExitCode.dataError
            }
            var persons: [Range<Int>] = [], places: [Range<Int>] = []
            for s in gold ? row.spans ?? [] : [] {
                guard s.start >= 0, s.end > s.start else {
                    Terminal.error("\(path):\(n + 1): a span needs 0 <= start < end")
                    throw ExitCode.dataError
                }
                if s.type == "PERSON" { persons.append(s.start..<s.end) } else if s.type == "LOCATION" || s.type == "ADDRESS" { places.append(s.start..<s.end) }
            }
            out.append(.init(text: row.text, persons: persons, places: places))
        }
        return out
    }
}

extension RedactTrainSequenceTaggerCommand {
    /// `--json` output (keys as they always were, camel case).
    struct Trained: Encodable {
        var texts: Int
        var tokens: Int
        var epochs: Int
        var heldOutTokenAccuracy: Double
        var heldOutPrecision: Double
        var heldOutRecall: Double
        var out: String
    }
}
