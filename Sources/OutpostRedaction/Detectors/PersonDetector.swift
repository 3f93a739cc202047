/// Names of patients, relatives and staff. Evidence is combined, never taken from one source:
/// name lists (Census + world names), whether the word is common English, capitalisation
/// (only where the text is mixed-case and the word is not sentence-initial), context cues
/// (titles, "patient", "daughter", "my name is", "X from radiology says", "Last, First"),
/// non-Latin script, and — when an encoder is loaded — the token tagger's probability.
enum PersonDetector {
    /// Communication verbs that make a sentence-initial ambiguous word a person ("Will called").
    static let subjectVerbs: Set<String> = [
        "says", "said", "reports", "reported", "called", "calls", "asks", "asked", "wants", "wanted", "needs",
        "needed", "wrote", "writes", "mentioned", "states", "stated", "complains", "complained", "denies",
        "denied", "requests", "requested", "missed", "disputes", "prefers", "speaks", "lives", "arrived",
        "phoned", "agreed", "declined", "refused", "consented", "feels", "presents", "presented", "emailed",
    ]
    static let modalWords: Set<String> = ["will", "may", "can", "must", "might", "shall", "did", "do", "does", "should", "would", "could"]
    /// Words that introduce a name in a request ("ask for", "called", "my name is"): the part of
    /// `Cues.weakPersonCues` that reads lower-case words after it as a possible name in mixed text.
    static let namingCues: Set<String> = [
        "for", "by", "from", "with", "and", "call", "called", "contact", "ask", "asked", "tell", "told", "see", "saw",
        "visit", "visited", "meet", "met", "is", "was", "name", "name's", "re", "regarding", "about", "per", "thanks", "thank", "cc",
    ]
    static let generalHeads: Set<String> = [
        "disease", "syndrome", "sign", "palsy", "lymphoma", "sarcoma", "monitor", "catheter", "scale", "maneuver",
        "manoeuvre", "reflex", "phenomenon", "tumor", "tumour", "disorder", "triad", "ulcer", "fracture", "procedure",
        "esophagus", "oesophagus", "test", "criteria", "score", "classification", "cyst", "node", "nodes", "cell", "cells",
        "maladie", "krankheit", "enfermedad", "doença", "malattia", "ziekte", "morbus", "síndrome", "syndrom", "sindrome",
    ]

    struct Word {
        var given = false, surname = false, english = false, protected = false, nameLike = false, nonLatin = false
        var tagger: Float = -1
        /// A lower-case word in mixed-case text right after a person cue (or after such a word):
        /// read with the lower-case-text rules ("Patient maria lindqvist", "Dr. ngozi eze").
        var cuedLower = false
        var lexical: Bool { given || surname }
        /// In a name list and not an everyday word, or a strong tagger vote.
        var strong: Bool { (lexical && !english) || nonLatin || taggerVote }
        /// The tagger only decides between name and word for list names and unknown words,
        /// never for an everyday English word that is in no name list.
        var taggerVote = false
    }

    /// `safeList` widens "an everyday word" beyond English: a word of the box's languages that no
    /// name list holds ("Welche", "Aufenthalt", "Nachricht") reads like an English word, so a
    /// capitalised German noun or a sentence-initial Italian word is no name by case alone.
    /// "Mr Van der Berg", "mevrouw Van den Broek", "Maximilian Freiherr von Thurn": a person span
    /// goes on over particles (and a nobility title) to the capitalised surname after them.
    static let nobility: Set<String> = ["freiherr", "freifrau", "graf", "gräfin", "ritter", "edler", "baron", "baronin", "conde", "condesa", "conte", "contessa"]

    static func particleTails(_ d: inout Detection) {
        let t = d.tokens
        guard d.text.casing == .mixed else { return }
        var added: [(Int, Int)] = []
        for s in d.spans where s.type == .person {
            var k = d.firstToken(atOrAfter: s.end)
            if k < t.count, t[k].lower == ".", d.text.glued(k), k > 0, t[k - 1].length == 1 { k += 1 }  // "Sanne J. de Jong"
            var steps = 0
            while k < t.count, steps < 3, t[k].kind == .alpha, RecallNet.particles.contains(t[k].lower) || nobility.contains(t[k].lower),
                  !FieldDetector.lineBreakBefore(k, d) { k += 1; steps += 1 }
            guard steps > 0, k < t.count, t[k].kind == .alpha, t[k].isCapitalized, !FieldDetector.lineBreakBefore(k, d),
                  !d.protected[t[k].start], !Lexicon.isProtectedWord(t[k].lower), !FunctionWords.contains(t[k].lower) || steps >= 2 else { continue }
            var end = k
            if end + 2 < t.count, t[end + 1].lower == "-", d.text.glued(end + 1), d.text.glued(end + 2), t[end + 2].isCapitalized { end += 2 }
            added.append((s.start, t[end].end))
        }
        for (a, b) in added { d.add(a, b, .person, priority: 44, layer: .names, evidence: "a surname after its particles (van der, von, de la)") }
    }

