import Foundation
import Testing
@testable import OutpostRedaction

/// The figures of issue 4 on ../shared/data/phi/dev.jsonl (skipped when ../shared is absent).
struct DevSetTests {
    static let devPath: String = {
        if let env = ProcessInfo.processInfo.environment["OUTPOST_SHARED"] { return env + "/data/phi/dev.jsonl" }
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repo.deletingLastPathComponent().appendingPathComponent("shared/data/phi/dev.jsonl").path
    }()

    @Test(.enabled(if: FileManager.default.fileExists(atPath: devPath), "needs ../shared/data/phi/dev.jsonl"))
    func devSetMeetsTheBar() throws {
        let records = try GoldRecord.parseJSONL(try Data(contentsOf: URL(fileURLWithPath: Self.devPath)))
        let redactor = try Redactor()
        let eval = RedactionEvaluation.run(records, warmup: 0) { text in redactor.detect(text).map { ($0.start, $0.end) } }
        let s = eval.score
        #expect(s.leakTexts == 0, "leaks: \(s.missed.map { "\($0.id) \($0.type) \($0.value)" })")
        #expect(Double(s.protectedRedacted) <= 0.02 * Double(s.protectedTotal))
        #expect(Double(s.falseAlarmTexts) <= 0.05 * Double(s.nophiTexts))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: devPath), "needs ../shared/data/phi/dev.jsonl"))
    func outboundGuardPassesEveryRedactedText() throws {
        let records = try GoldRecord.parseJSONL(try Data(contentsOf: URL(fileURLWithPath: Self.devPath)))
        let redactor = try Redactor()
        let guardian = OutboundGuard(redactor: redactor)
        var refusedRaw = 0
        for rec in records {
            var map = PlaceholderMap()
            let redacted = redactor.redact(rec.text, map: &map).redacted
            #expect(guardian.findings(redacted).isEmpty, "guard refuses redacted \(rec.id): \(redacted)")
            if !rec.spans.isEmpty, !guardian.findings(rec.text).isEmpty { refusedRaw += 1 }
        }
        #expect(refusedRaw == records.filter { !$0.spans.isEmpty }.count)
    }

    @Test func scorerMatchesReferenceSemantics() {
        // "John Okafor": the space is not scored; a half-covered span leaks.
        let rec = GoldRecord(id: "x", text: "Hi John Okafor, 10 mg", spans: [.init(start: 3, end: 14, type: "PERSON")],
                             protected: [.init(start: 16, end: 21, term: "10 mg")])
        let full = RedactionScore.score([rec], [[(3, 7), (8, 14)]])
        #expect(full.leakTexts == 0 && full.spanRecallFull == 1 && full.charPrecision == 1)
        let half = RedactionScore.score([rec], [[(3, 7), (16, 18)]])
        #expect(half.leakTexts == 1 && half.protectedRedacted == 1)
        #expect(half.missed.first?.coveredChars == 4 && half.missed.first?.alnumChars == 10)
    }
}
