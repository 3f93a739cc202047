/// Street addresses ("8211 Pine Road Apt 21A", "PO Box 1234", "Hauptstraße 5") and the city
/// that follows them or a state code ("…, Newton, MA 02458"), plus cued places
/// ("lives in Quincy", "Middlesex County").
enum AddressDetector {
    static let stop: Set<String> = [
        "a", "an", "the", "and", "or", "with", "since", "for", "near", "at", "on", "in", "to", "from", "of", "by",
        "her", "his", "their", "my", "our", "your", "its", "this", "that", "these", "those", "who", "which",
        "where", "when", "but", "so", "is", "was", "are", "were", "be", "has", "had", "have", "will", "can",
        "alone", "together", "home", "nursing", "assisted", "care", "facility", "shelter", "town", "city",
        "state", "area", "apartment", "house", "there", "here", "now", "currently", "until", "after", "before",
        "again", "today", "tomorrow", "yesterday", "week", "month", "year", "please", "pls", "new", "phone",
        "email", "call", "tel", "fax", "zip", "dob", "mrn", "not", "no", "yes", "same", "other", "another", "someone", "he", "she", "him", "they", "them", "we", "us", "you", "i", "me", "it", "who",
    ]

    static func detect(_ d: inout Detection) {
        let t = d.tokens
        var i = 0
        while i < t.count {
            if let end = poBox(at: i, d) {
                d.add(t[i].start, t[end].end, .address, priority: 80)
                i = end + 1
                continue
            }
            guard t[i].kind == .number || (t[i].kind == .alnum && t[i].lower.first?.isNumber == true), t[i].digitCount <= 6 else { i += 1; continue }
            // number + 1…4 words + street suffix; a comma may follow the number ("78, Agarwal Marg")
            var j = i + 1
            if j + 1 < t.count, t[j].lower == ",", t[j + 1].kind == .alpha { j += 1 }
            // "11 bis impasse Jean-Jaurès", "4 ter rue …"
            if j + 1 < t.count, ["bis", "ter", "quater"].contains(t[j].lower), Cues.streetTypesFirst.contains(t[j + 1].lower) { j += 1 }
            let first = j
            var suffixAt = -1
            while j < t.count, j <= i + 5, t[j].kind == .alpha || (t[j].kind == .alnum && j > i + 0) || t[j].lower == "." && j > i + 1 {
                if t[j].kind == .alpha, Cues.streetSuffixes.contains(t[j].lower), j > first { suffixAt = j }
                if t[j].kind == .alpha && stop.contains(t[j].lower) && !Cues.directions.contains(t[j].lower) { break }
                j += 1
            }
            // suffix-first forms: "12 Rue de la Paix", "4 Via Roma"
            if suffixAt < 0, first + 1 < t.count, Cues.streetTypesFirst.contains(t[first].lower), t[first].length > 2, t[first + 1].kind == .alpha {
                suffixAt = first + 1
                var k = first + 2
                // written without capitals ("139 rue du faubourg-saint-nicolas", "240 ter chemin du moulin"):
                // the one word after the linking words is the street's name
                let uncased = d.text.casing != .mixed || !t[first].isCapitalized
                var tookLower = false
                let linkingWords: Set<String> = ["de", "la", "del", "di", "du", "des", "le", "do", "da", "dos", "das", "della", "delle"]
                while k < t.count, k <= i + 7 {
                    if t[k].kind == .alpha, t[k].isCapitalized || linkingWords.contains(t[k].lower) { suffixAt = k; k += 1; continue }
                    if uncased, !tookLower, t[k].kind == .alpha, t[k].length >= 3, linkingWords.contains(t[k - 1].lower) || k == first + 1,
                       !stop.contains(t[k].lower), !FunctionWords.contains(t[k].lower) { suffixAt = k; tookLower = true; k += 1; continue }
                    // "Jean-Jaurès", "Saint-Martin"
                    if t[k].lower == "-", d.text.glued(k), k + 1 < t.count, d.text.glued(k + 1), t[k + 1].kind == .alpha, t[k + 1].isCapitalized || tookLower { suffixAt = k + 1; k += 2; continue }
                    break
                }
            }
            guard suffixAt > i, !d.isClaimed(t[i + 1].start, t[suffixAt].end) else { i += 1; continue }
            var end = suffixAt
            if end + 1 < t.count, t[end + 1].lower == ".", d.text.glued(end + 1) { end += 1 }
            end = floor(after: unit(after: end, d), d)
            // "01/123, Gara Circle": the part of the house number before a slash
            var start = i
            if i >= 2, t[i - 1].lower == "/", d.text.glued(i - 1), d.text.glued(i), t[i - 2].hasDigits, !d.isClaimed(token: i - 2) { start = i - 2 }
            d.add(t[start].start, t[end].end, .address, priority: 80)
            location(after: end, &d)
            i = end + 1
        }
        germanStyle(&d)
        germanSeparate(&d)
        streetFirst(&d)
        unitFirst(&d)
        postcodeCity(&d)
        barePostcodeCity(&d)
        statePattern(&d)
        cuedPlaces(&d)
        extendParts(&d)
    }

