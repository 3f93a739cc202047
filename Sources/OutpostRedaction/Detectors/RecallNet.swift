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
        let personal = PlaceFilter.hasPersonalContext(d, safeList: safeList)
        for i in t.indices where !d.isClaimed(token: i) {
            if let m = judge(i, d, safeList: safeList, scope: scope, personal: personal) { marks[i] = m }
        }
        bridge(&marks, person: person, d, safeList: safeList)
        if scope == .all {
            lastCommaFirst(&marks, person: person, d, safeList: safeList)
            addressParts(&marks, person: person, d)
            codeRemainders(&marks, d)
        }
        emit(marks, &d)
    }

    /// "Rogers, Joan", "BELL, DEBORAH", "follow-up: Belkacem, Zainab": the surname before the comma
    /// of a flagged first name, at the start of a line or field.
    static func lastCommaFirst(_ marks: inout [Mark], person: [Bool], _ d: Detection, safeList: SafeList) {
        let t = d.tokens
        for i in t.indices where i >= 2 && (person[i] || marks[i].flagged && marks[i].type == .person) && t[i - 1].lower == "," {
            let k = i - 2
            guard t[k].kind == .alpha, !marks[k].flagged, !person[k], !d.isClaimed(token: k), t[k].length >= 2 else { continue }
            guard d.text.casing != .mixed || t[k].isCapitalized, !AddressDetector.stop.contains(t[k].lower), !ClinicalTerms.notNames.contains(t[k].lower) else { continue }
            let fieldStart = k == 0 || FieldDetector.lineBreakBefore(k, d) || [":", "-", "(", ";"].contains(t[k - 1].lower)
            guard fieldStart, safeList.isName(t[k].lower) || !safeList.isSafe(t[k].lower) else { continue }
            marks[k] = Mark(flagged: true, type: .person, why: "a surname before \", first name\"")
        }
    }

    static let unitWords: Set<String> = [
        "apt", "apartment", "unit", "suite", "ste", "flat", "fl", "floor", "#", "puerta", "pta", "piso", "top", "app", "appartement",
        "bus", "bte", "boîte", "étage", "etage", "stiege", "stock", "whg", "wohnung", "esc", "escalera", "andar", "apto", "dpto", "depto",
        "interno", "int", "scala", "piano", "bloco", "casa", "c", "km",
    ]
    static let addressCues: Set<String> = [
        "address", "addr", "adresse", "anschrift", "wohnhaft", "dirección", "direccion", "domicilio", "endereço", "endereco", "morada",
        "adres", "indirizzo", "residenza", "lives", "live", "living", "resides", "reside", "home", "street", "road", "lane", "avenue",
        "straße", "strasse", "calle", "rue", "via", "rua", "avenida", "av", "avda", "plaza", "praça", "largo", "travessa", "weg", "laan",
        "straat", "plein", "gracht", "boulevard", "bd", "chemin", "allée", "piazza", "viale", "corso", "paseo", "carrer", "ronda", "camino",
        "pasaje", "pasadizo", "cuesta", "glorieta", "alameda", "rambla", "vicolo", "contrada", "platz", "gasse", "ring", "ufer", "at",
    ]

    /// House numbers and units next to flagged street words on a line about an address:
    /// "Pasadizo Guiomar Vilanova 10 Puerta 3", "ADDRESS:  6 Shah Forge", "Kerkstraat 12".
    static func addressParts(_ marks: inout [Mark], person: [Bool], _ d: Detection) {
        let t = d.tokens
        func flaggedWord(_ k: Int) -> Bool { k >= 0 && k < t.count && (marks[k].flagged && marks[k].type != .id || person[k]) && t[k].kind == .alpha }
        func houseNumber(_ k: Int) -> Bool {
            k >= 0 && k < t.count && !marks[k].flagged && !d.isClaimed(token: k) && (t[k].kind == .number && t[k].digitCount <= 5
                || t[k].kind == .alnum && t[k].digitCount <= 5 && t[k].length <= 6 && t[k].lower.first?.isNumber == true) && !d.followedByUnit(k)
        }
        var inAddress = [Bool](repeating: false, count: d.scalars.count)
        for s in d.spans where s.type == .zip || s.type == .address { for k in s.start..<s.end { inAddress[k] = true } }
        var lineHasCue = [Bool](repeating: false, count: t.count)
        var cue = false
        for k in t.indices {
            if k > 0, d.scalars[t[k - 1].end..<t[k].start].contains("\n") { cue = false }
            if t[k].kind == .alpha && (addressCues.contains(t[k].lower) || Cues.streetSuffixes.contains(t[k].lower)) { cue = true }
            if inAddress[t[k].start] { cue = true }
            lineHasCue[k] = cue
        }
        // a line's cue may come after the street: look ahead too
        var ahead = false
        for k in t.indices.reversed() {
            if lineHasCue[k] { ahead = true }
            if k + 1 < t.count, d.scalars[t[k].end..<t[k + 1].start].contains("\n") { ahead = lineHasCue[k] }
            lineHasCue[k] = lineHasCue[k] || ahead
        }
        for k in t.indices where houseNumber(k) && lineHasCue[k] {
            let capital: (Int) -> Bool = { j in d.text.casing != .mixed || t[j].isCapitalized }
            let before = k > 0 && flaggedWord(k - 1) && capital(k - 1) && noBreak(k - 1, k, d)
            let after = k + 1 < t.count && flaggedWord(k + 1) && capital(k + 1) && noBreak(k, k + 1, d)
            guard before || after else { continue }
            marks[k] = Mark(flagged: true, type: .address, why: "a house number next to a street name not in the safe-list")
        }
        // "Puerta 3", "Apt 2B", "Top 20", "Suite 334", "#85" after a street on an address line
        for u in t.indices where u > 0 && unitWords.contains(t[u].lower) && lineHasCue[u] && !d.isClaimed(token: u) && !marks[u].flagged {
            var p = u - 1
            if p > 0, t[p].lower == "," { p -= 1 }
            guard flaggedWord(p) || marks[p].type == .address && marks[p].flagged || inAddress[t[p].start] || houseNumber(p) else { continue }
            var v = u + 1
            if v < t.count, t[v].lower == "." || t[v].lower == ":" || t[v].lower == "#" { v += 1 }
            guard v < t.count, t[v].kind != .punct, t[v].digitCount > 0 || t[v].length <= 2, !d.isClaimed(token: v), noBreak(u, v, d) || v == u + 1 else { continue }
            if houseNumber(p), !marks[p].flagged { marks[p] = Mark(flagged: true, type: .address, why: "a house number next to a street name not in the safe-list") }
            for m in u...v where t[m].kind != .punct { marks[m] = Mark(flagged: true, type: .address, why: "a flat or unit number of an address") }
        }
    }

    /// The letters and short groups left beside a code ("AK 05 93 32 B", "…784Y G", "26 257506 G 633"):
    /// part of the identifier, not words.
    static func codeRemainders(_ marks: inout [Mark], _ d: Detection) {
        let t = d.tokens
        let codeTypes: Set<EntityType> = [.id, .ssn, .iban, .account, .healthPlan, .mrn, .license, .vehicle, .device, .zip, .card, .routing]
        for span in d.spans where codeTypes.contains(span.type) {
            var k = d.firstToken(atOrAfter: span.end)
            var taken = 0
            while k < t.count, taken < 2, t[k].spaceBefore, t[k].start - t[k - 1].end == 1, !d.isClaimed(token: k), !marks[k].flagged,
                  t[k].kind == .number && t[k].digitCount <= 4 || t[k].kind != .punct && t[k].length <= 2 && (t[k].isAllCaps || t[k].length == 1 && t[k].isCapitalized || d.text.casing != .mixed && t[k].kind != .alpha) {
                if t[k].kind == .alpha, t[k].length == 1, ["a", "i"].contains(t[k].lower), d.text.casing == .mixed { break }
                marks[k] = Mark(flagged: true, type: .id, why: "the rest of the code before it")
                k += 1
                taken += 1
            }
            // a letter prefix: "AK 05 93 32 B"
            let first = d.firstToken(atOrAfter: span.start)
            if first > 0, CharClass.isDigit(d.scalars[span.start]), t[first - 1].kind == .alpha, t[first - 1].isAllCaps || d.text.casing != .mixed,
               (1...3).contains(t[first - 1].length), t[first].start - t[first - 1].end == 1, !d.isClaimed(token: first - 1), !marks[first - 1].flagged,
               ValueCues.single[t[first - 1].lower] == nil, !["no", "nr", "id", "ref"].contains(t[first - 1].lower), !Cues.stateCodes.contains(t[first - 1].lower) {
                marks[first - 1] = Mark(flagged: true, type: .id, why: "the letter prefix of the code after it")
            }
        }
    }

    /// Whether token `i` leaves the box as it is (nil) or is flagged.
    static func judge(_ i: Int, _ d: Detection, safeList: SafeList, scope: Scope, personal: Bool) -> Mark? {
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
            if ClinicalTerms.countries.contains(word) || Cues.stateNames.contains(word) { return nil }
            if !personal, safeList.isMajorPlace(word) || i > 0 && safeList.isMajorPlace(d.tokens[i - 1].lower + " " + word)
                || i + 1 < d.tokens.count && safeList.isMajorPlace(word + " " + d.tokens[i + 1].lower) { return nil }
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

    /// General vocabulary, protected terms and the detectors' own cue words.
    static func isKnownWord(_ word: String, _ i: Int, _ d: Detection, safeList: SafeList) -> Bool {
        if safeList.isSafe(word) { return true }
        if Lexicon.isProtectedWord(word) || ClinicalTerms.looksLikeDrug(word) || PersonDetector.isEponym(i, d) { return true }
        if ClinicalTerms.units.contains(word) || ValueCues.single[word] != nil || Cues.titles.contains(word) { return true }
        if ClinicalTerms.eponymHeads.contains(word) || PersonDetector.generalHeads.contains(word) { return true }
        if chat.contains(word) { return true }
        // "sooo", "pleeease": a letter held down
        if let squeezed = squeezed(word), safeList.isSafe(squeezed) || chat.contains(squeezed) { return true }
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

    /// The word with runs of three or more equal letters cut to one ("sooo" → "so"), nil when it has none.
    static func squeezed(_ word: String) -> String? {
        var out: [Unicode.Scalar] = []
        var changed = false
        let s = Array(word.unicodeScalars)
        var i = 0
        while i < s.count {
            var j = i
            while j < s.count, s[j] == s[i] { j += 1 }
            if j - i >= 3 { changed = true; out.append(s[i]) } else { out.append(contentsOf: s[i..<j]) }
            i = j
        }
        return changed ? String(String.UnicodeScalarView(out)) : nil
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
        "tmrw", "tmr", "tomoz", "sry", "soz", "omw", "ngl", "tbh", "smh", "nvm", "brb", "ttyl", "lmk", "hbu", "wyd", "ikr",
        "haha", "hahaha", "ahah", "ahaha", "hehe", "lmao", "rofl", "jaja", "jajaja", "kkk", "mdr", "xd", "xoxo", "gn", "gm",
        "bday", "b-day", "convo", "pic", "pics", "vid", "selfie", "wknd", "govt", "approx", "pharma", "physio", "doc", "docs",
    ]

    /// A lower-case word one edit away from a safe word ("recieve", "appointmnet"): a typo, not
    /// an identifier. Only ASCII words of five letters or more, never a word capitalised inside a
    /// mixed-case sentence (that is how names are written).
    static func isMisspelling(_ word: String, _ i: Int, _ d: Detection, safeList: SafeList) -> Bool {
        let tok = d.tokens[i]
        // only words written in lower case: names are capitalised, and a capital at the start of a
        // sentence or in an all-caps note gives no such hint (the probes cost false positives)
        if tok.isCapitalized || tok.isAllCaps { return false }
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
            // capitalised words the net could not vouch for are read like names here
            for i in t.indices where nameish(i) || marks[i].flagged && marks[i].type == .unknown && (!mixed || t[i].isCapitalized) {
                // the other half of a hyphenated or apostrophe-glued compound: "Jae-won", "Al-Farsi"
                for (sep, other) in [(i + 1, i + 2), (i - 1, i - 2)] where other >= 0 && other < t.count && (nameish(i) || mixed) {
                    guard ["-", "'", "\u{2019}"].contains(t[sep].lower), d.text.glued(max(sep, other)), d.text.glued(min(sep, other) + 1),
                          t[other].kind == .alpha, free(other), !PersonDetector.isEponym(other, d) else { continue }
                    marks[other] = Mark(flagged: true, type: .person, why: "joined to a name by \(t[sep].lower.debugDescription)")
                    changed = true
                }
                // listed names and initials right next to a name: "Will Okafor", "Jae-won Park", "J. Okafor", "Jane Q Doe"
                for k in [i - 1, i + 1] where nameish(i) && free(k) && t[k].kind == .alpha && !PersonDetector.isEponym(k, d) {
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
                // particles between flagged capitalised words of any kind: "Twan de Graaf", "Ciarán Ó Briain"
                var p = i + 1
                var between: [Int] = []
                while p < t.count, free(p), t[p].kind == .alpha, particles.contains(t[p].lower) || ["an", "nic", "mac", "ua"].contains(t[p].lower), between.count < 3 { between.append(p); p += 1 }
                if !between.isEmpty, p < t.count, marks[p].flagged || person[p], marks[p].type != .id, !mixed || t[p].isCapitalized && t[i].isCapitalized, noBreak(i, p, d) {
                    for q in between { marks[q] = Mark(flagged: true, type: .person, why: "a name particle") }
                    if marks[p].type == .unknown { marks[p].type = .person }
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

/// The strings one typing slip away from a lower-case ASCII word — a dropped letter, two letters
/// swapped, a neighbouring key hit instead, a letter doubled or undoubled — probed without building
/// `String`s. About 8n probes for an n-letter word (a full edit-distance-1 set is ~54n, and each
/// probe of a Bloom filter is a chance of a false positive).
enum EditNeighbours {
    /// QWERTY neighbours of each letter a…z.
    static let adjacent: [[UInt8]] = [
        "qwsz", "vghn", "xdfv", "serfcx", "wsdr", "drtgvc", "ftyhbv", "gyujnb", "ujko", "huikmn", "jiolm", "kop",
        "njk", "bhjm", "iklp", "ol", "wa", "edft", "awedxz", "rfgy", "yhji", "cfgb", "qase", "zsdc", "tghu", "asx",
    ].map { Array($0.utf8) }

    static func anySafe(_ w: [UInt8], _ isSafe: ([UInt8]) -> Bool) -> Bool {
        var buf = w
        // deletions (also undoubling "appointtment")
        for i in w.indices where i == 0 || w[i] != w[i - 1] {
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
        // a neighbouring key instead of the right one
        buf = w
        for i in w.indices {
            for c in adjacent[Int(w[i] - 97)] {
                buf[i] = c
                if isSafe(buf) { return true }
            }
            buf[i] = w[i]
        }
        // a dropped letter: a doubled one ("apointment") or a neighbour of the letters around it
        for i in 0...w.count {
            var candidates: Set<UInt8> = []
            candidates.formUnion([97, 101, 105, 111, 117])  // a dropped vowel: "reschedle"
            if i > 0 { candidates.insert(w[i - 1]); candidates.formUnion(adjacent[Int(w[i - 1] - 97)]) }
            if i < w.count { candidates.insert(w[i]) }
            for c in candidates {
                buf = w
                buf.insert(c, at: i)
                if isSafe(buf) { return true }
            }
        }
        return false
    }
}
