/// The parts that follow a street address on its line, whichever detector found it: the house
/// number's suffix ("Dorpsstraat 42 bis"), the building, staircase, flat and floor ("…, PORTAL 2,
/// 5.º A", "…, bât. B", "Strandvejen 171, 3. th", "AM MÜHLBACH 236A, HINTERHAUS") — so that no part
/// of the address is left in the text.
extension AddressDetector {
    /// Words that name a part of a building, followed by its number or letter.
    static let partWords: Set<String> = Cues.unitWords.union([
        "portal", "bât", "bat", "bâtiment", "batiment", "escalier", "esc", "escalera", "bloque", "bloco", "torre", "stiege", "stg",
        "tür", "etg", "dpto", "depto", "interno", "sc", "lgh", "lägenhet", "leilighet", "mieszkanie", "lok", "lokal", "bus", "bte", "boîte",
    ])
    /// Parts that stand alone: "HINTERHAUS", "Hochparterre".
    static let standaloneParts: Set<String> = ["hinterhaus", "vorderhaus", "seitenflügel", "gartenhaus", "hochparterre", "souterrain", "dachgeschoss", "rez-de-chaussée"]
    /// Doors after a floor: "3. th", "2º izq.", "5.º A".
    static let doorWords: Set<String> = ["th", "tv", "mf", "st", "izq", "izda", "dcha", "dch", "der", "dto", "esq"]

    static func extendParts(_ d: inout Detection) {
        let t = d.tokens
        for s in d.spans where s.type == .address {
            var last = d.firstToken(atOrAfter: s.start)
            while last + 1 < t.count, t[last + 1].end <= s.end { last += 1 }
            guard last < t.count, t[last].end <= s.end else { continue }
            let first = last
            var end = last
            for _ in 0..<3 {
                let k = end + 1
                guard k < t.count, !FieldDetector.lineBreakBefore(k, d) else { break }
                // "42 bis", "240 ter"
                if t[k].kind == .alpha, ["bis", "ter", "quater"].contains(t[k].lower), t[end].hasDigits { end = k; continue }
                // a floor and door glued to the last number: "…, 3. th", "…, 5.º A"
                if t[end].kind == .number, t[end].digitCount <= 2, let door = door(after: end, d) { end = door; continue }
                // the same when the address already took the floor's mark ("Strandvejen 171, 3." then "th")
                if t[end].kind == .punct, end > 0, t[end - 1].kind == .number, t[end - 1].digitCount <= 2, let door = door(after: end - 1, d), door > end { end = door; continue }
                var c = k
                if t[c].lower == "," { c += 1 }
                guard c < t.count, !FieldDetector.lineBreakBefore(c, d), t[c].isWord || t[c].kind == .number else { break }
                if t[c].kind == .alpha, standaloneParts.contains(t[c].lower) { end = c; continue }
                if t[c].kind == .alpha, partWords.contains(t[c].lower) {
                    var v = c + 1
                    while v < t.count, [".", "#", ":", "º", "°"].contains(t[v].lower) { v += 1 }
                    guard v < t.count, !FieldDetector.lineBreakBefore(v, d),
                          t[v].kind == .number && t[v].digitCount <= 4 || t[v].kind == .alnum && t[v].length <= 5 || t[v].kind == .alpha && t[v].length <= 2 else { break }
                    end = v
                    continue
                }
                // ", 5.º A", ", 2º izq.", ", 3. th" after a comma
                if c > k, t[c].kind == .number, t[c].digitCount <= 2, let door = door(after: c, d) { end = door; continue }
                break
            }
            if end > first { d.add(s.start, t[end].end, .address, priority: 78, evidence: "the building, flat or floor of an address") }
        }
    }

    /// The floor mark and door after a floor number `n`: "3. th" → the door's token, "5.º A", "2º izq.", "7. sal".
    static func door(after n: Int, _ d: Detection) -> Int? {
        let t = d.tokens
        var v = n + 1
        while v < t.count, ["º", "ª", ".", "°", ".º"].contains(t[v].lower) || t[v].lower.hasPrefix("º"), d.text.glued(v) { v += 1 }
        guard v > n + 1 || t[n].lower.hasSuffix("º") || t[n].lower.hasSuffix("."), v < t.count, !FieldDetector.lineBreakBefore(v, d), t[v].isWord else { return nil }
        let w = t[v].lower
        guard doorWords.contains(w) || floorWords.contains(w) || ["sal", "etage", "étage", "stock"].contains(w) || t[v].length == 1 && t[v].isCapitalized || t[v].length == 1 && d.text.casing != .mixed else { return nil }
        return v + 1 < t.count && t[v + 1].lower == "." && d.text.glued(v + 1) ? v + 1 : v
    }
}
