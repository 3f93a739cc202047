/// The layout of forms and clinical notes: header fields ("NAME:\tDoe, Jane", "Patient name: …",
/// "Nom : …"), signature blocks ("Jane Q Doe, M.D.", "John Roe, MD, pager 12345") and dictation
/// footers ("JQD:smith"). The value of a name field is a person whatever its words are.
enum FieldDetector {
    /// Field labels whose value (to the end of the line or the next TAB) is a person's name.
    static let nameLabels: Set<String> = [
        "name", "patient", "pt", "attending", "physician", "surgeon", "provider", "referring", "pcp", "nurse",
        "signed", "dictated", "transcribed", "author", "contact", "guardian", "nok", "kin", "beneficiary",
        "cardholder", "holder", "customer", "client", "insured", "subscriber", "father", "mother", "spouse",
        "nom", "prénom", "prenom", "nombre", "apellido", "apellidos", "nome", "cognome", "sobrenome", "naam",
        "voornaam", "achternaam", "vorname", "nachname", "patiënt", "paciente", "patientin", "arzt", "médecin",
        "medecin", "médico", "medico", "dottore", "arts", "by", "from", "to", "cc", "attn",
    ]
    /// Credentials after a name in a signature ("Jane Q Doe, M.D.", "Roe MD").
    static let credentials: Set<String> = ["md", "m.d", "d.o", "r.n", "n.p", "p.a", "ph.d", "d.d", "do", "rn", "np", "pa", "phd", "dds", "dmd", "pharmd", "mbbs", "frcp", "lpn", "cnm", "crna", "dnp", "msn", "bsn", "facp", "facs", "mph", "pa-c", "aprn"]

    static func detect(_ d: inout Detection) {
        protectCredentials(&d)
        labelledNames(&d)
        labelledPlaces(&d)
        labelledAddresses(&d)
        signOffs(&d)
        greetings(&d)
        signatures(&d)
        dictationTags(&d)
    }

    /// "NAME:\tDoe, Jane", "Patient Name: maria lindqvist", "Nom : Dupont".
    static func labelledNames(_ d: inout Detection) {
        let t = d.tokens
        for i in t.indices where t[i].lower == ":" && i > 0 {
            // the label: one or two words before the colon, at the start of a line or field
            var l = i - 1
            guard t[l].kind == .alpha else { continue }
            let label = t[l].lower
            var labelOK = nameLabels.contains(label) && label != "by" && label != "from" && label != "to" && label != "cc"
            if label == "name" || label == "names", l > 0, t[l - 1].kind == .alpha, !lineBreakBefore(l, d) { l -= 1; labelOK = true }  // "Patient Name", "Full name"
            if ["by", "from", "to", "cc", "attn"].contains(label) { labelOK = fieldStart(l, d) }
            guard labelOK, fieldStart(l, d) else { continue }
            // the value: alpha words, initials, commas, hyphens and apostrophes up to a TAB, newline or a digit
            var k = i + 1
            var first = -1, last = -1
            while k < t.count {
                if lineBreakBefore(k, d) && k > i + 1 { break }
                let tk = t[k]
                if tk.kind == .alpha {
                    if Cues.titles.contains(tk.lower) && first < 0 { k += 1; continue }
                    if credentials.contains(tk.lower) || ValueCues.single[tk.lower] != nil && first >= 0 { break }
                    if first < 0 { first = k }
                    last = k
                } else if tk.kind == .punct && [",", "-", "'", "\u{2019}", "."].contains(tk.lower) {
                    // a comma inside "Doe, Jane" only
                } else {
                    break
                }
                if last >= 0, k - first > 8 { break }
                k += 1
            }
            guard first >= 0, !d.isClaimed(t[first].start, t[last].end) else { continue }
            // labels that head other fields too ("CC: abdominal pain" is the chief complaint, "Pt: afebrile")
            // need a value that looks like a name: capitalised in mixed text and no clinical word
            if ["cc", "to", "from", "by", "attn", "pt", "patient", "contact"].contains(label) {
                let words = (first...last).filter { t[$0].kind == .alpha }
                if d.text.casing == .mixed && !t[first].isCapitalized && !t[first].isAllCaps { continue }
                if words.contains(where: { Lexicon.isProtectedWord(t[$0].lower) || d.protected[t[$0].start] }) { continue }
            }
            d.add(t[first].start, t[last].end, .person, priority: 50, evidence: "the value of a \"\(d.text.text(t[l].start, t[i - 1].end))\" field")
        }
    }

