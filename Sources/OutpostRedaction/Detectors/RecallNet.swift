/// Layer 3, the recall net ("nothing unknown leaves"): after the typed detectors and the name
/// layer, every remaining word that is not known to be safe becomes a placeholder. Safe is: in
/// the safe-list (general vocabulary of the box's languages, clinical and banking words), a
/// protected clinical term, a cue or unit word, a misspelling of a safe word, or a number that is
/// not identifier-shaped. It runs in `strict` mode; in `balanced` mode it only flags words that
/// the gazetteers know as names and that are not also general vocabulary.
///
/// Flagged words are typed by the gazetteers (PERSON for listed names, LOCATION for proper
/// nouns such as cities, UNKNOWN otherwise); a run of flagged words joined by spaces, hyphens,
/// apostrophes or initials becomes one span, and it takes in the initials, particles ("van der",
/// "de la", "bin") and listed names around it ("Jae-won Park", "María José de la Fuente").
enum RecallNet {
    enum Scope { case all, namesOnly }

    struct Mark {
        var flagged = false
        var type: EntityType = .unknown
        var why = ""
    }

    static let particles: Set<String> = [
        "van", "von", "der", "den", "de", "la", "le", "del", "della", "da", "di", "du", "dos", "das", "do", "des", "ter", "ten",
        "bin", "ibn", "bint", "al", "el", "ben", "mac", "mc", "ní", "ni", "nic", "ó", "o", "ap", "y", "st", "e", "zu",
        "zur", "zum", "vom", "degli", "dei", "delle", "dalla", "dal", "op", "los", "las", "lo", "li",
    ]

    /// `personal`: whether the text points at a person (`PlaceFilter.apply`'s answer).
    static func detect(_ d: inout Detection, safeList: SafeList, scope: Scope, personal: Bool) {
        let t = d.tokens
        guard !t.isEmpty else { return }
        var marks = [Mark](repeating: Mark(), count: t.count)
        var person = [Bool](repeating: false, count: t.count)
        for s in d.spans where s.type == .person {
            var k = d.firstToken(atOrAfter: s.start)
            while k < t.count, t[k].start < s.end { person[k] = true; k += 1 }
        }
        for i in t.indices where !d.isClaimed(token: i) {
            if let m = judge(i, d, safeList: safeList, scope: scope, personal: personal) { marks[i] = m }
        }
        bridge(&marks, person: person, d, safeList: safeList)
        if scope == .all {
            lastCommaFirst(&marks, person: person, d, safeList: safeList)
            firstAfterLastComma(&marks, person: person, d, safeList: safeList)
            firstNameOpeningField(&marks, person: person, d)
            addressParts(&marks, person: person, d)
            codeRemainders(&marks, d)
        }
        emit(marks, &d)
    }

    /// Whether token `i` leaves the box as it is (nil) or is flagged.
    static func judge(_ i: Int, _ d: Detection, safeList: SafeList, scope: Scope, personal: Bool) -> Mark? {
        let tok = d.tokens[i]
        // clinical terms and credentials found before ("co-amoxiclav", "M.D.")
        if tok.kind != .number, d.protected[tok.start] { return nil }
        switch tok.kind {
        case .punct:
            return nil
        case .number:
            guard scope == .all, tok.digitCount >= 5, !isAmountOrMeasure(i, d) else { return nil }
            return Mark(flagged: true, type: .id, why: "a \(tok.digitCount)-digit number no detector explained")
        case .alnum:
            guard scope == .all else { return nil }
            if safeList.isSafe(tok.lower) || CodeDetector.safeCodes.contains(tok.lower) || Lexicon.isProtectedWord(tok.lower) || isUnitLike(tok.lower) || tok.length <= 3
                || CodeDetector.isFlightNumber(i, i, d) { return nil }
            return Mark(flagged: true, type: .id, why: "letters and digits in a code-like word")
        case .alpha:
            let word = PersonDetector.stripPossessive(tok.lower)
            if isKnownWord(word, i, d, safeList: safeList) { return nil }
            if FieldDetector.isLabelWord(i, d) { return nil }  // "VITALS:", "Ort:"
            if ClinicalTerms.countries.contains(word) || Cues.stateNames.contains(word) { return nil }
            if !personal, safeList.isMajorPlace(word) || i > 0 && safeList.isMajorPlace(d.tokens[i - 1].lower + " " + word)
                || i + 1 < d.tokens.count && safeList.isMajorPlace(word + " " + d.tokens[i + 1].lower) { return nil }
            if !personal, safeList.isFamous(word), !PersonDetector.afterTitle(i, d) { return nil }  // "beatles", "antarctica" in a text about no one
            let name = safeList.isName(word)
            if scope == .namesOnly {
                // balanced: only listed names that are no general word, in a name-like position
                guard name, !safeList.isSafe(word), !Lexicon.isEnglishWord(word), word.unicodeScalars.count >= 3,
                      d.text.casing != .mixed || tok.isCapitalized else { return nil }
                return Mark(flagged: true, type: .person, why: "a listed name that is no word of the safe-list")
            }
            // one- and two-letter words ("se", "le", "Li") only when a listed name is written as one mid-sentence
            if word.unicodeScalars.count <= 2 && !(name && tok.isCapitalized && !d.text.isSentenceStart(i) && d.text.casing == .mixed) { return nil }
            if !name, isMisspelling(word, i, d, safeList: safeList) || isCompound(word, safeList: safeList) { return nil }
            if name { return Mark(flagged: true, type: .person, why: "not in the safe-list; a listed name") }
            if safeList.isProper(word) { return Mark(flagged: true, type: .location, why: "not in the safe-list; a proper noun of the dictionaries") }
            return Mark(flagged: true, type: .unknown, why: "not in the safe-list (\(safeList.safe == nil ? "built-in English list" : "compiled dictionaries"))")
        }
    }

