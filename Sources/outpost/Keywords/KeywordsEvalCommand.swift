import ArgumentParser
import Foundation
import OutpostBench
import OutpostModel

/// `outpost keywords eval` — F1@5 / F1@10 on a keyphrase set, and documents per second.
struct KeywordsEvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the keyword extractor on a keyphrase data set (F1@5, F1@10, documents/s).",
        discussion: """
            Data: JSONL, one {"text": "...", "keyphrases": ["..."]} per line (the format of \
            ../shared/data/keyphrase/inspec_dev.jsonl). Protocol: phrases lower-cased, split into \
            [a-z0-9]+ tokens, Porter-stemmed; predictions de-duplicated in rank order, top k kept; \
            P/R/F1 per document, macro-averaged, x100. Throughput counts the encoder pass (one thread).

            Examples:
              outpost keywords eval --data ../shared/data/keyphrase/inspec_dev.jsonl
              outpost keywords eval --data dev.jsonl --model ~/.cache/outpost/minilm-l6.outpost --json
              outpost keywords eval --data dev.jsonl --no-model     # statistics path only
            Exit codes: 0 ok, 65 malformed data or model file, 66 file missing.
            """
    )

    @Option(name: .long, help: "Keyphrase data set (JSONL).")
    var data: String

    @OptionGroup var modelOptions: KeywordsModelOptions

    @Option(name: .long, help: "Score only the first N documents.")
    var maxDocuments: Int?

    @Flag(name: .long, help: "Print one JSON object instead of a table.")
    var json = false

    func validate() throws {
        if let maxDocuments, maxDocuments < 1 { throw ValidationError("--max-documents must be at least 1") }
    }

    func run() async throws {
        var documents: [KeyphraseDocument]
        do { documents = try KeyphraseDataset.load(path: data) } catch {
            KeywordsOutput.fail(code: error.code.description, message: error.message, json: json)
            throw error.code == .notFound ? ExitCode.noInput : ExitCode.dataError
        }
        if let maxDocuments, documents.count > maxDocuments { documents.removeLast(documents.count - maxDocuments) }
        let model = try modelOptions.load(json: json)
        let bar = ProgressBar("keywords eval", total: documents.count)
        let result = KeyphraseBenchmark(model: model).run(documents) { bar.update($0) }
        bar.finish()
        if json {
            JSONOutput.printLine(Report(result: result, data: data))
        } else {
            print(Terminal.paint("\(result.documents) documents", .bold) + (result.usedEncoder ? "" : " (statistics only)"))
            print(String(format: "  F1@5   %6.2f   (P %.2f, R %.2f)", result.at5.f1, result.at5.precision, result.at5.recall))
            print(String(format: "  F1@10  %6.2f   (P %.2f, R %.2f)", result.at10.f1, result.at10.precision, result.at10.recall))
            print(String(format: "  %.1f documents/s  (encoder %.2f ms, keywords %.2f ms per document, %.0f tokens)",
                         result.documentsPerSecond, result.encoderMsPerDocument, result.keywordsMsPerDocument, result.tokensPerDocument))
        }
    }

    /// The `--json` shape.
    struct Report: Encodable {
        var data: String
        var documents: Int
        var f1_at_5: Double, precision_at_5: Double, recall_at_5: Double
        var f1_at_10: Double, precision_at_10: Double, recall_at_10: Double
        var documents_per_second: Double
        var encoder_ms_per_document: Double
        var keywords_ms_per_document: Double
        var tokens_per_document: Double
        var encoder: Bool

        init(result r: KeyphraseBenchmark.Result, data: String) {
            self.data = data
            documents = r.documents
            f1_at_5 = Self.round(r.at5.f1); precision_at_5 = Self.round(r.at5.precision); recall_at_5 = Self.round(r.at5.recall)
            f1_at_10 = Self.round(r.at10.f1); precision_at_10 = Self.round(r.at10.precision); recall_at_10 = Self.round(r.at10.recall)
            documents_per_second = Self.round(r.documentsPerSecond)
            encoder_ms_per_document = Self.round(r.encoderMsPerDocument)
            keywords_ms_per_document = Self.round(r.keywordsMsPerDocument)
            tokens_per_document = Self.round(r.tokensPerDocument)
            encoder = r.usedEncoder
        }

        static func round(_ x: Double) -> Double { (x * 100).rounded() / 100 }
    }
}
