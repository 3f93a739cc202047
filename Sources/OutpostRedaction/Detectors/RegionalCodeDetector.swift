/// Postcodes and licence plates of the common countries, by shape: UK "SW1A 1AA" and "AB12 CDE",
/// Irish Eircodes "A65 F4E2",
/// Dutch "1012 AB", Canadian "K1A 0B1", German "B-MK 1234", French "AB-123-CD", Dutch "12-ABC-3".
/// US ZIP codes and five-digit European postcodes are typed by NumberDetector.
enum RegionalCodeDetector {
    static func detect(_ d: inout Detection) {
        let t = d.tokens
        var i = 0
        while i < t.count {
            defer { i += 1 }
            guard t[i].kind != .punct, !d.isClaimed(token: i) else { continue }
            let a = shape(t[i], d)
            // two space-separated parts
            if i + 1 < t.count, t[i + 1].spaceBefore, t[i + 1].kind != .punct, !d.isClaimed(token: i + 1), t[i].end + 1 == t[i + 1].start {
                let b = shape(t[i + 1], d)
                var type: EntityType?
                if isUKOutward(a), b.count == 3, isDigitLetterLetter(b) { type = .zip }  // SW1A 1AA, EC1A 1BB, M1 1AE
                else if isCanadian(a, b) { type = .zip }
                else if a == "A99" || a == "A9A" && t[i].lower == "d6w", b.count == 4, b.contains("A"), !b.contains("?") { type = .zip }  // Eircode "A65 F4E2"
                else if a == "9999", b == "AA", !d.followedByUnit(i) { type = .zip }  // 1012 AB
                else if a == "AA99", b == "AAA" { type = .vehicle }  // AB12 CDE
                if let type, uppercaseOK(i, i + 1, d) {
                    d.add(t[i].start, t[i + 1].end, type, priority: 70, evidence: type == .zip ? "a postcode shape" : "a licence-plate shape")
                    i += 1
                    continue
                }
            }
            // hyphenated plates: "AB-123-CD", "B-MK 1234", "12-ABC-3"
            if i + 4 < t.count, t[i + 1].lower == "-", t[i + 3].lower == "-", d.text.glued(i + 1), d.text.glued(i + 2), d.text.glued(i + 3), d.text.glued(i + 4) {
                let b = shape(t[i + 2], d), c = shape(t[i + 4], d)
                let fr = a == "AA" && b == "999" && c == "AA"
                let nl = [a, b, c].joined(separator: "-")
                let nlShapes: Set<String> = ["99-AAA-9", "9-AAA-99", "AA-999-A", "A-999-AA", "AAA-99-A", "A-99-AAA", "99-AA-AA", "AA-99-AA", "AA-AA-99", "9-AA-999", "999-AA-9", "99-AAA-A"]
                if (fr || nlShapes.contains(nl)) && uppercaseOK(i, i + 4, d) {
                    d.add(t[i].start, t[i + 4].end, .vehicle, priority: 70, evidence: "a licence-plate shape")
                    i += 4
                    continue
                }
            }
            if i + 3 < t.count, t[i + 1].lower == "-", d.text.glued(i + 1), d.text.glued(i + 2), t[i + 3].spaceBefore, t[i + 3].kind == .number,
               (1...3).contains(t[i].length), t[i].kind == .alpha, (1...2).contains(t[i + 2].length), t[i + 2].kind == .alpha, (1...4).contains(t[i + 3].length),
               t[i].isAllCaps || t[i].length == 1 && t[i].isCapitalized, t[i + 2].isAllCaps || t[i + 2].length == 1 && t[i + 2].isCapitalized {
                d.add(t[i].start, t[i + 3].end, .vehicle, priority: 70, evidence: "a German licence-plate shape")
                i += 3
            }
        }
    }

    /// "A" for a letter, "9" for a digit.
    static func shape(_ tok: Token, _ d: Detection) -> String {
        var s = ""
        for k in tok.start..<tok.end {
            let c = d.scalars[k]
            s.append(CharClass.isDigit(c) ? "9" : CharClass.isASCIILetter(c) ? "A" : "?")
        }
        return s
    }

    static func isUKOutward(_ s: String) -> Bool { ["A9", "A99", "AA9", "AA99", "A9A", "AA9A"].contains(s) }
    static func isDigitLetterLetter(_ s: String) -> Bool { s == "9AA" }
    static func isCanadian(_ a: String, _ b: String) -> Bool { a == "A9A" && b == "9A9" }

    /// Letters of a code are upper-case in mixed text ("sw1a 1aa" only counts in lower-case text).
    static func uppercaseOK(_ i: Int, _ j: Int, _ d: Detection) -> Bool {
        if d.text.casing != .mixed { return true }
        for k in i...j where d.tokens[k].kind != .punct {
            for s in d.tokens[k].start..<d.tokens[k].end where CharClass.isASCIILetter(d.scalars[s]) && !CharClass.isUpper(d.scalars[s]) { return false }
        }
        return true
    }
}