    /// "1,250.00", "12500 USD", "€ 30000", "150000 steps", "3.14159": values, not identifiers.
    static func isAmountOrMeasure(_ i: Int, _ d: Detection) -> Bool {
        if d.precededByCurrency(i) || d.followedByUnit(i) { return true }
        let t = d.tokens
        if i >= 2, d.text.glued(i), [",", "."].contains(t[i - 1].lower), d.text.glued(i - 1), t[i - 2].kind == .number, t[i].digitCount <= 3 { return true }
        if i >= 2, d.text.glued(i), t[i - 1].lower == ".", t[i - 2].kind == .number { return true }  // decimals
        return false
    }

    /// "5mg", "10ml", "2nd", "10am", "24h", "x2", "3x", "covid19", "b12".
    static func isUnitLike(_ lower: String) -> Bool {
        let scalars = Array(lower.unicodeScalars)
        let lead = scalars.prefix { CharClass.isDigit($0) }.count
        if lead > 0 {
            // "48213907L" is no 48 million litres: a unit follows at most four digits
            guard lead <= 4 else { return false }
            let rest = String(String.UnicodeScalarView(scalars[lead...]))
            return ClinicalTerms.units.contains(rest) || ["st", "nd", "rd", "th", "am", "pm", "h", "hrs", "x", "k", "yo", "d", "w", "mo", "y"].contains(rest)
        }
        let trail = scalars.reversed().prefix { CharClass.isDigit($0) }.count
        return trail > 0 && trail <= 2 && scalars.count - trail <= 2
    }

    /// Whether tokens a…b lie on one line with nothing but spaces, dots and hyphens between them.
    static func noBreak(_ a: Int, _ b: Int, _ d: Detection) -> Bool {
        let t = d.tokens
        for k in a..<b {
            for s in t[k].end..<t[k + 1].start where d.scalars[s] == "\n" || d.scalars[s] == "\t" { return false }
            if k > a, t[k].kind == .punct, ![".", "-", "'", "\u{2019}"].contains(t[k].lower) { return false }
        }
        return true
    }

    /// One span per run of flagged words (joined by spaces, hyphens, apostrophes or dots on one line).
    static func emit(_ marks: [Mark], _ d: inout Detection) {
        let t = d.tokens
        var i = 0
        while i < t.count {
            guard marks[i].flagged else { i += 1; continue }
            var end = i
            var types: Set<EntityType> = [marks[i].type]
            var whys = [marks[i].why]
            while true {
                var k = end + 1
                while k < t.count, t[k].kind == .punct, ["-", "'", "\u{2019}", "."].contains(t[k].lower), k - end <= 2 { k += 1 }
                guard k < t.count, marks[k].flagged, noBreak(end, k, d), marks[k].type != .id && marks[end].type != .id || marks[k].type == marks[end].type else { break }
                end = k
                types.insert(marks[k].type)
                if !whys.contains(marks[k].why) { whys.append(marks[k].why) }
            }
            let type: EntityType = types.contains(.address) ? .address : types.contains(.person) ? .person : types.contains(.location) ? .location : types.contains(.id) ? .id : .unknown
            d.add(t[i].start, t[end].end, type, priority: 20, layer: .safeList, evidence: whys.joined(separator: "; "))
            i = end + 1
        }
    }
}
