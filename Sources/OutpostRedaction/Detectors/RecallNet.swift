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
    ]

    static func detect(_ d: inout Detection, safeList: SafeList, scope: Scope) {
        let t = d.tokens
        guard !t.isEmpty else { return }
        var marks = [Mark](repeating: Mark(), count: t.count)
        var person = [Bool](repeating: false, count: t.count)
        for s in d.spans where s.type == .person {
            for k in d.firstToken(atOrAfter: s.start)..<t.count where t[k].start < s.end { person[k] = true }
        }
        for i in t.indices where !d.isClaimed(token: i) {
            if let m = judge(i, d, safeList: safeList, scope: scope) { marks[i] = m }
        }
        bridge(&marks, person: person, d, safeList: safeList)
        emit(marks, &d)
    }

    /// Whether token `i` leaves the box as it is (nil) or is flagged.
    static func judge(_ i: Int, _ d: Detection, safeList: SafeList, scope: Scope) -> Mark? {
        let tok = d.tokens[i]
        switch tok.kind {
        case .punct:
            return nil
        case .number:
            guard scope == .all, tok.digitCount >= 5, !isAmountOrMeasure(i, d) else { return nil }
            return Mark(flagged: true, type: .id, why: "a \(tok.digitCount)-digit number no detector explained")
        case .alnum:
            guard scope == .all else { return nil }
            if safeList.isSafe(tok.lower) || CodeDetector.safeCodes.contains(tok.lower) || Lexicon.isProtectedWord(tok.lower) || isUnitLike(tok.lower) || tok.length <= 3 { return nil }
            return Mark(flagged: true, type: .id, why: "letters and digits in a code-like word")
        case .alpha:
            let word = PersonDetector.stripPossessive(tok.lower)
            if isKnownWord(word, i, d, safeList: safeList) { return nil }
            let name = safeList.isName(word)
            if scope == .namesOnly {
                // balanced: only listed names that are no general word, in a name-like position
                guard name, !safeList.isSafe(word), !Lexicon.isEnglishWord(word), word.unicodeScalars.count >= 3,
                      d.text.casing != .mixed || tok.isCapitalized else { return nil }
                return Mark(flagged: true, type: .person, why: "a listed name that is no word of the safe-list")
            }
            if word.unicodeScalars.count <= 2 && !(name && tok.isCapitalized) { return nil }
            if !name, isMisspelling(word, i, d, safeList: safeList) || isCompound(word, safeList: safeList) { return nil }
            if name { return Mark(flagged: true, type: .person, why: "not in the safe-list; a listed name") }
            if safeList.isProper(word) { return Mark(flagged: true, type: .location, why: "not in the safe-list; a proper noun of the dictionaries") }
            return Mark(flagged: true, type: .unknown, why: "not in the safe-list (\(safeList.safe == nil ? "built-in English list" : "compiled dictionaries"))")
        }
    }

    /// General vocabulary, protected terms and the detectors' own cue words.
    static func isKnownWord(_ word: String, _ i: Int, _ d: Detection, safeList: SafeList) -> Bool {
        if safeList.isSafe(word) { return true }
        if Lexicon.isProtectedWord(word) || ClinicalTerms.looksLikeDrug(word) || PersonDetector.isEponym(i, d) { return true }
        if ClinicalTerms.units.contains(word) || ValueCues.single[word] != nil || Cues.titles.contains(word) || Cues.months[word] != nil { return true }
        if ClinicalTerms.eponymHeads.contains(word) || PersonDetector.generalHeads.contains(word) { return true }
        if chat.contains(word) { return true }
        // "isn't", "couldn't", "they're", "l'hôpital", "d'accord", "qu'il": every part known
        var w = word
        for suffix in ["n't", "n\u{2019}t", "'re", "'ve", "'ll", "'d", "'m", "\u{2019}re", "\u{2019}ve", "\u{2019}ll", "\u{2019}d", "\u{2019}m"] where w.hasSuffix(suffix) {
            w = String(w.dropLast(suffix.count))
            if safeList.isSafe(w) || w == "ca" || w == "wo" || w == "sha" { return true }
        }
        let parts = word.split(whereSeparator: { $0 == "'" || $0 == "\u{2019}" }).map(String.init)
        if parts.count > 1, parts.allSatisfy({ $0.unicodeScalars.count <= 2 || safeList.isSafe($0) }) { return true }
        return false
    }

    /// Chat spellings and abbreviations of everyday requests that no dictionary lists.
    static let chat: Set<String> = [
        "dont", "cant", "wont", "isnt", "arent", "wasnt", "werent", "doesnt", "didnt", "hasnt", "havent", "hadnt",
        "couldnt", "shouldnt", "wouldnt", "im", "ive", "id", "youre", "youve", "youll", "theyre", "thats", "whats",
        "wheres", "whos", "hows", "lets", "its", "ill", "u", "ur", "ya", "pls", "plz", "thx", "ty", "tysm", "asap",
        "idk", "imo", "btw", "fyi", "lol", "omg", "ok", "okay", "k", "kk", "yep", "nope", "yeah", "nah", "gonna",
        "wanna", "gotta", "kinda", "sorta", "lemme", "gimme", "dunno", "todo", "to-do", "pto", "gps", "atm", "pin",
        "faq", "eta", "etc", "aka", "diy", "tv", "pc", "app", "apps", "wifi", "wi-fi", "email", "emails", "e-mail",
        "online", "offline", "login", "logout", "signup", "username", "password", "rollover", "cybersecurity",
        "appt", "appts", "meds", "rx", "refill", "refills", "hr", "dept", "info", "msg", "txt", "vs", "hrs", "mins",
        "bro", "sis", "bud", "dude", "mate", "fam", "hun", "babe", "mum", "mom", "dad", "pal", "folks", "ma", "pa",
    ]

    /// A lower-case word one edit away from a safe word ("recieve", "appointmnet"): a typo, not
    /// an identifier. Only ASCII words of five letters or more, never a word capitalised inside a
    /// mixed-case sentence (that is how names are written).
    static func isMisspelling(_ word: String, _ i: Int, _ d: Detection, safeList: SafeList) -> Bool {
        let tok = d.tokens[i]
        if d.text.casing == .mixed, tok.isCapitalized, !d.text.isSentenceStart(i) { return false }
        let bytes = Array(word.utf8)
        guard bytes.count >= 5, bytes.count <= 16, bytes.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return false }
        return EditNeighbours.anySafe(bytes) { safeList.isSafe(utf8: $0) }
    }

    /// Two safe words written as one ("callback", "heartbeat", "Blutdruckmessung" → "blutdruck" +
    /// "messung", with a German linking "s"); never a listed name ("Goodman" stays a name).
    static func isCompound(_ word: String, safeList: SafeList) -> Bool {
        let s = Array(word.unicodeScalars)
        guard s.count >= 6, s.count <= 40, s.allSatisfy({ CharClass.isLetter($0) }) else { return false }
        func part(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(s[a..<b])) }
        for cut in 3...(s.count - 3) {
            guard safeList.isSafe(part(0, cut)) else { continue }
            let rest = part(cut, s.count)
            if safeList.isSafe(rest) { return true }
            if s[cut] == "s", cut + 1 <= s.count - 3, safeList.isSafe(part(cut + 1, s.count)) { return true }
        }
        return false
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
            let rest = String(String.UnicodeScalarView(scalars[lead...]))
            return ClinicalTerms.units.contains(rest) || ["st", "nd", "rd", "th", "am", "pm", "h", "hrs", "x", "k", "yo", "d", "w", "mo", "y"].contains(rest)
        }
        let trail = scalars.reversed().prefix { CharClass.isDigit($0) }.count
        return trail > 0 && trail <= 2 && scalars.count - trail <= 2
    }

    /// Joins flagged words with the initials, particles, hyphen halves and listed names around them.
    static func bridge(_ marks: inout [Mark], person: [Bool], _ d: Detection, safeList: SafeList) {
        let t = d.tokens
        let mixed = d.text.casing == .mixed
        func nameish(_ k: Int) -> Bool { (marks[k].flagged && marks[k].type == .person) || person[k] }
        func free(_ k: Int) -> Bool { k >= 0 && k < t.count && !marks[k].flagged && !d.isClaimed(token: k) && !d.protected[t[k].start] }
        var changed = true
        var rounds = 0
        while changed && rounds < 4 {
            changed = false
            rounds += 1
            for i in t.indices where nameish(i) {
                // the other half of a hyphenated or apostrophe-glued compound: "Jae-won", "Al-Farsi"
                for (sep, other) in [(i + 1, i + 2), (i - 1, i - 2)] where other >= 0 && other < t.count {
                    guard ["-", "'", "\u{2019}"].contains(t[sep].lower), d.text.glued(max(sep, other)), d.text.glued(min(sep, other) + 1),
                          t[other].kind == .alpha, free(other), !PersonDetector.isEponym(other, d) else { continue }
                    marks[other] = Mark(flagged: true, type: .person, why: "joined to a name by \(t[sep].lower.debugDescription)")
                    changed = true
                }
                // listed names and initials right next to a name: "Will Okafor", "Jae-won Park", "J. Okafor", "Jane Q Doe"
                for k in [i - 1, i + 1] where free(k) && t[k].kind == .alpha && !PersonDetector.isEponym(k, d) {
                    let w = PersonDetector.stripPossessive(t[k].lower)
                    let capital = !mixed || t[k].isCapitalized
                    let initial = t[k].length == 1 && t[k].isCapitalized
                    let listed = capital && safeList.isName(w) && !Cues.strongPersonCues.contains(w) && !PersonDetector.modalWords.contains(w)
                        && !AddressDetector.stop.contains(w) && (mixed || !Lexicon.isEnglishWord(w) || k == i + 1 && Lexicon.isSurname(w))
                    if (initial || listed) && !(k == i + 1 && d.text.isSentenceStart(k)) && !(k == i - 1 && d.text.isSentenceStart(i)) && noBreak(min(i, k), max(i, k), d) {
                        marks[k] = Mark(flagged: true, type: .person, why: initial ? "an initial next to a name" : "a listed name next to a name")
                        changed = true
                    }
                }
                // "J. Okafor": the initial before the dot
                if i >= 2, t[i - 1].lower == ".", d.text.glued(i - 1), t[i - 2].length == 1, t[i - 2].isCapitalized, free(i - 2), noBreak(i - 2, i, d) {
                    marks[i - 2] = Mark(flagged: true, type: .person, why: "an initial before a name")
                    changed = true
                }
                // particles between or before name parts: "van der Berg", "de la Fuente", "bin Rashid"
                var k = i - 1
                var run: [Int] = []
                while k >= 0, free(k), t[k].kind == .alpha, particles.contains(t[k].lower), run.count < 3 { run.append(k); k -= 1 }
                if !run.isEmpty, run.count >= 1, t[i].isCapitalized || !mixed, noBreak(run.last!, i, d), !(run.count == 1 && ["y", "e", "o", "do", "de", "da", "la", "le", "el", "al", "st"].contains(t[run[0]].lower) && !(k >= 0 && nameish(k))) {
                    for p in run { marks[p] = Mark(flagged: true, type: .person, why: "a name particle") }
                    changed = true
                }
            }
        }
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
                guard k < t.count, marks[k].flagged, noBreak(end, k, d), marks[k].type != .id && marks[end].type != .id else { break }
                end = k
                types.insert(marks[k].type)
                if !whys.contains(marks[k].why) { whys.append(marks[k].why) }
            }
            let type: EntityType = types.contains(.person) ? .person : types.contains(.location) ? .location : types.contains(.id) ? .id : .unknown
            d.add(t[i].start, t[end].end, type, priority: 20, layer: .safeList, evidence: whys.joined(separator: "; "))
            i = end + 1
        }
    }
}

/// The strings one edit away from a lower-case ASCII word (deletion, transposition, substitution,
/// insertion), probed without building them as `String`s.
enum EditNeighbours {
    static func anySafe(_ w: [UInt8], _ isSafe: ([UInt8]) -> Bool) -> Bool {
        var buf = w
        // deletions
        for i in w.indices {
            buf = w
            buf.remove(at: i)
            if isSafe(buf) { return true }
        }
        // transpositions
        for i in 0..<(w.count - 1) where w[i] != w[i + 1] {
            buf = w
            buf.swapAt(i, i + 1)
            if isSafe(buf) { return true }
        }
        // substitutions
        buf = w
        for i in w.indices {
            for c in UInt8(97)...UInt8(122) where c != w[i] {
                buf[i] = c
                if isSafe(buf) { return true }
            }
            buf[i] = w[i]
        }
        // insertions
        for i in 0...w.count {
            buf = w
            buf.insert(97, at: i)
            for c in UInt8(97)...UInt8(122) {
                buf[i] = c
                if isSafe(buf) { return true }
            }
        }
        return false
    }
}
