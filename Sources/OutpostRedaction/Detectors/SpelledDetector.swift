/// Identifiers written in words: e-mail addresses spelled out ("jane_doe at example dot com"),
/// dates with ordinal words ("the fifth of May", "May fifth", "3 de mayo", "5. Mai") and ages over
/// 89 spelled or hyphenated ("ninety-three", "ninety three years old", "one hundred and two").
enum SpelledDetector {
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
        "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
        "premier": 1, "primero": 1, "erster": 1, "ersten": 1,
    ]
    static let units: [String: Int] = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9]
    static let tlds: Set<String> = ["com", "org", "net", "edu", "gov", "de", "fr", "es", "it", "nl", "pt", "uk", "co", "io", "be", "ch", "at", "info", "us", "ca", "ie", "eu", "br", "mx", "ar", "se", "no", "dk", "pl", "cz", "gr", "lu"]

    static func detect(_ d: inout Detection) {
        emails(&d)
        phones(&d)
        wordDates(&d)
        spelledAges(&d)
    }

    /// The words for "@" and "." in the box's languages ("arroba", "chiocciola", "arobase", "apenstaartje", "punkt", "ponto").
    static let atWords: Set<String> = ["at", "arroba", "arobase", "chiocciola", "apenstaartje", "klammeraffe"]
    static let dotWords: Set<String> = ["dot", "punto", "point", "punkt", "ponto", "punt"]
    /// The words for "_" and "-" in a spelled address ("underscore", "tiret bas", "minus", "guion bajo").
    static let underscoreWords: Set<String> = ["underscore", "unterstrich", "tiret", "minus", "dash", "hyphen", "bindestrich", "trattino",
                                               "guion", "guión", "bajo", "sublinhado", "hífen", "liggend", "streepje", "koppelteken"]
    /// Words that end the text before a spelled address ("my email is", "schick … an").
    static let emailCues: Set<String> = ["email", "e-mail", "mail", "is", "an", "à", "a", "to", "naar", "para", "at", "es", "est", "ist", "è", "é"]

    /// "jane_doe at example dot com", "j dot smith at mail dot co dot uk", "mgsantoro chiocciola libero punto it".
    static func emails(_ d: inout Detection) {
        let t = d.tokens
        for i in t.indices where atWords.contains(t[i].lower) {
            // domain: word (dot word)+ ending in a TLD
            var k = i + 1
            var lastDot = -1
            while k + 2 < t.count, t[k].kind != .punct, dotWords.contains(t[k + 1].lower) || underscoreWords.contains(t[k + 1].lower) {
                if dotWords.contains(t[k + 1].lower) { lastDot = k + 2 }
                k += 2
            }
            guard lastDot > 0, tlds.contains(t[lastDot].lower) else { continue }
            // local part: glued word_word / word.word, or "x dot y" before "at"
            var s = i - 1
            guard s >= 0, t[s].kind != .punct else { continue }
            while s >= 2, ["_", "-", ".", "+"].contains(t[s - 1].lower), d.text.glued(s - 1), d.text.glued(s), t[s - 2].kind != .punct { s -= 2 }
            while s >= 2, dotWords.contains(t[s - 1].lower), t[s - 2].kind != .punct { s -= 2 }
            // "grainnenidhalaigh six six at", "sjoerd tiret bas dejong six neuf arobase", "klausdieter punkt o at t minus online":
            // number words and the words for "_" and "-" belong to the local part, and the words they join
            var steps = 0
            while s >= 1, steps < 8, t[s - 1].kind != .punct, !FieldDetector.lineBreakBefore(s, d) {
                let w = t[s - 1].lower
                let joiner = underscoreWords.contains(w) || dotWords.contains(w) || w == "bas" && s >= 2 && t[s - 2].lower == "tiret"
                let digit = NumberWords.cardinals[w].map { $0 < 10 } == true && !["one", "un", "uno", "een", "ein", "um", "une", "una"].contains(w)
                let joined = underscoreWords.contains(t[s].lower) || dotWords.contains(t[s].lower)
                guard joiner || digit || NumberWords.cardinals[t[s].lower] != nil && !FunctionWords.contains(w) && !emailCues.contains(w) || joined && !FunctionWords.contains(w) else { break }
                s -= 1
                steps += 1
            }
            while s < i, underscoreWords.contains(t[s].lower) || dotWords.contains(t[s].lower) { s += 1 }
            guard !d.isClaimed(t[s].start, t[lastDot].end) else { continue }
            d.add(t[s].start, t[lastDot].end, .email, priority: 88, evidence: "an e-mail address spelled out (\"at\", \"dot\" in one of the box's languages)")
        }
    }

    /// A name spelled out letter by letter on a call: "M-A-L-I-K", "F-O-X", "D-E-L-A-C-R-U-Z" —
    /// three or more capital letters joined by hyphens (or dots) and nothing else.
    static func spelledNames(_ d: inout Detection) {
        let t = d.tokens
        var i = 0
        while i < t.count {
            defer { i += 1 }
            guard t[i].kind == .alpha, t[i].length == 1, t[i].isCapitalized, i == 0 || t[i - 1].kind != .alpha || t[i].spaceBefore else { continue }
            var end = i, letters = 1
            while end + 2 < t.count, ["-", "."].contains(t[end + 1].lower), d.text.glued(end + 1), d.text.glued(end + 2),
                  t[end + 2].kind == .alpha, t[end + 2].length == 1, t[end + 2].isCapitalized { end += 2; letters += 1 }
            guard letters >= 3, t[i + 1].lower == "-", end + 1 >= t.count || t[end + 1].kind != .alpha, !d.isClaimed(t[i].start, t[end].end) else { i = end; continue }
            d.add(t[i].start, t[end].end, .person, priority: 52, evidence: "a name spelled out letter by letter")
            i = end
        }
    }

    /// Words before a phone number read out: "call me on", "mijn nummer is", "llame al", "rappeler au".
    static let phoneCues: Set<String> = [
        "call", "ring", "reach", "number", "phone", "tel", "mobile", "cell", "text", "nummer", "telefon", "handy", "anrufen", "unter",
        "numéro", "téléphone", "rappeler", "appeler", "joindre", "número", "teléfono", "llame", "llamar", "llámeme", "móvil",
        "numero", "telefono", "chiamare", "richiami", "cellulare", "ligar", "telemóvel", "telefone", "contacto", "bellen", "bel",
        "mobiel", "telefoonnummer",
    ]

    /// Phone numbers read out in words: "six one seven, five five five, zero one nine eight",
    /// "oh seven seven double oh, nine hundred", "nul twee vier, drie vijf zes", "zéro six, quarante-deux".
    /// Seven or more digits, or five or more after a phone cue, in at least four number words.
    static func phones(_ d: inout Detection) {
        let t = d.tokens
        var i = 0
        while i < t.count {
            defer { i += 1 }
            guard t[i].kind == .alpha, NumberWords.cardinals[t[i].lower] != nil || NumberWords.repeaters[t[i].lower] != nil
                    || t[i].lower == "plus" && i + 1 < t.count && NumberWords.cardinals[t[i + 1].lower] != nil,
                  !d.isClaimed(token: i) else { continue }
            var digits = 0, words = 0, groupValue = -1, times = 1, end = i, k = i
            var joinNext = false
            func closeGroup() {
                if groupValue >= 0 { digits += (groupValue < 10 ? 1 : groupValue < 100 ? 2 : 3) * times; times = 1 }
                groupValue = -1
            }
            while k < t.count, !d.isClaimed(token: k) {
                let w = t[k].lower
                if k == i, w == "plus" { end = k; k += 1; continue }
                if let r = NumberWords.repeaters[w] { closeGroup(); times = r; words += 1; end = k; k += 1; continue }
                if let v = NumberWords.cardinals[w], t[k].kind == .alpha {
                    if v >= 100, groupValue >= 1, groupValue < 10 { groupValue *= 100 } else if joinNext, groupValue >= 0 { groupValue += v } else { closeGroup(); groupValue = v }
                    joinNext = false
                    words += 1
                    end = k
                    k += 1
                    continue
                }
                if NumberWords.joiners.contains(w) || w == "-" && d.text.glued(k), k + 1 < t.count, NumberWords.cardinals[t[k + 1].lower] != nil, groupValue >= 0 {
                    joinNext = true; k += 1; continue
                }
                if w == ",", k + 1 < t.count, NumberWords.cardinals[t[k + 1].lower] != nil || NumberWords.repeaters[t[k + 1].lower] != nil { closeGroup(); k += 1; continue }
                break
            }
            closeGroup()
            let cue = (max(0, i - 6)..<i).contains { phoneCues.contains(t[$0].lower) }
            guard words >= 4, digits >= 7 || cue && digits >= 5 else { i = max(i, end); continue }
            d.add(t[i].start, t[end].end, .phone, priority: 86, evidence: "a phone number read out in words (\(digits) digits)")
            i = end
        }
    }

    /// "the fifth of May", "May fifth", "5. Mai 2021", "3 de mayo de 2020", "le 3 mars".
    static func wordDates(_ d: inout Detection) {
        let t = d.tokens
        for i in t.indices where t[i].kind == .alpha && Cues.month(t[i].lower) != nil && !d.isClaimed(token: i) {
            if t[i].lower == "may" || t[i].lower == "mar" || t[i].lower == "mai" && d.text.casing == .mixed && !t[i].isCapitalized { if !hasDayNear(i, d) { continue } }
            var start = i, end = i
            // before: "fifth of", "the 5th of", "5.", "3 de", "twenty-first of"
            var b = i - 1
            if b >= 0, ["of", "de", "di", "del", "."].contains(t[b].lower) { b -= 1 }
            if b >= 0, let _ = dayWord(b, d) {
                start = dayWordStart(b, d)
            }
            // after: "May fifth", "May the fifth", "Mai 2021", "de 2020"
            var a = i + 1
            if a < t.count, t[a].lower == "the" { a += 1 }
            if start == i, a < t.count, dayWord(a, d) != nil || dayWordEnd(a, d) > a { end = dayWordEnd(a, d) }
            if start == i && end == i { continue }
            var y = end + 1
            if y < t.count, [",", "de", "del", "di"].contains(t[y].lower) { y += 1 }
            if y < t.count, t[y].kind == .number, t[y].digitCount == 4 { end = y }
            // "nineteen fifty", "two thousand and five"
            if y + 1 < t.count, ["nineteen", "eighteen"].contains(t[y].lower), NumberWords.cardinals[t[y + 1].lower] != nil {
                end = y + 1
                // "nineteen sixty-two"
                if end + 2 < t.count, t[end + 1].lower == "-", d.text.glued(end + 1), NumberWords.cardinals[t[end + 2].lower].map({ $0 < 10 }) == true { end += 2 }
            }
            if y + 1 < t.count, t[y].lower == "two", t[y + 1].lower == "thousand" {
                end = y + 1
                if end + 1 < t.count, t[end + 1].lower == "and" { end += 1 }
                if end + 1 < t.count, NumberWords.cardinals[t[end + 1].lower] != nil { end += 1 } else if t[end].lower == "and" { end -= 1 }
            }
            guard !d.isClaimed(t[start].start, t[end].end) else { continue }
            if end == i, DateDetector.isWordLikeAbbreviation(i, d) { continue }
            d.add(t[start].start, t[end].end, .date, priority: 84, evidence: "a date with a day and a month")
        }
    }

    static func hasDayNear(_ i: Int, _ d: Detection) -> Bool {
        let b = i >= 2 && ["of", "de"].contains(d.tokens[i - 1].lower) ? i - 2 : i - 1
        return (b >= 0 && dayWord(b, d) != nil) || (i + 1 < d.tokens.count && (dayWord(i + 1, d) != nil || dayWordEnd(i + 1, d) > i + 1)) || (i + 2 < d.tokens.count && d.tokens[i + 1].lower == "the" && dayWord(i + 2, d) != nil)
    }

    /// A day written as a number (1–31, "5th", "5.") or an ordinal word ("fifth", "twenty-first").
    static func dayWord(_ k: Int, _ d: Detection) -> Int? {
        let t = d.tokens
        guard k >= 0, k < t.count else { return nil }
        if let v = DateDetector.dayValue(t[k]) { return v }
        if t[k].lower == ".", k > 0, let v = DateDetector.dayValue(t[k - 1]), d.text.glued(k) { return v }
        if let v = NumberWords.dayWords[t[k].lower], t[k].kind == .alpha {
            // "vingt-deux", "treinta y uno", "vinte e um": the whole number
            let s = dayWordStart(k, d)
            if s < k, let total = chainValue(s, k, d), (1...31).contains(total) { return total }
            return v
        }
        if let v = ordinals[t[k].lower] {
            // "twenty-first", "thirty first"
            if k >= 2, t[k - 1].lower == "-", ["twenty", "thirty"].contains(t[k - 2].lower) { return v + (t[k - 2].lower == "twenty" ? 20 : 30) }
            return v
        }
        return nil
    }

    static func dayWordStart(_ k: Int, _ d: Detection) -> Int {
        let t = d.tokens
        var s = k
        if t[k].lower == "." { s = k - 1 }
        if s >= 2, t[s - 1].lower == "-", ["twenty", "thirty"].contains(t[s - 2].lower) { s -= 2 } else if s >= 1, ["twenty", "thirty"].contains(t[s - 1].lower), ordinals[t[s].lower] != nil { s -= 1 }
        // "dix-sept", "vingt-et-un", "treinta y uno", "vinte e um"
        while s >= 2, NumberWords.dayWords[t[s].lower] != nil || t[s].lower == "et",
              t[s - 1].lower == "-" && d.text.glued(s - 1) && d.text.glued(s) || NumberWords.joiners.contains(t[s - 1].lower) && [20, 30].contains(NumberWords.cardinals[t[s - 2].lower] ?? 0),
              NumberWords.cardinals[t[s - 2].lower] != nil || t[s - 2].lower == "et" { s -= 2 }
        return s
    }

    /// The value of the number words s…k ("vingt - et - un" = 21), nil when a part is no number.
    static func chainValue(_ s: Int, _ k: Int, _ d: Detection) -> Int? {
        var total = 0
        for j in stride(from: s, through: k, by: 2) {
            if d.tokens[j].lower == "et" { continue }
            guard let v = NumberWords.cardinals[d.tokens[j].lower] ?? NumberWords.dayWords[d.tokens[j].lower] else { return nil }
            total += v
        }
        return total
    }

    static func dayWordEnd(_ k: Int, _ d: Detection) -> Int {
        let t = d.tokens
        if k + 2 < t.count, ["twenty", "thirty"].contains(t[k].lower), t[k + 1].lower == "-", ordinals[t[k + 2].lower] != nil { return k + 2 }
        return k
    }

    /// "ninety-three", "ninety three year old", "one hundred and two", "aged ninety-one".
    static func spelledAges(_ d: inout Detection) {
        let t = d.tokens
        for i in t.indices where !d.isClaimed(token: i) && (t[i].lower == "ninety" || t[i].lower == "hundred" && i > 0 && t[i - 1].lower == "one") {
            var start = i, end = i
            if t[i].lower == "hundred" { start = i - 1 }
            var k = i + 1
            if k < t.count, t[k].lower == "and" { k += 1 }
            if k < t.count, t[k].lower == "-" { k += 1 }
            if k < t.count, units[t[k].lower] != nil || t[k].lower == "ten" || ordinals[t[k].lower] != nil { end = k }
            // an age needs its context: "year(s) old", "-year-old", "aged", "age", "yo"
            var n = end + 1
            if n < t.count, t[n].lower == "-" { n += 1 }
            let after = n < t.count && ["year", "years", "yo", "yr", "yrs"].contains(t[n].lower)
            let before = start > 0 && ["aged", "age", "turned", "turns", "âge", "edad", "alter"].contains(t[start - 1].lower)
            // "she is ninety-three", "now ninety-two", "at the age of ninety": a state when no unit follows
            let state = start > 0 && (["is", "was", "now"].contains(t[start - 1].lower) || DateDetector.pronounIs.contains(t[start - 1].lower))
                || start > 1 && t[start - 1].lower == "of" && t[start - 2].lower == "age"
            guard after || before || state && !d.followedByUnit(end) else { continue }
            d.add(t[start].start, t[end].end, .age, priority: 85, evidence: "an age over 89 in words")
        }
        foreignSpelledAges(&d)
    }

    /// Stems of 90–99 and 100 in the box's other languages: "zweiundneunzig", "quatre-vingt-dix-huit",
    /// "noventa y dos", "novantadue", "tweeënnegentig", "hundert", "cien", "cento", "honderd".
    static let ninetyStems = ["neunzig", "novant", "negentig", "nonante", "nittio", "nitti", "halvfems", "dziewięćdziesi", "devadesát", "yhdeksänkymmentä"]
    static let frenchNinety = ["quatre-vingt-dix", "quatre-vingt-onze", "quatre-vingt-douze", "quatre-vingt-treize",
                               "quatre-vingt-quatorze", "quatre-vingt-quinze", "quatre-vingt-seize"]
    static let ninetyWords: Set<String> = ["noventa", "hundert", "einhundert", "cent", "cien", "ciento", "cento", "cem", "honderd", "centenaire"]
    /// The word "age" in those languages: an age after it needs no year word ("Alter neunzig").
    static let ageNouns: Set<String> = DateDetector.ageWords.subtracting(["age"]).union(["âgé", "âgée"])
    /// Words around a number that make it an age in those languages.
    static let ageWordsBefore: Set<String> = ["alter", "âge", "âgé", "âgée", "edad", "età", "idade", "leeftijd", "ist", "wird", "wurde", "est", "a", "tiene", "cumple", "ha", "compie", "tem", "faz", "heeft", "wordt", "werd", "de", "di", "van", "von",
                                                    "fyller", "fylder", "fyllde", "fylte", "fyldte", "wiek", "wieku", "ålder", "alder"]

    static func foreignSpelledAges(_ d: inout Detection) {
        let t = d.tokens
        var i = 0
        while i < t.count {
            defer { i += 1 }
            // a cheap first test on the token alone: every form starts or ends with a stem
            let first = t[i].lower
            guard t[i].isWord, first.count >= 4, ninetyWords.contains(first) || first == "quatre" || ninetyStems.contains(where: { first.hasPrefix($0) || first.hasSuffix($0) })
                    || ["jährig", "jährige", "jähriger", "jährigen"].contains(where: { first.hasSuffix($0) }) && first.contains("neunzig"),
                  !d.isClaimed(token: i) else { continue }
            // a hyphenated chain is one number: "quatre-vingt-dix-huit"
            var end = i
            while end + 2 < t.count, t[end + 1].lower == "-", d.text.glued(end + 1), d.text.glued(end + 2), t[end + 2].isWord { end += 2 }
            let parts = (i...end).filter { t[$0].isWord }.map { t[$0].lower }
            let word = parts.joined(), joined = parts.joined(separator: "-")
            let stem = ninetyStems.contains { word.hasPrefix($0) || word.hasSuffix($0) } || word.contains("neunzig") || frenchNinety.contains { joined.hasPrefix($0) }
            guard stem || ninetyWords.contains(joined) else { continue }
            // "noventa y dos", "noventa e dois", "nonante et un": the unit after it
            if end + 2 < t.count, ["y", "e", "et"].contains(t[end + 1].lower), t[end + 2].isWord, t[end + 2].length <= 6 { end += 2 }
            var n = end + 1
            if n < t.count, t[n].lower == "-" { n += 1 }
            let yearsAfter = n < t.count && (DateDetector.foreignYears.contains(t[n].lower) || t[n].lower.hasPrefix("jährig"))
            let compoundYears = word.hasSuffix("jährig") || word.hasSuffix("jährige") || word.hasSuffix("jähriger") || word.hasSuffix("jarig") || word.hasSuffix("jarige")
            let birthday = n < t.count && DateDetector.birthdays.contains(t[n].lower)
            let cueBefore = i > 0 && ageWordsBefore.contains(t[i - 1].lower) && (yearsAfter || ageNouns.contains(t[i - 1].lower))
            guard yearsAfter || compoundYears || birthday || cueBefore else { continue }
            d.add(t[i].start, t[end].end, .age, priority: 85, evidence: "an age over 89 in words")
            i = end
        }
    }
}
