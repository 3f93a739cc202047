/// Context words that type a nearby value or announce a name. All lower-case.
enum Cues {
    /// Titles before a name; the title itself is not part of the PERSON span.
    static let titles: Set<String> = [
        "dr", "doctor", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sr", "sra", "srta", "herr", "frau",
        "mme", "mlle", "m", "sir", "madam", "dame", "rev", "fr", "sister", "nurse", "np", "pa", "rn", "md",
        // the other languages' forms of address and doctor titles
        "dokter", "dott", "dottore", "dottoressa", "sig", "signora", "signor", "signore", "mevr", "mevrouw", "dhr",
        "meneer", "señor", "señora", "dña", "doña", "monsieur", "madame", "mademoiselle", "senhor", "senhora", "dra",
    ]

    /// Titles whose abbreviation dot does not end a sentence ("Dr. Sato"); credentials that
    /// follow a name ("Ask the RN. My …", "Sato MD.") are left out.
    static let preNameTitles: Set<String> = titles.subtracting(["md", "rn", "np", "pa"])

    /// Words after which the next name-like token is a person even without a name list hit.
    static let strongPersonCues: Set<String> = [
        // kin and role words of the box's other languages
        "oma", "opa", "mutter", "vater", "sohn", "tochter", "ehemann", "ehefrau", "mère", "père", "fils", "fille", "épouse", "époux",
        "madre", "padre", "hijo", "hija", "abuela", "abuelo", "esposa", "esposo", "nonna", "nonno", "figlio", "figlia", "moglie",
        "marito", "mãe", "pai", "filho", "filha", "avó", "avô", "moeder", "vader", "zoon", "dochter", "echtgenoot", "echtgenote",
        "patiënt", "patiente", "paciente", "paziente", "patientin", "doente",
        "patient", "pt", "patients", "mom", "mother", "mum", "dad", "father", "son", "daughter", "wife",
        "husband", "brother", "sister", "grandmother", "grandfather", "grandma", "grandpa", "granddaughter",
        "grandson", "aunt", "uncle", "cousin", "niece", "nephew", "partner", "fiancé", "fiance", "spouse",
        "guardian", "caregiver", "friend", "neighbor", "neighbour", "customer", "client", "beneficiary",
        "beneficary", "payee", "cardholder", "tenant", "resident", "employee", "caller", "named", "surname",
        "attn", "attention", "dear", "hi", "hello", "cc", "signed", "mr", "mrs", "ms", "dr", "doctor", "nurse", "therapist",
        "physician", "surgeon", "pharmacist", "dentist", "midwife", "colleague", "coworker", "applicant",
        "borrower", "cosigner", "co-signer", "holder", "owner", "member", "baby", "infant", "child", "kid",
        "boyfriend", "girlfriend", "stepson", "stepdaughter", "stepmother", "stepfather", "sibling",
    ]

    /// Words after which a token from the name lists is a person (weaker cues).
    static let weakPersonCues: Set<String> = [
        "for", "by", "from", "with", "and", "to", "call", "called", "contact", "ask", "asked", "tell", "told",
        "see", "saw", "visit", "visited", "meet", "met", "is", "was", "am", "i'm", "im", "name", "name's",
        "names", "of", "re", "regarding", "about", "or", "per", "thanks", "thank", "cc", "via", "behalf",
        "on", "at", "as", "&", ",", "(", ":", "-", "/",
    ]

    /// Verbs that follow a person subject ("Anna reports", "Will called").
    static let personVerbs: Set<String> = [
        "says", "said", "reports", "reported", "called", "calls", "asks", "asked", "wants", "wanted", "needs",
        "needed", "wrote", "writes", "mentioned", "mentions", "states", "stated", "complains", "complained",
        "denies", "denied", "requests", "requested", "is", "was", "has", "had", "will", "would", "can", "could",
        "should", "did", "does", "presents", "presented", "arrived", "arrives", "came", "left", "phoned",
        "emailed", "texted", "agreed", "declined", "refused", "consented", "prefers", "speaks", "lives",
        "lived", "works", "worked", "disputes", "disputed", "missed", "misses", "checked", "signed", "paid",
        "owes", "confirmed", "confirms", "approved", "noted", "notes", "feels", "felt", "takes", "took",
        "needs", "underwent", "received", "receives", "died", "passed", "went", "goes", "visited",
    ]

