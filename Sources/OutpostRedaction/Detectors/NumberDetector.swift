/// Digit runs: phone and fax numbers, SSNs, cards (Luhn), routing numbers (ABA), ZIP codes,
/// numeric dates and every other long number, typed by shape, checksum and the cue before it.
enum NumberDetector {
    /// One run of digit groups joined by single separators ("(617) 555-0134", "4185 1822 2254 1893").
    struct Chunk {
        var start: Int
        var end: Int
        var groups: [(start: Int, end: Int)]
        /// Separator before each group after the first ("-", ".", "/", " ", ")").
        var seps: [Unicode.Scalar]
        var plus: Bool
        var paren: Bool
        var digitCount: Int { groups.reduce(0) { $0 + $1.end - $1.start } }
    }

    static func detect(_ d: inout Detection) {
        let s = d.scalars
        var i = 0
        while i < s.count {
            guard CharClass.isDigit(s[i]), i == 0 || !(CharClass.isAlnum(s[i - 1]) || s[i - 1] == "." || s[i - 1] == "-" || s[i - 1] == "/"),
                  !d.claimed[i] else { i += 1; continue }
            // "2 93 02 13 055 012 55": a French NIR, whose one-digit first group no other shape takes
            if let e = frenchNIR(at: i, s) {
                d.add(i, e, .ssn, priority: 89, evidence: "a French social security number (NIR) with a valid key")
                i = e
                continue
            }
            let chunk = read(at: i, s)
            // "630.430.4737x2098": a phone with its extension glued on
            if chunk.end + 1 < s.count, s[chunk.end] == "x" || s[chunk.end] == "X", CharClass.isDigit(s[chunk.end + 1]), chunk.groups.count >= 2 {
                var e = chunk.end + 1
                while e < s.count, CharClass.isDigit(s[e]) { e += 1 }
                let lens = chunk.groups.map { $0.end - $0.start }
                if isPhone(chunk, lens: lens, seps: Set(chunk.seps), n: chunk.digitCount, cue: .phone, leadingZero: s[chunk.groups[0].start] == "0") {
                    d.add(chunk.start, e, .phone, priority: 86)
                    i = e
                    continue
                }
            }
            // glued letters ("5mg", "M8170696") belong to the alnum detector
            if chunk.end < s.count, CharClass.isLetter(s[chunk.end]) { i = chunk.end; continue }
            if !classify(chunk, &d), chunk.seps.contains(" ") {
                // split at spaces and try each part alone
                var part = Chunk(start: chunk.groups[0].start, end: chunk.groups[0].end, groups: [chunk.groups[0]], seps: [], plus: false, paren: false)
                for g in 1..<chunk.groups.count {
                    if chunk.seps[g - 1] == " " {
                        _ = classify(part, &d)
                        part = Chunk(start: chunk.groups[g].start, end: chunk.groups[g].end, groups: [chunk.groups[g]], seps: [], plus: false, paren: false)
                    } else {
                        part.groups.append(chunk.groups[g])
                        part.seps.append(chunk.seps[g - 1])
                        part.end = chunk.groups[g].end
                    }
                }
                _ = classify(part, &d)
            }
            i = max(chunk.end, i + 1)
        }
    }

    /// "6363767-BU", "48213907/AB": the end of a letter suffix of one to three capitals glued to a
    /// number by a hyphen or slash (a health-plan or policy number's check letters), else `end`.
    static func letterSuffixEnd(after end: Int, _ s: [Unicode.Scalar]) -> Int {
        guard end + 1 < s.count, s[end] == "-" || s[end] == "/" else { return end }
        var k = end + 1
        while k < s.count, k - end <= 4, CharClass.isASCIILetter(s[k]), CharClass.isUpper(s[k]) { k += 1 }
        let n = k - end - 1
        guard (1...3).contains(n), k == s.count || !CharClass.isAlnum(s[k]) else { return end }
        return k
    }

    /// The end of a French NIR starting at `i` — sex digit, year, month, département (digits or
    /// 2A/2B), commune, order number, key — in groups 1-2-2-2-3-3-2 with single spaces or none;
    /// nil unless the key is 97 − (the first 13 digits mod 97), with 2A/2B read as 19/18.
    static func frenchNIR(at i: Int, _ s: [Unicode.Scalar]) -> Int? {
        guard s[i] == "1" || s[i] == "2" else { return nil }
        var k = i
        var value = 0
        var spaced: Bool?
        for (g, len) in [1, 2, 2, 2, 3, 3, 2].enumerated() {
            if g > 0 {
                let space = k < s.count && s[k] == " "
                if spaced == nil { spaced = space } else if spaced != space { return nil }
                if space { k += 1 }
            }
            if g == 6 { value = 97 - value % 97 }
            var group = 0
            for c in 0..<len {
                guard k < s.count else { return nil }
                if g == 3, c == 1, s[k] == "A" || s[k] == "B", k > 0, s[k - 1] == "2" {
                    group = s[k] == "A" ? 19 : 18  // Corsica: 2A, 2B
                } else {
                    guard CharClass.isDigit(s[k]) else { return nil }
                    group = group * 10 + CharClass.digitValue(s[k])
                }
                k += 1
            }
            if g == 2, !(1...12).contains(group) && !(20...42).contains(group) && !(50...99).contains(group) { return nil }
            if g == 6 { return group == value && (k == s.count || !CharClass.isAlnum(s[k])) ? k : nil }
            var scale = 1
            for _ in 0..<len { scale *= 10 }
            value = value * scale + group
        }
        return nil
    }