    /// Field labels whose value is a place: "City:", "Ort:", "Geburtsort:", "Ville - ", "Luogo di nascita:".
    static let placeLabels: Set<String> = [
        "city", "town", "place of birth", "birthplace", "city of birth", "ville", "ville de naissance", "lieu de naissance", "localité",
        "commune", "ort", "wohnort", "geburtsort", "stadt", "gemeinde", "ciudad", "localidad", "municipio", "lugar de nacimiento",
        "población", "città", "comune", "comune di nascita", "luogo di nascita", "località", "cidade", "município", "naturalidade",
        "local de nascimento", "plaats", "woonplaats", "geboorteplaats", "state", "province", "provincia", "provincie", "county",
        "estado", "uf", "bundesland", "kanton", "canton", "département", "departamento", "district", "bezirk", "quartier", "barrio", "bairro",
    ]

    /// "City:  Greenhaven", "WOHNORT: Görlitz", "Ville - Petit-la-Forêt", "Luogo di nascita: Moncalvo":
    /// the value of a place field, whatever its words are.
    static func labelledPlaces(_ d: inout Detection) {
        let t = d.tokens
        for i in t.indices where i > 0 && (t[i].lower == ":" || t[i].lower == "-" && !d.text.glued(i) && i + 1 < t.count && !d.text.glued(i + 1)) {
            guard t[i - 1].isWord else { continue }
            let l = labelStart(i - 1, words: 4, d)
            guard fieldStart(l, d), placeLabels.contains(t[l..<i].map(\.lower).joined(separator: " ")) else { continue }
            var k = i + 1, first = -1, last = -1
            while k < t.count, k - i <= 8 {
                if k > i + 1, lineBreakBefore(k, d) { break }
                if t[k].isWord {
                    if first < 0 { first = k }
                    last = k
                } else if !["-", "'", "\u{2019}"].contains(t[k].lower) {
                    break
                }
                k += 1
            }
            guard first >= 0, !d.isClaimed(t[first].start, t[last].end) else { continue }
            d.add(t[first].start, t[last].end, .location, priority: 55, evidence: "the value of a \"\(d.text.text(t[l].start, t[i - 1].end))\" field")
        }
    }

    /// The last word of a field label whose value is a street address ("Address:", "Home address:",
    /// "Adresse :", "Straße:", "Dirección:", "Morada:", "Indirizzo:").
    static let addressLabels: Set<String> = [
        "address", "addr", "street", "adresse", "anschrift", "straße", "strasse", "wohnadresse", "dirección", "direccion", "domicilio",
        "endereço", "endereco", "morada", "indirizzo", "residenza", "adres", "woonadres", "straat", "domicile", "rue", "calle", "via",
    ]

    /// "Address: Flat 9, 3 Quarry Hill, Leeds", "Dirección: C/ Mayor, 14, 3.º B", "Straße: Am Kirchberg 3a":
    /// the value of an address field, to the end of its line or field, whatever its words are.
    static func labelledAddresses(_ d: inout Detection) {
        let t = d.tokens
        for i in t.indices where i > 0 && t[i].lower == ":" {
            guard t[i - 1].isWord, addressLabels.contains(t[i - 1].lower) else { continue }
            let l = labelStart(i - 1, words: 3, d)
            guard fieldStart(l, d) else { continue }
            var k = i + 1, first = -1, last = -1
            while k < t.count, k - i <= 24 {
                if k > i + 1, lineBreakBefore(k, d) { break }
                if t[k].kind != .punct { if first < 0 { first = k }; last = k }
                k += 1
            }
            guard first >= 0, t[first...last].contains(where: { $0.kind == .alpha }) else { continue }
            // "Address: same as above", "Adresse : inconnue": words of the safe-list only and no number is no address
            if !t[first...last].contains(where: { $0.hasDigits }), last - first < 3, t[first...last].allSatisfy({ $0.kind != .alpha || Lexicon.isEnglishWord($0.lower) }) { continue }
            d.add(t[first].start, t[last].end, .address, priority: 58, evidence: "the value of a \"\(d.text.text(t[l].start, t[i - 1].end))\" field")
        }
    }

