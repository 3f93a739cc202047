/// Dates with a day or month ("March 14th", "14 March 1962", "Jul 3 2011", "the 3rd of May")
/// and ages of 90 and over. Numeric dates ("3/14", "14.03.1962") are typed by NumberDetector
/// through `isNumericDate`.
enum DateDetector {
    /// Whether digit groups form a calendar date: m/d, m/d/y, d.m.y, y-m-d.
    static func isNumericDate(_ v: [Int], lens: [Int], sep: Unicode.Scalar) -> Bool {
        func md(_ a: Int, _ b: Int) -> Bool { (1...12).contains(a) && (1...31).contains(b) || (1...12).contains(b) && (1...31).contains(a) }
        switch lens.count {
        case 2:
            guard lens[0] <= 2, lens[1] <= 2, sep == "/" || sep == "-" else { return false }
            return md(v[0], v[1])
        case 3:
            if lens[0] == 4 { return lens[1] <= 2 && lens[2] <= 2 && (1...12).contains(v[1]) && (1...31).contains(v[2]) }
            guard lens[0] <= 2, lens[1] <= 2, lens[2] == 2 || lens[2] == 4 else { return false }
            return md(v[0], v[1])
        default:
            return false
        }
    }

    /// A plausible year 1900–2099.
    static func isYearLike(_ digits: [Int]) -> Bool {
        guard digits.count == 4 else { return false }
        let y = digits.reduce(0) { $0 * 10 + $1 }
        return (1900...2099).contains(y)
    }

    static func dayValue(_ t: Token) -> Int? {
        var w = t.lower
        for suf in ["st", "nd", "rd", "th", "er", "e", "º"] where w.hasSuffix(suf) && w.count > suf.count {
            w = String(w.dropLast(suf.count))
            break
        }
        guard let v = Int(w), (1...31).contains(v), w.count <= 2 else { return nil }
        return v
    }

    static func detect(_ d: inout Detection) {
        let t = d.tokens
        var i = 0
        while i < t.count {
            guard t[i].kind == .alpha, let month = Cues.month(t[i].lower), !d.isClaimed(token: i) else { i += 1; continue }
            _ = month
            var start = i, end = i
            // Month day[, year]
            var j = i + 1
            if j < t.count, [".", "-", "/"].contains(t[j].lower) { j += 1 }  // "Jan. 3"
            if j < t.count, !dayFirstOnly.contains(t[i].lower), let _ = dayValue(t[j]), !d.followedByUnit(j) || ["st", "nd", "rd", "th"].contains(t[j].lower.suffix(2).description) {
                end = j
                var k = j + 1
                if k < t.count, t[k].lower == "," { k += 1 }
                if k < t.count, t[k].kind == .number, t[k].digitCount == 4 || (t[k].digitCount == 2 && t[k - 1].lower == ",") { end = k }
            }
            // day [of] Month [year]
            var b = i - 1
            if b >= 0, t[b].lower == "of" || t[b].lower == "-" || t[b].lower == "/" || t[b].lower == "." && b > 0 && d.text.glued(b) && t[b - 1].kind == .number { b -= 1 }  // "15. Dez."
            if b >= 0, t[b].lower == "the" { b -= 0 }
            if b >= 0, dayValue(t[b]) != nil, t[b].kind != .punct, !d.isClaimed(token: b) {
                start = b
                if end == i, i + 1 < t.count, t[i + 1].kind == .number, t[i + 1].digitCount == 4 { end = i + 1 }
                // an abbreviation's dot before the year: "7 juil. 2020", "15. DEZ. 1998"
                if end == i, i + 2 < t.count, t[i + 1].lower == ".", d.text.glued(i + 1), t[i + 2].kind == .number, t[i + 2].digitCount == 4 { end = i + 2 }
                if end == i, i + 2 < t.count, t[i + 1].lower == "-" || t[i + 1].lower == "/", t[i + 2].kind == .number, t[i + 2].digitCount == 4 || t[i + 2].digitCount == 2 { end = i + 2 }
                if end == i, i + 2 < t.count, t[i + 1].lower == ",", t[i + 2].kind == .number, t[i + 2].digitCount == 4 { end = i + 2 }
            }
            if start == i && end == i {
                // "May" alone is a word or a month without day: not an identifier
                i += 1
                continue
            }
            d.add(t[start].start, t[end].end, .date, priority: 85)
            i = end + 1
        }
        ages(&d)
    }