    /// German function words: in a German text every noun is capitalised, so case says nothing.
    static let germanWords: Set<String> = [
        "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "einem", "mit", "sie", "ich", "wir", "haben", "hat", "auf",
        "am", "im", "zum", "zur", "den", "dem", "des", "für", "bei", "wie", "wann", "wo", "oder", "aber", "auch", "noch", "schon", "bitte",
        "können", "kann", "soll", "muss", "wird", "sind", "war", "nach", "von", "vom", "seit", "gegen", "über", "unter", "heute", "morgen",
        "jeden", "jede", "jedes", "mein", "meine", "meinen", "mir", "mich", "sich", "zu", "wohnt", "lebt", "bin", "bist", "habe",
        "wurde", "werden", "dass", "weil", "sehr", "danke", "ihr", "ihre", "uns", "unser", "unsere",
    ]

    /// "Dr. French", "Mr Holland", "Sra. Mayo": right after a title (a sentence start only by its dot).
    static func afterTitle(_ i: Int, _ d: Detection) -> Bool {
        let t = d.tokens
        return i >= 1 && Cues.titles.contains(t[i - 1].lower) || i >= 2 && t[i - 1].lower == "." && Cues.titles.contains(t[i - 2].lower)
    }

    /// "Zimmer 5", "Bay 3": a small number one space after the word, not the start of a date or time ("Cem 23.8.1971").
    static func numbersARoom(_ i: Int, _ d: Detection) -> Bool {
        let t = d.tokens
        guard i + 1 < t.count, t[i + 1].kind == .number, t[i + 1].digitCount <= 3, t[i + 1].start == t[i].end + 1, d.scalars[t[i].end] == " " else { return false }
        return !(i + 2 < t.count && d.text.glued(i + 2) && [".", "/", ":", "-"].contains(t[i + 2].lower))
    }

    /// Whether a mixed-case text reads as German (two of its function words).
    static func isGerman(_ d: Detection) -> Bool {
        d.text.casing == .mixed && d.tokens.lazy.filter { $0.kind == .alpha && germanWords.contains($0.lower) }.prefix(2).count >= 2
    }

