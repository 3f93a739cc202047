import Foundation
import Testing
@testable import OutpostModel

@Suite("WordPiece tokenizer")
struct TokenizerTests {
    let tokenizer = ModelTestSupport.tinyModel.tokenizer

    func tokens(_ text: String) -> [String] {
        tokenizer.encode(text).ids.map { tokenizer.token($0) }
    }

    @Test("[CLS]/[SEP] frame every text, with empty offsets")
    func framing() {
        let t = tokenizer.encode("")
        #expect(tokens("") == ["[CLS]", "[SEP]"])
        #expect(t.offsets == [0..<0, 0..<0])
        let u = tokenizer.encode("the")
        #expect(u.ids.first == tokenizer.clsID && u.ids.last == tokenizer.sepID)
    }

    @Test("lower-cases, strips accents, splits punctuation")
    func basic() {
        #expect(tokens("The CLINIC!") == ["[CLS]", "the", "clinic", "!", "[SEP]"])
        #expect(tokens("Clínic") == ["[CLS]", "clinic", "[SEP]"])
        #expect(tokens("move,cancel") == ["[CLS]", "move", ",", "cancel", "[SEP]"])
    }

    @Test("greedy longest-match WordPiece with ## continuations and sub-ranges")
    func wordPiece() {
        let t = tokenizer.encode("unbookable")
        #expect(tokens("unbookable") == ["[CLS]", "un", "##b", "##o", "##o", "##k", "##able", "[SEP]"])
        #expect(t.offsets[1] == 0..<2)
        #expect(t.offsets[6] == 6..<10)
    }

    @Test("offsets are Unicode-scalar indices into the original text")
    func offsets() {
        let text = "é  the 😀 clinic"
        let t = tokenizer.encode(text)
        let scalars = Array(text.unicodeScalars)
        let words = zip(t.ids, t.offsets).dropFirst().dropLast().map { String(String.UnicodeScalarView(scalars[$0.1])) }
        #expect(words == ["é", "the", "😀", "clinic"])
        #expect(tokens(text) == ["[CLS]", "e", "the", "[UNK]", "clinic", "[SEP]"])
    }

    @Test("CJK characters are single words; control characters vanish")
    func cjkAndControl() {
        #expect(tokens("中文") == ["[CLS]", "[UNK]", "[UNK]", "[SEP]"])
        // NUL and ZERO WIDTH SPACE (format) are removed, joining the word
        #expect(tokenizer.encode("the\u{0}\u{200B}clinic").count == tokenizer.encode("theclinic").count)
        #expect(tokens("a\tb\nc") == ["[CLS]", "a", "b", "c", "[SEP]"])
    }

    @Test("words over 100 characters are [UNK] covering the whole word")
    func longWord() {
        let word = String(repeating: "a", count: 101)
        let t = tokenizer.encode("the " + word)
        #expect(tokens("the " + word) == ["[CLS]", "the", "[UNK]", "[SEP]"])
        #expect(t.offsets[2] == 4..<105)
        #expect(tokens(String(repeating: "a", count: 100)).count > 3)
    }

    @Test("vocabulary without specials is rejected")
    func badVocab() {
        #expect(throws: ModelError.self) { try WordPieceTokenizer(vocabText: "a\nb\nc") }
    }

    @Test("ids identical to Hugging Face tokenizers over CLINC150 val",
          .enabled(if: ModelTestSupport.hasEncoder, "needs the imported encoder (scripts/fetch-encoder.sh or $OUTPOST_ENCODER)"),
          .enabled(if: ModelTestSupport.hasClinc, "needs ../shared/data/clinc150/val.jsonl"),
          .enabled(if: ModelTestSupport.python != nil, "needs $OUTPOST_PYTHON: a python with `tokenizers` installed"))
    func matchesReference() throws {
        let model = try Model.load(path: ModelTestSupport.encoderPath)
        let vocabPath = ModelTestSupport.tempPath("vocab.txt")
        defer { try? FileManager.default.removeItem(atPath: vocabPath) }
        try model.file.section(Model.vocabularySection)!.write(to: URL(fileURLWithPath: vocabPath))
        let script = """
            import json, sys
            from tokenizers import BertWordPieceTokenizer
            tok = BertWordPieceTokenizer(sys.argv[1], lowercase=True, clean_text=True, handle_chinese_chars=True, strip_accents=None)
            for line in open(sys.argv[2], encoding="utf-8"):
                e = tok.encode(json.loads(line)["text"])
                print(json.dumps({"ids": e.ids, "offsets": e.offsets}))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ModelTestSupport.python!)
        process.arguments = ["-c", script, vocabPath, ModelTestSupport.clincVal]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let texts = ModelTestSupport.texts(ModelTestSupport.clincVal)
        let lines = String(decoding: output, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == texts.count)
        var mismatches = 0
        for (text, line) in zip(texts, lines) {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let ids = (object["ids"] as! [Int]).map(Int32.init)
            let offsets = (object["offsets"] as! [[Int]]).map { $0[0]..<$0[1] }
            let ours = model.tokenizer.encode(text)
            if ours.ids != ids || ours.offsets != offsets { mismatches += 1 }
        }
        #expect(mismatches == 0, "\(mismatches) of \(texts.count) texts differ")
    }
}
