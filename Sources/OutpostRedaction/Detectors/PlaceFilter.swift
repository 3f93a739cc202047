/// Big cities and countries in everyday requests ("weather in denver", "flights to las vegas")
/// identify nobody: a city of 100,000 people or more is kept when nothing else in the text points
/// at a person (no other identifier, no person or residence cue). Countries and US states are
/// never identifiers (Safe Harbor). With a person in the text the city is redacted as before.
enum PlaceFilter {
    static let personalCues: Set<String> = [
        "patient", "pt", "lives", "live", "living", "resides", "resident", "residence", "reside", "born", "address", "home",
        "moved", "relocated", "hometown", "mrn", "dob", "ssn", "mother", "father", "son", "daughter", "wife", "husband",
        "née", "nee", "patiente", "paciente", "patientin", "wohnt", "habite", "vive", "woont", "domicilio", "wohnhaft",
        "woon", "wonen", "wohne", "wohnen", "abito", "abita", "abitiamo", "vivo", "vivimos", "viviamo", "moro", "mora", "moramos", "habito",
        "habita", "j'habite", "jhabite", "habitons", "resido", "reside", "residente", "domicilié", "domiciliée", "domiciliado", "domiciliada",
    ]

    static let placeWords: Set<String> = [
        "in", "to", "from", "at", "near", "around", "visit", "visiting", "flight", "flights", "fly", "flying", "weather", "trip",
        "travel", "traveling", "travelling", "hotel", "hotels", "restaurants", "drive", "between", "via",
    ]

    /// Whether anything in the text points at a person: an identifier other than a place or a
    /// date (a names-layer "person" that is itself a big city does not count), or a residence cue.
    static func hasPersonalContext(_ d: Detection, safeList: SafeList) -> Bool {
        for s in d.spans where ![.location, .date, .unknown].contains(s.type) {
            if s.type == .person, isMajorPlace(s, d, safeList: safeList) || isWorldly(s, d, safeList: safeList) { continue }
            return true
        }
        return d.tokens.contains { $0.kind == .alpha && personalCues.contains($0.lower) }
    }

    /// The lower-cased words of `span`.
    static func words(_ span: DetectedSpan, _ d: Detection) -> [String] {
        d.tokens[d.firstToken(atOrAfter: span.start)...].prefix { $0.start < span.end }.filter { $0.kind == .alpha }.map(\.lower)
    }

    /// A names-layer span of nothing but what the world names: famous proper nouns of the
    /// dictionaries ("beatles", "antarctica"), countries and states, and general words that are no
    /// listed name ("british columbia").
    static func isWorldly(_ span: DetectedSpan, _ d: Detection, safeList: SafeList) -> Bool {
        guard span.evidence.first?.layer == .names || span.evidence.first?.layer == .safeList else { return false }
        // "Mr O'Neil", "Dr D'Angelo": after a title it is a person, whatever the dictionaries say
        let first = d.firstToken(atOrAfter: span.start)
        if first < d.tokens.count, PersonDetector.afterTitle(first, d) || first > 0 && Cues.strongPersonCues.contains(d.tokens[first - 1].lower) { return false }
        let w = words(span, d)
        return !w.isEmpty && w.allSatisfy { safeList.isFamous($0) || ClinicalTerms.countries.contains($0) || Cues.stateNames.contains($0) || safeList.isSafe($0) && !safeList.isName($0) }
            && w.contains { safeList.isFamous($0) || ClinicalTerms.countries.contains($0) || Cues.stateNames.contains($0) }
    }

    static func isMajorPlace(_ span: DetectedSpan, _ d: Detection, safeList: SafeList) -> Bool {
        let k = d.firstToken(atOrAfter: span.start)
        let words = words(span, d)
        guard !words.isEmpty else { return false }
        let phrase = words.joined(separator: " ")
        if safeList.isMajorPlace(phrase) { return true }
        // "new york", "las vegas": the span may hold only the second word
        return k > 0 && d.tokens[k - 1].kind == .alpha && safeList.isMajorPlace(d.tokens[k - 1].lower + " " + phrase)
    }

    /// Drops LOCATION spans (and names-layer PERSON spans) that are a country, a state or — without
    /// personal context — a major city. Returns whether the text has personal context (the recall
    /// net's place rule needs the same answer, and dropping these spans does not change it).
    @discardableResult
    static func apply(_ d: inout Detection, safeList: SafeList) -> Bool {
        let personal = hasPersonalContext(d, safeList: safeList)
        let before = d.spans.count
        let view = d
        d.spans.removeAll { span in
            let d = view
            guard span.type == .location || span.type == .person && span.evidence.first?.layer == .names else { return false }
            let words = words(span, d)
            guard !words.isEmpty else { return false }
            let phrase = words.joined(separator: " ")
            if span.type == .location, ClinicalTerms.countries.contains(phrase) || Cues.stateNames.contains(phrase) { return true }
            guard !personal else { return false }
            if isWorldly(span, d, safeList: safeList) { return true }
            guard isMajorPlace(span, d, safeList: safeList) else { return false }
            // a first name that is also a city ("Nancy reports", "Raj called") stays a person unless
            // a place word stands before it ("weather in denver", "flights to nancy")
            if span.type == .person, words.contains(where: { Lexicon.isGivenName($0) }) {
                let k = d.firstToken(atOrAfter: span.start)
                let prev = k > 0 ? d.tokens[k - 1].lower : ""
                let prev2 = k > 1 ? d.tokens[k - 2].lower : ""
                return placeWords.contains(prev) || placeWords.contains(prev2) && ["new", "san", "los", "las", "st", "saint", "santa"].contains(prev)
            }
            return true
        }
        if d.spans.count != before { d.reclaim() }
        return personal
    }
}