    /// Closing words of letters, e-mails and messages in the box's languages.
    static let closings: Set<String> = [
        "regards", "best regards", "kind regards", "warm regards", "best wishes", "sincerely", "yours sincerely", "yours truly",
        "yours faithfully", "thanks", "many thanks", "thank you", "cheers", "best", "love", "xoxo", "danke", "vielen dank",
        "grüße", "gruß", "viele grüße", "liebe grüße", "beste grüße", "mit freundlichen grüßen", "freundliche grüße", "lg", "mfg",
        "merci", "cordialement", "bien cordialement", "bien à vous", "amicalement", "bises", "saludos", "un saludo", "atentamente",
        "gracias", "muchas gracias", "cordiali saluti", "saluti", "distinti saluti", "grazie", "grazie mille", "obrigado", "obrigada",
        "atenciosamente", "cumprimentos", "abraços", "groeten", "met vriendelijke groet", "vriendelijke groet", "mvg", "bedankt", "dank je",
    ]
    /// Words of a sender that is no person: "Member Services", "The Billing Team".
    static let teamWords: Set<String> = ["team", "services", "service", "department", "dept", "office", "clinic", "support", "staff", "desk",
                                         "pharmacy", "hospital", "bank", "reception", "administration", "billing", "the", "your", "il", "le", "la", "el", "das", "die", "het"]

    /// "Kind regards,\nMason", "Danke\nNick", "BEST REGARDS,\nMARK TURNER": the line after a closing
    /// is the sender's name, whatever its words are (one to three of them).
    static func signOffs(_ d: inout Detection) {
        let t = d.tokens
        var i = 0
        while i < t.count {
            defer { i += 1 }
            guard fieldStart(i, d), t[i].isWord else { continue }
            // the closing: up to four words, an optional comma or "!", then the end of the line
            var e = i, words = [t[i].lower]
            while e + 1 < t.count, words.count < 4, t[e + 1].isWord, !lineBreakBefore(e + 1, d) { e += 1; words.append(t[e].lower) }
            guard closings.contains(words.joined(separator: " ")) else { continue }
            var n = e + 1
            while n < t.count, [",", "!", ".", "-"].contains(t[n].lower), !lineBreakBefore(n, d) { n += 1 }
            guard n < t.count, lineBreakBefore(n, d), t[n].isWord else { continue }
            // the name: one to three words (initials and hyphens allowed) filling its line
            var last = n, count = 1
            var k = n + 1
            while k < t.count, !lineBreakBefore(k, d) {
                if t[k].isWord { count += 1; last = k } else if ![".", "-", "'", "\u{2019}"].contains(t[k].lower) { break }
                k += 1
            }
            let lineEnds = k >= t.count || lineBreakBefore(k, d) || [",", "|"].contains(t[k].lower)
            let words2 = (n...last).filter { t[$0].isWord }
            guard lineEnds, count <= 3, !d.isClaimed(t[n].start, t[last].end),
                  d.text.casing != .mixed || words2.allSatisfy({ t[$0].isCapitalized || t[$0].isAllCaps }),
                  !words2.contains(where: { teamWords.contains(t[$0].lower) || Lexicon.isProtectedWord(t[$0].lower) || Cues.titles.contains(t[$0].lower) && words2.count == 1 }) else { continue }
            d.add(t[n].start, t[last].end, .person, priority: 50, evidence: "the sender's name after \"\(words.joined(separator: " "))\"")
            i = last
        }
    }

