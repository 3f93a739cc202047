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
            if end == i, isWordLikeAbbreviation(i, d) {
                i += 1
                continue
            }
            d.add(t[start].start, t[end].end, .date, priority: 85)
            i = end + 1
        }
        ages(&d)
    }

    /// Weekdays of the box's languages, written out.
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
        "lunedì", "lunedi", "martedì", "martedi", "mercoledì", "mercoledi", "giovedì", "giovedi", "venerdì", "venerdi", "sabato", "domenica",
        "segunda", "terça", "terca", "quarta", "quinta", "sexta",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mandag", "tirsdag", "lørdag", "søndag",
        "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
    ]
    /// Their abbreviations: a date only with a day written as digits after them.
    static let weekdayAbbreviations: Set<String> = [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "mo", "di", "mi", "do", "fr", "sa", "so",
        "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "mié", "jue", "vie", "sáb", "dom", "gio", "ma", "wo", "vr", "za", "zo", "seg", "ter", "qua", "qui", "sex",
    ]
    /// Words before a German day-and-month "4.9." that make it a date.
    static let shortDateCues: Set<String> = ["am", "vom", "bis", "zum", "ab", "seit", "den", "dem", "der", "bis zum", "le", "du", "au", "el", "il", "op", "van", "tot", "on", "from", "until", "till", "to"]
    /// Words between the two days of a range: "du 2 au 9 janvier", "van 3 tot 10 januari".
    static let rangeWords: Set<String> = ["au", "tot", "bis", "to", "al", "a", "-", "\u{2013}", "até", "ate", "through", "thru", "till", "until", "and", "et", "und", "en", "y", "e"]

    /// Dates that the rest of a sentence makes dates: a weekday before a date or a day
    /// ("martedì 4 novembre 2025", "sabato 14", "Thursday 5th", "Do., 4.9.", "Tue 14/1"), an
    /// ordinal day alone ("to the 19th"), a month with its year ("December 2024", "Miete Oktober
    /// 2025"), a German day and month ("vom 02.01. bis"), and the first day of a range ("du 2 au 9 janvier").
    static func contextDates(_ d: inout Detection) {
        let t = d.tokens
        func isDateStart(_ k: Int) -> Bool { k < t.count && d.spans.contains { $0.type == .date && $0.start == t[k].start } }
        func dateEnd(from k: Int) -> Int? {
            guard k < t.count, let s = d.spans.first(where: { $0.type == .date && $0.start == t[k].start }) else { return nil }
            var e = k
            while e + 1 < t.count, t[e + 1].end <= s.end { e += 1 }
            return e
        }
        /// A day-and-month "4.9." or "8/3" / "14/1" starting at k: its last token.
        func shortDate(_ k: Int) -> Int? {
            guard k + 2 < t.count, t[k].kind == .number, let a = Int(t[k].lower), (1...31).contains(a), t[k].digitCount <= 2,
                  [".", "/"].contains(t[k + 1].lower), d.text.glued(k + 1), d.text.glued(k + 2), t[k + 2].kind == .number,
                  let b = Int(t[k + 2].lower), (1...12).contains(b), t[k + 2].digitCount <= 2 else { return nil }
            if k + 3 < t.count, t[k + 3].lower == t[k + 1].lower, d.text.glued(k + 3) {
                if k + 4 < t.count, t[k + 4].kind == .number, d.text.glued(k + 4) { return nil }  // a full date: NumberDetector's
                return k + 3
            }
            if k + 3 < t.count, d.text.glued(k + 3), t[k + 3].kind == .number { return nil }
            return k + 2
        }
        for i in t.indices where t[i].kind == .alpha && !d.isClaimed(token: i) {
            let w = t[i].lower
            let full = weekdays.contains(w)
            guard full || weekdayAbbreviations.contains(w) else { continue }
            var k = i + 1
            if k + 1 < t.count, t[k].lower == "-", t[k + 1].lower == "feira" { k += 2 }  // "sexta-feira"
            if k < t.count, t[k].lower == ".", d.text.glued(k) { k += 1 }
            if k < t.count, t[k].lower == "," { k += 1 }
            if k < t.count, ["the", "le", "den", "il", "el", "d"].contains(t[k].lower), full { k += 1; if k < t.count, t[k].lower == ".", d.text.glued(k) { k += 1 } }
            if let e = dateEnd(from: k) {
                d.add(t[i].start, t[e].end, .date, priority: 84, evidence: "a weekday before a date")
            } else if let e = shortDate(k) {
                d.add(t[i].start, t[e].end, .date, priority: 84, evidence: "a weekday before a day and month")
            } else if full, k < t.count, !d.isClaimed(token: k), let _ = dayValue(t[k]), t[k].kind != .punct,
                      !d.followedByUnit(k), !(k + 1 < t.count && [":", "h"].contains(t[k + 1].lower) && d.text.glued(k + 1)) {
                var e = k
                if e + 1 < t.count, t[e + 1].lower == ".", d.text.glued(e + 1) { e += 1 }
                d.add(t[i].start, t[e].end, .date, priority: 84, evidence: "a weekday and a day of the month")
            }
        }
        for i in t.indices where !d.isClaimed(token: i) {
            // "to the 19th", "until the 23rd": an ordinal day with nothing it counts after it
            if t[i].kind == .alnum, i > 0, t[i - 1].lower == "the", let _ = dayValue(t[i]), ["st", "nd", "rd", "th"].contains(String(t[i].lower.suffix(2))) {
                let next = i + 1 < t.count ? t[i + 1] : nil
                if next == nil || next!.kind == .punct || ["at", "and", "to", "or", "until", "till", "for", "instead", "if", "is", "was", "works", "then"].contains(next!.lower) {
                    d.add(t[i].start, t[i].end, .date, priority: 82, evidence: "an ordinal day of the month")
                }
                continue
            }
            // "December 2024", "novembre 2025", "febrero de 2027"
            if t[i].kind == .alpha, Cues.month(t[i].lower) != nil, t[i].isCapitalized || d.text.casing != .mixed || t[i].lower.count > 3 {
                let y = i + 2 < t.count && ["de", "del", "di"].contains(t[i + 1].lower) ? i + 2 : i + 1
                if y < t.count, t[y].kind == .number, t[y].digitCount == 4, isYearLike(t[y].lower.compactMap { $0.wholeNumberValue }), !d.isClaimed(token: y) {
                    d.add(t[i].start, t[y].end, .date, priority: 83, evidence: "a month and its year")
                    continue
                }
            }
            // "vom 02.01. bis", "Ausführung zum 1.12."
            if t[i].kind == .number, i > 0, shortDateCues.contains(t[i - 1].lower), let e = shortDate(i), e == i + 3, !d.isClaimed(t[i].start, t[e].end) {
                d.add(t[i].start, t[e].end, .date, priority: 83, evidence: "a day and month after a date word")
                continue
            }
            // "du 2 au 9 janvier", "van 3 tot 10 januari", "vom 2. bis 9. Januar"
            if t[i].kind == .number, let _ = dayValue(t[i]), t[i].digitCount <= 2 {
                var k = i + 1
                if k < t.count, t[k].lower == ".", d.text.glued(k) { k += 1 }
                guard k + 1 < t.count, rangeWords.contains(t[k].lower), isDateStart(k + 1) else { continue }
                d.add(t[i].start, t[k - 1].end, .date, priority: 83, evidence: "the first day of a range of dates")
            }
        }
    }

    /// Month abbreviations of other languages that are words too ("set", "out", "ago"): only in
    /// day-first dates ("13 ene 2016", "5 set 2020").
    static let dayFirstOnly: Set<String> = [
        "ene", "janv", "jän", "gen", "fev", "fév", "févr", "fevr", "mär", "mrt", "abr", "avr", "mag", "mei", "giu", "juil", "lug",
        "ago", "aoû", "set", "okt", "ott", "out", "dic", "dez", "déc", "mai",
    ]

    /// "4 out of 6", "3 set of keys": a month abbreviation that is an English word, with no year
    /// after it, no dot of its own and a word following, is the word.
    static func isWordLikeAbbreviation(_ i: Int, _ d: Detection) -> Bool {
        let t = d.tokens
        guard dayFirstOnly.contains(t[i].lower), Lexicon.isEnglishWord(t[i].lower), i + 1 < t.count else { return false }
        return !(t[i + 1].lower == "." && d.text.glued(i + 1)) && t[i + 1].kind == .alpha
    }

    static let foreignYears: Set<String> = [
        "jahre", "jahren", "jährig", "jährige", "jähriger", "jährigen", "ans", "années", "años", "anos", "anni", "jaar", "jarige", "lat", "år", "roku", "let", "vuotta", "jr", "jr.",
        // "102-årig", "97-åring", "92-letnia", "95letá", "94-vuotias", "92 lata"
        "årig", "årige", "åring", "åringen", "lata", "letni", "letnia", "letnią", "letniego", "letniej", "letá", "letý", "vuotias",
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
            if let p = d.text.token(i - 1), ["age", "aged", "ages", "age:", "lat", "ålder", "alder", "wiek", "anni", "edad", "idade"].contains(p.lower) { isAge = true }
            // "Age at departure: 94", "Age on admission: 91": a label with "age" in it
            if i >= 3, t[i - 1].lower == ":", (max(0, i - 4)..<(i - 1)).contains(where: { ageLabelWords.contains(t[$0].lower) }) { isAge = true }
            // "at the age of 90", "im Alter von 92", "à l'âge de 95"
            if i >= 2, ["of", "von", "de", "di", "van"].contains(t[i - 1].lower), ageWords.contains(t[i - 2].lower) { isAge = true }
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
            if let p = d.text.token(i - 1), pronounIs.contains(p.lower) || ["turned", "turns", "turning", "fyller", "fylder", "fyllde", "fylte", "fyldte"].contains(p.lower),
               !d.followedByUnit(i) { isAge = true }
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

    /// The word "age" in the box's languages ("Alter", "âge", "leeftijd").
    static let ageWords: Set<String> = ["age", "alter", "âge", "edad", "età", "idade", "leeftijd"]
    /// Words whose label makes the number after it an age ("Age at departure:", "Ålder:").
    static let ageLabelWords: Set<String> = ageWords.union(["ålder", "alder", "wiek"])

    /// "she's 99", "shes ninety seven", "I'm 93": a pronoun and its verb in one word, with or without the apostrophe.
    static let pronounIs: Set<String> = ["she's", "he's", "i'm", "shes", "hes", "im", "she\u{2019}s", "he\u{2019}s", "i\u{2019}m"]

    /// People an age is said of: "she is 94", "Mum is 92", "my grandfather was 97".
    static let ageSubjects: Set<String> = [
        "she", "he", "patient", "pt", "mum", "mom", "mother", "dad", "father", "grandmother", "grandfather", "gran", "nan", "granny",
        "grandma", "grandpa", "nana", "wife", "husband", "aunt", "uncle", "who", "which", "sie", "er", "elle", "il", "ella", "él", "lei", "lui", "ela", "ele", "zij", "hij",
    ]

    /// The same with the Dutch "ze" ("ze is vierennegentig", "ze is 91 maar nog helder").
    static let spelledAgeSubjects: Set<String> = ageSubjects.union(["ze"])

    /// Ages over 89 that only the names around them make ages, run after the name layers:
    /// "Aoife Ní Bhriain, 90, for hip surgery", "Herr Ludwig von Stein, 92,", "Eileen Doherty 97 –",
    /// "she is 94 and lives alone", "ich bin dreiundneunzig".
    static func agesNearNames(_ d: inout Detection) {
        let t = d.tokens
        for i in t.indices where t[i].kind == .number && !d.isClaimed(token: i) {
            guard let v = Int(t[i].lower), (90...125).contains(v), t[i].digitCount <= 3, !d.followedByUnit(i), !d.precededByCurrency(i) else { continue }
            let next = i + 1 < t.count ? t[i + 1].lower : ""
            let closes = next.isEmpty || [",", ";", ")", "-", "\u{2013}", "\u{2014}", "."].contains(next) || ["j", "jr", "next", "and", "und", "e", "y", "et", "en", "but", "maar", "aber", "mais", "pero", "ma", "mas", "men"].contains(next)
            // directly after a person's name, with or without a comma
            var p = i - 1
            if p >= 0, t[p].lower == "," || t[p].lower == "(" { p -= 1 }
            let afterName = p >= 0 && d.spans.contains { $0.type == .person && $0.end == t[p].end }
            // "she is 94", "my granmother Edna is 103 and": said of a pronoun, a relative or a name
            let stated = i >= 2 && ["is", "was", "ist", "war", "est", "es", "è", "é"].contains(t[i - 1].lower)
                && (spelledAgeSubjects.contains(t[i - 2].lower) || d.spans.contains { $0.type == .person && $0.end == t[i - 2].end })
            guard afterName && closes || stated && closes else { continue }
            d.add(t[i].start, t[i].end, .age, priority: 85, evidence: afterName ? "a number over 89 right after a person's name" : "a number over 89 said of a person")
        }
        // "still going strong at 93", "Age at death: 103"
        for i in t.indices.dropFirst() where t[i].kind == .number && !d.isClaimed(token: i) {
            guard let v = Int(t[i].lower), (90...125).contains(v), t[i].digitCount <= 3, !d.followedByUnit(i) else { continue }
            let strongAt = i >= 2 && t[i - 1].lower == "at" && ["strong", "well", "alive", "still", "now", "active"].contains(t[i - 2].lower)
            let label = t[i - 1].lower == ":" && i >= 2 && (t[i - 2].lower == "death" || ageWords.contains(t[i - 2].lower))
            guard strongAt || label else { continue }
            d.add(t[i].start, t[i].end, .age, priority: 85, evidence: "an age over 89")
        }
        // "ich bin dreiundneunzig", "ik ben tweeënnegentig", "I'm ninety-three" without a year word
        for i in t.indices.dropFirst(2) where t[i].kind == .alpha && !d.isClaimed(token: i) {
            let w = t[i].lower
            guard w.contains("neunzig") || w.contains("negentig") || w.hasPrefix("ninety") || w.hasPrefix("novant") || w.hasPrefix("noventa")
                    || ["hundert", "honderd", "cent", "cien", "cento", "cem", "hundred"].contains(w) else { continue }
            let p = w == "hundred" && ["a", "one"].contains(t[i - 1].lower) && i >= 3 ? i - 1 : i
            var chainEnd = i
            while chainEnd + 2 < t.count, t[chainEnd + 1].lower == "-", d.text.glued(chainEnd + 1), t[chainEnd + 2].isWord { chainEnd += 2 }
            let first = [("ich", "bin"), ("ik", "ben"), ("io", "ho"), ("yo", "tengo"), ("eu", "tenho")].contains { $0.0 == t[p - 2].lower && $0.1 == t[p - 1].lower }
                || pronounIs.contains(t[p - 1].lower) || ["turns", "turned", "turning", "wordt", "werd", "wird", "wurde"].contains(t[p - 1].lower)
                || ["is", "ist", "est", "è", "é", "es"].contains(t[p - 1].lower) && spelledAgeSubjects.contains(t[p - 2].lower)
                || d.spans.contains { $0.type == .person && $0.end == t[p - 1].end }
                || t[p - 1].lower == "," && p >= 2 && d.spans.contains { $0.type == .person && $0.end == t[p - 2].end }
                || t[p - 1].lower == "at" && chainEnd + 1 < t.count && ["still", "and", ",", "she", "he"].contains(t[chainEnd + 1].lower)
            guard first else { continue }
            var end = chainEnd
            // "a hundred and one"
            let start = p
            if end + 2 < t.count, ["and", "und", "en", "e", "y", "et"].contains(t[end + 1].lower), NumberWords.cardinals[t[end + 2].lower].map({ $0 < 100 }) == true { end += 2 }
            d.add(t[start].start, t[end].end, .age, priority: 85, evidence: "an age over 89 in words, said of a person")
        }
    }
}