    static func detect(_ d: inout Detection, taggerScores: [Float]?, threshold: Float, safeList: SafeList = .embedded) {
        let t = d.tokens
        let mixed = d.text.casing == .mixed
        let german = isGerman(d)
        var words = [Word](repeating: Word(), count: t.count)
        for i in t.indices where t[i].kind == .alpha && !d.isClaimed(token: i) {
            var w = Word()
            let lower = stripPossessive(t[i].lower)
            w.nonLatin = t[i].isNonLatin
            w.given = Lexicon.isGivenName(lower) && !Cues.strongPersonCues.contains(lower)
            w.surname = Lexicon.isSurname(lower)
            // a kin or role word is an everyday word even where a name list holds it ("Oma", "Sohn")
            w.english = Lexicon.isEnglishWord(lower) || AddressDetector.stop.contains(lower) || Cues.strongPersonCues.contains(lower)
                || !w.lexical && safeList.isSafe(lower) && !safeList.isName(lower) || FunctionWords.contains(lower)
                // "am Sonntag", "Stell einen Wecker": a German noun that is also a surname, in a German text
                || german && !w.given && t[i].isCapitalized && !t[i].isAllCaps && safeList.safe != nil && (safeList.isSafe(lower) || safeList.isAmbiguous(lower))
                // a word of the box's languages, no given name, not after a title, that opens a sentence
                // ("Bonjour, …", "Pon un temporizador", "Buen finde") or numbers a room or bed ("Zimmer 5", "Kamer 12")
                || safeList.safe != nil && safeList.isSafe(lower) && !Lexicon.isGivenName(lower) && !afterTitle(i, d)
                    && (d.text.isSentenceStart(i) || numbersARoom(i, d))
            w.protected = d.protected[t[i].start] || Lexicon.isProtectedWord(lower) || isEponym(i, d) || Cues.titles.contains(lower) && t[i].length <= 4 && !w.lexical
                || FieldDetector.isLabelWord(i, d)
            if let scores = taggerScores, i < scores.count { w.tagger = scores[i] }
            w.cuedLower = mixed && !t[i].isCapitalized && !t[i].isNonLatin && !w.protected && followsPersonCue(i, words, d)
            // after a cue the tagger may confirm a listed name that is also a word ("Patient grace"),
            // but never turns an unlisted lower-case word into a name ("Patient afebrile")
            let casedOK = (!mixed || t[i].isCapitalized || (w.lexical && !w.english) || (w.cuedLower && w.given)) && !(mixed && t[i].isAllCaps && t[i].length <= 4)
                && !AddressDetector.stop.contains(lower) && !Cues.strongPersonCues.contains(lower)
            // In text without case, an everyday word that is also a listed name ("pizza topping",
            // "best will") needs a person cue or a name right before it; the tagger alone is not enough.
            let uncasedWordOK = mixed || !w.english || followsPersonCue(i, words, d) || (i > 0 && words[i - 1].nameLike)
            if w.tagger >= threshold && !w.protected && (w.lexical || !w.english) && casedOK && uncasedWordOK && t[i].length >= 2 {
                w.taggerVote = true
                w.nameLike = true
                words[i] = w
                continue
            }
            guard !w.protected, t[i].length >= 2 || isInitial(i, d) else { words[i] = w; continue }
            if w.nonLatin {
                w.nameLike = true
            } else if w.cuedLower {
                w.nameLike = lowerCaseNameLike(i, w, d) && !Cues.strongPersonCues.contains(lower) && !Cues.titles.contains(lower)
            } else if mixed {
                let start = d.text.isSentenceStart(i)
                w.nameLike = (t[i].isCapitalized || t[i].isAllCaps) && (w.lexical || !w.english || isInitial(i, d)) && (!start || w.lexical || !w.english)
                if t[i].isAllCaps && t[i].length <= 3 { w.nameLike = false }  // acronyms, state codes
                // lower-case names in mixed text ("ngozi eze asked"): only list names that are not words
                if !t[i].isCapitalized && !t[i].isAllCaps && w.lexical && !w.english && (t[i].length >= 3 || WorldNames.given.contains(lower) || WorldNames.surnames.contains(lower)) {
                    let neighbour = [i - 1, i + 1].contains { k in
                        k >= 0 && k < t.count && t[k].kind == .alpha && {
                            let l = stripPossessive(t[k].lower)
                            return (Lexicon.isGivenName(l) || Lexicon.isSurname(l)) && !Lexicon.isEnglishWord(l) && !FunctionWords.contains(l)
                        }()
                    }
                    w.nameLike = w.given && neighbour || neighbour && w.surname || w.given && Lexicon.isGivenName(lower) && WorldNames.given.contains(lower)
                }
            } else {
                // text without case: an everyday word that is also a listed name ("bill due", "olive
                // garden", "many days") needs a person cue, a name next to it or a reporting verb after it
                w.nameLike = lowerCaseNameLike(i, w, d) && (!w.english || uncasedWordHasNameContext(i, words, d))
            }
            words[i] = w
        }
        // the words between an eponym and its head stay too: "Glasgow Coma Scale"
        for i in t.indices where words[i].protected && isEponym(i, d) {
            var k = i + 1
            func head(_ k: Int) -> Bool { ClinicalTerms.eponymHeads.contains(t[k].lower) || strictHeads.contains(t[k].lower) }
            while k < t.count, k <= i + 3, t[k].kind != .alpha || !head(k) { k += 1 }
            if k < t.count, k <= i + 3, head(k) {
                for m in (i + 1)...k { words[m].protected = true; words[m].nameLike = false }
            }
        }

        // group consecutive name-like tokens (initials "J.", hyphens "Smith-Jones")
        var i = 0
        while i < t.count {
            guard words[i].nameLike else { i += 1; continue }
            var end = i
            while true {
                var k = end + 1
                if k < t.count, t[k].lower == ".", isInitial(end, d) { k += 1 }
                if k < t.count, t[k].lower == "-", d.text.glued(k), k + 1 < t.count, d.text.glued(k + 1) { k += 1 }
                guard k < t.count, words[k].nameLike, k - end <= 2, end - i < 4 else { break }
                end = k
            }
            if accept(i, end, words, d) {
                var s = i
                // drop a leading title-like or cue word that slipped in
                while s < end, Cues.strongPersonCues.contains(t[s].lower) || Cues.titles.contains(t[s].lower) { s += 1 }
                d.add(t[s].start, t[end].end, .person, priority: 40)
            }
            i = end + 1
        }
        titled(&d, words)
    }

    /// The rule for a word in lower/upper-case text: an everyday word counts only as a given
    /// name ("grace", "will") or right after one ("mark brown"), never as a bare surname
    /// ("back", "cancel") nor as a verb after a name ("ngozi needs"); a word outside the word
    /// list is name-like.
    static func lowerCaseNameLike(_ i: Int, _ w: Word, _ d: Detection) -> Bool {
        let t = d.tokens
        let lower = stripPossessive(t[i].lower)
        let afterGiven = i > 0 && t[i - 1].kind == .alpha && Lexicon.isGivenName(stripPossessive(t[i - 1].lower))
        return !AddressDetector.stop.contains(lower) && !modalWords.contains(lower) && !(w.english && Cues.personVerbs.contains(lower))
            && (!w.english || w.given || (w.surname && afterGiven))
    }

    /// Evidence beyond the name lists for an everyday word in uncased text: a person cue before
    /// it, a listed name that is no everyday word beside it, or a reporting verb after it.
    static func uncasedWordHasNameContext(_ i: Int, _ words: [Word], _ d: Detection) -> Bool {
        let t = d.tokens
        if followsPersonCue(i, words, d) && !["is", "was", "for", "with", "and", "about", "from", "by", "see", "saw"].contains(t[max(0, i - 1)].lower) { return true }
        if i > 0, words[i - 1].nameLike { return true }
        if i + 1 < t.count, t[i + 1].kind == .alpha {
            let next = stripPossessive(t[i + 1].lower)
            // a name beside it that is no everyday word: a listed one ("grace okafor") or a long
            // unknown one ("maria lindqvist"; short unknown words are more often abbreviations: "pto")
            if (Lexicon.isGivenName(next) || Lexicon.isSurname(next) || next.unicodeScalars.count >= 5) && !Lexicon.isEnglishWord(next)
                && !AddressDetector.stop.contains(next) && !Lexicon.isProtectedWord(next) { return true }
            if subjectVerbs.contains(next) { return true }
            // "bill miller (mrn …)", "grace lee, dob …"
            if Lexicon.isSurname(next) && rightCue(i + 1, d) { return true }
        }
        return rightCue(i, d)
    }