    /// Street words written apart in German ("Mariahilfer Straße 6") and the streets named by a
    /// preposition ("Am Mühlbach 133", "An der Alster 5", "Im Winkel 3a"): name, street word or
    /// preposition, and a house number.
    static let germanStreetWords: Set<String> = ["straße", "strasse", "str", "gasse", "weg", "platz", "allee", "ring", "damm", "ufer", "steig", "pfad", "chaussee", "markt"]
    static let germanStreetPrepositions: Set<String> = ["am", "im", "an", "auf", "zum", "zur", "in", "unter", "hinter", "vor", "beim", "hinterm"]

    static func germanSeparate(_ d: inout Detection) {
        let t = d.tokens
        guard d.text.casing == .mixed else { return }
        for i in t.indices where t[i].kind == .alpha && !d.isClaimed(token: i) {
            var k = -1, start = i
            if germanStreetWords.contains(t[i].lower), t[i].isCapitalized, i > 0, t[i - 1].kind == .alpha, t[i - 1].isCapitalized, !d.text.isSentenceStart(i - 1) || i - 1 == 0 {
                // "Mariahilfer Straße 6", "Lange Str. 12"
                start = i - 1
                k = i + 1
                if k < t.count, t[k].lower == ".", d.text.glued(k) { k += 1 }
            } else if germanStreetPrepositions.contains(t[i].lower), t[i].isCapitalized, i > 0, !d.text.isSentenceStart(i) || FieldDetector.lineBreakBefore(i, d) && i > 0 && t[i - 1].lower == ":" {
                // "an Am Mühlbach 133": a capitalised preposition inside a sentence starts a street name
                k = i + 1
                if k < t.count, ["der", "dem", "den"].contains(t[k].lower) { k += 1 }
                var words = 0
                while k < t.count, words < 3, t[k].kind == .alpha, t[k].isCapitalized { k += 1; words += 1 }
                guard words > 0 else { continue }
            }
            guard k > 0, k < t.count, t[k].kind == .number || t[k].kind == .alnum && t[k].lower.first?.isNumber == true, t[k].digitCount <= 4,
                  !d.followedByUnit(k), !d.isClaimed(t[start].start, t[k].end) else { continue }
            let end = houseNumberEnd(k, d)
            d.add(t[start].start, t[end].end, .address, priority: 78, evidence: "a German street name and a house number")
        }
    }

    /// "Apt 21A", ", unit 86", "#356", "Suite 200", "Fl 3".
    static func unit(after end0: Int, _ d: Detection) -> Int {
        let t = d.tokens
        var k = end0 + 1
        if k < t.count, t[k].lower == "," { k += 1 }
        guard k < t.count, Cues.unitWords.contains(t[k].lower) else { return end0 }
        var v = k + 1
        if v < t.count, t[v].lower == "." || t[v].lower == "#" || t[v].lower == ":" { v += 1 }
        guard v < t.count, t[v].kind == .number || t[v].kind == .alnum || (t[v].kind == .alpha && t[v].length <= 2) else { return end0 }
        if v + 2 < t.count, t[v + 1].lower == "-", d.text.glued(v + 1), t[v + 2].kind != .punct { v += 2 }
        return v
    }

