import Foundation
import Testing
@testable import OutpostRedaction

/// Layer 3 (the safe-list recall net) and the layer-1 detectors added for international text,
/// on the built-in list so that the results do not depend on which dictionaries are installed.
struct RecallNetTests {
    static let strict = try! Redactor(config: RedactionConfig(), safeList: .embedded)
    static let balanced: Redactor = {
        var c = RedactionConfig()
        c.mode = .balanced
        return try! Redactor(config: c, safeList: .embedded)
    }()

    static func redacted(_ r: Redactor, _ text: String) -> String {
        var map = PlaceholderMap()
        return r.redact(text, map: &map).redacted
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var redact: [String]
        var keep: [String] = []
        var testDescription: String { text }
    }

    static let strictCases: [Case] = [
        // names no list knows, in any position and case
        Case(text: "pls ask zorbnak about the refill", redact: ["zorbnak"], keep: ["ask", "about the refill"]),
        Case(text: "Pt Jae-won Park seen today", redact: ["Jae-won Park"], keep: ["seen today"]),
        Case(text: "Ms van der Berg and María José de la Fuente called", redact: ["van der Berg", "María José de la Fuente"], keep: ["called"]),
        Case(text: "REFERRAL FOR QWYNTHELLE OKONKWO-ADEYEMI", redact: ["QWYNTHELLE", "OKONKWO-ADEYEMI"], keep: ["REFERRAL FOR"]),
        // "Last, First" where the first name is a general word
        Case(text: "TRIAGE NOTE\nPT ZDVORAKOVA, ROSE  MRN 67-160-942\nROSE FROM CHAIR UNAIDED.", redact: ["ZDVORAKOVA", "ROSE  MRN"], keep: ["ROSE FROM CHAIR"]),
        // a first name opening a field before a flagged surname
        Case(text: "Ordenante: Rodel Zdvorakova\nImporte: 820,00 EUR", redact: ["Rodel", "Zdvorakova"], keep: ["Ordenante:", "Importe: 820,00 EUR"]),
        // a health-plan number with its letter suffix
        Case(text: "Policy: 6363767-BU, renewal due", redact: ["6363767-BU", "BU"], keep: ["renewal due"]),
        // misspellings of safe words stay, code-like words and long numbers go
        Case(text: "can you reschedle my appointmnet tomorow", redact: [], keep: ["reschedle", "appointmnet", "tomorow"]),
        Case(text: "ticket ZX9Q44K and case 88123 still open", redact: ["ZX9Q44K", "88123"], keep: ["ticket", "still open"]),
        // values and clinical terms are not identifiers
        // "on the 2nd" is a day of the month, a date element (Safe Harbor): it goes; "2nd floor" counts and stays
        Case(text: "HbA1c 7.2%, SpO2 93%, 5mg bid, paid $12,500.00 on the 2nd", redact: ["2nd"], keep: ["HbA1c 7.2%", "SpO2 93%", "5mg", "$12,500.00"]),
        Case(text: "HbA1c 7.2%, SpO2 93%, 5mg bid, clinic on the 2nd floor", redact: [], keep: ["HbA1c 7.2%", "SpO2 93%", "5mg", "2nd floor"]),
        Case(text: "Hx of Parkinson's disease and Crohn's disease, on metformin", redact: [], keep: ["Parkinson's disease", "Crohn's disease", "metformin"]),
        Case(text: "I'd like a fun fact about otters", redact: [], keep: ["I'd", "otters"]),
        // the capitalised word after a given name is its surname, even when it is a word of a language
        // (the built-in list knows few words of the other languages: only what must go is checked there)
        Case(text: "Kontoinhaberin ist Hannelore Großkopf, Kundennummer 4471", redact: ["Hannelore", "Großkopf"], keep: ["ist", "4471"]),
        Case(text: "Salve, sono Lorenzo Quaglia, ho l'appuntamento", redact: ["Lorenzo", "Quaglia"], keep: ["Salve, sono"]),
        Case(text: "Will Tuesday work for you? Grace Hospital is fine.", redact: [], keep: ["Will Tuesday work", "Hospital is fine"]),
        Case(text: "Soy Lucía de los Santos, cuenta nueva", redact: ["Lucía", "de los", "Santos"], keep: ["Soy", "cuenta nueva"]),
        // a capitalised word between two parts of a name, not a conjunction
        Case(text: "Nome e cognome: Maria Grazia Santoro | Data", redact: ["Maria", "Grazia", "Santoro"], keep: ["Nome e cognome:"]),
        Case(text: "I met John And Mary", redact: ["John", "Mary"], keep: ["And"]),
        // a list of "Surname, Given" entries
        Case(text: "Tidy this list into APA style? Mason, Jennifer; Võ, Thanh; Großkopf, Anja (2021). Sleep and shift work.",
             redact: ["Mason", "Jennifer", "Võ", "Thanh", "Großkopf", "Anja"], keep: ["Sleep and shift work"]),
        // ages over 89 said of a name, a pronoun without its apostrophe, in words, in Nordic forms
        Case(text: "my granmother Edna is 103 and shes in the ward", redact: ["103"], keep: ["and shes in the ward"]),
        Case(text: "shes ninety seven and hes one hundred and one", redact: ["ninety seven", "hundred and one"], keep: ["shes", "and hes"]),
        Case(text: "Han fyller nittini år snart. 102-årig kvinde med feber.", redact: ["nittini", "102"], keep: ["Han fyller", "år snart", "med feber"]),
        Case(text: "the score is 97 today, room 101", redact: [], keep: ["is 97 today", "room 101"]),
        // transcriptionist tags with a number
        Case(text: "Dettato da Dott.ssa Rossi; trascritto da LE81. DD 04/07/2024. IO66", redact: ["LE81", "IO66"], keep: ["da Dott."]),
        Case(text: "CD4 count 350, HbA1c 7.1%, typed by staff", redact: [], keep: ["CD4 count 350", "HbA1c"]),
        // the building, flat, floor and door after an address, the flat before it, a lower-case street name
        Case(text: "VIVE EN CALLE NUEVA 23, PORTAL 2, 5.º A, CON SU HIJA", redact: ["CALLE NUEVA 23", "PORTAL 2", "5.º A"], keep: ["CON SU HIJA"]),
        Case(text: "ik sta bij Dorpsstraat 42 bis, bel me", redact: ["Dorpsstraat 42 bis"], keep: ["ik sta bij"]),
        Case(text: "my adress Flat 3, 108 Ashgrove Terrace is wrong", redact: ["Flat 3", "108 Ashgrove Terrace"], keep: ["is wrong"]),
        Case(text: "coucou je suis au 139 rue du faubourg-saint-nicolas, bât. b", redact: ["139 rue du faubourg-saint-nicolas", "bât. b"], keep: ["je suis au"]),
        // institutions with heads of several words, acronyms, specialties, linking words and a place after the head
        Case(text: "sur le parking de la Maison de santé de Plougastel. Centre hospitalier de Vierzon-Sud. Do UBS Jardim Aurora.",
             redact: ["Maison de santé de Plougastel", "Centre hospitalier de Vierzon-Sud", "UBS Jardim Aurora"], keep: ["sur le parking de la"]),
        Case(text: "in Our Lady of Knock Hospital, then Mercy Hospital of Spokane Valley; Dr. Okafor Pediatrics; Ambulatorio Santa Lucia di Borgo Nuovo",
             redact: ["Our Lady of Knock Hospital", "Mercy Hospital of Spokane Valley", "Okafor Pediatrics", "Ambulatorio Santa Lucia di Borgo Nuovo"]),
        Case(text: "Department of General Pediatrics is on floor 2", redact: [], keep: ["Department of General Pediatrics"]),
        // a given name that is a word, addressed, told something or signing off; not the modal or an assistant
        Case(text: "ask sunny if she can cover my shift", redact: ["sunny"], keep: ["ask", "if she can cover my shift"]),
        Case(text: "oye ivy q tal tu abuela??", redact: ["ivy"]),
        Case(text: "Could the nurse ring me before Friday? – Will", redact: ["Will"], keep: ["Could the nurse ring me"]),
        Case(text: "ask will to check the grace period, hey google what time is it", redact: [], keep: ["ask will to check the grace period", "hey google"]),
        // lower-case and compound hospital heads, a modifier before the head and the place after it
        Case(text: "internada lá (hospital distrital de viseu), vom stadtspital bern abholen", redact: ["distrital", "viseu", "stadtspital", "bern"]),
        Case(text: "Location: University Hospital Clonakilty, Ward 12; I went to the University Hospital today",
             redact: ["University Hospital Clonakilty"], keep: ["Ward 12", "went to the University Hospital today"]),
        // the word a text asks the meaning of is vocabulary; a person who means something is not
        Case(text: "what does rizz mean exactly? qué significa la palabra 'chévere'", redact: [], keep: ["rizz", "chévere"]),
        Case(text: "what does Dr Zorbnak mean by this letter", redact: ["Zorbnak"]),
        // Czech month names
        Case(text: "Pacient přijat 8. února 2022, kontrola 28. ledna", redact: ["8. února 2022", "28. ledna"]),
        // the definite Nordic street forms
        Case(text: "Hun bor på Strandvejen 73, 2900 Hellerup", redact: ["Strandvejen 73"], keep: ["på"]),
    ]

