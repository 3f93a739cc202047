/// Scores predicted redactions against gold spans exactly like `score()` in
/// `../shared/data/phi/eval_baselines.py`: type-agnostic, alphanumeric characters only.
public struct RedactionScore: Sendable, Codable {
    public struct TypeScore: Sendable, Codable {
        public var spans: Int
        public var recallFull: Double
        public var recallPartial: Double
        public var charRecall: Double
    }
    public struct Miss: Sendable, Codable {
        public var id: String
        public var type: String
        public var value: String
        public var coveredChars: Int
        public var alnumChars: Int
    }

    public var texts = 0
    public var textsWithPHI = 0
    public var goldSpans = 0
    public var spanRecallFull = 0.0
    public var spanRecallPartial = 0.0
    public var charRecall = 0.0
    public var charPrecision = 0.0
    public var spanPrecision = 0.0
    public var leakTexts = 0
    public var leakRate = 0.0
    public var nophiTexts = 0
    public var falseAlarmTexts = 0
    public var protectedTotal = 0
    public var protectedRedacted = 0
    public var protectedHit: [String: Int] = [:]
    public var perType: [String: TypeScore] = [:]
    public var missed: [Miss] = []
    public var leakIDs: [String] = []
    public var falseAlarmIDs: [String] = []

    /// Python's `str.isalnum()` for one code point: letters and numerics.
    static func isAlnum(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// `predictions[i]` are the (start, end) scalar ranges redacted in `records[i]`.
    public static func score(_ records: [GoldRecord], _ predictions: [[(start: Int, end: Int)]]) -> RedactionScore {
        var r = RedactionScore()
        var perSpans: [String: (spans: Int, chars: Int, cov: Int, full: Int, partial: Int)] = [:]
        var predChars = 0, predTP = 0, predSpans = 0, predSpansTP = 0
        for (rec, pred) in zip(records, predictions) {
            let s = Array(rec.text.unicodeScalars)
            let n = s.count
            var mask = [Bool](repeating: false, count: n)
            for p in pred { for i in max(0, p.start)..<max(max(0, p.start), min(n, p.end)) { mask[i] = true } }
            var gold = [Bool](repeating: false, count: n)
            for g in rec.spans { for i in max(0, g.start)..<max(max(0, g.start), min(n, g.end)) { gold[i] = true } }
            var leaked = false
            for g in rec.spans {
                let idx = (max(0, g.start)..<max(max(0, g.start), min(n, g.end))).filter { isAlnum(s[$0]) }
                let cov = idx.filter { mask[$0] }.count
                var c = perSpans[g.type] ?? (0, 0, 0, 0, 0)
                c.spans += 1
                c.chars += idx.count
                c.cov += cov
                if cov == idx.count {
                    c.full += 1
                } else {
                    leaked = true
                    var v = String.UnicodeScalarView()
                    v.append(contentsOf: s[max(0, g.start)..<min(n, g.end)])
                    r.missed.append(Miss(id: rec.id, type: g.type, value: String(v), coveredChars: cov, alnumChars: idx.count))
                }
                if cov > 0 { c.partial += 1 }
                perSpans[g.type] = c
            }
            if leaked { r.leakTexts += 1; r.leakIDs.append(rec.id) }
            for i in 0..<n where mask[i] && isAlnum(s[i]) {
                predChars += 1
                if gold[i] { predTP += 1 }
            }
            var uniq: [(Int, Int)] = []
            for p in pred where !uniq.contains(where: { $0 == (p.start, p.end) }) { uniq.append((p.start, p.end)) }
            predSpans += uniq.count
            predSpansTP += uniq.filter { u in (max(0, u.0)..<max(max(0, u.0), min(n, u.1))).contains { gold[$0] } }.count
            if rec.spans.isEmpty {
                r.nophiTexts += 1
                if !uniq.isEmpty { r.falseAlarmTexts += 1; r.falseAlarmIDs.append(rec.id) }
            }
            for p in rec.protected ?? [] {
                r.protectedTotal += 1
                if (max(0, p.start)..<max(max(0, p.start), min(n, p.end))).contains(where: { isAlnum(s[$0]) && mask[$0] }) {
                    r.protectedRedacted += 1
                    r.protectedHit[p.term, default: 0] += 1
                }
            }
        }
        let agg = perSpans.values.reduce((0, 0, 0, 0, 0)) { ($0.0 + $1.spans, $0.1 + $1.chars, $0.2 + $1.cov, $0.3 + $1.full, $0.4 + $1.partial) }
        r.texts = records.count
        r.textsWithPHI = records.filter { !$0.spans.isEmpty }.count
        r.goldSpans = agg.0
        r.spanRecallFull = Double(agg.3) / Double(max(1, agg.0))
        r.spanRecallPartial = Double(agg.4) / Double(max(1, agg.0))
        r.charRecall = Double(agg.2) / Double(max(1, agg.1))
        r.charPrecision = Double(predTP) / Double(max(1, predChars))
        r.spanPrecision = Double(predSpansTP) / Double(max(1, predSpans))
        r.leakRate = Double(r.leakTexts) / Double(max(1, r.textsWithPHI))
        for (t, c) in perSpans {
            r.perType[t] = TypeScore(spans: c.spans, recallFull: Double(c.full) / Double(c.spans),
                                     recallPartial: Double(c.partial) / Double(c.spans), charRecall: Double(c.cov) / Double(max(1, c.chars)))
        }
        return r
    }
}