    /// Whether lower-case token `i` (in mixed-case text) directly follows a person cue: a title
    /// ("Dr.", "Mrs"), a role or kin word ("Patient", "son"), a naming or contact word ("called",
    /// "ask", "for", "my name is"; `namingCues`), "Last," before it, or a cued word it continues
    /// (at most three).
    static func followsPersonCue(_ i: Int, _ words: [Word], _ d: Detection) -> Bool {
        let t = d.tokens
        var p = i - 1
        guard p >= 0 else { return false }
        if t[p].lower == ".", p > 0, Cues.preNameTitles.contains(t[p - 1].lower), d.text.glued(p) { p -= 1 }
        let cue = t[p].lower
        if t[p].kind == .alpha {
            if Cues.strongPersonCues.contains(cue) || Cues.titles.contains(cue) || namingCues.contains(cue) { return true }
            // the next word of a cued name: "maria lindqvist", "ngozi a. eze"
            if words[p].cuedLower && words[p].nameLike {
                var run = 1, k = p - 1
                while k >= 0, t[k].kind == .alpha, words[k].cuedLower { run += 1; k -= 1 }
                return run < 3
            }
            return false
        }
        // the second half of a hyphenated cued name: "mrs. okonkwo-adeyemi"
        if cue == "-", p > 0, d.text.glued(p), d.text.glued(i), words[p - 1].cuedLower, words[p - 1].nameLike { return true }
        // "Lindqvist, maria": a name-like word and a comma
        return cue == "," && p > 0 && t[p - 1].kind == .alpha && words[p - 1].nameLike
    }

    static func stripPossessive(_ w: String) -> String {
        if w.hasSuffix("'s") || w.hasSuffix("\u{2019}s") { return String(w.unicodeScalars.dropLast(2).map(Character.init)) }
        return w
    }

    static func isInitial(_ i: Int, _ d: Detection) -> Bool {
        let t = d.tokens
        return t[i].length == 1 && t[i].isCapitalized && i + 2 < t.count && t[i + 1].lower == "." && d.text.glued(i + 1)
    }

    /// Heads after which a capitalised word is an eponym even when no list holds it.
    static let strictHeads: Set<String> = ["score", "scale", "sign", "criteria", "rules", "rule", "classification", "syndrome", "disease",
                                           "maneuver", "manoeuvre", "reflex", "palsy", "phenomenon", "test", "index", "grade", "grading", "staging", "stage"]

    /// Head words that come before the eponym in the box's other languages: "Morbus Basedow",
    /// "maladie d'Addison", "malattia di Basedow", "test de Mantoux", "síndrome de Sjögren".
    static let headsBefore: Set<String> = [
        "morbus", "maladie", "malattia", "enfermedad", "doença", "doenca", "ziekte", "krankheit", "syndrom", "syndrome", "síndrome",
        "sindrome", "síndroma", "test", "signe", "signo", "segno", "teken", "zeichen", "réflexe", "reflexe", "reflejo", "riflesso",
        "manœuvre", "manoeuvre", "maniobra", "manovra", "manobra", "prueba", "prova", "épreuve", "escala", "échelle", "scala",
        "schaal", "skala", "lymphome", "linfoma", "lymphom", "sarcome", "sarcoma", "tumeur", "tumor", "tumore", "kyste", "quiste",
        "cisti", "zyste", "contracture", "contractura", "kontraktur", "paralysie", "parálisis", "paralisi", "lähmung", "procédure",
        "opération", "operación", "operazione", "op", "triade", "tríada", "score",
        "esófago", "esôfago", "oesophage", "œsophage", "esofago", "slokdarm", "paralisia", "verlamming", "sinal", "teste", "escore",
        "punteggio", "pontuação", "puntuación", "índice", "indice", "classificação", "clasificación", "classification", "contração",
        "contracción", "úlcera", "ulcère", "ulcera", "fractura", "fratura", "frattura", "fracture", "quisto",
        "morbo", "choroba", "chorobą", "choroby", "objaw", "tetralogy", "tétralogie", "tetralogía", "tetralogia", "tetralogie",
    ]

    /// Heads before an eponym that never come before a person, so the capitalised word after them
    /// is an eponym even when no list has it: "signe de Murphy", "score NIHSS", "choroba Alzheimera",
    /// "morbo di Paget", "tetralogy of Fallot", "skala Glasgow".
    static let eponymOnlyHeadsBefore: Set<String> = [
        "morbus", "morbo", "maladie", "malattia", "enfermedad", "doença", "doenca", "ziekte", "krankheit", "syndrom", "síndrome", "sindrome",
        "síndroma", "signe", "signo", "segno", "sinal", "teken", "zeichen", "réflexe", "reflejo", "riflesso", "manœuvre", "maniobra",
        "manovra", "manobra", "escala", "échelle", "scala", "schaal", "skala", "score", "escore", "punteggio", "pontuação", "puntuación",
        "índice", "indice", "classificação", "clasificación", "choroba", "chorobą", "choroby", "objaw", "tetralogy", "tétralogie",
        "tetralogía", "tetralogia", "tetralogie",
    ]