    /// Kinship and role words that follow a name in a relation ("Maria's son", "Anna (daughter)").
    static let afterNameRoles: Set<String> = ["son", "daughter", "wife", "husband", "mother", "father", "md", "rn", "np", "phd", "do", "jr", "sr", "ii", "iii"]

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
        // common other-language month names
        "januar": 1, "janvier": 1, "enero": 1, "gennaio": 1, "februar": 2, "février": 2, "fevrier": 2,
        "febrero": 2, "febbraio": 2, "märz": 3, "mars": 3, "marzo": 3, "avril": 4, "abril": 4, "aprile": 4,
        "mai": 5, "mayo": 5, "maggio": 5, "juni": 6, "juin": 6, "junio": 6, "giugno": 6, "juli": 7,
        "juillet": 7, "julio": 7, "luglio": 7, "août": 8, "aout": 8, "agosto": 8, "septembre": 9,
        "septiembre": 9, "settembre": 9, "oktober": 10, "octobre": 10, "octubre": 10, "ottobre": 10,
        "novembre": 11, "noviembre": 11, "dezember": 12, "décembre": 12, "decembre": 12, "diciembre": 12,
        "dicembre": 12,

    ]

    /// More month names for dates only (never protected words on their own: "Mei" is a name too):
    /// Dutch, Portuguese and the abbreviations of forms ("13 ene 2016", "7 juil. 2020", "15. DEZ.").
    static let moreMonths: [String: Int] = [
        "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8, "janeiro": 1, "fevereiro": 2,
        "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10, "novembro": 11,
        "dezembro": 12, "jänner": 1, "jaenner": 1, "feber": 2, "ene": 1, "janv": 1, "jän": 1, "jaen": 1, "gen": 1, "fev": 2, "fév": 2, "févr": 2, "fevr": 2,
        "mär": 3, "mrt": 3, "abr": 4, "avr": 4, "mag": 5, "giu": 6, "juil": 7, "lug": 7, "ago": 8, "aoû": 8,
        "set": 9, "okt": 10, "ott": 10, "out": 10, "dic": 12, "dez": 12, "déc": 12,
        // Swedish, Danish, Norwegian, Polish (the genitive forms dates use)
        "augusti": 8, "marts": 3, "maj": 5, 
        "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7, "sierpnia": 8, "września": 9,
        "października": 10, "listopada": 11, "grudnia": 12,
        "styczeń": 1, "luty": 2, "marzec": 3, "kwiecień": 4, "czerwiec": 6, "lipiec": 7, "sierpień": 8, "wrzesień": 9,
        "październik": 10, "listopad": 11, "grudzień": 12,
        "tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5, "kesäkuuta": 6, "heinäkuuta": 7,
        "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10, "marraskuuta": 11, "joulukuuta": 12,
        // Czech, the genitive forms dates use ("8. února 2022") and the nominative
        "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6, "července": 7, "srpna": 8, "září": 9,
        "října": 10, "listopadu": 11, "prosince": 12,
        "leden": 1, "únor": 2, "březen": 3, "duben": 4, "květen": 5, "červen": 6, "červenec": 7, "srpen": 8, "říjen": 10, "prosinec": 12,
    ]

    /// The month a word names, in any of the box's languages.
    static func month(_ w: String) -> Int? { months[w] ?? moreMonths[w] }

    static let streetSuffixes: Set<String> = [
        "street", "st", "road", "rd", "avenue", "ave", "av", "boulevard", "blvd", "drive", "dr", "lane", "ln",
        "way", "court", "ct", "place", "pl", "terrace", "ter", "circle", "cir", "parkway", "pkwy", "highway",
        "hwy", "square", "sq", "trail", "trl", "row", "alley", "crescent", "cres", "close", "grove", "gardens",
        "path", "pike", "plaza", "loop", "run", "walk", "broadway", "turnpike", "tpke", "expressway", "route",
        "rte", "strasse", "straße", "str", "weg", "gasse", "platz", "allee", "rue", "avenida", "calle", "via",
        "viale", "piazza", "corso", "hill", "heights", "point", "pt", "landing", "crossing", "commons", "mews",
        "estates", "ridge", "view", "park", "green", "bend", "cove", "creek", "glen", "hollow", "meadow",
        "meadows", "pass", "pointe", "shore", "springs", "station", "summit", "vista", "wharf",
        // more of the USPS street suffixes (Publication 28, appendix C1) and other English forms
        "brook", "brooks", "mount", "mountain", "views", "loaf", "island", "islands", "isle", "center", "centers",
        "ville", "village", "villages", "knoll", "knolls", "key", "keys", "fork", "forks", "ford", "fords", "forest",
        "falls", "harbor", "harbors", "haven", "hills", "junction", "lake", "lakes", "lodge", "manor", "manors", "mill",
        "mills", "orchard", "pines", "plain", "plains", "prairie", "ranch", "river", "shoal", "shoals", "shores", "spur",
        "stream", "valley", "valleys", "viaduct", "extension", "estate", "freeway", "gateway", "glens", "greens",
        "groves", "causeway", "cliff", "cliffs", "corner", "corners", "courts", "crest", "dale", "burg", "bypass",
        "canyon", "branch", "bridge", "bluff", "bluffs", "underpass", "fields", "flats", "locks", "ports", "rapids",
        "squares", "tunnel", "wells", "marg", "nagar", "chowk", "quay", "parade", "esplanade",
        "parkways", "circles", "drives", "junctions", "mountains", "walks", "mall", "camp", "rapid", "lights", "roads", "streets",
        "parks", "ways", "routes", "ferry", "fort", "freeways", "motorway", "ramp", "skyway", "spurs", "trafficway",
        "vistas", "villes", "crossroad", "crossroads", "curve", "divide", "expressways", "extensions", "garden", "gateways",
        "harbours", "hollows", "inlet", "landings", "lanes", "orchards", "passage", "plazas", "points", "prairies",
        "ridges",
    ]

    /// Street types written before the street's name in the Romance languages ("Calle Mayor 5",
    /// "Rua das Flores, 12", "Via Roma 4", "rue de la Paix"); the house number comes after the name.
    static let streetTypesFirst: Set<String> = [
        "calle", "c", "avenida", "av", "avda", "carrera", "paseo", "plaza", "camino", "ronda", "travesía", "travesia",
        "callejón", "callejon", "andador", "cerrada", "privada", "circuito", "prolongación", "prolongacion", "calzada",
        "cañada", "canada", "glorieta", "pasaje", "urbanización", "urbanizacion", "rua", "largo", "travessa", "praça",
        "praca", "passarela", "alameda", "estrada", "rodovia", "beco", "ladeira", "via", "viale", "piazza", "piazzale",
        "corso", "borgo", "vicolo", "contrada", "strada", "lungomare", "rue", "avenue", "allée", "allee", "chemin",
        "impasse", "place", "quai", "boulevard", "bd", "cours", "route", "lago", "parque", "quinta", "vereda",
        "pasadizo", "incrocio", "traversa", "viaducto", "peatonal", "rambla", "condomínio", "condominio", "jardim",
        "residencial", "quadra", "setor", "conjunto", "loteamento", "vila", "chácara", "fazenda", "praia", "sentiero", "salita",
        "discesa", "rotonda", "sendero", "bulevar", "carretera", "autopista", "costanera", "malecón", "diagonal", "senda",
        "ul", "ulica", "al", "aleja", "os", "osiedle", "plac",
    ]

    /// Compound street names of the Germanic and Nordic languages end in one of these
    /// ("Hauptstraße", "Kerkstraat", "Aspvägen", "Nørregade").
    static let streetEndings: [String] = [
        "straße", "strasse", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer", "str", "steig", "zeile", "gürtel",
        "straat", "laan", "gracht", "plein", "kade", "singel", "dijk", "dreef", "hof",
        "vägen", "gatan", "väg", "gata", "vej", "gade", "veien", "gaten", "vegen", "tie", "katu",
        // the definite and other Nordic forms: "Strandvejen", "Nørregaden", "Kongens Nytorv", "Storgata"
        "vejen", "gaden", "stræde", "strædet", "plads", "pladsen", "torv", "torvet", "torget", "vei", "gate", "polku", "kuja",
    ]

    static let unitWords: Set<String> = [
        "apt", "apartment", "unit", "suite", "ste", "fl", "floor", "rm", "room", "bldg", "building", "#", "no", "lot", "box", "dept", "flat", "studio",
        // the other languages' flat and door words: "Apto 2B", "Appartamento 6", "puerta 2", "Top 18", "Stiege 2"
        "apto", "apartamento", "appartamento", "appartement", "app", "puerta", "piso", "pta", "int", "interno", "scala", "top",
        "stiege", "tür", "whg", "wohnung", "etage", "stock", "bus", "bte", "andar", "sala", "bloco", "escalera", "esc", "depto", "dpto",
    ]

    static let directions: Set<String> = ["n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west"]

    /// US state and territory codes plus full names (two-word ones by their last word).
    static let stateCodes: Set<String> = [
        "al", "ak", "az", "ar", "ca", "co", "ct", "de", "dc", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky",
        "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh",
        "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "pr", "gu", "vi",
    ]
    static let stateNames: Set<String> = [
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
        "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
        "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
        "nevada", "hampshire", "jersey", "mexico", "york", "carolina", "dakota", "ohio", "oklahoma", "oregon",
        "pennsylvania", "island", "tennessee", "texas", "utah", "vermont", "virginia", "washington", "wisconsin",
        "wyoming", "columbia", "rico",
    ]

    /// Words that announce a place smaller than a state ("lives in X", "X County").
    static let placeCues: Set<String> = ["in", "near", "from", "of", "at", "to"]
    static let placeVerbs: Set<String> = [
        "lives", "live", "living", "lived", "resides", "reside", "residing", "resident", "moved", "moving",
        "relocated", "born", "located", "based", "grew", "hometown", "city", "town", "village", "county",
        "township", "borough", "visiting", "traveling", "travelling", "stays", "staying",
    ]
    static let placeSuffixes: Set<String> = ["county", "parish", "township", "borough", "city", "town", "village", "heights", "springs", "falls", "beach", "harbor", "harbour"]
}