    /// Words that open a message to someone: the word after them is whom it is addressed to.
    static let greetingWords: Set<String> = [
        "hi", "hey", "hello", "hiya", "heya", "yo", "dear", "dearest", "morning", "evening", "ciao", "hallo", "hola", "olá", "ola", "oi",
        "salut", "bonjour", "bonsoir", "coucou", "hoi", "hej", "moin", "servus", "liebe", "lieber", "caro", "cara", "querido", "querida",
        "lieve", "beste", "geachte", "cher", "chère", "chere", "estimado", "estimada", "gentile", "prezado", "prezada",
    ]
    /// Whom a greeting addresses that is nobody in particular.
    static let groupWords: Set<String> = [
        "there", "all", "everyone", "everybody", "guys", "team", "folks", "colleagues", "sir", "madam", "sirs", "friends", "friend", "doctor",
        "doc", "nurse", "customer", "client", "patient", "y'all", "yall", "you", "again", "world", "mum", "mom", "dad", "mama", "papa", "love",
        "babe", "hun", "honey", "darling", "son", "mate", "ladies", "gents", "gentlemen", "allemaal", "allen", "alle", "tutti", "todos", "tous",
        "collega", "collega's", "kollegen", "collègues", "equipo", "équipe", "klant", "kunde", "cliente", "monsieur", "madame",
        "signore", "signora", "señor", "señora", "senhor", "senhora", "meneer", "mevrouw", "heer", "herr", "frau", "mr", "mrs", "ms", "dr",
    ]

    /// "hey summer,\n", "hi grace!", "yo mark u still owe me", "Ciao Giulia,": the word after a greeting
    /// at the start of a message or line, before a comma, "!" or the end of the line, is a name;
    /// and a dash-signed last line ("- rob", "-Bill") is the sender's.
    static func greetings(_ d: inout Detection) {
        let t = d.tokens
        for i in t.indices where t[i].isWord && fieldStart(i, d) && greetingWords.contains(t[i].lower) {
            let n = i + 1
            guard n < t.count, t[n].isWord, !lineBreakBefore(n, d) else { continue }
            var last = n
            if last + 1 < t.count, t[last + 1].isWord, !lineBreakBefore(last + 1, d), t[last + 1].isCapitalized == t[n].isCapitalized,
               last + 2 >= t.count || [",", "!", "."].contains(t[last + 2].lower) || lineBreakBefore(last + 2, d) { last += 1 }
            // "olá seo-yeon": a hyphenated name
            if last + 2 < t.count, t[last + 1].lower == "-", d.text.glued(last + 1), d.text.glued(last + 2), t[last + 2].isWord { last += 2 }
            let listed = (Lexicon.isGivenName(t[n].lower) || Lexicon.isSurname(t[n].lower) || WorldNames.given.contains(t[n].lower))
                && !Lexicon.isEnglishWord(t[n].lower) && !FunctionWords.contains(t[n].lower)
            let closes = last + 1 >= t.count || [",", "!", ":"].contains(t[last + 1].lower) || lineBreakBefore(last + 1, d)
                || t[i].lower == "yo" || t[i].lower == "hey" && !t[n].isCapitalized || listed
            let words = (n...last).map { t[$0].lower }
            guard closes, !d.isClaimed(t[n].start, t[last].end), !words.contains(where: { groupWords.contains($0) || FunctionWords.contains($0) || Cues.titles.contains($0) }),
                  !words.contains(where: { Lexicon.isProtectedWord($0) }) else { continue }
            // "hey u still there": a chat word; "hello again": general words that are no name
            if words.allSatisfy({ Lexicon.isEnglishWord($0) && !Lexicon.isGivenName($0) && !Lexicon.isSurname($0) }) { continue }
            d.add(t[n].start, t[last].end, .person, priority: 48, evidence: "whom the greeting \"\(t[i].lower)\" addresses")
        }
        // "- rob", "-Bill" ending the text
        if t.count >= 3, let last = t.indices.last, t[last].isWord, ["-", "\u{2013}", "\u{2014}", "~"].contains(t[last - 1].lower),
           last < 2 || t[last - 1].spaceBefore || fieldStart(last - 1, d), (2...14).contains(t[last].length), !d.isClaimed(token: last),
           !groupWords.contains(t[last].lower), !FunctionWords.contains(t[last].lower), !Lexicon.isProtectedWord(t[last].lower),
           !Lexicon.isEnglishWord(t[last].lower) || Lexicon.isGivenName(t[last].lower) {
            d.add(t[last].start, t[last].end, .person, priority: 48, evidence: "the name that signs the message")
        }
    }