    /// Words between a head and its eponym: "signe de Murphy", "tetralogy of Fallot", "morbo di Paget".
    static let eponymLinking: Set<String> = ["de", "di", "del", "della", "do", "da", "von", "van", "du", "des", "of", "d'", "d\u{2019}"]

    /// Second halves of a German or Nordic compound whose first half is an eponym: "Braden-Skala",
    /// "Barthel-Index", "Murphy-Zeichen", "Lasègue-Test".
    static let compoundHeads: Set<String> = [
        "skala", "index", "score", "zeichen", "test", "syndrom", "krankheit", "klassifikation", "kriterien", "regel", "reflex", "op",
        "operation", "schema", "sjukdom", "sygdom", "sykdom", "tegn", "tecken",
    ]

    /// "Parkinson's disease", "Holter monitor", "Down syndrome", "re: Crohn", "Glasgow Coma Scale",
    /// "Morbus Basedow", "maladie d'Addison", "Barrett-Ösophagus".
    static func isEponym(_ i0: Int, _ d: Detection) -> Bool {
        let t = d.tokens
        if isForeignEponym(i0, d) { return true }
        // the head itself: "SIGNE DE MURPHY", "skala Glasgow" ("Signe" and "Skala" are names too)
        if eponymOnlyHeadsBefore.contains(t[i0].lower) {
            var n = i0 + 1
            if n < t.count, eponymLinking.contains(t[n].lower) { n += 1 }
            if n < t.count, t[n].isWord, t[n].isCapitalized || d.text.casing != .mixed, isForeignEponym(n, d) { return true }
        }
        // a hyphenated eponym is read from its first part: "Charcot-Marie-Tooth disease"
        var i = i0
        while i >= 2, t[i - 1].lower == "-", d.text.glued(i - 1), d.text.glued(i), t[i - 2].kind == .alpha { i -= 2 }
        var last = i
        while last + 2 < t.count, t[last + 1].lower == "-", d.text.glued(last + 1), d.text.glued(last + 2), t[last + 2].kind == .alpha { last += 2 }
        if last > i, ClinicalTerms.eponyms.contains(stripPossessive(t[i].lower)), last + 1 < t.count,
           ClinicalTerms.eponymHeads.contains(t[last + 1].lower) || generalHeads.contains(t[last + 1].lower) { return true }
        let w = stripPossessive(t[i].lower)
        var k = i + 1
        while k < t.count, t[k].lower == "'" || t[k].lower == "\u{2019}" || t[k].lower == "-" { k += 1 }
        // skip one more eponym or linking word: "Guillain-Barré syndrome", "Glasgow Coma Scale"
        var heads: [Int] = [k]
        if k < t.count, ClinicalTerms.eponyms.contains(stripPossessive(t[k].lower)) || t[k].lower == "coma" { heads.append(k + 1); if k + 1 < t.count, t[k + 1].lower == "-" { heads.append(k + 2) } }
        if k < t.count, t[k].kind == .alpha { heads.append(k + 1) }  // "Morse fall score", "Hodgkin's disease"
        let headFollows = heads.contains { $0 < t.count && ClinicalTerms.eponymHeads.contains(t[$0].lower) }
        if ClinicalTerms.eponyms.contains(w), headFollows { return true }
        if heads.contains(where: { $0 < t.count && generalHeads.contains(t[$0].lower) }) && t[i].lower.hasSuffix("'s") { return true }
        if k < t.count, t[k - 1].lower == "'" || t[k - 1].lower == "\u{2019}", generalHeads.contains(t[k].lower), w.hasSuffix("s") { return true }  // Graves' disease
        if ClinicalTerms.strongEponyms.contains(w) {
            if let p = d.text.token(i - 1), Cues.titles.contains(p.lower) || (p.kind == .alpha && Lexicon.isGivenName(p.lower) && !Lexicon.isEnglishWord(p.lower)) { return false }
            if i >= 2, d.tokens[i - 1].lower == ".", Cues.preNameTitles.contains(d.tokens[i - 2].lower) { return false }
            return true
        }
        // "Down syndrome" and heads after eponyms in the wider list, e.g. "Bell palsy"
        if ClinicalTerms.eponyms.contains(w), k < t.count, generalHeads.contains(t[k].lower) { return true }
        // an unlisted eponym before a strict head: "Alvarado score", "Ottawa ankle rules", "Apgar score",
        // "Kellgren-Lawrence grade 4", also opening a sentence (not after "Dr.")
        var h = last + 1
        while h < t.count, t[h].lower == "'" || t[h].lower == "\u{2019}" { h += 1 }
        let titled = i > 0 && (Cues.titles.contains(t[i - 1].lower) || t[i - 1].lower == "." && i >= 2 && (Cues.titles.contains(t[i - 2].lower) || Cues.preNameTitles.contains(t[i - 2].lower) || t[i - 2].kind == .alpha && t[i - 2].length == 1))
        if t[i].isCapitalized, !t[i].isAllCaps || d.text.casing != .mixed, !titled,
           [h, h + 1].contains(where: { $0 < t.count && strictHeads.contains(t[$0].lower) && ($0 == h || t[h].kind == .alpha && !t[h].isCapitalized) }) { return true }
        return false
    }