    static func poBox(at i: Int, _ d: Detection) -> Int? {
        let t = d.tokens
        var j = i
        if t[j].lower == "po" || t[j].lower == "pob" { j += 1 } else if t[j].lower == "p", j + 3 < t.count, t[j + 1].lower == ".", t[j + 2].lower == "o" {
            j += 3
            if j < t.count, t[j].lower == "." { j += 1 }
        } else if t[j].lower == "post", j + 1 < t.count, t[j + 1].lower == "office" { j += 2 } else { return nil }
        guard j + 1 < t.count, t[j].lower == "box" else { return nil }
        var v = j + 1
        if t[v].lower == "#" || t[v].lower == "." { v += 1 }
        guard v < t.count, t[v].hasDigits else { return nil }
        return v
    }

    /// "Hauptstraße 5", "Lindenweg 12a", "Kerkstraat 3", "Aspvägen 89", "Martingasse 6/4 / Top 18",
    /// "Stella-Brandl-Platz 2": a compound street name and its number, door and staircase.
    static func germanStyle(_ d: inout Detection) {
        let t = d.tokens
        let mixed = d.text.casing == .mixed
        for i in t.indices where t[i].kind == .alpha && i + 1 < t.count {
            let w = t[i].lower
            // "Erlerstr. 75": the abbreviation's dot
            let n = t[i + 1].lower == "." && d.text.glued(i + 1) && w.hasSuffix("str") && i + 2 < t.count ? i + 2 : i + 1
            guard t[n].hasDigits, t[n].digitCount <= 4 else { continue }
            var start = i
            // a hyphenated name whose last part is the street word: "Stella-Brandl-Platz"
            while start >= 2, t[start - 1].lower == "-", d.text.glued(start - 1), d.text.glued(start), t[start - 2].kind == .alpha { start -= 2 }
            let compound = Cues.streetEndings.contains { w.hasSuffix($0) && w.count > $0.count + 2 }
            let hyphenated = start < i && Cues.streetEndings.contains(w)
            guard compound || hyphenated, !mixed || t[start].isCapitalized || t[start].isAllCaps,
                  hyphenated || !Lexicon.isEnglishWord(w) else { continue }
            guard !d.isClaimed(t[start].start, t[i].end) else { continue }
            // a number already read as a date ("Birkenweg 6/4") is the house number here
            d.add(t[start].start, t[houseNumberEnd(n, d)].end, .address, priority: d.isClaimed(token: n) ? 86 : 75)
        }
    }

    /// The last token of a house number and the door after it: "6/4", "12-14", "6/4 / Top 18", "5, Stiege 2".
    static func houseNumberEnd(_ n: Int, _ d: Detection) -> Int {
        let t = d.tokens
        var end = n
        while end + 2 < t.count, ["/", "-"].contains(t[end + 1].lower), d.text.glued(end + 1), d.text.glued(end + 2), t[end + 2].hasDigits { end += 2 }
        // "/ Top 18", "/ Stiege 2 / Tür 5"
        while end + 3 < t.count, t[end + 1].lower == "/", Cues.unitWords.contains(t[end + 2].lower), t[end + 3].hasDigits { end += 3 }
        return floor(after: unit(after: end, d), d)
    }

    static let floorWords: Set<String> = ["og", "stock", "etage", "étage", "piso", "andar", "dto", "izq", "izda", "dcha", "der", "piano", "verdieping", "floor"]

    /// The floor and door after a house number: ", 1º B", ", 2º izq.", ", 6. OG", ", 8º Dto.", ", bât. B".
    static func floor(after end: Int, _ d: Detection) -> Int {
        let t = d.tokens
        var k = end + 1
        guard k + 1 < t.count, t[k].lower == "," else { return end }
        k += 1
        if ["bât", "bat", "bâtiment", "esc", "escalier", "escalera", "bloco", "bloque", "torre"].contains(t[k].lower) {
            var v = k + 1
            if v < t.count, t[v].lower == "." { v += 1 }
            return v < t.count && (t[v].hasDigits || t[v].isWord && t[v].length <= 2) ? v : end
        }
        // "1º", "2.º", "6." then a floor word or a door letter
        guard t[k].hasDigits, t[k].digitCount <= 2 else { return end }
        var v = k + 1
        while v < t.count, ["º", "ª", ".", "°"].contains(t[v].lower) || t[v].lower.hasPrefix("º") { v += 1 }
        guard v > k + 1 || t[k].lower.hasSuffix("º") || t[k].lower.hasSuffix("ª") else { return end }
        guard v < t.count, t[v].isWord, floorWords.contains(t[v].lower) || t[v].length == 1 else { return v - 1 }
        var e = v
        if e + 1 < t.count, t[e + 1].lower == ".", d.text.glued(e + 1) { e += 1 }
        return e
    }

