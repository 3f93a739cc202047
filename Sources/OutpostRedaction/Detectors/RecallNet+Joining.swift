/// How flagged words grow into whole names: hyphen halves, initials, particles and listed names
/// beside them ("Jae-won Park", "J. Okafor", "Twan de Graaf"), and "Last, First".
extension RecallNet {
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
                    let surname = k == i + 1 && surnameAfterGivenName(i, d, safeList: safeList)
                    if (initial || listed || surname) && !(k == i + 1 && d.text.isSentenceStart(k)) && !(k == i - 1 && d.text.isSentenceStart(i)) && noBreak(min(i, k), max(i, k), d) {
                        marks[k] = Mark(flagged: true, type: .person, why: initial ? "an initial next to a name" : listed ? "a listed name next to a name" : "the surname after a given name")
                        changed = true
                    }
                }
                // "Maria Grazia Santoro": a capitalised word between two parts of a name
                if nameish(i), mixed, i + 2 < t.count, free(i + 1), nameish(i + 2), t[i + 1].kind == .alpha, t[i + 1].isCapitalized, !t[i + 1].isAllCaps,
                   t[i + 1].length >= 3, t[i + 1].start - t[i].end == 1, t[i + 2].start - t[i + 1].end == 1, !FunctionWords.contains(t[i + 1].lower), !AddressDetector.stop.contains(t[i + 1].lower),
                   !Lexicon.isProtectedWord(t[i + 1].lower), !PersonDetector.isEponym(i + 1, d), !Cues.titles.contains(t[i + 1].lower) {
                    marks[i + 1] = Mark(flagged: true, type: .person, why: "a word between two parts of a name")
                    changed = true
                }
                // "Troy Wells (TW)": the initials in brackets after a name
                if nameish(i), i + 3 < t.count, t[i + 1].lower == "(", t[i + 3].lower == ")", (2...3).contains(t[i + 2].length), t[i + 2].isAllCaps,
                   t[i + 2].kind == .alpha, free(i + 2) {
                    marks[i + 2] = Mark(flagged: true, type: .person, why: "initials in brackets after a name")
                    changed = true
                }
                // "J. Okafor": the initial before the dot
                if i >= 2, t[i - 1].lower == ".", d.text.glued(i - 1), t[i - 2].length == 1, t[i - 2].isCapitalized, free(i - 2), noBreak(i - 2, i, d) {
                    marks[i - 2] = Mark(flagged: true, type: .person, why: "an initial before a name")
                    changed = true
                }
                // particles between flagged capitalised words of any kind: "Twan de Graaf", "Ciarán Ó Briain"
                var p = i + 1
                var between: [Int] = []
                while p < t.count, free(p), t[p].kind == .alpha, particles.contains(t[p].lower) || ["an", "nic", "mac", "ua", "vom"].contains(t[p].lower), between.count < 3 { between.append(p); p += 1 }
                // after a name, a particle also carries a word the net knows ("Twan de Graaf", "Lana van de
                // Water"), unless that word heads a ward or room ("Frau Weber von Station 3")
                let carried = nameish(i) && !between.isEmpty && surnameParticles.contains(t[between[0]].lower) && p < t.count && free(p) && t[p].kind == .alpha && t[p].length >= 2 && !d.text.isSentenceStart(p)
                    && (mixed ? t[p].isCapitalized : between.count >= 2 || !safeList.isSafe(t[p].lower))
                    && !(p + 1 < t.count && t[p + 1].kind == .number) && !Lexicon.isProtectedWord(t[p].lower) && Cues.month(t[p].lower) == nil
                if !between.isEmpty, p < t.count, marks[p].flagged || person[p] || carried, marks[p].type != .id, !mixed || t[p].isCapitalized && t[i].isCapitalized, noBreak(i, p, d) {
                    if carried, !marks[p].flagged { marks[p] = Mark(flagged: true, type: .person, why: "a name particle's surname") }
                    for q in between { marks[q] = Mark(flagged: true, type: .person, why: "a name particle") }
                    if marks[p].type == .unknown { marks[p].type = .person }
                    changed = true
                }
                // particles between or before name parts: "van der Berg", "de la Fuente", "bin Rashid"
                var k = i - 1
                var run: [Int] = []
                while k >= 0, free(k), t[k].kind == .alpha, particles.contains(t[k].lower), run.count < 3 { run.append(k); k -= 1 }
                // one ambiguous particle ("de", "la") only between names, or before a surname in a field or after a title ("UTENTE: de Sousa", "Sr. de Oliveira")
                let fieldOrTitle = k < 0 || FieldDetector.lineBreakBefore(k + 1, d) || [":", ",", "-"].contains(t[k].lower) || Cues.titles.contains(t[k].lower)
                    || t[k].lower == "." && k > 0 && Cues.titles.contains(t[k - 1].lower)
                if !run.isEmpty, run.count >= 1, t[i].isCapitalized || !mixed, noBreak(run.last!, i, d),
                   !(run.count == 1 && ["y", "e", "o", "do", "de", "da", "la", "le", "el", "al", "st"].contains(t[run[0]].lower) && !(k >= 0 && nameish(k)) && !(fieldOrTitle && nameish(i) && surnameParticles.contains(t[run[0]].lower))) {
                    for p in run { marks[p] = Mark(flagged: true, type: .person, why: "a name particle") }
                    changed = true
                }
            }
        }
    }

    /// "Hannelore Großkopf", "Lorenzo Quaglia", "Astrid Dell'Acqua": in mixed-case text, the
    /// capitalised word right after a flagged given name is its surname even when it is also a word of
    /// one of the box's languages, unless it is a function word, title, cue, label, month or weekday,
    /// a clinical term or a head word ("Grace Hospital" is the institution's).
    static func surnameAfterGivenName(_ i: Int, _ d: Detection, safeList: SafeList) -> Bool {
        let t = d.tokens
        let k = i + 1
        guard d.text.casing == .mixed, k < t.count, t[i].kind == .alpha, t[k].kind == .alpha, t[i].isCapitalized, !t[i].isAllCaps,
              t[k].isCapitalized, !t[k].isAllCaps, t[k].length >= 2, t[k].start - t[i].end == 1,
              Lexicon.isGivenName(PersonDetector.stripPossessive(t[i].lower)) else { return false }
        let w = PersonDetector.stripPossessive(t[k].lower)
        if d.text.isSentenceStart(i) && Lexicon.isEnglishWord(t[i].lower) && !safeList.isName(w) { return false }  // "Will Tuesday work?"
        return !FunctionWords.contains(w) && !Cues.titles.contains(w) && !Cues.strongPersonCues.contains(w) && !PersonDetector.modalWords.contains(w)
            && !AddressDetector.stop.contains(w) && !ClinicalTerms.notNames.contains(w) && !Lexicon.isProtectedWord(w) && !PersonDetector.isEponym(k, d)
            && Cues.month(w) == nil && !DateDetector.weekdays.contains(w) && ValueCues.cue(w) == nil && !FieldDetector.isLabelWord(k, d)
            && !InstitutionDetector.headsAfter.contains(w) && !InstitutionDetector.headsBefore.contains(w) && !PersonDetector.headsBefore.contains(w)
    }

    /// Particles that begin a surname rather than a phrase ("van", "de", "von"; not "y", "la", "das").
    static let surnameParticles: Set<String> = [
        "van", "von", "vom", "de", "del", "della", "da", "di", "du", "dos", "ter", "ten", "zu", "ó", "ní", "nic", "mac", "bin", "ibn", "bint", "ap",
    ]

    /// "Rogers, Joan", "BELL, DEBORAH", "follow-up: Belkacem, Zainab": the surname before the comma
    /// of a flagged first name, at the start of a line or field.
    static func lastCommaFirst(_ marks: inout [Mark], person: [Bool], _ d: Detection, safeList: SafeList) {
        let t = d.tokens
        for i in t.indices where i >= 2 && (person[i] || marks[i].flagged && marks[i].type == .person) && t[i - 1].lower == "," {
            let k = i - 2
            guard t[k].kind == .alpha, !marks[k].flagged, !person[k], !d.isClaimed(token: k), t[k].length >= 2 else { continue }
            guard d.text.casing != .mixed || t[k].isCapitalized, !AddressDetector.stop.contains(t[k].lower), !ClinicalTerms.notNames.contains(t[k].lower) else { continue }
            let fieldStart = k == 0 || FieldDetector.lineBreakBefore(k, d) || [":", "-", "(", ";"].contains(t[k - 1].lower)
                || d.text.isSentenceStart(k) && d.text.casing == .mixed && t[i].isCapitalized  // "… style? Mason, Jennifer; Võ, Thanh"
            // mid-sentence after a naming word: "Statement for Weeks, Felicia", "my mother, Baker, Jennifer"
            let cued = k > 0 && (PersonDetector.namingCues.contains(t[k - 1].lower) || Cues.strongPersonCues.contains(t[k - 1].lower)
                || ["on", "of", ","].contains(t[k - 1].lower)) && (d.text.casing != .mixed || t[k].isCapitalized) && Lexicon.isSurname(t[k].lower)
            // in a list of names ("Mason, Jennifer; Großkopf, Anja (2021)"), a word of another language too
            let inList = d.text.casing == .mixed && !Lexicon.isEnglishWord(t[k].lower) && !FunctionWords.contains(t[k].lower) && !Cues.titles.contains(t[k].lower)
                && !Lexicon.isProtectedWord(t[k].lower) && i + 1 < t.count && [";", "(", "&"].contains(t[i + 1].lower)
            guard fieldStart && (safeList.isName(t[k].lower) || !safeList.isSafe(t[k].lower) || inList) || cued else { continue }
            marks[k] = Mark(flagged: true, type: .person, why: "a surname before \", first name\"")
        }
    }

    /// The first name after "Last," where it is a general word the net let pass ("PT DVOŘÁK, SKY",
    /// "PATIENTE HÄMÄLÄINEN, STORM, NONANTE ANS", "Nom : Perrin, Rose"): the surname opens a field
    /// or follows a patient or naming cue, the first name is a listed one (capitalised in mixed
    /// text), and the field ends after it.
    static func firstAfterLastComma(_ marks: inout [Mark], person: [Bool], _ d: Detection, safeList: SafeList) {
        let t = d.tokens
        let mixed = d.text.casing == .mixed
        for i in t.indices where i + 2 < t.count && t[i + 1].lower == "," && (person[i] || marks[i].flagged && [.person, .unknown].contains(marks[i].type)) {
            let k = i + 2
            // "Doente:<TAB>Fonseca, Graça<TAB>Processo": in a labelled field, a capitalised word of another language too
            let fieldValue = mixed && k + 1 < t.count && FieldDetector.lineBreakBefore(k + 1, d) && !Lexicon.isEnglishWord(t[k].lower) && i >= 2 && t[i - 1].lower == ":"
            guard t[k].kind == .alpha, !marks[k].flagged, !person[k], !d.isClaimed(token: k), !d.protected[t[k].start], t[k].length >= 2,
                  !mixed || t[k].isCapitalized, safeList.isName(t[k].lower) || Lexicon.isGivenName(t[k].lower) || fieldValue,
                  !AddressDetector.stop.contains(t[k].lower), !Cues.titles.contains(t[k].lower), !FunctionWords.contains(t[k].lower) else { continue }
            var s = i
            while s > 0, (person[s - 1] || marks[s - 1].flagged) && !FieldDetector.lineBreakBefore(s, d) { s -= 1 }
            let opens = s == 0 || FieldDetector.lineBreakBefore(s, d) || [":", "(", ";", "-"].contains(t[s - 1].lower)
                || PlaceFilter.personalCues.contains(t[s - 1].lower) || PersonDetector.namingCues.contains(t[s - 1].lower) || Cues.titles.contains(t[s - 1].lower)
            let closes = k + 1 == t.count || FieldDetector.lineBreakBefore(k + 1, d) || [",", ".", ";", ")", ":"].contains(t[k + 1].lower)
                || t[k + 1].start - t[k].end >= 2 || ValueCues.cue(t[k + 1].lower) != nil  // "DVOŘÁK, SKY  MRN …"
            guard opens, closes else { continue }
            marks[k] = Mark(flagged: true, type: .person, why: "a first name after \"surname,\"")
        }
    }

    /// The first name before a name when a field or line opens with it ("Beneficiaria: Griet
    /// Mason", "Ordenante: Reto Mizrahi", "Groetjes,\nRodel Adeyemi"): a capitalised word the net let
    /// pass (a word of one of the box's languages), directly before a flagged name on the same
    /// line, that is no English word, function word, label, title, cue or disease head.
    static func firstNameOpeningField(_ marks: inout [Mark], person: [Bool], _ d: Detection) {
        guard d.text.casing == .mixed else { return }
        let t = d.tokens
        for k in t.indices where k + 1 < t.count && (person[k + 1] || marks[k + 1].flagged && marks[k + 1].type == .person) {
            let w = t[k]
            guard w.kind == .alpha, w.isCapitalized, !w.isAllCaps, w.length >= 3, !marks[k].flagged, !person[k], !d.isClaimed(token: k),
                  !d.protected[w.start], t[k + 1].isCapitalized, !FieldDetector.lineBreakBefore(k + 1, d), t[k + 1].start - w.end == 1 else { continue }
            let opens = k == 0 || FieldDetector.lineBreakBefore(k, d) || t[k - 1].lower == ":"
            let lower = w.lower
            guard opens, !Lexicon.isEnglishWord(lower), !FunctionWords.contains(lower), !Cues.titles.contains(lower), !Cues.strongPersonCues.contains(lower),
                  !PersonDetector.namingCues.contains(lower), !FieldDetector.isLabelWord(k, d), ValueCues.cue(lower) == nil,
                  !Lexicon.isProtectedWord(lower), !InstitutionDetector.headsBefore.contains(lower),
                  !ClinicalTerms.eponymHeads.contains(lower), !PersonDetector.headsBefore.contains(lower), !PersonDetector.isEponym(k + 1, d) else { continue }  // "Morbus Wilson"
            marks[k] = Mark(flagged: true, type: .person, why: "a first name opening the field before a name")
        }
    }
}