    /// A listed eponym after a head word of another language ("Morbus Basedow", "test de Mantoux",
    /// "maladie d'Addison") or glued by a hyphen to the noun it names ("Barrett-Ösophagus", "Whipple-OP").
    static func isForeignEponym(_ i: Int, _ d: Detection) -> Bool {
        let t = d.tokens
        var w = stripPossessive(t[i].lower)
        for prefix in ["d'", "d\u{2019}", "l'", "l\u{2019}"] where w.hasPrefix(prefix) { w = String(w.dropFirst(prefix.count)) }
        if t[i].isCapitalized || d.text.casing != .mixed {
            var h = i - 1
            if h >= 0, eponymLinking.contains(t[h].lower) { h -= 1 }
            // a head that is also a given name ("Signe", "Skala") counts lower-case in mixed text or before
            // a linking word: "SIGNE DE MURPHY", "skala Glasgow", not "Pani Signe McAllister"
            if h >= 0, t[h].isWord, eponymOnlyHeadsBefore.contains(t[h].lower),
               !Lexicon.isGivenName(t[h].lower) || h < i - 1 || d.text.casing == .mixed && !t[h].isCapitalized { return true }
            // "Braden-Skala", "Barthel-Index": an eponym glued to the head it names
            let titled = i > 0 && (Cues.titles.contains(t[i - 1].lower) || i > 1 && t[i - 1].lower == "." && Cues.titles.contains(t[i - 2].lower))
            if !titled, i + 2 < t.count, t[i + 1].lower == "-", d.text.glued(i + 1), d.text.glued(i + 2), compoundHeads.contains(t[i + 2].lower) { return true }
            if i >= 2, compoundHeads.contains(t[i].lower), t[i - 1].lower == "-", d.text.glued(i - 1), d.text.glued(i), t[i - 2].isWord, isForeignEponym(i - 2, d) { return true }
        }
        guard ClinicalTerms.eponyms.contains(w) else { return false }
        // the head word before it, over "de", "di", "del", "von", "van" and an elided "d'"
        var k = i - 1
        if k >= 0, ["de", "di", "del", "della", "do", "da", "von", "van", "du", "des"].contains(t[k].lower) { k -= 1 }
        if k >= 0, t[k].isWord, headsBefore.contains(t[k].lower) { return true }
        if t[i].lower.hasPrefix("d'") || t[i].lower.hasPrefix("d\u{2019}"), k == i - 1, k >= 0, headsBefore.contains(t[k].lower) { return true }
        // "Barrett-Ösophagus", "Whipple-OP", "Bechterew-Patient": a German compound with a listed eponym first
        // (not a double-barrelled name: "Frau Weber-Schmidt", "Dr. Barrett-Jones")
        if i + 2 < t.count, t[i + 1].lower == "-", d.text.glued(i + 1), d.text.glued(i + 2), t[i + 2].isWord, t[i + 2].isCapitalized || t[i + 2].isAllCaps {
            let other = t[i + 2].lower
            let titled = i > 0 && (Cues.titles.contains(t[i - 1].lower) || i > 1 && t[i - 1].lower == "." && Cues.titles.contains(t[i - 2].lower))
            return !titled && !Lexicon.isSurname(other) && !Lexicon.isGivenName(other)
        }
        // its second half: "Gougerot-Sjögren", "Guillain-Barré" after a head
        if i >= 2, t[i - 1].lower == "-", d.text.glued(i - 1), d.text.glued(i), ClinicalTerms.eponyms.contains(t[i - 2].lower) { return isForeignEponym(i - 2, d) }
        return false
    }

