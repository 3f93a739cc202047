/// Hospitals, clinics and practices named by a place or a person — a place identifier in
/// de-identified notes: "Fraser Canyon Hospital", "St. Brigid's Hospital", "Gander Health Sciences
/// Centre", "Kennet Surgery", and head-first in the box's other languages: "Ospedale Maggiore di
/// Bologna", "Hôpital cantonal de Sion", "Hospital das Clínicas de Belo Horizonte", "ziekenhuis hoorn".
/// "the hospital", "knee surgery" and "a city clinic" name nothing and stay.
enum InstitutionDetector {
    /// Head words after the name ("… Hospital", "… Medical Centre").
    static let headsAfter: Set<String> = [
        "hospital", "infirmary", "clinic", "hospice", "sanatorium", "surgery", "practice", "centre", "center", "associates", "institute",
        "klinik", "klinikum", "spital", "kliniek", "ziekenhuis", "centrum",
    ]
    /// Words that may stand between the name and the head ("Memorial", "Medical", "Health Sciences").
    static let headModifiers: Set<String> = [
        "memorial", "general", "community", "regional", "district", "county", "university", "teaching", "royal", "children's", "women's",
        "medical", "health", "sciences", "science", "family", "internal", "medicine", "care", "cancer", "heart", "eye", "dental",
        "rehabilitation", "rehab", "mental", "psychiatric", "maternity", "specialist", "primary", "group", "city", "state", "national",
        "nursing", "medisch", "medizinisches", "medisch-specialistisch",
    ]
    /// Head words before the name ("Ospedale …", "Hôpital …", "CHU de …").
    static let headsBefore: Set<String> = [
        "hospital", "ospedale", "policlinico", "spital", "kantonsspital", "hôpital", "hopital", "ziekenhuis", "klinikum", "klinik",
        "universitätsklinikum", "sanatorio", "clínica", "clinica", "clinique", "chu", "chru", "ch", "centre", "centro", "casa", "hospitais",
        "kliniek", "sjukhus", "sygehus", "sykehus", "szpital", "nemocnice", "uz", "az",
        "ambulatorio", "poliambulatorio", "ubs", "usf", "ehpad", "cesfam", "vårdcentral", "vårdcentralen", "przychodnia", "gezondheidscentrum",
        "huisartsenpraktijk", "hausarztpraxis", "gemeinschaftspraxis", "terveyskeskus", "poliklinik",
    ]
    /// Heads of several words: "Maison de santé de Plougastel", "Centre hospitalier de Vierzon",
    /// "Unidade de Saúde Familiar Foz do Douro", "Casa di Cura Villa Rosa".
    static let multiWordHeads: [[String]] = [
        ["maison", "de", "santé"], ["maison", "médicale"], ["centre", "hospitalier"], ["centre", "de", "santé"], ["centro", "de", "saúde"],
        ["centro", "de", "salud"], ["unidade", "de", "saúde", "familiar"], ["unidade", "de", "saúde"], ["casa", "di", "cura"],
        ["centro", "medico"], ["centro", "médico"], ["centre", "médical"],
    ]
    /// Specialties that head a practice named by its doctor ("Dr. Okafor Pediatrics"); the name must
    /// be one no everyday word could be ("General Pediatrics" names a department).
    static let specialtyHeads: Set<String> = ["pediatrics", "paediatrics", "dermatology", "orthopaedics", "orthopedics", "cardiology", "dentistry", "physiotherapy"]
    /// Linking words that never start the name ("the", "of", "di").
    static let leading: Set<String> = ["the", "of", "de", "di", "del", "la", "le", "el", "da", "do", "das", "dos", "du", "des", "von", "van", "der"]
    static let linking: Set<String> = ["de", "di", "del", "della", "das", "dos", "do", "da", "du", "des", "von", "van", "der", "st", "saint", "sankt", "san", "santa", "santo", "são", "la", "le", "el", "of", "the"]