    /// The first word of a field label that ends at word `last`: back over at most `words` words
    /// to the start of the line or field.
    static func labelStart(_ last: Int, words: Int, _ d: Detection) -> Int {
        var l = last
        while l > 0, !fieldStart(l, d), d.tokens[l - 1].isWord, last - l + 1 < words { l -= 1 }
        return l
    }

    /// Whether token `l` starts a line or follows a TAB (a form or header field).
    static func fieldStart(_ l: Int, _ d: Detection) -> Bool {
        l == 0 || lineBreakBefore(l, d)
    }

    /// Whether word `i` belongs to a field label: one to three words from the start of a line or
    /// field up to a colon ("VITALS:", "Ort:", "Grund des Besuchs:"). The label of a name field
    /// is a label too; its value is read by `labelledNames`.
    static func isLabelWord(_ i: Int, _ d: Detection) -> Bool {
        let t = d.tokens
        guard d.text.casing != .lower || t.count > 8 else { return false }
        var s = i
        while s > 0, i - s < 2, !fieldStart(s, d), t[s - 1].kind == .alpha { s -= 1 }
        guard fieldStart(s, d) else { return false }
        var e = i + 1
        while e < t.count, e - s < 3, t[e].kind == .alpha, !lineBreakBefore(e, d) { e += 1 }
        guard e < t.count, t[e].lower == ":", !lineBreakBefore(e, d) else { return false }
        // a chat line "Maria: see you" is a name, not a label
        return !(s...e - 1).contains { Lexicon.isGivenName(t[$0].lower) && t[$0].isCapitalized && !t[$0].isAllCaps }
    }

    static func lineBreakBefore(_ k: Int, _ d: Detection) -> Bool {
        guard k > 0 else { return true }
        let t = d.tokens
        for s in t[k - 1].end..<t[k].start where d.scalars[s] == "\n" || d.scalars[s] == "\t" || d.scalars[s] == "\r" { return true }
        // two or more spaces also separate columns in a header
        return t[k].start - t[k - 1].end >= 3
    }

    /// "Jane Q Doe, M.D.", "John Roe, MD, pager 12345", "J. Smith RN".
    static func signatures(_ d: inout Detection) {
        let t = d.tokens
        for c in t.indices where t[c].kind == .alpha && credentials.contains(t[c].lower) && isCredential(c, d) {
            // "M.D." is tokenised "M" "." "D" "."
            var k = c - 1
            if k >= 0, t[k].lower == "," { k -= 1 }
            var first = -1
            var words = 0
            while k >= 0, words < 4 {
                if lineBreakBefore(k + 1, d) && first >= 0 { break }
                if t[k].kind == .alpha && (t[k].isCapitalized || d.text.casing != .mixed) && !credentials.contains(t[k].lower) && !Cues.titles.contains(t[k].lower)
                    && !AddressDetector.stop.contains(t[k].lower) && !ClinicalTerms.notNames.contains(t[k].lower) {
                    first = k
                    words += 1
                    k -= 1
                    if k >= 0, t[k].lower == "-", d.text.glued(k + 1) { k -= 1 }
                    // "J. Warren": the initial's dot
                    if k >= 1, t[k].lower == ".", d.text.glued(k), !lineBreakBefore(k + 1, d), t[k - 1].length == 1, t[k - 1].isCapitalized || d.text.casing != .mixed { k -= 1 }
                    continue
                }
                break
            }
            guard first >= 0, words >= 1, let last = (first..<c).last(where: { t[$0].kind == .alpha }), !d.isClaimed(t[first].start, t[last].end) else { continue }
            // one word is a name only when it is capitalised in mixed text and not a sentence word
            if words == 1, d.text.casing == .mixed, d.text.isSentenceStart(first) && Lexicon.isEnglishWord(t[first].lower) && !(c > first + 1 && t[c - 1].lower == ",") { continue }
            d.add(t[first].start, t[last].end, .person, priority: 50, evidence: "a name before the credential \"\(t[c].lower)\"")
        }
        // "M.D." itself: the letters before ", M.D."
        for c in t.indices where c + 2 < t.count && t[c].lower == "m" && t[c + 1].lower == "." && t[c + 2].lower == "d" && c >= 2 && t[c - 1].lower == "," {
            var k = c - 2
            var first = -1
            while k >= 0, c - 2 - k < 6, t[k].kind == .alpha || t[k].lower == ".", !lineBreakBefore(k + 1, d) || first < 0 {
                if t[k].kind == .alpha {
                    guard t[k].isCapitalized || d.text.casing != .mixed else { break }
                    first = k
                }
                k -= 1
            }
            guard first >= 0, !d.isClaimed(t[first].start, t[c - 2].end) else { continue }
            d.add(t[first].start, t[c - 2].end, .person, priority: 50, evidence: "a name before \", M.D.\"")
        }
    }