    /// Words inside a Romance street name: "Rua das Flores", "Calle de la Paz", "via dell'Arco".
    static let streetLinking: Set<String> = ["de", "da", "do", "dos", "das", "del", "della", "delle", "dei", "di", "la", "le", "les", "des", "du", "y", "e", "el", "los", "las", "lo", "d", "l", "'", "\u{2019}"]
    /// Words inside a place name after a postcode: "Waidhofen an der Ybbs", "Hardy-sur-Mer", "Alphen aan den Rijn".
    static let placeLinking: Set<String> = ["an", "der", "am", "im", "bei", "de", "la", "le", "les", "los", "las", "del", "di", "da", "do", "dos", "sur", "sous", "en", "on", "upon", "aan", "den", "op"]

    /// Romance street-first forms: "Calle Mayor 5", "C. de Amanda Olivares 21", "Rua das Flores, 12",
    /// "via heriberto bayón 121 puerta 2", "Borgo Petrocelli, 44 Appartamento 6": a street type, up
    /// to five words of its name, an optional comma and the house number.
    static func streetFirst(_ d: inout Detection) {
        let t = d.tokens
        let mixed = d.text.casing == .mixed
        let linking = streetLinking
        var i = 0
        while i < t.count {
            defer { i += 1 }
            guard t[i].kind == .alpha, Cues.streetTypesFirst.contains(t[i].lower), !d.isClaimed(token: i) else { continue }
            var j = i + 1
            // "C." and "Av." only as abbreviations
            if j < t.count, t[j].lower == ".", d.text.glued(j) { j += 1 } else if ["c", "av", "bd", "ul", "al", "os"].contains(t[i].lower) { continue }
            let lowerType = mixed && !t[i].isCapitalized && !t[i].isAllCaps && !(i > 0 && t[i - 1].lower == ",")
            if lowerType, !(j < t.count && (t[j].isCapitalized || linking.contains(t[j].lower) && j + 1 < t.count && t[j + 1].isCapitalized)) { continue }
            var words = 0, k = j
            while k < t.count, k < j + 6, !d.isClaimed(token: k) {
                let w = t[k]
                if w.kind == .alpha && linking.contains(w.lower) || w.lower == "-" && d.text.glued(k) || ["'", "\u{2019}"].contains(w.lower) { k += 1; continue }
                guard w.kind == .alpha, !stop.contains(w.lower) || linking.contains(w.lower), !mixed || w.isCapitalized || w.isAllCaps || !t[i].isCapitalized && !lowerType else { break }
                words += 1
                k += 1
            }
            guard words >= 1, k < t.count else { continue }
            var n = k
            if t[n].lower == ",", n + 1 < t.count { n += 1 }
            // "ul. Kwiatowa 2/12": a house and flat number that reads like a date is the address's
            let dateLike = d.isClaimed(token: n) && d.spans.contains { $0.type == .date && $0.start == t[n].start }
            guard t[n].kind == .number || t[n].kind == .alnum && t[n].lower.first?.isNumber == true, t[n].digitCount <= 5, !d.isClaimed(token: n) || dateLike,
                  !d.followedByUnit(n) else { continue }
            let end = houseNumberEnd(n, d)
            d.add(t[i].start, t[end].end, .address, priority: dateLike ? 87 : 78, evidence: "a street type, its name and a house number")
            i = end
        }
    }