    static func read(at i0: Int, _ s: [Unicode.Scalar]) -> Chunk {
        var start = i0
        var plus = false, paren = false
        if i0 > 0, s[i0 - 1] == "+" { start = i0 - 1; plus = true }
        if i0 > 0, s[i0 - 1] == "(" { start = i0 - 1; paren = true }
        var groups: [(start: Int, end: Int)] = []
        var seps: [Unicode.Scalar] = []
        var i = i0
        while true {
            let gs = i
            while i < s.count, CharClass.isDigit(s[i]) { i += 1 }
            groups.append((gs, i))
            let glen = i - gs
            guard i < s.count else { break }
            let c = s[i]
            // "+44(0)131 496 0865", "+90 (559) 971 9615": a trunk or area code in brackets after the country code
            if plus, groups.count == 1, c == "(" || c == " " && i + 1 < s.count && s[i + 1] == "(",
               let close = s[i..<min(s.count, i + 8)].firstIndex(of: ")"), close + 1 < s.count,
               s[(c == "(" ? i + 1 : i + 2)..<close].allSatisfy({ CharClass.isDigit($0) }) {
                seps.append(" ")
                groups.append(((c == "(" ? i + 1 : i + 2), close))
                i = close + 1
                if i < s.count, s[i] == " " { i += 1 }
                guard i < s.count, CharClass.isDigit(s[i]) else { break }
                seps.append(")")  // one separator before every group after the first
                continue
            }
            if c == "-" || c == "." || c == "/", i + 1 < s.count, CharClass.isDigit(s[i + 1]) {
                seps.append(c); i += 1; continue
            }
            if c == ")", paren, groups.count == 1 {
                var j = i + 1
                if j < s.count, s[j] == " " || s[j] == "-" || s[j] == "/" { j += 1 }  // "(0693) 037058", "(0693)-037058", "(91)/214-2519"
                if j < s.count, CharClass.isDigit(s[j]) { seps.append(")"); i = j; continue }
            }
            // the group right after a bracketed trunk code may be one digit: "+33 (0)4 56 64 86 72"
            if c == " ", i + 2 < s.count, CharClass.isDigit(s[i + 1]), CharClass.isDigit(s[i + 2]), glen >= 2 || (plus && groups.count <= 2) || (plus && seps.last == ")") {
                seps.append(" "); i += 1; continue
            }
            // "+33 1 23 45 67 89": a one-digit group after the country code
            if c == " ", plus, groups.count == 1, i + 3 < s.count, CharClass.isDigit(s[i + 1]), s[i + 2] == " ", CharClass.isDigit(s[i + 3]) {
                seps.append(" "); i += 1; continue
            }
            break
        }
        return Chunk(start: start, end: i, groups: groups, seps: seps, plus: plus, paren: paren)
    }

    static func digits(_ c: Chunk, _ s: [Unicode.Scalar]) -> [Int] {
        var out: [Int] = []
        for g in c.groups { for k in g.start..<g.end { out.append(CharClass.digitValue(s[k])) } }
        return out
    }

    static func value(_ g: (start: Int, end: Int), _ s: [Unicode.Scalar]) -> Int {
        var v = 0
        for k in g.start..<min(g.end, g.start + 9) { v = v * 10 + CharClass.digitValue(s[k]) }
        return v
    }