    /// Month abbreviations of other languages that are words too ("set", "out", "ago"): only in
    /// day-first dates ("13 ene 2016", "5 set 2020").
    static let dayFirstOnly: Set<String> = [
        "ene", "janv", "jän", "gen", "fev", "fév", "févr", "fevr", "mär", "mrt", "abr", "avr", "mag", "mei", "giu", "juil", "lug",
        "ago", "aoû", "set", "okt", "ott", "out", "dic", "dez", "déc", "mai",
    ]

    static let foreignYears: Set<String> = [
        "jahre", "jahren", "jährig", "jährige", "jähriger", "jährigen", "ans", "années", "años", "anos", "anni", "jaar", "jarige", "lat",
    ]

    /// Words after an ordinal age: "101st birthday", "zum 90. Geburtstag".
    static let birthdays: Set<String> = ["birthday", "bday", "b-day", "geburtstag", "anniversaire", "cumpleaños", "compleanno", "aniversário", "aniversario", "verjaardag"]

    /// Ages 90+: "93-year-old", "aged 95", "age: 101", "92 yo", "94 years old".
    static func ages(_ d: inout Detection) {
        let t = d.tokens
        for i in t.indices where t[i].kind == .alnum && !d.isClaimed(token: i) {
            // "93yo", "95y/o", "92yrs"
            let w = t[i].lower
            let digits = w.prefix { $0.isNumber }
            guard let v = Int(digits), (90...130).contains(v) else { continue }
            let rest = w.dropFirst(digits.count)
            // "92F", "94m": the age and sex of a clinical one-liner
            if ["yo", "y", "yr", "yrs", "yoa", "f", "m", "w"].contains(String(rest)) {
                d.add(t[i].start, t[i].start + digits.count, .age, priority: 85)
            }
            // "her 101st birthday", "zum 90. Geburtstag" is read below; "90th birthday" here
            if ["st", "nd", "rd", "th"].contains(String(rest)), let n = d.text.token(i + 1), birthdays.contains(n.lower) {
                d.add(t[i].start, t[i].start + digits.count, .age, priority: 85)
            }
        }
        for i in t.indices where t[i].kind == .number && !d.isClaimed(token: i) {
            guard let v = Int(t[i].lower), (90...130).contains(v) else { continue }
            var isAge = false
            if let p = d.text.token(i - 1), ["age", "aged", "ages", "age:"].contains(p.lower) { isAge = true }
            // "at the age of 90", "im Alter von 92", "à l'âge de 95"
            if i >= 2, ["of", "von", "de", "di", "van"].contains(t[i - 1].lower), ["age", "alter", "âge", "edad", "età", "idade", "leeftijd"].contains(t[i - 2].lower) { isAge = true }
            if i >= 2, t[i - 1].lower == ":" || t[i - 1].lower == "=", ["age", "aged"].contains(t[i - 2].lower) { isAge = true }
            var j = i + 1
            if j < t.count, t[j].lower == "-" { j += 1 }
            // other languages' year words need no "old": "96 años", "90 Jahre", "97 jaar", "94 ans"
            if j < t.count, foreignYears.contains(t[j].lower) { isAge = true }
            if j < t.count, ["year", "years", "yr", "yrs", "yo", "y", "y/o"].contains(t[j].lower) {
                // "95 years" needs "old"/"of age" or a hyphen to be an age ("95 years ago" is not)
                let hyph = t[i + 1].lower == "-"
                let old = j + 1 < t.count && (t[j + 1].lower == "old" || t[j + 1].lower == "-" || t[j + 1].lower == "of")
                if hyph || old || t[j].lower == "yo" || (t[j].lower == "y" && j + 1 < t.count && t[j + 1].lower == "/") { isAge = true }
            }
            if j < t.count, t[j].lower == "yo" || t[j].lower == "yoa" { isAge = true }
            if let p = d.text.token(i - 1), ["turned", "turns", "turning", "is", "aged"].contains(p.lower), j >= t.count || [".", ",", ";", "!"].contains(t[min(j, t.count - 1)].lower) { isAge = isAge || p.lower != "is" }
            // "turning 100 next week", "she's 99", "I'm 93 and"
            if let p = d.text.token(i - 1), ["turned", "turns", "turning", "she's", "he's", "i'm", "shes", "hes", "im", "she\u{2019}s", "he\u{2019}s", "i\u{2019}m"].contains(p.lower), !d.followedByUnit(i) { isAge = true }
            // "94 M with COPD", "F, 92", "M/93": with the patient's sex
            if let n = d.text.token(i + 1), ["m", "f", "w"].contains(n.lower), n.isCapitalized, !d.followedByUnit(i) { isAge = true }
            if i >= 2, [",", "/"].contains(t[i - 1].lower), ["m", "f", "w"].contains(t[i - 2].lower), t[i - 2].isCapitalized, i < 3 || !t[i - 3].isWord || FieldDetector.lineBreakBefore(i - 2, d) || [",", "(", ":"].contains(t[i - 3].lower) { isAge = true }
            // "my dad (95)", "Mrs Kaur (92)": in brackets after a person
            if i >= 2, t[i - 1].lower == "(", j < t.count, t[j].lower == ")", t[i - 2].isWord, Cues.strongPersonCues.contains(t[i - 2].lower) || d.spans.contains(where: { $0.type == .person && $0.end == t[i - 2].end }) { isAge = true }
            if j < t.count, birthdays.contains(t[j].lower) || t[j].lower == "." && j + 1 < t.count && birthdays.contains(t[j + 1].lower) { isAge = true }
            // "who is now 92": a state, not a count, when nothing measurable follows
            if i >= 2, t[i - 1].lower == "now", ["is", "was", "she's", "he's", "i'm", "am", "are", "ist", "est", "es", "è"].contains(t[i - 2].lower), !d.followedByUnit(i) { isAge = true }
            if isAge { d.add(t[i].start, t[i].end, .age, priority: 85) }
        }
    }

