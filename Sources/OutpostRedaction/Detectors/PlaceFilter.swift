/// Big cities and countries in everyday requests ("weather in denver", "flights to las vegas")
/// identify nobody: a city of 100,000 people or more is kept when nothing else in the text points
/// at a person (no other identifier, no person or residence cue). Countries and US states are
/// never identifiers (Safe Harbor). With a person in the text the city is redacted as before.
enum PlaceFilter {
    static let personalCues: Set<String> = [
        "patient", "pt", "lives", "live", "living", "resides", "resident", "residence", "reside", "born", "address", "home",
        "moved", "move", "relocated", "hometown", "mrn", "dob", "ssn", "my", "her", "his", "their", "mother", "father",
        "son", "daughter", "wife", "husband", "née", "nee", "patiente", "paciente", "patientin", "wohnt", "habite", "vive", "woont",
    ]

    /// Whether anything in the text points at a person.
    static func hasPersonalContext(_ d: Detection) -> Bool {
        if d.spans.contains(where: { ![.location, .date, .unknown].contains($0.type) }) { return true }
        return d.tokens.contains { $0.kind == .alpha && personalCues.contains($0.lower) }
    }

    /// Drops LOCATION spans (and names-layer PERSON spans) that are a country, a state or — without
    /// personal context — a major city.
    static func apply(_ d: inout Detection, safeList: SafeList) {
        let personal = hasPersonalContext(d)
        let before = d.spans.count
        let view = d
        d.spans.removeAll { span in
            let d = view
            guard span.type == .location || span.type == .person && span.evidence.first?.layer == .names else { return false }
            let words = d.tokens[d.firstToken(atOrAfter: span.start)...].prefix { $0.start < span.end }.filter { $0.kind == .alpha }.map(\.lower)
            guard !words.isEmpty else { return false }
            let phrase = words.joined(separator: " ")
            if span.type == .location, ClinicalTerms.countries.contains(phrase) || Cues.stateNames.contains(phrase) { return true }
            guard !personal else { return false }
            if safeList.isMajorPlace(phrase) { return true }
            // "new york", "las vegas": the span may hold only the second word
            let k = d.firstToken(atOrAfter: span.start)
            if k > 0, d.tokens[k - 1].kind == .alpha, safeList.isMajorPlace(d.tokens[k - 1].lower + " " + phrase) { return true }
            return false
        }
        if d.spans.count != before { d.reclaim() }
    }
}