    /// Whether the group `[s, e]` of name-like tokens is a person.
    static func accept(_ s: Int, _ e: Int, _ words: [Word], _ d: Detection) -> Bool {
        let t = d.tokens
        let mixed = d.text.casing == .mixed
        let group = Array(s...e).filter { t[$0].kind == .alpha }
        let count = group.count
        guard count > 0 else { return false }
        if mixed, group.contains(where: { words[$0].cuedLower }) { return acceptCuedLower(group, words, d) }
        if group.contains(where: { words[$0].strong }) {
            // without case, surnames alone ("mcdonald", "fargo", "bellagio") are brands and places as
            // often as people: they need a first name, a cue before or a reporting verb after
            if !mixed, !group.contains(where: { words[$0].given || words[$0].nonLatin || words[$0].taggerVote }) {
                let p = prevWord(s, d)
                let cue = p.map { Cues.strongPersonCues.contains($0) || Cues.titles.contains($0) || namingCues.contains($0) } ?? false
                let verb = nextWord(e, d).map { subjectVerbs.contains($0) } ?? false
                return cue || verb || rightCue(e, d)
            }
            return true
        }
        let prev = prevWord(s, d)
        let strongCue = prev.map { Cues.strongPersonCues.contains($0) || Cues.titles.contains($0) } ?? false
        let weakCue = prev.map { Cues.weakPersonCues.contains($0) } ?? false
        if strongCue { return true }
        if count >= 2 {
            let first = words[group[0]], last = words[group[count - 1]]
            if first.given && last.surname && !(modalWords.contains(t[group[0]].lower) && !mixed) { return true }
            if group.allSatisfy({ words[$0].lexical }) && (weakCue || mixed && !d.text.isSentenceStart(s)) { return true }
            if group.allSatisfy({ !words[$0].english }) && (mixed || weakCue) && group.contains(where: { t[$0].length >= 3 }) { return true }
            if group.contains(where: { words[$0].lexical }) && weakCue { return true }
            // a given name (even one that is a word) before unknown non-words: "Hope Okonjo"
            if first.given && group.dropFirst().allSatisfy({ !words[$0].english }) && (!mixed || group.allSatisfy { t[$0].isCapitalized }) { return true }
        }
        // right context: "riya deshpande (MRN …)", "x y, DOB …", "x y is a 93-year-old"
        if rightCue(e, d) && group.allSatisfy({ !words[$0].english || words[$0].lexical }) { return true }
        // a single ambiguous or unknown word
        let w = words[group[0]]
        let next = nextWord(e, d)
        let verbFollows = next.map { subjectVerbs.contains($0) } ?? false
        let fromSays = next == "from" && e + 3 < t.count && subjectVerbs.contains(t[e + 3].lower)
        // without case, an everyday word before a verb is its subject, not a name ("my car needs"), unless it is a given name ("mark says")
        if (verbFollows || fromSays) && (w.lexical || !w.english) && (mixed ? t[s].isCapitalized : !w.english || w.given) {
            return !modalWords.contains(t[s].lower) || mixed && t[s].isCapitalized && (fromSays || verbFollows)
        }
        if mixed && t[s].isCapitalized && !d.text.isSentenceStart(s) {
            if w.given { return true }
            if !w.english && (prev.map { ["contact", "call", "called", "named", "ask", "tell", "cc", "thanks", "thank"].contains($0) } ?? false) { return true }
            if w.lexical && weakCue && !w.english { return true }
        }
        if !mixed, w.given, !w.english, weakCue { return true }
        return false
    }

    /// A lower-case group after a cue in mixed-case text ("Patient maria lindqvist"). It needs
    /// evidence beyond the cue, so that clinical words after one stay ("patient afebrile",
    /// "Dr. on call"): a listed name that is not an everyday word, a non-Latin word, a tagger
    /// vote, a listed given name before words outside the word list ("maria lindqvist"), a
    /// listed given name and surname after a role or title ("son mark brown"), or a role or
    /// title before and a reporting verb after ("Patient lindqvist called").
    static func acceptCuedLower(_ group: [Int], _ words: [Word], _ d: Detection) -> Bool {
        guard let prev = prevWord(group[0], d) else { return false }
        let strongCue = Cues.strongPersonCues.contains(prev) || Cues.titles.contains(prev)
        if group.contains(where: { words[$0].strong }) {
            // one short word after "for"/"with" is more often chat slang ("for ya", "with bro")
            guard !strongCue, group.count == 1 else { return true }
            let w = d.tokens[group[0]]
            return w.length >= 4 || w.isNonLatin || WorldNames.given.contains(w.lower) || WorldNames.surnames.contains(w.lower)
        }
        // a cue before and a reporting verb after: "Patient lindqvist called", "son grace says"
        if strongCue, let next = nextWord(group[group.count - 1], d), subjectVerbs.contains(next),
           group.allSatisfy({ words[$0].lexical || !words[$0].english }) { return true }
        guard group.count >= 2 else { return false }
        let first = words[group[0]], rest = group.dropFirst()
        if first.given && rest.allSatisfy({ !words[$0].english }) && rest.contains(where: { d.tokens[$0].length >= 3 }) { return true }
        return strongCue && first.given && words[group[group.count - 1]].surname
    }

    /// A value cue right after the name: "(MRN", ", DOB", "- SSN", ": acct", "is a 93-year-old".
    static func rightCue(_ e: Int, _ d: Detection) -> Bool {
        let t = d.tokens
        var k = e + 1
        guard k < t.count else { return false }
        if ["(", ",", "-", ":"].contains(t[k].lower) { k += 1 }
        guard k < t.count else { return false }
        if let cue = ValueCues.single[t[k].lower], k > e + 1, [.mrn, .ssn, .date, .account, .healthPlan].contains(cue) { return true }
        if t[k].lower == "is" || t[k].lower == "age" || t[k].lower == "aged", k + 2 < t.count,
           t[k + 1].lower == "a" || t[k + 1].lower == "an" || t[k + 1].kind == .number,
           (k + 2..<min(t.count, k + 5)).contains(where: { t[$0].lower == "year" || t[$0].lower == "yo" }) { return true }
        return false
    }

