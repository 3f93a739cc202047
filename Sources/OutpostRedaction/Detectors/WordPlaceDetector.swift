/// A capitalised word right after a place preposition, mid-sentence in mixed-case text: "seen in
/// Brookline", "transferred from Quincy", "à Pau", "uit Groningen". A word the safe-list does not
/// know is read as a place whenever the text is cased. A general word ("Mobile", "Hope", "Normal",
/// "Spa", "Best", "Reading") needs a text about a person as well, since only context tells the
/// town from the word. Months, weekdays, seasons, languages, holidays, departments and wards ("in
/// Cardiology", "to Bed 3") are not places. In German, where every noun is capitalised, a general
/// word counts only when the gazetteers know it as a place or name ("in Essen", not "in Behandlung").
enum WordPlaceDetector {
    /// Prepositions of place of the box's languages.
    static let prepositions: Set<String> = [
        "in", "from", "near", "outside", "around", "à", "en", "em", "uit", "te", "naar", "aus", "nach", "i", "fra", "från", "w", "v", "desde",
    ]

    /// Capitalised general words that name no town after a preposition.
    static let notPlaces: Set<String> = [
        // languages and nationalities
        "english", "french", "spanish", "german", "italian", "dutch", "portuguese", "greek", "latin", "arabic", "hebrew", "chinese",
        "mandarin", "cantonese", "japanese", "korean", "hindi", "urdu", "bengali", "punjabi", "russian", "polish", "czech", "turkish",
        "swedish", "norwegian", "danish", "finnish", "irish", "welsh", "scottish", "gaelic", "british", "american", "canadian",
        "european", "african", "asian", "mexican", "brazilian", "vietnamese", "thai", "tagalog", "filipino", "persian", "farsi",
        "swahili", "ukrainian", "romanian", "hungarian", "catalan", "basque", "braille", "flemish", "creole", "yiddish", "somali",
        // seasons, holidays, times
        "spring", "summer", "autumn", "fall", "winter", "christmas", "easter", "advent", "lent", "ramadan", "eid", "diwali",
        "hanukkah", "passover", "thanksgiving", "halloween", "today", "tomorrow", "morning", "evening", "night", "time",
        // wards, departments, rooms
        "bed", "bay", "room", "ward", "theatre", "theatres", "theater", "recovery", "resus", "majors", "minors", "triage",
        "outpatients", "inpatients", "reception", "pharmacy", "physio", "physiotherapy", "rehab", "surgery", "medicine",
        "admissions", "maternity", "radiology", "imaging", "casualty", "emergency", "icu", "itu", "hdu", "ccu", "billing",
        "accounts", "settings", "support", "general", "clinic", "hospital", "department", "unit", "level", "floor", "block",
        // units, scales and other capitalised words
        "celsius", "fahrenheit", "kelvin", "god", "heaven", "hell", "parliament", "congress", "court", "church", "mass",
        "person", "total", "stock", "store", "branch", "online", "office", "private", "public", "chapter", "section",
    ]

    static func detect(_ d: inout Detection, safeList: SafeList, personal: Bool) {
        guard d.text.casing == .mixed else { return }
        let t = d.tokens
        let german = PersonDetector.isGerman(d)
        for j in t.indices.dropFirst() where prepositions.contains(t[j - 1].lower) && !t[j - 1].isCapitalized {
            let w = t[j]
            guard w.kind == .alpha, w.isCapitalized, !w.isAllCaps || w.length > 4, w.length >= 3, !d.text.isSentenceStart(j), !d.isClaimed(token: j),
                  !(w.start..<w.end).contains(where: { d.protected[$0] }) else { continue }
            let lower = PersonDetector.stripPossessive(w.lower)
            guard !isNotPlace(lower), !PersonDetector.isEponym(j, d) else { continue }
            if safeList.isSafe(lower) || Lexicon.isEnglishWord(lower) {
                guard personal, !w.isAllCaps else { continue }
                if german, !(safeList.isProper(lower) || safeList.isMajorPlace(lower) || safeList.isName(lower)) { continue }
            } else if Lexicon.isGivenName(lower) {
                continue  // "a message from Thandiwe": the name layer's to judge
            } else if !personal, safeList.isMajorPlace(lower) || j + 1 < t.count && safeList.isMajorPlace(lower + " " + t[j + 1].lower) {
                continue  // "the weather in Tokyo": a big city in a text about no one (PlaceFilter's rule)
            }
            // "in Bed 3", "in Room 12": a numbered room, not a town
            if j + 1 < t.count, t[j + 1].kind == .number || t[j + 1].kind == .alnum { continue }
            var end = j
            while end + 1 < t.count, end < j + 2, t[end + 1].kind == .alpha, t[end + 1].isCapitalized, !t[end + 1].isAllCaps,
                  RecallNet.noBreak(end, end + 1, d), !d.isClaimed(token: end + 1), !isNotPlace(t[end + 1].lower) {
                end += 1
            }
            d.add(t[j].start, t[end].end, .location, priority: 34, layer: .names,
                  evidence: "a capitalised word after a place preposition (\(t[j - 1].lower))")
        }
    }

    static func isNotPlace(_ lower: String) -> Bool {
        notPlaces.contains(lower) || Cues.month(lower) != nil || DateDetector.weekdays.contains(lower) || Cues.titles.contains(lower)
            || Cues.stateNames.contains(lower) || FunctionWords.contains(lower)
            || Lexicon.isProtectedWord(lower)  // drugs, brands, months and countries
            || ["ology", "iatry", "ics", "ism"].contains { lower.hasSuffix($0) }
    }
}