    /// Types the chunk and records it; false when it is not an identifier.
    @discardableResult
    static func classify(_ c: Chunk, _ d: inout Detection) -> Bool {
        let s = d.scalars
        let lens = c.groups.map { $0.end - $0.start }
        let all = digits(c, s)
        let n = all.count
        let ti = d.firstToken(atOrAfter: c.groups[0].start)
        let cue = d.cueType(before: c.paren || c.plus ? max(0, ti - 1) : ti)
        let seps = Set(c.seps)
        // a number with an extension after it is a phone, whatever its shape: "04927082883 App. 5507"
        let add: (inout Detection, EntityType, Int) -> Bool = { d, t, p in
            if [.phone, .account, .id].contains(t), let e = extensionEnd(after: c.end, d) {
                d.add(c.start, e, .phone, priority: p, evidence: "a number with an extension")
            } else {
                d.add(c.start, t == .date || t == .phone ? c.end : letterSuffixEnd(after: c.end, d.scalars), t, priority: p)
            }
            return true
        }

        // numeric dates
        // "(1/4/19)": a bracket that closes no area code
        if !c.plus, !c.paren || !c.seps.contains(")"), seps.count == 1, let sep = seps.first, sep == "/" || sep == "-" || sep == ".", lens.count >= 2 {
            if DateDetector.isNumericDate(c.groups.map { value($0, s) }, lens: lens, sep: sep) {
                let outOfTen = lens.count == 2 && value(c.groups[1], s) == 10 && d.hasMeasureCue(before: ti, window: 5, anyWords: true)
                let measure = d.hasMeasureCue(before: ti) || outOfTen
                let lastTok = d.firstToken(atOrAfter: c.groups[c.groups.count - 1].start)
                if !(lens.count == 2 && (measure || d.followedByUnit(lastTok))) && !(sep == "." && lens.count == 2) {
                    return add(&d, .date, 85)
                }
            }
        }
        // SSN 3-2-4
        if lens == [3, 2, 4], seps.isSubset(of: ["-", " ", "."]) {
            return add(&d, cue == .phone ? .phone : .ssn, 88)
        }
        // ZIP+4
        if lens == [5, 4], seps == ["-"] { return add(&d, .zip, 80) }
        if n == 15, cue == .device, Validators.isIMEI(all) { return add(&d, .device, 88) }
        // cards: 13–19 digits, Luhn
        if n >= 13, n <= 19, Validators.isCard(all), !c.plus { return add(&d, .card, 88) }
        // phones
        if isPhone(c, lens: lens, seps: seps, n: n, cue: cue, leadingZero: s[c.groups[0].start] == "0") {
            d.add(c.start, extensionEnd(after: c.end, d) ?? c.end, .phone, priority: 86)
            return true
        }
        if c.groups.count == 1 {
            let tokenIdx = ti
            if d.precededByCurrency(tokenIdx) || d.followedByUnit(tokenIdx) { return false }
            switch n {
            case 9 where cue == .routing || (cue == nil && Validators.isABARouting(all)):
                return add(&d, .routing, 80)
            case 10 where cue == .license || (cue == nil && Validators.isNPI(all)):
                if Validators.isNPI(all) { return add(&d, .license, 80) }
                return add(&d, cue ?? .id, 70)
            case 15 where Validators.isIMEI(all) && (cue == nil || cue == .device):
                return add(&d, .device, 80)
            case 5...:
                if n == 5, cue == nil, DateDetector.isYearLike(all) == false, isAfterState(tokenIdx, d) { return add(&d, .zip, 80) }
                if n == 5, cue == nil || cue == .zip { return add(&d, .zip, 60) }
                return add(&d, cue ?? (n >= 7 && n <= 11 ? .account : .id), 70)
            case 3...4:
                // "pager 6114", "Pager: 0753": a pager's short number
                if cue == .phone, tokenIdx > 0, pagerCues.contains(d.tokens[tokenIdx - 1].lower) || tokenIdx > 1 && [":", "on", "at", "#", "."].contains(d.tokens[tokenIdx - 1].lower) && pagerCues.contains(d.tokens[tokenIdx - 2].lower) {
                    return add(&d, .phone, 70)
                }
                if let cue, cue != .date, cue != .phone, d.hasShortValueCue(before: tokenIdx) || directlyAfterCue(tokenIdx, d) {
                    return add(&d, cue == .card ? .account : cue, 70)
                }
                if d.hasShortValueCue(before: tokenIdx), ValueCues.shortValueCues.contains(d.tokens[max(0, tokenIdx - 1)].lower) || ["in", "en", "em", "auf", "op", "par", "con"].contains(d.tokens[max(0, tokenIdx - 1)].lower) {
                    return add(&d, .id, 65)
                }
                return false
            default:
                return false
            }
        }
        // other multi-group runs: decimals and ratios stay, long ones are identifiers
        if seps == ["."], lens.count == 2 { return false }
        if n >= 6 { return add(&d, cue ?? .id, 65) }
        if n >= 4, let cue, cue != .date { return add(&d, cue, 60) }
        return false
    }

    /// "212-555-0100 ext. 42", "x42", "extension 7", "Durchwahl 12", "poste 34": the end of the extension.
    static func extensionEnd(after end: Int, _ d: Detection) -> Int? {
        let t = d.tokens
        var k = d.firstToken(atOrAfter: end)
        if k < t.count, t[k].lower == "," || t[k].lower == "(" { k += 1 }
        guard k < t.count else { return nil }
        if t[k].kind == .alnum, t[k].lower.hasPrefix("x"), t[k].lower.dropFirst().allSatisfy(\.isNumber), t[k].length <= 7 { return t[k].end }
        guard ["ext", "extn", "extension", "x", "durchwahl", "dw", "app", "apparat", "poste", "int", "interno", "toestel", "tst"].contains(t[k].lower) else { return nil }
        k += 1
        if k < t.count, t[k].lower == "." || t[k].lower == ":" { k += 1 }
        guard k < t.count, t[k].kind == .number, t[k].digitCount <= 6 else { return nil }
        return t[k].end
    }