    static func prevWord(_ i: Int, _ d: Detection) -> String? {
        var j = i - 1
        if j >= 0, d.tokens[j].lower == ".", j > 0, Cues.preNameTitles.contains(d.tokens[j - 1].lower) { j -= 1 }
        return j >= 0 ? d.tokens[j].lower : nil
    }

    static func nextWord(_ i: Int, _ d: Detection) -> String? {
        i + 1 < d.tokens.count ? d.tokens[i + 1].lower : nil
    }

    /// The titles `titled` reads a name after (the part of `Cues.titles` used before a surname).
    static let titleForms: Set<String> = [
        "dr", "doctor", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "mme", "herr", "frau", "sr", "sra", "dokter", "dott",
        "dottore", "dottoressa", "sig", "signora", "signor", "mevr", "mevrouw", "dhr", "meneer", "señor", "señora", "doña", "dña",
        "monsieur", "madame", "senhor", "senhora", "dra",
    ]

    /// "Dr. Sato", "dr. wilson", "Mrs O'Neil": the one or two words after a title.
    static func titled(_ d: inout Detection, _ words: [Word]) {
        let t = d.tokens
        for i in t.indices where titleForms.contains(t[i].lower) {
            var j = i + 1
            if j < t.count, t[j].lower == ".", d.text.glued(j) { j += 1 }
            // "dott.ssa", "sig.ra": the abbreviation's ending
            if j + 1 < t.count, ["ssa", "ra", "na", "ri"].contains(t[j].lower), d.text.glued(j), t[j - 1].lower == "." { j += 1 }
            if j < t.count, t[j].lower == ".", d.text.glued(j) { j += 1 }
            // "dokter de Vries", "Herr zur Nieden", "sig.ra Degli Esposti", "dott.ssa Dell'Acqua": particles and the surname
            var p = j
            while p < t.count, p < j + 3, t[p].kind == .alpha, RecallNet.particles.contains(t[p].lower) { p += 1 }
            if p > j, p < t.count, t[p].kind == .alpha, t[p].isCapitalized || d.text.casing != .mixed, !d.isClaimed(t[j].start, t[p].end), !words[p].protected {
                var end = p
                if end + 2 < t.count, ["'", "\u{2019}"].contains(t[end + 1].lower), d.text.glued(end + 1), d.text.glued(end + 2), t[end + 2].kind == .alpha { end += 2 }
                d.add(t[j].start, t[end].end, .person, priority: 45)
                continue
            }
            if j + 2 < t.count, t[j].kind == .alpha, ["'", "\u{2019}"].contains(t[j + 1].lower), d.text.glued(j + 1), d.text.glued(j + 2), t[j + 2].isCapitalized, !d.isClaimed(t[j].start, t[j + 2].end) {
                d.add(t[j].start, t[j + 2].end, .person, priority: 45)  // "Dell'Acqua", "O'Neil"
                continue
            }
            // a language or brand word after a title is a surname ("Dr. French", "Mr Chase"); an eponym is not
            guard j < t.count, t[j].kind == .alpha, !d.isClaimed(token: j),
                  !words[j].protected || Lexicon.isProtectedWord(t[j].lower) && !d.protected[t[j].start] && !isEponym(j, d) && t[j].isCapitalized else { continue }
            if d.text.casing == .mixed, !t[j].isCapitalized, !(t[i].isCapitalized == false) { continue }
            if AddressDetector.stop.contains(t[j].lower) || ValueCues.single[t[j].lower] != nil { continue }
            // "miss work", "miss class": the verb before an everyday word, not the title
            if t[i].lower == "miss", !t[i].isCapitalized, Lexicon.isEnglishWord(t[j].lower), !Lexicon.isGivenName(t[j].lower), !Lexicon.isSurname(t[j].lower) || d.text.casing != .mixed { continue }
            // "doctor jokes", "how is doctor spelled": a title in lower case before an everyday word that no list names
            if !t[i].isCapitalized, !t[j].isCapitalized, Lexicon.isEnglishWord(t[j].lower), !Lexicon.isGivenName(t[j].lower), !Lexicon.isSurname(t[j].lower) { continue }
            if !t[j].isCapitalized, RecallNet.particles.contains(t[j].lower) || FunctionWords.contains(t[j].lower) { continue }  // "la signora di 93 anni"
            var end = j
            // "dr. j. smith": an initial and the name after it
            if t[j].length == 1, j + 2 < t.count, t[j + 1].lower == ".", t[j + 2].kind == .alpha, !words[j + 2].protected, !d.isClaimed(token: j + 2) {
                d.add(t[j].start, t[j + 2].end, .person, priority: 45)
                continue
            }
            if j + 1 < t.count, t[j + 1].kind == .alpha, !d.isClaimed(token: j + 1), !words[j + 1].protected,
               d.text.casing == .mixed ? t[j + 1].isCapitalized && (words[j + 1].lexical || !words[j + 1].english) : (words[j + 1].surname || !words[j + 1].english) && !AddressDetector.stop.contains(t[j + 1].lower) {
                end = j + 1
            }
            d.add(t[j].start, t[end].end, .person, priority: 45)
        }
    }
}
