import Foundation

/// What the recall net trusts besides the safe-list itself: protected terms, cue words, chat
/// spellings, contractions, typing slips of lower-case words and compounds of two safe words.
extension RecallNet {
    /// General vocabulary, protected terms and the detectors' own cue words.
    static func isKnownWord(_ word: String, _ i: Int, _ d: Detection, safeList: SafeList) -> Bool {
        if safeList.isSafe(word) { return true }
        // "la domenica", "une pierre": a very frequent word that is also a given name, in lower case
        if !d.tokens[i].isCapitalized || d.text.casing != .mixed, safeList.isLowerCaseSafe(word) { return true }
        // "de beste manier", "the hunter's moon": a dictionary word that is a name too, written in
        // lower case where the text capitalises its names
        if d.text.casing == .mixed, !d.tokens[i].isCapitalized, !d.tokens[i].isAllCaps, safeList.isAmbiguous(word) { return true }
        // "Stell einen Wecker": a German noun that is a surname too, in a German text
        if d.tokens[i].isCapitalized, !d.tokens[i].isAllCaps, safeList.isAmbiguous(word), !Lexicon.isGivenName(word), PersonDetector.isGerman(d) { return true }
        if Lexicon.isProtectedWord(word) || ClinicalTerms.looksLikeDrug(word) || PersonDetector.isEponym(i, d) { return true }
        if ClinicalTerms.units.contains(word) || ValueCues.single[word] != nil || Cues.titles.contains(word) || Cues.strongPersonCues.contains(word) { return true }
        if ClinicalTerms.eponymHeads.contains(word) || PersonDetector.generalHeads.contains(word) { return true }
        if chat.contains(word) || FunctionWords.contains(word) { return true }
        if isRomanceDrugName(word) { return true }
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

    /// A drug's international name in a Romance or French spelling: "ibuprofeno", "atorvastatina",
    /// "lévothyroxine", "amoxicilina" (the English name with an ending added or accents put on).
    static func isRomanceDrugName(_ word: String) -> Bool {
        guard word.unicodeScalars.count >= 7 else { return false }
        let folded = word.folding(options: .diacriticInsensitive, locale: nil)
        var stems = [folded]
        if let last = folded.last, "aoe".contains(last) { stems.append(String(folded.dropLast())) }
        for s in stems where s.count >= 6 {
            if ClinicalTerms.looksLikeDrug(s) || Lexicon.isProtectedWord(s) { return true }
            // "amoxicilin(a)" for "amoxicillin", "sinvastatin(a)" for "simvastatin"
            if Lexicon.isProtectedWord(s.replacingOccurrences(of: "cilin", with: "cillin")) || Lexicon.isProtectedWord(s.replacingOccurrences(of: "sinv", with: "simv")) { return true }
        }
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
        guard bytes.count >= 5 || bytes.count == 4 && word.hasSuffix("in"), bytes.count <= 16, bytes.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return false }
        return EditNeighbours.anySafe(bytes) { probe in
            if safeList.isSafe(utf8: probe) { return true }
            let s = String(decoding: probe, as: UTF8.self)
            return Lexicon.isProtectedWord(s) || ClinicalTerms.units.contains(s)
        }
    }

    /// Two safe words written as one ("callback", "heartbeat", "Blutdruckmessung" → "blutdruck" +
    /// "messung", with a German linking "s"); never a listed name ("Goodman" stays a name).
    static func isCompound(_ word: String, safeList: SafeList) -> Bool {
        let s = Array(word.unicodeScalars)
        guard s.count >= 6, s.count <= 40, s.allSatisfy({ CharClass.isLetter($0) }) else { return false }
        func part(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(s[a..<b])) }
        // with diacritics, both parts of four letters or more: "cia" + "rán" is no compound of "Ciarán"
        let least = s.allSatisfy({ $0.value < 128 }) ? 3 : 4
        guard s.count >= 2 * least else { return false }
        for cut in least...(s.count - least) {
            guard safeList.isSafe(part(0, cut)) else { continue }
            let rest = part(cut, s.count)
            if safeList.isSafe(rest) { return true }
            if s[cut] == "s", cut + 1 <= s.count - least, safeList.isSafe(part(cut + 1, s.count)) { return true }
        }
        return false
    }
}