    /// Cue words right before a short phone number (a pager or an extension).
    static let pagerCues: Set<String> = ["pager", "pgr", "beeper", "bleep", "bleeped", "paged", "piepser", "funk", "ext", "extension", "durchwahl", "poste"]

    /// "1 888 555 0190", "0031 6 4419 2087", "040 / 38 91 20 55": digit groups on one line after a
    /// phone cue, joined by spaces, slashes, dots or hyphens, 7 to 15 digits in all: one phone number.
    static func cuedPhoneRuns(_ d: inout Detection) {
        let t = d.tokens
        var i = 0
        while i < t.count {
            defer { i += 1 }
            guard t[i].kind == .number, i == 0 || t[i - 1].kind != .number else { continue }
            let cue = (max(0, i - 4)..<i).contains { k in ValueCues.cue(t[k].lower) == .phone || SpelledDetector.phoneCues.contains(t[k].lower) || ["reach", "unter", "au", "al", "on", "at"].contains(t[k].lower) && k == i - 1 && (k > 0 && (SpelledDetector.phoneCues.contains(t[k - 1].lower) || ["me", "us", "bitte"].contains(t[k - 1].lower))) }
            guard cue else { continue }
            var end = i, digits = t[i].digitCount, groups = 1
            var k = i + 1
            while k < t.count {
                if FieldDetector.lineBreakBefore(k, d) { break }
                if t[k].kind == .number, t[k].spaceBefore || d.text.glued(k) && k > 0 && ["-", ".", "/"].contains(t[k - 1].lower) {
                    digits += t[k].digitCount; groups += 1; end = k; k += 1; continue
                }
                if ["/", "-", "."].contains(t[k].lower), k + 1 < t.count, t[k + 1].kind == .number, t[k].start - t[k - 1].end <= 1 { k += 1; continue }
                break
            }
            guard groups >= 2, (7...15).contains(digits), !d.followedByUnit(end) else { i = end; continue }
            d.add(t[i].start, t[end].end, .phone, priority: 72, evidence: "digit groups of one phone number after a phone cue")
            i = end
        }
    }

    static func directlyAfterCue(_ i: Int, _ d: Detection) -> Bool {
        var j = i - 1
        while j >= 0, ValueCues.fillers.contains(d.tokens[j].lower) || d.tokens[j].kind == .punct, i - j < 4 { j -= 1 }
        return j >= 0 && ValueCues.single[d.tokens[j].lower] != nil && ValueCues.single[d.tokens[j].lower] != .date
    }

    static func isAfterState(_ i: Int, _ d: Detection) -> Bool {
        guard let prev = d.text.token(i - 1) else { return false }
        return Cues.stateCodes.contains(prev.lower) || Cues.stateNames.contains(prev.lower)
    }

    static func isPhone(_ c: Chunk, lens: [Int], seps: Set<Unicode.Scalar>, n: Int, cue: EntityType?, leadingZero: Bool = false) -> Bool {
        if c.plus { return n >= 8 && n <= 15 && lens.count >= 2 || (n >= 10 && n <= 15) }
        if c.paren { return lens.first == 3 && n == 10 || (2...5).contains(lens.first ?? 0) && (9...12).contains(n) && leadingZero }
        let phoneSeps: Set<Unicode.Scalar> = ["-", ".", " "]
        guard seps.isSubset(of: phoneSeps) else { return false }
        if lens == [3, 3, 4] || lens == [1, 3, 3, 4] || lens == [3, 4] && seps == ["-"] { return true }
        if lens == [3, 4] { return cue == .phone }
        if lens.count >= 3, n >= 9, n <= 13, lens.allSatisfy({ $0 >= 2 && $0 <= 4 }), cue == .phone { return true }
        // national formats in groups: "020 7946 0958", "0049 30 1234 5678"
        if lens.count >= 3, n >= 10, n <= 14, lens.allSatisfy({ $0 >= 2 && $0 <= 5 }), seps.count == 1, lens[0] <= 4 { return true }
        if lens.count == 1, cue == .phone, n >= 7, n <= 13 { return true }
        // national numbers with a trunk prefix: "030 1234567", "0612 345678"
        if lens.count == 2, seps == [" "] || seps == ["-"] || seps == ["/"], (2...5).contains(lens[0]), n >= 9, n <= 12, leadingZero { return true }
        return false
    }
}
