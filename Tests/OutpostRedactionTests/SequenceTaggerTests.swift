import Foundation
import OutpostBench
import Testing
@testable import OutpostRedaction

/// Layer 2, the learned sequence tagger: decoding, its weight file, and training on context.
struct SequenceTaggerTests {
    @Test func viterbiKeepsTheBIOOrder() {
        // emissions that would like I-PER first and I-LOC after O: the constraint forbids both
        let want = [2, 0, 4]
        let labels = SequenceTagger.viterbi(tokens: 3) { i, l in l == want[i] ? 5 : 0 } transition: { _, _ in 0 }
        #expect(labels[0] != 2)
        #expect(labels[2] != 4)
        for i in 1..<labels.count {
            #expect(SequenceTagger.allowed(labels[i - 1], labels[i]))
        }
        #expect(SequenceTagger.viterbi(tokens: 0) { _, _ in 0 } transition: { _, _ in 0 }.isEmpty)
    }

    static let given = ["Amara", "Bogdan", "Chiara", "Dmitri", "Esra", "Farid", "Giulia", "Hamid", "Ines", "Jonas", "Kenji", "Leila",
                        "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rania", "Sven", "Tariq", "Ulla", "Vikram", "Wanda", "Yusuf"]
    static let frames = ["Please call %@ tomorrow about the results.", "%@ phoned about the bill.", "Tell %@ the clinic is closed.",
                         "I spoke with %@ this morning.", "Can %@ bring the forms?", "Appointment for %@ at ten."]
    static let plain = ["Please call the pharmacy tomorrow about the results.", "The nurse phoned about the bill.",
                        "Tell me the clinic hours.", "I spoke with the desk this morning.", "Can you bring the forms?"]

    static func corpus(_ names: ArraySlice<String>) -> [SequenceTaggerTrainer.Example] {
        var out: [SequenceTaggerTrainer.Example] = []
        for (k, name) in names.enumerated() {
            for f in frames {
                let text = String(format: f, name)
                let start = text.unicodeScalars.count - text.components(separatedBy: name)[1].unicodeScalars.count - name.unicodeScalars.count
                out.append(.init(text: text, persons: [start..<(start + name.unicodeScalars.count)], places: []))
            }
            out.append(.init(text: plain[k % plain.count], persons: [], places: []))
        }
        return out
    }

    static func trained() -> (SequenceTagger, SequenceTaggerTrainer.Report) {
        SequenceTaggerTrainer.train(corpus(given.prefix(18)), safeList: .embedded, epochs: 4, bits: 14, seed: 3)
    }

    @Test func learnsTheContextOfAName() {
        let (tagger, report) = Self.trained()
        #expect(report.heldOutRecall > 0.9)
        // names it never saw, in the frames it learned
        for name in Self.given.suffix(6) {
            let text = ScannedText("I spoke with \(name) this morning.")
            let labels = tagger.labels(text, safeList: .embedded)
            let k = text.tokens.firstIndex { $0.lower == name.lowercased() }!
            #expect(labels[k] == 1, "\(name) should be B-PER")
            #expect(labels.enumerated().allSatisfy { $0.offset == k || $0.element == 0 })
        }
        let none = tagger.labels(ScannedText("Tell me the clinic hours."), safeList: .embedded)
        #expect(none.allSatisfy { $0 == 0 })
    }

    @Test func trainingIsDeterministic() {
        let a = Self.trained().0.serialized(), b = Self.trained().0.serialized()
        #expect(a == b)
    }

    @Test func weightFileRoundTripsAndRefusesDamage() throws {
        let (tagger, _) = Self.trained()
        let bytes = tagger.serialized()
        let back = try SequenceTagger.parse(bytes, path: "/tmp/t.bin")
        #expect(back.serialized() == bytes)
        let damaged: [(String, [UInt8])] = [
            ("not an Outpost tagger file", Array("garbage".utf8) + [UInt8](repeating: 0, count: 20)),
            ("truncated", Array(bytes.dropLast(7))),
            ("unsupported layout", Array(bytes.prefix(8)) + [40, 5] + Array(bytes.dropFirst(10))),
            ("not an Outpost tagger file", []),
        ]
        for (why, b) in damaged {
            #expect {
                try SequenceTagger.parse(b, path: "/tmp/t.bin")
            } throws: { error in
                let e = error as? RedactionError
                return e?.code == "redaction.tagger_unreadable" && e!.message.contains("/tmp/t.bin") && e!.message.contains(why)
            }
        }
    }

    @Test func missingFileMeansNoLearnedLayer() throws {
        #expect(try SequenceTagger.firstAvailable(["/nonexistent/tagger.bin"]) == nil)
        // with only the built-in list the redactor runs without it, whatever the paths say
        var config = RedactionConfig()
        config.sequenceTaggerPaths = ["/nonexistent/tagger.bin"]
        #expect(try Redactor(config: config, safeList: .embedded).sequenceTagger == nil)
    }
}

/// The tagger inside the redactor: loaded from its file next to a compiled safe-list, it flags a
/// name it never saw in a context it learned, and `explain` names it as the evidence.
struct SequenceTaggerInRedactorTests {
    @Test func flagsAnUnseenNameAndSaysSo() throws {
        let words = ["please", "call", "tomorrow", "about", "the", "results", "phoned", "bill", "tell", "clinic", "is", "closed",
                     "i", "spoke", "with", "this", "morning", "can", "bring", "forms", "appointment", "for", "at", "ten", "pharmacy",
                     "nurse", "me", "hours", "desk", "you"]
        let list = try SafeList.parse(SafeListFileTests.file(safe: words, names: []), path: "t.bin")
        let (tagger, _) = SequenceTaggerTrainer.train(SequenceTaggerTests.corpus(SequenceTaggerTests.given.prefix(18)), safeList: list, epochs: 4, bits: 14, seed: 3)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tagger-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("tagger.bin").path
        try Data(tagger.serialized()).write(to: URL(fileURLWithPath: path))
        var config = RedactionConfig()
        config.mode = .balanced
        config.sequenceTaggerPaths = [path]
        let redactor = try Redactor(config: config, safeList: list)
        #expect(redactor.sequenceTagger?.source == path)
        var map = PlaceholderMap()
        let (result, why) = redactor.explain("I spoke with Xanthe this morning.", map: &map)
        #expect(result.redacted == "I spoke with <PERSON_1> this morning.")
        #expect(why.first?.evidence.contains { $0.detail.contains("sequence tagger") } == true)
        // and with the learned layer off, balanced mode has no evidence for an unlisted word
        config.sequenceTaggerPaths = []
        var map2 = PlaceholderMap()
        #expect(try Redactor(config: config, safeList: list).redact("I spoke with Xanthe this morning.", map: &map2).entities.isEmpty)
    }
}