    /// "Hauptstraße 5, 10279 Feuchtwangen", "rue des Lilas 3, 31786 Saint-Valérien", "…, 7422 WAIDHOFEN AN
    /// DER YBBS": the postcode and the place after a street address (the European order).
    static func postcodeCity(_ d: inout Detection) {
        let t = d.tokens
        let mixed = d.text.casing == .mixed
        let linking = placeLinking
        for i in t.indices where t[i].kind == .number && (4...5).contains(t[i].digitCount) && i >= 2 && t[i - 1].lower == "," {
            // right after an address span
            guard d.spans.contains(where: { $0.type == .address && $0.end <= t[i - 1].start && $0.end >= t[max(0, i - 2)].start }) else { continue }
            var k = i + 1, last = -1
            while k < t.count, k <= i + 6, t[k].isWord, !FieldDetector.lineBreakBefore(k, d) {
                let w = t[k]
                let linkWord = linking.contains(w.lower) && last >= 0
                guard linkWord || !mixed || w.isCapitalized || w.isAllCaps, !stop.contains(w.lower) || linkWord, Cues.month(w.lower) == nil else { break }
                if !linkWord { last = k }
                k += 1
                if k + 1 < t.count, t[k].lower == "-", d.text.glued(k), d.text.glued(k + 1), t[k + 1].isWord { k += 1 }  // "Vasai-Virar", "Hardy-sur-Mer"
            }
            guard last > i, !d.isClaimed(t[i + 1].start, t[last].end) else { continue }
            if !d.isClaimed(token: i) { d.add(t[i].start, t[i].end, .zip, priority: 70, evidence: "a postcode after a street address") }
            d.add(t[i + 1].start, t[last].end, .location, priority: 58, evidence: "the place after a street address and postcode")
        }
    }

    /// The European postcode-then-city line where no street before it was recognised: "…, 5000
    /// Odense", "…, 3011 Bern", "602 00 Brno", "9000 Gent" on a line of its own. A postcode of four
    /// digits, or three and two ("602 00", "114 55"), after a comma that follows a house number on
    /// the same line, or opening a line (or a field) with the city closing it; the city is one or
    /// two capitalised words.
    static func barePostcodeCity(_ d: inout Detection) {
        let t = d.tokens
        guard d.text.casing == .mixed else { return }
        let german = PersonDetector.isGerman(d)
        for i in t.indices where t[i].kind == .number && !d.isClaimed(token: i) && (t[i].digitCount == 4 || t[i].digitCount == 3) {
            var code = i
            if t[i].digitCount == 3 {
                guard i + 1 < t.count, t[i + 1].kind == .number, t[i + 1].digitCount == 2, !d.text.glued(i + 1), !d.isClaimed(token: i + 1) else { continue }
                code = i + 1
            }
            let c = code + 1
            guard c < t.count, t[c].kind == .alpha, t[c].isCapitalized, !t[c].isAllCaps || t[c].length > 3, !FieldDetector.lineBreakBefore(c, d),
                  !stop.contains(t[c].lower), Cues.month(t[c].lower) == nil, !ClinicalTerms.units.contains(t[c].lower),
                  !ClinicalTerms.currencyWords.contains(t[c].lower), !Cues.titles.contains(t[c].lower), !Lexicon.isProtectedWord(t[c].lower),
                  !d.isClaimed(token: c) else { continue }
            var last = c
            if c + 1 < t.count, t[c + 1].kind == .alpha, t[c + 1].isCapitalized, !t[c + 1].isAllCaps, !FieldDetector.lineBreakBefore(c + 1, d), !d.isClaimed(token: c + 1) { last = c + 1 }
            let lineEnds = last + 1 == t.count || FieldDetector.lineBreakBefore(last + 1, d) || [".", ",", ";", ")"].contains(t[last + 1].lower)
            // after a comma that follows a house number on this line ("Vestergade 10, 7. sal, 5000 Odense")
            var afterHouse = false
            if i > 0, t[i - 1].lower == "," {
                var k = i - 2
                while k >= 1, k >= i - 8, !FieldDetector.lineBreakBefore(k + 1, d) {
                    // a street and its house number ("Vestergade 10", "Na Příkopě 49"), not a count: in German,
                    // where every noun is capitalised ("jeden Tag 4000 Schritte"), the word must be a street's
                    let street = t[k - 1].lower
                    let house = t[k].kind == .number && t[k].digitCount <= 4 && t[k - 1].kind == .alpha && t[k - 1].isCapitalized && !FieldDetector.lineBreakBefore(k, d)
                        && (!german || Cues.streetSuffixes.contains(street) || Cues.streetEndings.contains { street.hasSuffix($0) && street.count > $0.count })
                    if house || d.spans.contains(where: { $0.type == .address && $0.end <= t[i - 1].start && $0.end > t[k].start }) { afterHouse = true; break }
                    k -= 1
                }
            }
            let opensLine = FieldDetector.lineBreakBefore(i, d) || i > 0 && t[i - 1].lower == ":"
            guard lineEnds, afterHouse || opensLine else { continue }
            d.add(t[i].start, t[code].end, .zip, priority: 62, evidence: "a postcode before a city")
            d.add(t[c].start, t[last].end, .location, priority: 56, evidence: "the city after a postcode")
        }
    }

