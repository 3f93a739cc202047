import Foundation
/// Letter-and-digit codes: IBANs (mod-97), VINs, and the record, plan, licence, plate,
/// serial, passport and case numbers that mix letters and digits ("M8170696",
/// "SN-909333K", "CLM-2023-99195"), typed by the cue before them.
enum CodeDetector {
    /// Lower-case alnum tokens that are clinical or everyday words, never identifiers.
    static let safeCodes: Set<String> = [
        "hba1c", "a1c", "spo2", "sao2", "fio2", "pco2", "po2", "o2", "co2", "h2o", "b12", "b6", "b1", "d3", "k2",
        "t3", "t4", "t1", "t2", "covid19", "sars", "h1n1", "h5n1", "hiv1", "hiv2", "ca125", "cd4", "cd8", "il6",
        "g6pd", "fev1", "p2y12", "ace2", "mp3", "mp4", "4g", "5g", "3g", "2fa", "24h", "24hr", "24hrs", "24/7",
        "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th", "a4", "w2", "w9",
        "1099", "i9", "401k", "403b", "529", "covid", "s1", "s2", "s3", "s4", "c1", "c2", "c3", "c4", "c5", "c6",
        "c7", "l1", "l2", "l3", "l4", "l5", "t12", "v1", "v2", "v6", "q4h", "q6h", "q8h", "q12h", "q24h", "x2",
        "x3", "x4", "2x", "3x", "4x",
    ]

    static func detect(_ d: inout Detection) {
        ibans(&d)
        codes(&d)
        cueValues(&d)
    }

    /// "FR76 3000 6000 0112 3456 7890 189", "NL07FYUE0062809642", lower-case too.
    static func ibans(_ d: inout Detection) {
        let t = d.tokens
        var i = 0
        while i < t.count {
            let w = t[i].lower.unicodeScalars
            guard t[i].kind == .alnum, w.count >= 4, CharClass.isASCIILetter(w.first!), !d.isClaimed(token: i) else { i += 1; continue }
            let a = Array(w)
            guard CharClass.isASCIILetter(a[1]), CharClass.isDigit(a[2]), CharClass.isDigit(a[3]) else { i += 1; continue }
            var compact = t[i].lower
            var end = i
            var j = i + 1
            while j < t.count, t[j].spaceBefore, t[j].kind == .number || t[j].kind == .alnum || (t[j].kind == .alpha && t[j].length == 4 && compact.count < 12), t[j].length <= 4, compact.count + t[j].length <= 34 {
                compact += t[j].lower
                end = j
                j += 1
            }
            // the longest valid prefix of groups
            var bestEnd = -1
            var acc = t[i].lower
            if Validators.isIBAN(acc) { bestEnd = i }
            var k = i + 1
            while k <= end {
                acc += t[k].lower
                if Validators.isIBAN(acc) { bestEnd = k }
                k += 1
            }
            if bestEnd >= 0 {
                d.add(t[i].start, t[bestEnd].end, .iban, priority: 90)
                i = bestEnd + 1
            } else if d.cueType(before: i) == .iban, compact.count >= 15 {
                d.add(t[i].start, t[end].end, .iban, priority: 75)
                i = end + 1
            } else {
                i += 1
            }
        }
    }

    static let flightWords: Set<String> = ["flight", "flights", "vuelo", "vol", "flug", "volo", "voo", "vlucht", "lot", "flyg", "fly"]

    /// "flight dl123", "Flug LH400": an airline's code and a flight number, which many people share
    /// and which names no one (the booking reference after it does).
    static func isFlightNumber(_ i: Int, _ end: Int, _ d: Detection) -> Bool {
        let t = d.tokens
        var p = i - 1
        while p > 0, p >= i - 3, ["is", "number", "no", "nr", "#", ":", "."].contains(t[p].lower) { p -= 1 }
        guard end == i, p >= 0, p < i, flightWords.contains(t[p].lower), t[i].kind == .alnum else { return false }
        let s = Array(t[i].lower.unicodeScalars)
        let letters = s.prefix { !CharClass.isDigit($0) }.count
        return letters == 2 && (1...4).contains(s.count - letters) && s[letters...].allSatisfy { CharClass.isDigit($0) }
    }