    /// A credential where a signature puts it: after a comma ("Doe, MD"), or upper-case at the end
    /// of a line or before a comma in mixed text ("Jane Doe MD"). "do"/"pa" are words too: only after a comma.
    static func isCredential(_ c: Int, _ d: Detection) -> Bool {
        let t = d.tokens
        let afterComma = c > 0 && t[c - 1].lower == ","
        let endsField = c + 1 >= t.count || lineBreakBefore(c + 1, d) || [",", ".", ";"].contains(t[c + 1].lower)
        if ["do", "pa"].contains(t[c].lower) { return afterComma && endsField && (t[c].isAllCaps || d.text.casing != .mixed) }
        if d.text.casing == .mixed { return t[c].isAllCaps && (afterComma || endsField) }
        return afterComma
    }

    /// "M.D.", "Ph.D.": the letters of a credential are no initials (also in the outbound guard).
    static func protectCredentials(_ d: inout Detection) {
        let t = d.tokens
        for c in t.indices where c + 2 < t.count && t[c + 1].lower == "." && d.text.glued(c + 1) && d.text.glued(c + 2) && credentials.contains(t[c].lower + "." + t[c + 2].lower) {
            for k in [c, c + 2] { for s in t[k].start..<t[k].end { d.protected[s] = true } }
        }
    }

    /// "JQD:smith", "jqd/abc": dictation initials and the transcriptionist's name.
    static func dictationTags(_ d: inout Detection) {
        let t = d.tokens
        for i in t.indices where i + 2 < t.count && (t[i + 1].lower == ":" || t[i + 1].lower == "/") && d.text.glued(i + 1) && d.text.glued(i + 2) {
            guard t[i].kind == .alpha, t[i].isAllCaps || d.text.casing != .mixed, (2...4).contains(t[i].length),
                  t[i + 2].kind == .alpha, !t[i + 2].isCapitalized || t[i + 2].isAllCaps, t[i + 2].length >= 2,
                  fieldStart(i, d) || i > 0 && t[i - 1].lower == ":", !d.isClaimed(t[i].start, t[i + 2].end) else { continue }
            if ValueCues.single[t[i].lower] != nil || ["dd", "dt", "cc", "re", "am", "pm"].contains(t[i].lower) { continue }
            d.add(t[i].start, t[i].end, .person, priority: 50, evidence: "dictation initials")
            d.add(t[i + 2].start, t[i + 2].end, .person, priority: 50, evidence: "a transcriptionist tag after dictation initials")
        }
        typistInitials(&d)
        typistTags(&d)
    }

    /// Field labels whose value is whoever handled the note: "Bearbeitet: SO", "Initials: KM".
    static let initialsLabels: Set<String> = ["bearbeitet", "erstellt", "initials", "initialen", "visum", "paraphe", "sigla", "iniciales", "typist", "sachbearbeiter"]
    static let typingWords: Set<String> = ["typed", "dictated", "transcribed", "written", "signed", "checked", "reviewed", "dict", "dt", "dd", "tr", "getippt", "diktiert", "geschrieben", "dactylographié", "dicté",
                                           "transcrit", "trascritto", "dettato", "dattiloscritto", "transcrito", "dictado", "ditado", "gedicteerd", "uitgetypt", "getypt", "dikteret", "diktert", "dikterad", "skrivet", "podyktowane"]