    /// "Studio 03, Wood Vista", "Flat 3, Kingsway Road": the flat before the street.
    static func unitFirst(_ d: inout Detection) {
        let t = d.tokens
        for i in t.indices where ["flat", "studio", "apartment", "apt", "unit", "suite"].contains(t[i].lower) && i + 3 < t.count {
            guard t[i + 1].hasDigits, t[i + 2].lower == ",", !d.isClaimed(token: i) else { continue }
            var k = i + 3
            // "Flat 3, 108 Ashgrove Terrace": the house number after the flat
            if k + 1 < t.count, t[k].kind == .number, t[k].digitCount <= 4 { k += 1 }
            while k < t.count, k < i + 8, t[k].kind == .alpha, !stop.contains(t[k].lower) {
                if k > i + 3, Cues.streetSuffixes.contains(t[k].lower) {
                    // the street may be claimed already ("03, Wood Vista"): the flat joins it
                    d.add(t[i].start, t[k].end, .address, priority: 78, evidence: "a flat and its street")
                    break
                }
                k += 1
            }
        }
    }

    /// ", City, ST 12345" right after an address: the words up to the next comma or state.
    static func location(after end: Int, _ d: inout Detection) {
        let t = d.tokens
        var k = end + 1
        guard k < t.count, t[k].lower == "," else { return }
        k += 1
        let start = k
        while k < t.count, k < start + 3, t[k].kind == .alpha, !Cues.unitWords.contains(t[k].lower) {
            if k > start, Cues.stateCodes.contains(t[k].lower) && (t[k].isAllCaps || d.text.casing != .mixed) { break }
            k += 1
        }
        guard k > start, !d.isClaimed(t[start].start, t[k - 1].end) else { return }
        d.add(t[start].start, t[k - 1].end, .location, priority: 60)
    }

    /// "Springfield, IL 62704" and "Newton, MA" without a street before it.
    static func statePattern(_ d: inout Detection) {
        let t = d.tokens
        for i in t.indices where t[i].lower == "," && i + 1 < t.count && i > 0 {
            let st = t[i + 1]
            let isCode = Cues.stateCodes.contains(st.lower) && st.length == 2 && (st.isAllCaps || d.text.casing != .mixed)
            guard isCode || (Cues.stateNames.contains(st.lower) && (st.isCapitalized || d.text.casing != .mixed)) else { continue }
            let zipFollows = i + 2 < t.count && t[i + 2].kind == .number && t[i + 2].digitCount == 5
            guard zipFollows || d.text.casing == .mixed else { continue }
            // city: 1–2 words before the comma, capitalised in mixed text
            var s = i - 1
            guard t[s].kind == .alpha, !d.isClaimed(token: s), t[s].isCapitalized || d.text.casing != .mixed, !stop.contains(t[s].lower) else { continue }
            if s - 1 >= 0, t[s - 1].kind == .alpha, t[s - 1].isCapitalized, d.text.casing == .mixed, !d.isClaimed(token: s - 1), !d.text.isSentenceStart(s - 1) || ["new", "san", "los", "las", "st", "fort", "port", "lake", "north", "south", "east", "west", "el", "la", "santa"].contains(t[s - 1].lower) { s -= 1 }
            d.add(t[s].start, t[i - 1].end, .location, priority: 55)
        }
        regionCodes(&d)
    }