    /// Every value of `redact` is gone from the output and every value of `keep` is still there.
    static func check(_ c: Case, _ r: Redactor) {
        let out = redacted(r, c.text)
        for v in c.redact { #expect(!out.contains(v), "\(v) survived: \(out)") }
        for v in c.keep { #expect(out.contains(v), "\(v) was redacted: \(out)") }
    }

    @Test("strict mode joins a surname before a cued first name and keeps Romance drug names")
    func strictJoinsAndKeeps() {
        let out = Self.redacted(Self.strict, "Statement for Weeks, Felicia. IBUPROFENO 400 mg y atorvastatina 20 mg, lévothyroxine 50")
        #expect(!out.contains("Weeks") && !out.contains("Felicia"), "\(out)")
        for drug in ["IBUPROFENO", "atorvastatina", "lévothyroxine"] { #expect(out.contains(drug), "\(drug): \(out)") }
    }

    @Test("strict mode: nothing unknown leaves", arguments: strictCases)
    func strictNet(_ c: Case) { Self.check(c, Self.strict) }

    @Test("balanced mode keeps unknown words that are no listed name")
    func balancedKeepsUnknownWords() {
        #expect(Self.redacted(Self.balanced, "my nephew says yeet a lot") == "my nephew says yeet a lot")
        #expect(Self.redacted(Self.strict, "my nephew says yeet a lot") == "my nephew says <UNKNOWN_1> a lot")
        // the word a text asks the meaning of stays in both
        #expect(Self.redacted(Self.strict, "what does yeet mean") == "what does yeet mean")
    }

    @Test("one placeholder per name, however it is joined")
    func oneNameOnePlaceholder() {
        #expect(Self.redacted(Self.strict, "Pt Jae-won Park, MRN 00482913") == "Pt <PERSON_1>, MRN <MRN_1>")
    }

    static let layerOneCases: [Case] = [
        Case(text: "Call 212-555-0100 ext. 42 or +33 1 23 45 67 89", redact: ["212-555-0100 ext. 42", "+33 1 23 45 67 89"]),
        Case(text: "Tel. 030 1234567 bitte", redact: ["030 1234567"]),
        Case(text: "Postcode SW1A 1AA, plate AB12 CDE, 1012 AB Amsterdam, K1A 0B1", redact: ["SW1A 1AA", "AB12 CDE", "1012 AB", "K1A 0B1"]),
        Case(text: "Kennzeichen B-MK 1234, plaque AB-123-CD, kenteken 12-ABC-3", redact: ["B-MK 1234", "AB-123-CD", "12-ABC-3"]),
        Case(text: "seen on the fifth of May and again May twenty-first, next 3 de mayo de 2020", redact: ["fifth of May", "May twenty-first", "3 de mayo de 2020"]),
        Case(text: "she is ninety-three years old; aged one hundred and two", redact: ["ninety-three", "one hundred and two"], keep: ["years old"]),
        Case(text: "see scan_jdoe_2023.pdf and Smith_J_labs.docx, not discharge_summary.pdf", redact: ["scan_jdoe_2023.pdf", "Smith_J_labs.docx"], keep: ["discharge_summary.pdf"]),
        Case(text: "write to jane_doe at example dot com", redact: ["jane_doe at example dot com"]),
        Case(text: "SSN endng 4321 on file", redact: ["4321"]),
        Case(text: "NAME:\tDoe, Jane\nMR:\t1234567\nDD: 04/07/69", redact: ["Doe, Jane", "1234567", "04/07/69"], keep: ["NAME:", "MR:", "DD:"]),
        Case(text: "Jane Q Doe, M.D.\nJohn Roe, MD, pager 12345\nJQD:smith", redact: ["Jane Q Doe", "John Roe", "12345", "JQD", "smith"], keep: ["M.D.", "MD"]),
        Case(text: "Tel +33 (0)4 12 34 56 78, Telefon: 04912345678 App. 1234, Pager 0421, Fax (0611)-234567",
             redact: ["12 34 56 78", "04912345678", "1234", "0421", "234567"], keep: ["Telefon", "Pager"]),
        Case(text: "born (3/4/21), seen 7 juil. 2021 and 12. DEZ. 1997", redact: ["3/4/21", "juil", "2021", "DEZ", "1997"]),
        Case(text: "who is now 94 and lives alone; died at the age of 91; she is ninety-two and well", redact: ["94", "91", "ninety-two"], keep: ["lives alone"]),
        Case(text: "Calle Mayor del Sol, 12, piso 3 and Rua das Flores 45 and Birkenweg 6/4 / Top 18",
             redact: ["Mayor del Sol", "12", "piso 3", "Flores 45", "Birkenweg", "6/4", "Top 18"]),
        Case(text: "Aspvägen 12 or Erlenstr. 7 or Studio 4, Elm Vista or 78, Agarwal Marg, Eircode D02 X285",
             redact: ["Aspvägen", "Erlenstr", "Studio 4", "Elm Vista", "Agarwal", "D02", "X285"]),
        Case(text: "Please ask dokter de Vries, Herr zur Nieden and dott.ssa Dell'Acqua", redact: ["Vries", "Nieden", "Acqua"], keep: ["Please ask dokter"]),
        Case(text: "the bill for Anna de Graaf and Lana van de Water", redact: ["Anna", "Graaf", "Lana", "Water"]),
        Case(text: "F, 92, lives alone; she's 99; turning 100 next week; my dad (95) called; her 101st birthday",
             redact: ["92", "99", "100", "95", "101"], keep: ["lives alone", "next week"]),
        Case(text: "meine Oma wird zweiundneunzig Jahre alt, une dame de quatre-vingt-dix-huit ans, tiene noventa y dos años",
             redact: ["zweiundneunzig", "quatre-vingt-dix-huit", "noventa y dos"], keep: ["Oma", "Jahre", "ans", "años"]),
        Case(text: "cent euros et quatre-vingt-dix centimes, noventa minutos de espera, eine 74-jährige Patientin",
             redact: [], keep: ["cent euros", "quatre-vingt-dix centimes", "noventa minutos", "74-jährige"]),
        Case(text: "Morbus Basedow, maladie d'Addison, malattia di Basedow, test de Mantoux, Barrett-Ösophagus",
             redact: [], keep: ["Basedow", "d'Addison", "di Basedow", "Mantoux", "Barrett"]),
        Case(text: "Frau Weber-Schmidt kommt morgen; Dr. Barrett-Jones called", redact: ["Weber", "Schmidt", "Barrett", "Jones"]),
        // unlisted eponyms before a head, after a head that never precedes a person, glued to a head; also opening a sentence
        Case(text: "Pain RIF. Alvarado score 6. Kellgren-Lawrence grade 4. SIGNE DE MURPHY. score NIHSS 6, skala Glasgow 15, Braden-Skala 12, tetralogy of Fallot",
             redact: [], keep: ["Alvarado", "Kellgren-Lawrence", "SIGNE DE MURPHY", "NIHSS", "skala Glasgow", "Braden-Skala", "Fallot"]),
        // a head word that is also a given name is a name before a surname
        Case(text: "Pani Signe McAllister, rachunek; seen by Dr. Alvarado score pending", redact: ["Signe", "McAllister", "Alvarado"]),
        Case(text: "Anschrift: Birkenweg 7, 10279 Feuchtwangen\nGeburtsort:\tAltdorf\nVille - Petit-la-Forêt\nCity:  Greenhaven",
             redact: ["Birkenweg", "10279", "Feuchtwangen", "Altdorf", "Petit", "Forêt", "Greenhaven"], keep: ["Anschrift:", "Geburtsort:", "Ville", "City:"]),
        Case(text: "Calle del Pez 12, 2º izq.\nStudio 4, Ward Parkways\n26, chemin Merle, bât. B", redact: ["Pez", "12", "izq", "Studio 4", "Ward Parkways", "26", "Merle", "bât. B"]),
        Case(text: "Kind regards,\nMason\n\nDanke\nNick Brandt\n\nSincerely,\nMember Services", redact: ["Mason", "Nick", "Brandt"], keep: ["Kind regards", "Member Services"]),
        Case(text: "UTENTE:\tde Sousa, Ana\nO Sr. de Oliveira chegou.", redact: ["de Sousa", "Ana", "de Oliveira"], keep: ["UTENTE:", "chegou"]),
        Case(text: "mi mail è gsantoro chiocciola libero punto it, o meu é ana reis arroba sapo ponto pt, meine ist h punkt weber at web punkt de",
             redact: ["gsantoro", "libero", "reis", "sapo", "weber", "web punkt de"], keep: ["mi mail è", "meine ist"]),
        // labels, function words and Romance drug names stay
        Case(text: "CC: abdominal pain\nVITALS: Na 125 mmol/L, INR 3.2", redact: [], keep: ["abdominal pain", "VITALS: Na 125"]),
        Case(text: "Sind Sie heute offen? Danke, das war's schon. Quali orari avete il sabato? Che bello.", redact: [], keep: ["Sind Sie", "das war's", "Che bello"]),
    ]

    @Test("layer 1 reads international formats and note layouts", arguments: layerOneCases)
    func typedLayer(_ c: Case) { Self.check(c, Self.balanced) }

    @Test("explain names the layer and its evidence for every span")
    func explain() {
        var map = PlaceholderMap()
        let (result, spans) = Self.strict.explain("Pt Zorbnak, MRN 00482913, asked about yeet", map: &map)
        #expect(result.redacted == "Pt <PERSON_1>, MRN <MRN_1>, asked about <UNKNOWN_1>")
        #expect(spans.map(\.placeholder) == ["<PERSON_1>", "<MRN_1>", "<UNKNOWN_1>"])
        #expect(spans.map(\.text) == ["Zorbnak", "00482913", "yeet"])
        #expect(spans[1].evidence.first?.layer == .typed)
        #expect(spans[2].evidence.first?.layer == .safeList)
        #expect(spans.allSatisfy { !($0.evidence.first?.detail.isEmpty ?? true) })
    }

    @Test("the outbound guard refuses what the redactor's name layer let through")
    func guardIsIndependent() throws {
        let guardStrict = OutboundGuard(redactor: Self.strict)
        // a name the name layer cannot see (no cue, no list) still fails the guard in strict mode
        #expect(guardStrict.findings("<PERSON_1> met Zorbnak yesterday") == [.unknown])
        #expect(throws: RedactionError.self) { try guardStrict.check("please call Qwynthelle back") }
        // redacted text and our own prompt wording pass
        try guardStrict.check("<PERSON_1> met <UNKNOWN_1> yesterday about the refill of metformin 500 mg")
        let out = Self.redacted(Self.strict, "NAME:\tDoe, Jane\nJane Q Doe, M.D. asked about the Holter monitor")
        try guardStrict.check(out)
    }
}

/// The compiled safe-list file: format checks and lookups on a file written here.
struct SafeListFileTests {
    /// Writes a file in the format of scripts/safelist/compile.py.
    static func file(safe: [String], names: [String], clinical: [String]? = nil, magic: String = "OPSAFE01", version: Int = 1) -> Data {
        func bloom(_ words: [String]) -> (bits: Int, k: Int, bytes: [UInt8]) {
            let bits = 64 * 64, k = 7
            var bytes = [UInt8](repeating: 0, count: bits / 8)
            for w in words {
                let h = BloomFilter.fnv1a(w.utf8)
                let a = h & 0xffff_ffff, b = (h >> 32) | 1
                for i in 0..<UInt64(k) {
                    let idx = Int((a &+ i &* b) % UInt64(bits))
                    bytes[idx >> 3] |= 1 << (idx & 7)
                }
            }
            return (bits, k, bytes)
        }
        let s = bloom(safe), n = bloom(names)
        var parts = [("safe", s, safe.count), ("names", n, names.count)]
        if let clinical { parts.append(("clinical", bloom(clinical), clinical.count)) }
        var offset = 4096
        let sections = parts.map { name, f, count -> [String: Any] in
            defer { offset += f.bytes.count }
            return ["name": name, "offset": offset, "bytes": f.bytes.count, "bits": f.bits, "hashes": f.k, "count": count]
        }
        let header = try! JSONSerialization.data(withJSONObject: ["version": version, "hash": "fnv1a64-km", "sections": sections], options: [.sortedKeys])
        var out = Data(magic.utf8)
        var len = UInt32(header.count).littleEndian
        withUnsafeBytes(of: &len) { out.append(contentsOf: $0) }
        out.append(header)
        out.append(Data(count: 4096 - out.count))
        for part in parts { out.append(contentsOf: part.1.bytes) }
        return out
    }

    @Test("drug names of the clinical section stay in a note about a patient; not after a title")
    func clinicalSectionProtectsDrugs() throws {
        let words = ["patient", "on", "and", "since", "monday", "takes", "with", "called"]
        let list = try SafeList.parse(Self.file(safe: words + ["marcumar", "sintrom", "co-amoxiclav"], names: ["okafor", "sintrom"],
                                                clinical: ["marcumar", "sintrom", "co-amoxiclav"]), path: "t.bin")
        #expect(list.isClinical("marcumar") && !list.isClinical("okafor"))
        let redactor = try Redactor(config: RedactionConfig(), safeList: list)
        var map = PlaceholderMap()
        let out = redactor.redact("Patient Okafor takes Marcumar and Sintrom with Co-amoxiclav since Monday. Dr. Sintrom called", map: &map).redacted
        #expect(out.contains("takes Marcumar and Sintrom with Co-amoxiclav"), "\(out)")
        #expect(!out.contains("Okafor") && !out.contains("Dr. Sintrom"), "\(out)")
        // a file without the section (older builds) protects nothing more
        #expect(!(try SafeList.parse(Self.file(safe: words, names: []), path: "t.bin")).hasClinical)
    }

    @Test("a compiled file is read and its sections looked up")
    func reads() throws {
        let list = try SafeList.parse(Self.file(safe: ["hôpital", "patient", "krankenhaus"], names: ["okafor"]), path: "t.bin")
        #expect(list.safeCount == 3)
        #expect(list.isSafe("patient") && list.isSafe("krankenhaus"))
        // decomposed input is normalised before the lookup
        #expect(list.isSafe("ho\u{0302}pital"))
        #expect(!list.isSafe("zorbnak"))
        #expect(list.isName("okafor"))
    }

    @Test("bad files are refused with the path and the reason")
    func refuses() {
        for (data, why) in [(Data("garbage".utf8), "bad magic"), (Self.file(safe: ["a"], names: [], magic: "OPSAFE99"), "bad magic"),
                            (Self.file(safe: ["a"], names: [], version: 2), "version 2"), (Self.file(safe: ["a"], names: []).prefix(5000), "outside the file")] {
            #expect {
                _ = try SafeList.parse(Data(data), path: "/tmp/x.bin")
            } throws: { error in
                let e = error as? RedactionError
                return e?.code == "redaction.safelist_unreadable" && e!.message.contains("/tmp/x.bin") && e!.message.contains(why)
            }
        }
    }

    @Test("a missing file falls back to the built-in list; an unreadable one is an error")
    func fallback() throws {
        let missing = try SafeList.firstAvailable(["/nonexistent/safelist.bin"])
        #expect(missing.safeCount == 0 && missing.source.contains("embedded"))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("safelist-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.bin")
        try Data("not a safe-list".utf8).write(to: bad)
        #expect(throws: RedactionError.self) { _ = try SafeList.firstAvailable([bad.path]) }
        #expect(throws: RedactionError.self) { _ = try Redactor(config: { var c = RedactionConfig(); c.safeListPaths = [bad.path]; return c }()) }
    }
}

/// Random texts built from the pieces identifiers are made of ("+46 (0)8 933", "x42", "Apt 2B",
/// "M.D.", "de la"): every layer's index arithmetic is exercised where random scalars rarely reach.
struct FragmentFuzzTests {
    static let fragments = [
        "+", "+46 ", "(", "(0)", ")", " ", "  ", "\t", "\n", "0", "8", "12", "933", "082 56", "555-0100", "x", "x42", "ext.", " ext ",
        "-", ".", ",", ":", "/", "#", "_", "'", "Apt", " 2B", "Puerta", "Top", "M.D.", ", MD", "Dr.", "de", " la ", "van der",
        "NAME:", "MR:", "DD:", "JQD:smith", "Okafor", "Jae-won", "Park", "Ní", "Bhraonáin", "SW1A 1AA", "AB-123-CD", "B-MK",
        "ninety-three", "fifth of May", "3 de mayo", "at", " dot ", "com", "scan_", ".pdf", "May", "twenty", "-first", "yeet",
    ]

    @Test func fragmentTextsNeverCrashAndRoundTrip() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        let redactor = RecallNetTests.strict
        let guardCheck = OutboundGuard(redactor: redactor)
        for _ in 0..<400 {
            let text = (0..<next(24)).map { _ in Self.fragments[next(Self.fragments.count)] }.joined()
            var map = PlaceholderMap()
            let r = redactor.redact(text, map: &map)
            #expect(Reidentifier.reidentify(r.redacted, map: map).text == text)
            _ = guardCheck.findings(r.redacted)
        }
    }
}