    /// "trascritto da LE81", "DD 04/07/69. IO66", "typed by JD42": a transcriptionist tag of two or
    /// three capitals and a number, after "by" (in the box's languages) or closing a line that says
    /// who typed or dictated the note.
    static func typistTags(_ d: inout Detection) {
        let t = d.tokens
        for i in t.indices where t[i].kind == .alnum && !d.isClaimed(token: i) {
            let s = Array(d.scalars[t[i].start..<t[i].end])
            let letters = s.prefix { $0.properties.isUppercase }
            guard (2...3).contains(letters.count), (1...4).contains(s.count - letters.count),
                  s.dropFirst(letters.count).allSatisfy({ ("0"..."9").contains($0) }) else { continue }
            var b = i
            while b > 0, !lineBreakBefore(b, d) { b -= 1 }
            let line = t[b..<i]
            let afterBy = i >= 2 && ["by", "da", "par", "por", "von", "door", "af", "av", "przez"].contains(t[i - 1].lower) && typingWords.contains(t[i - 2].lower)
            let closes = i + 1 == t.count || lineBreakBefore(i + 1, d)
            guard afterBy || closes && line.contains(where: { typingWords.contains($0.lower) }) else { continue }
            d.add(t[i].start, t[i].end, .person, priority: 50, evidence: "a transcriptionist tag")
        }
    }

    /// The initials that close a note: "typed by lw", "Dictated 21/01/26, typed 23/01/26 KM", a last
    /// line "– JT" or "/jt": two or three letters that are no word, at the end of a line that says
    /// who typed or dictated it, or alone on the last line of a note of several lines.
    static func typistInitials(_ d: inout Detection) {
        let t = d.tokens
        guard t.count >= 4 else { return }
        for i in t.indices where t[i].kind == .alpha && (2...3).contains(t[i].length) && !d.isClaimed(token: i) {
            let lineEnd = i + 1 == t.count || lineBreakBefore(i + 1, d)
            guard lineEnd, !CodeDetector.safeCodes.contains(t[i].lower), !Lexicon.isProtectedWord(t[i].lower) else { continue }
            var s = i
            while s > 0, !lineBreakBefore(s, d) { s -= 1 }
            let line = t[s..<i]
            let byTypist = i > 0 && t[i - 1].lower == "by" && i > 1 && typingWords.contains(t[i - 2].lower)
                || line.contains(where: { typingWords.contains($0.lower) })
            // "– JT", "– EL/BO" alone on the last line; "Bearbeitet: SO"
            let initialsOnly = line.allSatisfy { $0.kind == .punct || $0.kind == .alpha && $0.isAllCaps && (2...3).contains($0.length) }
            let alone = initialsOnly && i + 1 == t.count && d.scalars[..<t[s].start].contains("\n")
            let labelled = i >= 2 && t[i - 1].lower == ":" && initialsLabels.contains(t[i - 2].lower)
            if labelled, t[i].isAllCaps {
                d.add(t[i].start, t[i].end, .person, priority: 50, evidence: "the initials of whoever typed or dictated the note")
                continue
            }
            if alone, t[i].isAllCaps {
                for k in line.indices where line[k].kind == .alpha && !d.isClaimed(token: k) && !CodeDetector.safeCodes.contains(line[k].lower) {
                    d.add(line[k].start, line[k].end, .person, priority: 50, evidence: "the initials of whoever typed or dictated the note")
                }
            }
            guard byTypist && (t[i].isAllCaps || t[i - 1].lower == "by") || alone && (t[i].isAllCaps || !line.isEmpty) else { continue }
            if !t[i].isAllCaps && Lexicon.isEnglishWord(t[i].lower) && !byTypist { continue }
            d.add(t[i].start, t[i].end, .person, priority: 50, evidence: "the initials of whoever typed or dictated the note")
        }
    }
}