    /// States and provinces of Brazil, Australia and Canada as addresses write them ("Curitiba - PR",
    /// "Wagga Wagga NSW 2650", "Toronto, ON M5V 2T6").
    static let regionCodes: Set<String> = [
        "ac", "al", "ap", "am", "ba", "ce", "df", "es", "go", "ma", "mt", "ms", "mg", "pa", "pb", "pr", "pe", "pi", "rj", "rn", "rs",
        "ro", "rr", "sc", "sp", "se", "to", "nsw", "vic", "qld", "sa", "wa", "tas", "nt", "act", "on", "qc", "bc", "ab", "mb", "sk",
        "ns", "nb", "nl", "pei", "yt", "nu",
    ]

    /// A state or province code in capitals after a place ("Curitiba - PR", "Wagga Wagga NSW 2650"):
    /// the place before it and the postcode after it. The code itself stays, as a state does
    /// under Safe Harbor.
    static func regionCodes(_ d: inout Detection) {
        let t = d.tokens
        for i in t.indices.dropFirst(1) where t[i].kind == .alpha && t[i].isAllCaps && d.text.casing == .mixed {
            guard regionCodes.contains(t[i].lower) || Cues.stateCodes.contains(t[i].lower) else { continue }
            let postcode = i + 1 < t.count && t[i + 1].kind == .number && (4...5).contains(t[i + 1].digitCount)
            let sep = [",", "-", "\u{2013}", "/"].contains(t[i - 1].lower)
            var place = sep ? i - 2 : i - 1
            let ends = i + 1 == t.count || FieldDetector.lineBreakBefore(i + 1, d) || [".", ",", ";", ")"].contains(t[i + 1].lower)
            guard place >= 0, t[place].kind == .alpha, t[place].isCapitalized, !t[place].isAllCaps, postcode || sep && ends,
                  !Cues.streetSuffixes.contains(t[place].lower) else { continue }
            if postcode, !d.isClaimed(token: i + 1) { d.add(t[i + 1].start, t[i + 1].end, .zip, priority: 60, evidence: "a postcode after a state code") }
            guard !d.isClaimed(token: place), !stop.contains(t[place].lower) else { continue }
            // "Wagga Wagga", "Porto Alegre": two capitalised words
            if place > 0, t[place - 1].kind == .alpha, t[place - 1].isCapitalized, !d.isClaimed(token: place - 1), !d.text.isSentenceStart(place - 1), !stop.contains(t[place - 1].lower) { place -= 1 }
            let last = sep ? i - 2 : i - 1
            d.add(t[place].start, t[last].end, .location, priority: 55, evidence: "the place before a state or province code")
        }
    }

    /// "lives in Quincy", "moved to new bedford", "Middlesex County".
    static func cuedPlaces(_ d: inout Detection) {
        let t = d.tokens
        for i in t.indices where Cues.placeVerbs.contains(t[i].lower) {
            var j = i + 1
            if j < t.count, ["in", "to", "at", "of", "near", "from", "outside", "around"].contains(t[j].lower) { j += 1 } else if !["resident", "hometown", "city", "town", "county"].contains(t[i].lower) { continue }
            guard j < t.count, t[j].kind == .alpha, !d.isClaimed(token: j), !stop.contains(t[j].lower), Cues.months[t[j].lower] == nil else { continue }
            if d.text.casing == .mixed, !t[j].isCapitalized { continue }
            var end = j
            while end + 1 < t.count, end < j + 2, t[end + 1].kind == .alpha, !stop.contains(t[end + 1].lower), !d.isClaimed(token: end + 1),
                  d.text.casing != .mixed ? Cues.placeSuffixes.contains(t[end + 1].lower) || !Lexicon.isEnglishWord(t[end + 1].lower) : t[end + 1].isCapitalized {
                end += 1
            }
            if Cues.stateNames.contains(t[j].lower) && end == j { continue }
            d.add(t[j].start, t[end].end, .location, priority: 55)
        }
        for i in t.indices where ["county", "parish", "township", "borough"].contains(t[i].lower) && i > 0 {
            let p = i - 1
            guard t[p].kind == .alpha, !d.isClaimed(token: p), !stop.contains(t[p].lower), t[p].isCapitalized || d.text.casing != .mixed else { continue }
            d.add(t[p].start, t[i].end, .location, priority: 55)
        }
    }
}