    static func detect(_ d: inout Detection) {
        let t = d.tokens
        let mixed = d.text.casing == .mixed
        /// A word that can name an institution: capitalised in mixed text; else a word that is no everyday English word.
        func nameWord(_ k: Int) -> Bool {
            guard k >= 0, k < t.count, t[k].kind == .alpha, !FunctionWords.contains(t[k].lower) || linking.contains(t[k].lower) else { return false }
            if mixed { return t[k].isCapitalized || t[k].isAllCaps }
            return !Cues.placeCues.contains(t[k].lower) && !["my", "your", "our", "her", "his", "their", "a", "an", "this", "that"].contains(t[k].lower)
        }
        // a name word is distinctive when case or the word lists say it names something: capitalised
        // mid-sentence, no everyday word, or — before a modifier ("Hope Medical Practice", "EAGLE
        // CARE HOME" opening a line) — a listed name or a capitalised word at a sentence start
        func distinctive(_ range: ClosedRange<Int>) -> Bool {
            let modified = range.contains { headModifiers.contains(t[$0].lower) }
            return range.contains { k in
                let w = PersonDetector.stripPossessive(t[k].lower)
                guard t[k].kind == .alpha, !linking.contains(w), !headModifiers.contains(w), !Lexicon.isProtectedWord(w) else { return false }
                if mixed && t[k].isCapitalized && !d.text.isSentenceStart(k) || !Lexicon.isEnglishWord(w) { return true }
                guard modified, !FunctionWords.contains(w) else { return false }
                return mixed ? t[k].isCapitalized : Lexicon.isGivenName(w) || Lexicon.isSurname(w)
            }
        }
        // name first: "Fraser Canyon Hospital", "st. brigid's hospital", "Gander Health Sciences Centre"
        // "Cobh Care Home", "EAGLE NURSING HOME": a home is a head only after "care" or "nursing"
        func isHeadAfter(_ h: Int) -> Bool {
            headsAfter.contains(t[h].lower) || specialtyHeads.contains(t[h].lower)
                || ["home", "unit"].contains(t[h].lower) && h > 0 && ["care", "nursing"].contains(t[h - 1].lower)
        }
        for h in t.indices where t[h].kind == .alpha && isHeadAfter(h) && !d.isClaimed(token: h) {
            if mixed, !t[h].isCapitalized, !t[h].isAllCaps { continue }
            var s = h
            var words = 0
            while s > 0, words < 5 {
                let p = s - 1
                if t[p].lower == ".", p > 0, d.text.glued(p), ["st", "dr", "mt"].contains(t[p - 1].lower) { s = p; continue }
                // a linking word inside the name: "Lady of Knock Hospital", "Nuestra Señora de la Paz Hospital"
                if mixed, ["of", "de", "di", "da", "do", "du", "del", "della", "la"].contains(t[p].lower), p > 0, t[p - 1].kind == .alpha,
                   t[p - 1].isCapitalized, !d.isClaimed(token: p - 1), !FieldDetector.lineBreakBefore(p, d) { s = p; continue }
                // "Our Lady of Knock Hospital"
                let ourLady = t[p].lower == "our" && t[s].lower == "lady"
                guard nameWord(p) || ourLady, !d.isClaimed(token: p), !FieldDetector.lineBreakBefore(s, d) || s == h else { break }
                s = p
                words += 1
            }
            while s < h, leading.contains(t[s].lower) { s += 1 }
            // "University Hospital Ennis": a modifier before the head and the place after it
            let p = h + 1
            if s < h, !distinctive(s...(h - 1)), mixed, p < t.count, t[p].kind == .alpha, t[p].isCapitalized, !t[p].isAllCaps, !d.isClaimed(token: p),
               !FieldDetector.lineBreakBefore(p, d), (s...(h - 1)).allSatisfy({ headModifiers.contains(t[$0].lower) }),
               !Lexicon.isEnglishWord(t[p].lower), !FunctionWords.contains(t[p].lower), Cues.month(t[p].lower) == nil, !Lexicon.isProtectedWord(t[p].lower) {
                d.add(t[s].start, t[p].end, .location, priority: 57, evidence: "a hospital named by the place after it")
                continue
            }
            guard s < h, distinctive(s...(h - 1)) else { continue }
            // "knee surgery", "the dental practice": the head must be the name's, not a procedure's
            if ["surgery", "practice", "centre", "center", "associates", "institute"].contains(t[h].lower),
               !(s...(h - 1)).contains(where: { mixed ? t[$0].isCapitalized && !Lexicon.isProtectedWord(t[$0].lower) : !Lexicon.isEnglishWord(t[$0].lower) }) { continue }
            if (s...(h - 1)).contains(where: { Lexicon.isProtectedWord(t[$0].lower) && !headModifiers.contains(t[$0].lower) }) { continue }
            if specialtyHeads.contains(t[h].lower),
               !(s...(h - 1)).contains(where: { t[$0].kind == .alpha && !Lexicon.isEnglishWord(t[$0].lower) && !FunctionWords.contains(t[$0].lower) && !Cues.titles.contains(t[$0].lower) }) { continue }
            // the place after the head: "Mercy Hospital of Spokane Valley"
            var e = h
            if mixed, h + 2 < t.count, t[h + 1].lower == "of", !FieldDetector.lineBreakBefore(h + 2, d) {
                var k = h + 2
                while k < t.count, k <= h + 4, t[k].kind == .alpha, t[k].isCapitalized, !d.isClaimed(token: k), !FieldDetector.lineBreakBefore(k, d),
                      !Lexicon.isProtectedWord(t[k].lower), Cues.month(t[k].lower) == nil { e = k; k += 1 }
            }
            d.add(t[s].start, t[e].end, .location, priority: 57, evidence: "a hospital or clinic named by its place or founder")
        }
        // head first: "Ospedale Maggiore di Bologna", "policlinico di lodi", "CHU de Mons"
        let multiFirst = Set(multiWordHeads.map { $0[0] })
        func multiWordHead(at h: Int) -> [String]? {
            multiWordHeads.first { m in h + m.count <= t.count && (0..<m.count).allSatisfy { t[h + $0].lower == m[$0] } }
        }
        // compounds ending in a head: "stadtspital bern", "Universitätsklinikum Freiburg", "Kreiskrankenhaus Leer"
        func compoundHead(_ w: String) -> Bool {
            ["spital", "klinikum", "krankenhaus", "ziekenhuis", "sjukhus", "sygehus", "sykehus"].contains { w.hasSuffix($0) && w.count >= $0.count + 4 }
        }
        for h in t.indices where t[h].kind == .alpha && (headsBefore.contains(t[h].lower) || multiFirst.contains(t[h].lower) || compoundHead(t[h].lower)) && !d.isClaimed(token: h) {
            let multi = multiWordHead(at: h)
            if !headsBefore.contains(t[h].lower), !compoundHead(t[h].lower), multi == nil { continue }
            // an ambiguous head in lower case only in text without case ("hospital distrital de viseu")
            if ["ch", "uz", "az", "centre", "centro", "casa", "hospital"].contains(t[h].lower), !(t[h].isCapitalized || t[h].isAllCaps),
               mixed || ["ch", "uz", "az"].contains(t[h].lower) { continue }
            var e = h
            var k = h + 1
            // a head of several words: "Maison de santé", "Centre hospitalier", "Unidade de Saúde Familiar"
            if let multi { k = h + multi.count }
            var words = 0
            while k < t.count, words < 5, !FieldDetector.lineBreakBefore(k, d) {
                if t[k].lower == ".", d.text.glued(k), ["st", "s"].contains(t[k - 1].lower) { k += 1; continue }
                if t[k].lower == "-", d.text.glued(k), k + 1 < t.count, d.text.glued(k + 1), t[k + 1].kind == .alpha { e = k + 1; k += 2; continue }
                // lower-case text: the head-first name is one or two words that are no everyday word
                // a capitalised adjective that closes a name word ("Borgo Nuovo", "Villa Nueva")
                let adjective = mixed && e == k - 1 && e > h && t[k].kind == .alpha && t[k].isCapitalized && t[k].length >= 4 && !AddressDetector.stop.contains(t[k].lower)
                guard t[k].kind == .alpha, mixed ? nameWord(k) || adjective || linking.contains(t[k].lower) || headModifiers.contains(t[k].lower)
                        : linking.contains(t[k].lower) || !Lexicon.isEnglishWord(t[k].lower) && !FunctionWords.contains(t[k].lower) && words < 2,
                      !d.isClaimed(token: k) else { break }
                if !linking.contains(t[k].lower) { e = k; words += 1 }
                k += 1
            }
            guard e > h, distinctive((h + 1)...e) else { continue }
            d.add(t[h].start, t[e].end, .location, priority: 57, evidence: "a hospital or clinic named by its place or founder")
        }
    }
}
