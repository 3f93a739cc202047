/// The parts of addresses and codes that are no words at all: house and flat numbers beside a
/// flagged street, the letters and groups left beside a code.
extension RecallNet {
    static let unitWords: Set<String> = [
        "apt", "apartment", "unit", "suite", "ste", "flat", "fl", "floor", "#", "puerta", "pta", "piso", "top", "app", "appartement",
        "bus", "bte", "boîte", "étage", "etage", "stiege", "stock", "whg", "wohnung", "esc", "escalera", "andar", "apto", "dpto", "depto",
        "interno", "int", "scala", "piano", "bloco", "casa", "c", "km",
    ]
    static let addressCues: Set<String> = [
        "address", "addr", "adresse", "anschrift", "wohnhaft", "dirección", "direccion", "domicilio", "endereço", "endereco", "morada",
        "adres", "indirizzo", "residenza", "lives", "live", "living", "resides", "reside", "home", "street", "road", "lane", "avenue",
        "straße", "strasse", "calle", "rue", "via", "rua", "avenida", "av", "avda", "plaza", "praça", "largo", "travessa", "weg", "laan",
        "straat", "plein", "gracht", "boulevard", "bd", "chemin", "allée", "piazza", "viale", "corso", "paseo", "carrer", "ronda", "camino",
        "pasaje", "pasadizo", "cuesta", "glorieta", "alameda", "rambla", "vicolo", "contrada", "platz", "gasse", "ring", "ufer", "at",
    ]

    /// House numbers and units next to flagged street words on a line about an address:
    /// "Pasadizo Guiomar Vilanova 10 Puerta 3", "ADDRESS:  6 Shah Forge", "Kerkstraat 12".
    static func addressParts(_ marks: inout [Mark], person: [Bool], _ d: Detection) {
        let t = d.tokens
        func flaggedWord(_ k: Int) -> Bool { k >= 0 && k < t.count && (marks[k].flagged && marks[k].type != .id || person[k]) && t[k].kind == .alpha }
        func houseNumber(_ k: Int) -> Bool {
            k >= 0 && k < t.count && !marks[k].flagged && !d.isClaimed(token: k) && (t[k].kind == .number && t[k].digitCount <= 5
                || t[k].kind == .alnum && t[k].digitCount <= 5 && t[k].length <= 6 && t[k].lower.first?.isNumber == true) && !d.followedByUnit(k)
        }
        var inAddress = [Bool](repeating: false, count: d.scalars.count)
        for s in d.spans where s.type == .zip || s.type == .address { for k in s.start..<s.end { inAddress[k] = true } }
        var lineHasCue = [Bool](repeating: false, count: t.count)
        var cue = false
        for k in t.indices {
            if k > 0, d.scalars[t[k - 1].end..<t[k].start].contains("\n") { cue = false }
            if t[k].kind == .alpha && (addressCues.contains(t[k].lower) || Cues.streetSuffixes.contains(t[k].lower)) { cue = true }
            if inAddress[t[k].start] { cue = true }
            lineHasCue[k] = cue
        }
        // a line's cue may come after the street: look ahead too
        var ahead = false
        for k in t.indices.reversed() {
            if lineHasCue[k] { ahead = true }
            if k + 1 < t.count, d.scalars[t[k].end..<t[k + 1].start].contains("\n") { ahead = lineHasCue[k] }
            lineHasCue[k] = lineHasCue[k] || ahead
        }
        for k in t.indices where houseNumber(k) && lineHasCue[k] {
            let capital: (Int) -> Bool = { j in d.text.casing != .mixed || t[j].isCapitalized }
            let before = k > 0 && flaggedWord(k - 1) && capital(k - 1) && noBreak(k - 1, k, d)
            let after = k + 1 < t.count && flaggedWord(k + 1) && capital(k + 1) && noBreak(k, k + 1, d)
            guard before || after else { continue }
            marks[k] = Mark(flagged: true, type: .address, why: "a house number next to a street name not in the safe-list")
        }
        // "Puerta 3", "Apt 2B", "Top 20", "Suite 334", "#85" after a street on an address line
        for u in t.indices where u > 0 && unitWords.contains(t[u].lower) && lineHasCue[u] && !d.isClaimed(token: u) && !marks[u].flagged {
            var p = u - 1
            if p > 0, t[p].lower == "," { p -= 1 }
            guard flaggedWord(p) || marks[p].type == .address && marks[p].flagged || inAddress[t[p].start] || houseNumber(p) else { continue }
            var v = u + 1
            if v < t.count, t[v].lower == "." || t[v].lower == ":" || t[v].lower == "#" { v += 1 }
            guard v < t.count, t[v].kind != .punct, t[v].digitCount > 0 || t[v].length <= 2, !d.isClaimed(token: v), noBreak(u, v, d) || v == u + 1 else { continue }
            if houseNumber(p), !marks[p].flagged { marks[p] = Mark(flagged: true, type: .address, why: "a house number next to a street name not in the safe-list") }
            for m in u...v where t[m].kind != .punct { marks[m] = Mark(flagged: true, type: .address, why: "a flat or unit number of an address") }
        }
    }

    /// The letters and short groups left beside a code ("AK 05 93 32 B", "…784Y G", "26 257506 G 633"):
    /// part of the identifier, not words.
    static func codeRemainders(_ marks: inout [Mark], _ d: Detection) {
        let t = d.tokens
        let codeTypes: Set<EntityType> = [.id, .ssn, .iban, .account, .healthPlan, .mrn, .license, .vehicle, .device, .zip, .card, .routing]
        for span in d.spans where codeTypes.contains(span.type) {
            var k = d.firstToken(atOrAfter: span.end)
            var taken = 0
            while k < t.count, taken < 2, t[k].spaceBefore, t[k].start - t[k - 1].end == 1, !d.isClaimed(token: k), !marks[k].flagged,
                  t[k].kind == .number && t[k].digitCount <= 4 || t[k].kind != .punct && t[k].length <= 2 && (t[k].isAllCaps || t[k].length == 1 && t[k].isCapitalized || d.text.casing != .mixed && t[k].kind != .alpha)
                    || t[k].kind == .alpha && t[k].length == 3 && t[k].isAllCaps && d.text.casing == .mixed && !t[k].lower.contains(where: { "aeiou".contains($0) }) {
                if t[k].kind == .alpha, t[k].length == 1, ["a", "i"].contains(t[k].lower), d.text.casing == .mixed { break }
                marks[k] = Mark(flagged: true, type: .id, why: "the rest of the code before it")
                k += 1
                taken += 1
            }
            // a letter prefix: "AK 05 93 32 B"
            let first = d.firstToken(atOrAfter: span.start)
            if first > 0, CharClass.isDigit(d.scalars[span.start]), t[first - 1].kind == .alpha, t[first - 1].isAllCaps || d.text.casing != .mixed,
               (1...3).contains(t[first - 1].length), t[first].start - t[first - 1].end == 1, !d.isClaimed(token: first - 1), !marks[first - 1].flagged,
               ValueCues.single[t[first - 1].lower] == nil, !ValueCues.fillers.contains(t[first - 1].lower), !["no", "nr", "id", "ref"].contains(t[first - 1].lower), !Cues.stateCodes.contains(t[first - 1].lower) {
                marks[first - 1] = Mark(flagged: true, type: .id, why: "the letter prefix of the code after it")
            }
        }
    }
}