    /// People an age is said of: "she is 94", "Mum is 92", "my grandfather was 97".
    static let ageSubjects: Set<String> = [
        "she", "he", "patient", "pt", "mum", "mom", "mother", "dad", "father", "grandmother", "grandfather", "gran", "nan", "granny",
        "grandma", "grandpa", "nana", "wife", "husband", "aunt", "uncle", "sie", "er", "elle", "il", "ella", "él", "lei", "lui", "ela", "ele", "zij", "hij",
    ]

    /// Ages over 89 that only the names around them make ages, run after the name layers:
    /// "Aoife Ní Bhriain, 90, for hip surgery", "Herr Ludwig von Stein, 92,", "Eileen Doherty 97 –",
    /// "she is 94 and lives alone", "ich bin dreiundneunzig".
    static func agesNearNames(_ d: inout Detection) {
        let t = d.tokens
        for i in t.indices where t[i].kind == .number && !d.isClaimed(token: i) {
            guard let v = Int(t[i].lower), (90...125).contains(v), t[i].digitCount <= 3, !d.followedByUnit(i), !d.precededByCurrency(i) else { continue }
            let next = i + 1 < t.count ? t[i + 1].lower : ""
            let closes = next.isEmpty || [",", ";", ")", "-", "\u{2013}", "\u{2014}", "."].contains(next) || next == "j" || next == "next" || next == "and" || next == "und" || next == "e" || next == "y" || next == "et" || next == "en"
            // directly after a person's name, with or without a comma
            var p = i - 1
            if p >= 0, t[p].lower == "," { p -= 1 }
            let afterName = p >= 0 && d.spans.contains { $0.type == .person && $0.end == t[p].end }
            let stated = i >= 2 && ["is", "was", "ist", "war", "est", "es", "è", "é", "is"].contains(t[i - 1].lower) && ageSubjects.contains(t[i - 2].lower)
            guard afterName && closes || stated && closes else { continue }
            d.add(t[i].start, t[i].end, .age, priority: 85, evidence: afterName ? "a number over 89 right after a person's name" : "a number over 89 said of a person")
        }
        // "ich bin dreiundneunzig", "ik ben tweeënnegentig", "I'm ninety-three" without a year word
        for i in t.indices.dropFirst(2) where t[i].kind == .alpha && !d.isClaimed(token: i) {
            let w = t[i].lower
            guard w.contains("neunzig") || w.contains("negentig") || w.hasPrefix("ninety") || w.hasPrefix("novant") || w.hasPrefix("noventa") else { continue }
            let first = [("ich", "bin"), ("ik", "ben"), ("io", "ho"), ("yo", "tengo"), ("eu", "tenho")].contains { $0.0 == t[i - 2].lower && $0.1 == t[i - 1].lower }
                || ["i'm", "im", "i\u{2019}m"].contains(t[i - 1].lower)
            guard first else { continue }
            var end = i
            while end + 2 < t.count, t[end + 1].lower == "-", d.text.glued(end + 1), t[end + 2].isWord { end += 2 }
            d.add(t[i].start, t[end].end, .age, priority: 85, evidence: "an age over 89 in words, said of oneself")
        }
    }
}