    /// A maximal run of alnum tokens glued by "-", "/", "." or "_" with no spaces.
    static func codes(_ d: inout Detection) {
        let t = d.tokens
        var i = 0
        while i < t.count {
            guard t[i].kind != .punct, !d.isClaimed(token: i) else { i += 1; continue }
            var end = i
            var digits = t[i].digitCount
            var letters = t[i].length - t[i].digitCount
            while end + 2 < t.count, ["-", "/", "_", "."].contains(t[end + 1].lower), d.text.glued(end + 1), d.text.glued(end + 2),
                  t[end + 2].kind != .punct, !d.isClaimed(token: end + 2) {
                // a decimal "38.4" or a ratio "142/88" is not a code; stop at a plain sentence dot
                if t[end + 1].lower == "." && (t[end + 2].kind == .alpha || t[end].kind == .number) { break }
                end += 2
                digits += t[end].digitCount
                letters += t[end].length - t[end].digitCount
            }
            defer { i = end + 1 }
            guard digits > 0 else { continue }
            let whole = d.text.text(t[i].start, t[end].end).lowercased()
            if safeCodes.contains(whole) || safeCodes.contains(whole.replacingOccurrences(of: "-", with: "")) { continue }
            if isUnitValue(t, i, end) { continue }
            if end == i, t[i].kind == .number { continue }  // plain numbers: NumberDetector
            if isFlightNumber(i, end, d) { continue }
            // "93-year-old", "74-jährige", "82-jarige", "85-årig": an age (ages over 89 are typed by DateDetector)
            if whole.contains("year") || whole.hasSuffix("yo") || ["jähr", "jaehr", "jarig", "årig", "ans", "años", "anni", "anos"].contains(where: { whole.contains($0) }) { continue }
            let cue = d.cueType(before: i)
            let hasLetters = letters > 0
            let isCode: Bool
            if Validators.isVIN(whole) {
                d.add(t[i].start, t[end].end, .vehicle, priority: 85)
                continue
            } else if t[i].kind == .alnum && end == i && Validators.isDEA(whole) && (cue == .license || cue == nil) {
                d.add(t[i].start, t[end].end, .license, priority: 80)
                continue
            } else if hasLetters {
                isCode = digits >= 3 || (digits >= 2 && letters + digits >= 6) || (cue != nil && digits >= 1 && letters + digits >= 4)
            } else {
                // digit groups joined by "-" or "/" that NumberDetector left alone ("12-345-678")
                isCode = digits >= 6
            }
            guard isCode else { continue }
            d.add(t[i].start, t[end].end, typeFor(whole, cue: cue), priority: 75)
        }
    }

    static func typeFor(_ code: String, cue: EntityType?) -> EntityType {
        if let cue, cue != .date, cue != .phone, cue != .zip { return cue == .card ? .account : cue }
        if code.hasPrefix("sn") { return .device }
        return .id
    }

    /// "5mg", "10mg/kg", "100mcg", "9am", "2x", "38.4c".
    static func isUnitValue(_ t: [Token], _ i: Int, _ end: Int) -> Bool {
        guard end == i || (end == i + 2 && t[i + 1].lower == "/") else { return false }
        let w = Array(t[i].lower.unicodeScalars)
        var k = 0
        while k < w.count, CharClass.isDigit(w[k]) || w[k] == "." { k += 1 }
        guard k > 0, k < w.count else { return false }
        let unit = String(String.UnicodeScalarView(w[k...]))
        return ClinicalTerms.units.contains(unit) || ["mg", "mcg", "ml", "am", "pm", "kg", "mmol", "iu", "x", "h", "hr", "d", "yo", "lbs", "cm", "mm", "k", "m", "b"].contains(unit)
    }

    /// Short values right after a strong cue ("plate ABC 123", "SSN ending 1234", "ext 4411").
    /// Words that announce a driving licence in the box's languages.
    static let licenceCues: Set<String> = ["licence", "license", "dl", "führerschein", "permis", "patente", "carnet", "rijbewijs"]
    /// Words that announce a plate or a licence.
    static let plateCues: Set<String> = licenceCues.union([
        "plate", "plates", "tag", "registration", "reg", "targa", "targato", "targata", "matrícula", "matricula",
        "kenteken", "kennzeichen", "immatriculation", "immatriculé", "immatriculée",
    ])

    /// "plate 7ABC123", "Targa:\tFG 417 KL", "Matrícula 4417 KLM", "plate no. TX MKL-4802",
    /// "licence DL 8842 17765": the groups of letters and digits after a plate or licence cue, on
    /// its line, up to five of them, with at least one digit.
    static func cueValues(_ d: inout Detection) {
        let t = d.tokens
        let german = PersonDetector.isGerman(d)
        for i in t.indices where plateCues.contains(t[i].lower) {
            if german, t[i].lower == "tag" { continue }  // "jeden Tag 4000 Schritte": a day, not a tag
            var j = i + 1
            while j < t.count, ["number", "no", "nr", "n", "nº", "#", ":", "is", "-", ".", "°", "plate", "du", "de", "van"].contains(t[j].lower) { j += 1 }
            guard j < t.count, t[j].kind != .punct, j - i <= 5 else { continue }
            var end = j - 1, groups = 0
            var k = j
            while k < t.count, groups < 5 {
                if k > j, FieldDetector.lineBreakBefore(k, d) { break }
                let tk = t[k]
                if tk.kind == .punct {
                    guard tk.lower == "-", d.text.glued(k), k + 1 < t.count, d.text.glued(k + 1) else { break }
                } else {
                    let codeLike = tk.kind != .alpha || tk.isAllCaps && tk.length <= 4 || d.text.casing != .mixed && tk.length <= 3 && !FunctionWords.contains(tk.lower)
                    guard codeLike, tk.length <= 10 else { break }
                    end = k
                    groups += 1
                }
                k += 1
            }
            guard end >= j, (j...end).contains(where: { t[$0].digitCount > 0 }) else { continue }
            d.add(t[j].start, t[end].end, licenceCues.contains(t[i].lower) ? .license : .vehicle, priority: 75, evidence: "a plate or licence after \"\(t[i].lower)\"")
        }
    }
}
