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
            // number + 1…4 words + street suffix
            var j = i + 1
            var suffixAt = -1
            while j < t.count, j <= i + 5, t[j].kind == .alpha || (t[j].kind == .alnum && j > i + 0) || t[j].lower == "." && j > i + 1 {
                if t[j].kind == .alpha, Cues.streetSuffixes.contains(t[j].lower), j > i + 1 { suffixAt = j }
                if t[j].kind == .alpha && stop.contains(t[j].lower) && !Cues.directions.contains(t[j].lower) { break }
                j += 1
            }
            // suffix-first forms: "12 Rue de la Paix", "4 Via Roma"
            if suffixAt < 0, i + 2 < t.count, ["rue", "calle", "via", "avenida", "avenue", "piazza", "corso", "rua", "viale", "boulevard", "route"].contains(t[i + 1].lower), t[i + 2].kind == .alpha {
                suffixAt = i + 2
                var k = i + 3
                while k < t.count, k <= i + 5, t[k].kind == .alpha, t[k].isCapitalized || ["de", "la", "del", "di", "du", "des", "le"].contains(t[k].lower) { suffixAt = k; k += 1 }
            }
            guard suffixAt > i, !d.isClaimed(t[i + 1].start, t[suffixAt].end) else { i += 1; continue }
            var end = suffixAt
            if end + 1 < t.count, t[end + 1].lower == ".", d.text.glued(end + 1) { end += 1 }
            end = unit(after: end, d)
            d.add(t[i].start, t[end].end, .address, priority: 80)
            location(after: end, &d)
            i = end + 1
        }
        germanStyle(&d)
        statePattern(&d)
        cuedPlaces(&d)
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

    /// "Hauptstraße 5", "Lindenweg 12a".
    static func germanStyle(_ d: inout Detection) {
        let t = d.tokens
        for i in t.indices where t[i].kind == .alpha && i + 1 < t.count && t[i + 1].hasDigits && t[i + 1].digitCount <= 4 {
            let w = t[i].lower
            guard ["straße", "strasse", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer", "str"].contains(where: { w.hasSuffix($0) && w.count > $0.count + 2 }) else { continue }
            guard !d.isClaimed(t[i].start, t[i + 1].end) else { continue }
            d.add(t[i].start, t[i + 1].end, .address, priority: 75)
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
        // "seen in Brookline", "transferred from Quincy": a capitalised proper noun after a place
        // preposition that is no everyday word, month, language, drug or eponym
        if d.text.casing == .mixed {
            for i in t.indices where ["in", "near", "from", "outside", "around"].contains(t[i].lower) && i + 1 < t.count {
                let j = i + 1
                let w = t[j]
                guard w.kind == .alpha, w.isCapitalized, !w.isAllCaps || w.length > 4, w.length >= 3, !d.isClaimed(token: j),
                      !Lexicon.isEnglishWord(w.lower), !Lexicon.isProtectedWord(w.lower), !Cues.titles.contains(w.lower),
                      !PersonDetector.isEponym(j, d), !Cues.stateNames.contains(w.lower), !Lexicon.isGivenName(w.lower) else { continue }
                var end = j
                if j + 1 < t.count, t[j + 1].kind == .alpha, t[j + 1].isCapitalized, !Lexicon.isEnglishWord(t[j + 1].lower) || Cues.placeSuffixes.contains(t[j + 1].lower) { end = j + 1 }
                // below PERSON: "a message from Thandiwe Nkosi" stays a person where both fire
                d.add(t[j].start, t[end].end, .location, priority: 35)
            }
        }
        for i in t.indices where ["county", "parish", "township", "borough"].contains(t[i].lower) && i > 0 {
            let p = i - 1
            guard t[p].kind == .alpha, !d.isClaimed(token: p), !stop.contains(t[p].lower), t[p].isCapitalized || d.text.casing != .mixed else { continue }
            d.add(t[p].start, t[i].end, .location, priority: 55)
        }
    }
}
