import Testing
@testable import OutpostRedaction

/// Each case: a text, values that must be redacted, values that must survive.
struct DetectorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var redact: [String]
        var keep: [String] = []
        var testDescription: String { text }
    }

    /// The name layer and the typed detectors (balanced mode): strict mode's recall net is tested
    /// in RecallNetTests, on the built-in list.
    static let redactor = try! Redactor(config: { var c = RedactionConfig(); c.mode = .balanced; return c }())

    static let cases: [Case] = [
        Case(text: "Patient Ngozi Eze, DOB 02/11/1949, MRN 4471920, phone (415) 555-0172.",
             redact: ["Ngozi", "Eze", "02/11/1949", "4471920", "555-0172"], keep: ["Patient", "DOB", "MRN"]),
        Case(text: "my name is oluwaseun adebayo and i was born 4 july 1958", redact: ["oluwaseun", "adebayo", "4 july"]),
        Case(text: "PATIENT TOMASZ WOJCIK SEEN TODAY FOR COPD", redact: ["TOMASZ", "WOJCIK"], keep: ["COPD", "PATIENT"]),
        Case(text: "Will Kowalski called; Hope Martinez will call back.", redact: ["Will", "Kowalski", "Hope", "Martinez"], keep: ["will call back"]),
        Case(text: "Grace from pharmacy says the dose is fine.", redact: ["Grace"], keep: ["pharmacy", "dose"]),
        Case(text: "Hope you are well. Mark the chart and bill the insurance.", redact: [], keep: ["Hope", "Mark", "bill"]),
        Case(text: "Dr. Fitzgerald reviewed the Holter monitor and Babinski sign.", redact: ["Fitzgerald"], keep: ["Holter monitor", "Babinski sign"]),
        Case(text: "Hx of Parkinson's disease, Down syndrome and Graves' disease; Glasgow Coma Scale 14.", redact: [],
             keep: ["Parkinson", "Down", "Graves", "Glasgow Coma Scale 14"]),
        Case(text: "BP 142/88, pain 7/10, HbA1c 7.2%, SpO2 93%, metoprolol 25 mg at 14:00, fee $1,250.00", redact: [],
             keep: ["142/88", "7/10", "HbA1c 7.2%", "SpO2 93%", "25 mg", "14:00", "$1,250.00"]),
        Case(text: "Email me at jane dot doe at mail dot com or jdoe@clinic.org", redact: ["jane dot doe at mail dot com", "jdoe@clinic.org"]),
        Case(text: "SSN ending 4321; card ending in 9876 was declined; SSN 558-39-2492", redact: ["4321", "9876", "558-39-2492"]),
        Case(text: "Wire to routing 021000021, IBAN DE89 3704 0044 0532 0130 00, card 4111 1111 1111 1111.",
             redact: ["021000021", "DE89 3704 0044 0532 0130 00", "4111 1111 1111 1111"]),
        Case(text: "NPI 1234567893, DEA AB1234563, driver's license B9030789", redact: ["1234567893", "AB1234563", "B9030789"]),
        Case(text: "VIN 1HGCM82633A004352, plate 7ABC123, IMEI 490154203237518, MAC 00:1B:44:11:3A:B7",
             redact: ["1HGCM82633A004352", "7ABC123", "490154203237518", "00:1B:44:11:3A:B7"]),
        Case(text: "Portal https://portal.example.org/p/1?t=2 from 10.1.2.3 and 2001:db8::8a2e:370:7334",
             redact: ["https://portal.example.org/p/1?t=2", "10.1.2.3", "2001:db8::8a2e:370:7334"]),
        Case(text: "She lives at 42 Maple Terrace Apt 3B, Fall River, MA 02720 and is a 94-year-old.",
             redact: ["42 Maple Terrace Apt 3B", "Fall River", "02720", "94"], keep: ["MA"]),
        Case(text: "Appointment on March 14th, admitted 14.03.1962, seen 2021-04-05 and on the 3rd of May.",
             redact: ["March 14th", "14.03.1962", "2021-04-05", "3rd of May"]),
        Case(text: "Account holder 王伟 called.", redact: ["王伟"]),
        Case(text: "Sato, Linda - allergy to lisinopril.", redact: ["Sato", "Linda"], keep: ["lisinopril"]),
        Case(text: "What are the visiting hours for the cardiology ward on weekends?", redact: []),
        Case(text: "The patient is 45 years old and takes 2 tablets 3 times a day.", redact: [], keep: ["45", "2 tablets"]),
        // numbers read out in words, in the box's languages
        Case(text: "you can reach me at six one seven, five five five, zero one nine eight. Thanks",
             redact: ["six one seven, five five five, zero one nine eight"], keep: ["Thanks"]),
        Case(text: "Il mio numero è tre quattro sette, uno due tre, quattro cinque sei sette. Grazie.",
             redact: ["tre quattro sette, uno due tre, quattro cinque sei sette"], keep: ["Grazie"]),
        Case(text: "llame al nueve seis siete, dieciocho, cero cero, treinta y dos.", redact: ["nueve seis siete, dieciocho, cero cero, treinta y dos"]),
        Case(text: "I need two or three eggs and one cup of flour for five minutes.", redact: [], keep: ["two or three eggs", "one cup", "five minutes"]),
        Case(text: "mon rendez-vous du douze mars, ou le vingt-et-un avril", redact: ["douze mars", "vingt-et-un avril"]),
        Case(text: "su cita es el treinta y uno de mayo; Ihr Termin am zweiten Februar; no dia dezassete de março",
             redact: ["treinta y uno de mayo", "zweiten Februar", "dezassete de março"]),
        Case(text: "My date of birth is March third, nineteen fifty.", redact: ["March third, nineteen fifty"]),
        // ages that the name beside them makes ages
        Case(text: "Pre-op assessment\nAoife Ní Bhriain, 90, for L hip hemiarthroplasty.", redact: ["Aoife", "90"], keep: ["hemiarthroplasty"]),
        Case(text: "She is 94 and lives alone; the score is 94.", redact: ["She is 94"], keep: ["the score is 94"]),
        Case(text: "hallo, hier ist Gerda Birnbaum, ich bin dreiundneunzig und brauche Hilfe", redact: ["Gerda", "dreiundneunzig"]),
        // form fields, footers, cards and pagers
        Case(text: "Nombre: Lucía\nDirección: C/ Mayor, 14, 3.º B\nC.P.: 28013", redact: ["C/ Mayor, 14, 3.º B", "28013"]),
        Case(text: "Address: Flat 9, 3 Quarry Hill, Leeds\nPostcode: LS2 7EW", redact: ["Flat 9, 3 Quarry Hill, Leeds"]),
        Case(text: "Plan discussed. Next review in two weeks.\n– JT", redact: ["JT"], keep: ["Plan discussed"]),
        Case(text: "Seen in clinic.\nDictated by Dr I. Nakamura, typed by lw", redact: ["Nakamura", "lw"]),
        Case(text: "Hemos bloqueado su tarjeta terminada en 4417 por seguridad.", redact: ["4417"], keep: ["tarjeta terminada en"]),
        Case(text: "ICU outreach bleeped on 2290, registrar aware.", redact: ["2290"]),
        Case(text: "Rua das Flores, 250, Curitiba - PR\nWagga Wagga NSW 2650", redact: ["Curitiba", "Wagga Wagga", "2650"], keep: ["PR", "NSW"]),
        // hospitals and clinics named by a place or a founder; a procedure or "the hospital" stays
        Case(text: "Cholecystectomy booked at Fraser Canyon Hospital; GP at Kennet Surgery.", redact: ["Fraser Canyon Hospital", "Kennet Surgery"]),
        Case(text: "Lettera di dimissione – Ospedale Maggiore di Bologna", redact: ["Ospedale Maggiore di Bologna"], keep: ["Lettera di dimissione"]),
        Case(text: "im taking my nan to st. brigid's hospital for her scan", redact: ["brigid"], keep: ["for her scan"]),
        Case(text: "She had knee surgery at the hospital last week. The clinic is open on Monday.", redact: [], keep: ["knee surgery", "the hospital", "The clinic"]),
        Case(text: "Hope Medical Practice\nTel 020 7946 0058\nShe moved into the care home in May.", redact: ["Hope Medical Practice"], keep: ["the care home"]),
        Case(text: "91M FROM EAGLE CARE HOME, FOUND ON FLOOR. SEEN AT HOPE REGIONAL HOSPITAL.", redact: ["EAGLE CARE HOME", "HOPE REGIONAL HOSPITAL"], keep: ["FOUND ON FLOOR"]),
        Case(text: "Rate this book 4 out of 6 and buy 3 set of keys; consulta il 5 set. 2024", redact: ["5 set. 2024"], keep: ["4 out of 6", "3 set of keys"]),
        // a word numbering a room is no name; a first name before a date still is
        Case(text: "Übergabe Nacht: ruhige Nacht, Zimmer 3 schläft, Zimmer 5 hat geklingelt.", redact: [], keep: ["Zimmer 3", "Zimmer 5"]),
        // ages over 89 said of a person in Dutch, and in Belgian French words
        Case(text: "hoi! oma ligt in het ziekenhuis, ze is 91 maar nog heel helder.", redact: ["91"], keep: ["ze is"]),
        Case(text: "PATIENTE DE NONANTE ET UN ANS, CHUTE À DOMICILE.", redact: ["NONANTE ET UN"], keep: ["ANS, CHUTE"]),
        // a flight number names no one; the booking reference does
        Case(text: "My flight is dl123 tomorrow, booking ref QXJ7PL", redact: ["QXJ7PL"], keep: ["flight is dl123"]),
        // a title in lower case before an everyday word
        Case(text: "i want to hear doctor jokes", redact: [], keep: ["doctor jokes"]),
        // names spelled out on a call, initials that close a note, ages and months in more forms
        Case(text: "Caller: it's Vikram Malik, M-A-L-I-K. Thanks. We use the A-B-C method.", redact: ["M-A-L-I-K"], keep: ["A-B-C method"]),
        Case(text: "Plan agreed with family.\n– EL/BO", redact: ["EL", "BO"], keep: ["Plan agreed"]),
        Case(text: "Overdracht: k. 4 mevr. Oyelaran, 97 jr, delier. Age at departure: 94", redact: ["97", "94"], keep: ["delier"]),
        Case(text: "Concepto: alquiler febrero de 2027; renda março de 2027; at extension 5693.", redact: ["febrero de 2027", "março de 2027", "5693"]),
        // a name or place found once is redacted at every mention; a general word only where written as a name
        Case(text: "From Mobile, AL to Tulsa last month; records from my old clinic in Mobile. Call my mobile. – Imelda Chowdhury",
             redact: ["Mobile"], keep: ["my mobile", "AL"]),
        Case(text: "Mr. Fox called about the claim. Fox said the adjuster is away.", redact: ["Fox"], keep: ["called about the claim"]),
        // a capitalised general word after a place preposition in a text about a person
        Case(text: "Dear Ines, lovely to meet you at the fair in Normal on June 3. Regards, Tom Okafor",
             redact: ["Normal", "Okafor"], keep: ["lovely to meet you"]),
        Case(text: "Vit avec son épouse à Spa. Personne de confiance : Maricel Fitzgerald.", redact: ["Spa", "Fitzgerald"], keep: ["Vit avec son épouse"]),
        Case(text: "Patient Ola Nordmann moved in March, speaks in English, now in Bed 4 in Cardiology, seen in Geriatrics.", redact: ["Nordmann"],
             keep: ["in March", "in English", "in Bed 4", "in Cardiology", "in Geriatrics"]),
        Case(text: "Frau Keller ist seit Montag in Behandlung und kommt aus Heimweg.", redact: ["Keller"], keep: ["in Behandlung", "aus Heimweg"]),
        // a European postcode and the city after it, without a recognised street before them
        Case(text: "Ny adresse er Klostervej 15, 2. th, 6760 Ribe. Tak.", redact: ["6760", "Ribe"], keep: ["Tak"]),
        Case(text: "Ich laufe jeden Tag 4000 Schritte, 2000 Meter.", redact: [], keep: ["4000 Schritte", "2000 Meter"]),
        // a French NIR, its one-digit first group included, only with a valid key
        Case(text: "NIR : 2 93 02 13 055 012 55, numéro de sécurité sociale", redact: ["2 93 02 13 055 012 55", "2 93"]),
    ]

    @Test(arguments: cases)
    func detects(_ c: Case) {
        var map = PlaceholderMap()
        let result = Self.redactor.redact(c.text, map: &map)
        for value in c.redact {
            #expect(!result.redacted.contains(value), "\(value) survived in: \(result.redacted)")
        }
        for value in c.keep {
            #expect(result.redacted.contains(value), "\(value) was removed: \(result.redacted)")
        }
        if c.redact.isEmpty { #expect(result.entities.isEmpty, "unexpected entities in: \(result.redacted)") }
    }

    @Test func offsetsCountUnicodeScalars() {
        var map = PlaceholderMap()
        let text = "Café 👩‍⚕️ note: patient Ngozi Eze called."
        let r = Self.redactor.redact(text, map: &map)
        let scalars = Array(text.unicodeScalars)
        let person = try! #require(r.entities.first { $0.type == .person })
        #expect(String(String.UnicodeScalarView(scalars[person.start..<person.end])) == "Ngozi Eze")
    }

    @Test func customPatternsFromConfig() throws {
        let redactor = try Redactor(config: RedactionConfig(customPatterns: [CustomPattern(type: "MRN", regex: "\\bH[0-9]{3}\\b")]))
        var map = PlaceholderMap()
        let r = redactor.redact("Chart H123 reviewed", map: &map)
        #expect(r.redacted == "Chart <MRN_1> reviewed")
    }

    @Test func badCustomPatternsAreRefused() {
        #expect(throws: RedactionError.self) { try Redactor(config: RedactionConfig(customPatterns: [CustomPattern(type: "MRN", regex: "([")])) }
        #expect(throws: RedactionError.self) { try Redactor(config: RedactionConfig(customPatterns: [CustomPattern(type: "bad type", regex: "x")])) }
    }

    @Test func disabledTypesAreKept() throws {
        var config = RedactionConfig()
        config.disabledTypes = [.location]
        let redactor = try Redactor(config: config)
        var map = PlaceholderMap()
        let r = redactor.redact("She lives in Springfield.", map: &map)
        #expect(r.redacted.contains("Springfield"))
    }
}
