/// Words that carry clinical or financial meaning and must survive redaction even when they
/// look like names: eponyms, drug names, units. All lower-case.
package enum ClinicalTerms {
    /// Surnames that name diseases, signs, scales, devices and procedures.
    static let eponyms: Set<String> = [
        "basedow", "mantoux", "bechterew", "horton", "gougerot", "quincke", "lasègue", "lasegue", "schober", "dix", "hallpike",
        "addison", "alzheimer", "apgar", "asperger", "babinski", "baker", "barrett", "bell", "bence", "bowen",
        "braxton", "broca", "brugada", "buerger", "burkitt", "chagas", "charcot", "cheyne", "chvostek", "colles",
        "conn", "crohn", "creutzfeldt", "cushing", "dandy", "de quervain", "down", "dubin", "dupuytren", "duchenne",
        "edwards", "ehlers", "epley", "erb", "ewing", "fallot", "foley", "friedreich", "gaucher", "gilbert",
        "glasgow", "graves", "guillain", "barré", "barre", "hashimoto", "heimlich", "hirschsprung", "hodgkin",
        "holter", "horner", "huntington", "jakob", "kaposi", "kawasaki", "kegel", "kernig", "klinefelter",
        "korsakoff", "krabbe", "lyme", "mallory", "marfan", "mcburney", "meniere", "ménière", "munchausen",
        "murphy's", "nissen", "osgood", "paget", "pap", "parkinson", "peyronie", "pott", "prader", "raynaud",
        "reiter", "rett", "reye", "rinne", "romberg", "rorschach", "sjogren", "sjögren", "stevens", "johnson's",
        "swan", "ganz", "tay", "sachs", "tourette", "trendelenburg", "turner", "von", "willebrand", "weber",
        "wegener", "wernicke", "whipple", "wilms", "wilson's", "wolff", "zollinger", "ellison", "bartholin",
        "bell's", "valsalva", "heberden", "bouchard", "lhermitte", "tinel", "phalen", "finkelstein", "lachman",
        "mcmurray", "thompson", "homans", "murphy", "rovsing", "cullen", "grey", "turner's", "kussmaul", "kehr",
        "levine", "snellen", "jaeger", "ishihara", "beck", "hamilton", "ranson", "wells", "pugh",
        "glasgow-blatchford", "breslow", "gleason", "clark", "bishop", "norton", "braden",
        "karnofsky", "lown", "killip", "nyha", "mallampati", "cormack", "lehane", "korotkoff", "doppler",
        "fontan", "blalock", "taussig", "hartmann", "billroth", "roux", "ilizarov", "kirschner", "steinmann",
        "salter", "harris", "weil", "legionnaires", "hansen", "lasik",
        "pilates", "heinz", "howell", "jolly", "auer", "reed", "sternberg", "lewy", "pick", "schwann",
        "langerhans", "kupffer", "purkinje", "golgi", "fallopian", "eustachian", "achilles", "adam's",
        "cheyne-stokes", "stokes", "adams", "hering", "breuer", "starling", "bainbridge", "bezold",
        "cushing's", "addison's", "crohn's", "parkinson's", "alzheimer's", "hodgkin's", "graves'", "raynaud's",
        "huntington's", "tourette's", "asperger's", "kaposi's", "paget's", "bright's", "pompe", "fabry", "niemann",
        "hurler", "hunter", "sanfilippo", "morquio", "wiskott", "aldrich", "digeorge", "bruton", "chediak",
        "higashi", "kartagener", "peutz", "jeghers", "lynch", "li", "fraumeni", "cowden", "gardner", "sturge",
        "weber's", "hippel", "lindau", "noonan", "angelman", "williams", "patau", "cri", "marfan's", "ehlers-danlos",
        "guillain-barré", "guillain-barre", "creutzfeldt-jakob", "wolff-parkinson-white", "white", "sézary",
        "merkel", "wilms'", "morse", "yankauer", "tenckhoff", "hickman", "groshong", "swan-ganz", "jackson-pratt",
        "penrose", "sengstaken", "blakemore", "minnesota", "quinton", "mahurkar", "baxter", "ambu", "venturi", "ewing's", "burkitt's", "epstein", "barr", "coxsackie", "norwalk", "rocky",
    ]

    /// Eponyms that are clinical on their own ("re: Parkinson", "Crohn flare"): kept unless a
    /// title or a first name stands right before them.
    static let strongEponyms: Set<String> = [
        "alzheimer", "apgar", "asperger", "babinski", "crohn", "creutzfeldt", "cushing", "hashimoto", "hodgkin",
        "holter", "huntington", "kaposi", "kawasaki", "parkinson", "raynaud", "tourette", "guillain", "barré",
        "sjogren", "sjögren", "marfan", "meniere", "ménière", "wernicke", "korsakoff", "glasgow", "trendelenburg",
        "heimlich", "foley", "valsalva", "chvostek", "brugada", "duchenne", "dupuytren", "hirschsprung",
        "klinefelter", "zollinger", "peyronie", "epley", "doppler", "lasik", "pilates", "lewy", "willebrand",
    ]

    /// Words that make a preceding name-like word an eponym ("Holter monitor", "Down syndrome").
    static let eponymHeads: Set<String> = [
        "disease", "syndrome", "sign", "signs", "score", "scale", "monitor", "monitoring", "catheter", "test",
        "palsy", "lymphoma", "sarcoma", "tumor", "tumour", "disorder", "maneuver", "manoeuvre", "procedure",
        "operation", "reflex", "classification", "criteria", "index", "rule", "rules", "stage", "staging",
        "phenomenon", "triad", "tetralogy", "fracture", "cyst", "ulcer", "node", "nodes", "esophagus",
        "oesophagus", "contractions", "contraction", "tube", "tubes", "line", "shunt", "stocking", "stockings",
        "splint", "collar", "boot", "bag", "solution", "chart", "exam", "examination", "smear", "stain",
        "method", "technique", "position", "point", "incision", "repair", "fundoplication", "anastomosis",
        "encephalopathy", "dementia", "dystrophy", "ataxia", "chorea", "anemia", "anaemia", "thyroiditis",
        "phenomenon", "body", "bodies", "cell", "cells", "cycle", "law", "curve", "equation", "virus",
        "infection", "fever", "palsy's", "neuroma", "neuralgia", "keratosis", "deformity", "contracture",
        "effusion", "hernia", "diverticulum", "duct", "gland", "glands", "valve", "pouch", "space", "canal",
        "tendon", "tendinitis", "tendonitis", "nodule", "nodules", "spots", "spot", "rash", "respiration",
        "breathing", "mask", "needle", "forceps", "clamp", "retractor", "speculum", "formula", "equation",
    ]

    /// Common drug names (generic and brand); never names, whatever the name lists say.
    static let drugs: Set<String> = [
        "acetaminophen", "paracetamol", "tylenol", "ibuprofen", "advil", "motrin", "naproxen", "aleve", "aspirin",
        "amoxicillin", "augmentin", "azithromycin", "zithromax", "doxycycline", "cephalexin", "keflex",
        "ciprofloxacin", "cipro", "levofloxacin", "metronidazole", "flagyl", "clindamycin", "vancomycin",
        "penicillin", "nitrofurantoin", "macrobid", "bactrim", "metformin", "glucophage", "insulin", "glargine",
        "lantus", "humalog", "novolog", "lispro", "aspart", "detemir", "levemir", "tresiba", "degludec",
        "ozempic", "semaglutide", "wegovy", "mounjaro", "tirzepatide", "trulicity", "dulaglutide", "jardiance",
        "empagliflozin", "farxiga", "dapagliflozin", "januvia", "sitagliptin", "glipizide", "glyburide",
        "lisinopril", "zestril", "losartan", "cozaar", "valsartan", "diovan", "amlodipine", "norvasc",
        "metoprolol", "lopressor", "toprol", "atenolol", "carvedilol", "coreg", "propranolol", "furosemide",
        "lasix", "hydrochlorothiazide", "hctz", "spironolactone", "aldactone", "torsemide", "bumetanide",
        "atorvastatin", "lipitor", "simvastatin", "zocor", "rosuvastatin", "crestor", "pravastatin",
        "warfarin", "coumadin", "apixaban", "eliquis", "rivaroxaban", "xarelto", "dabigatran", "pradaxa",
        "heparin", "enoxaparin", "lovenox", "clopidogrel", "plavix", "ticagrelor", "brilinta", "digoxin",
        "amiodarone", "levothyroxine", "synthroid", "prednisone", "prednisolone", "methylprednisolone",
        "medrol", "dexamethasone", "hydrocortisone", "albuterol", "ventolin", "proair", "fluticasone",
        "flovent", "advair", "symbicort", "budesonide", "montelukast", "singulair", "tiotropium", "spiriva",
        "omeprazole", "prilosec", "pantoprazole", "protonix", "esomeprazole", "nexium", "famotidine",
        "pepcid", "ondansetron", "zofran", "metoclopramide", "reglan", "loperamide", "imodium", "docusate",
        "senna", "miralax", "sertraline", "zoloft", "fluoxetine", "prozac", "citalopram", "celexa",
        "escitalopram", "lexapro", "paroxetine", "paxil", "venlafaxine", "effexor", "duloxetine", "cymbalta",
        "bupropion", "wellbutrin", "trazodone", "mirtazapine", "remeron", "quetiapine", "seroquel",
        "olanzapine", "zyprexa", "risperidone", "risperdal", "aripiprazole", "abilify", "haloperidol",
        "haldol", "lithium", "lamotrigine", "lamictal", "levetiracetam", "keppra", "valproate", "depakote",
        "phenytoin", "dilantin", "carbamazepine", "tegretol", "gabapentin", "neurontin", "pregabalin",
        "lyrica", "topiramate", "topamax", "lorazepam", "ativan", "alprazolam", "xanax", "diazepam", "valium",
        "clonazepam", "klonopin", "zolpidem", "ambien", "melatonin", "oxycodone", "percocet", "oxycontin",
        "hydrocodone", "vicodin", "norco", "morphine", "fentanyl", "tramadol", "ultram", "codeine",
        "buprenorphine", "suboxone", "naloxone", "narcan", "methadone", "donepezil", "aricept", "memantine",
        "namenda", "levodopa", "carbidopa", "sinemet", "ropinirole", "pramipexole", "allopurinol",
        "colchicine", "methotrexate", "hydroxychloroquine", "plaquenil", "adalimumab", "humira",
        "etanercept", "enbrel", "infliximab", "remicade", "tamsulosin", "flomax", "finasteride", "sildenafil",
        "viagra", "tadalafil", "cialis", "oxybutynin", "cetirizine", "zyrtec", "loratadine", "claritin",
        "diphenhydramine", "benadryl", "epinephrine", "epipen", "nitroglycerin", "potassium", "magnesium",
        "vitamin", "ferrous", "folic", "cyanocobalamin", "calcium", "tamoxifen", "letrozole", "anastrozole",
        "cisplatin", "doxorubicin", "keytruda", "pembrolizumab", "acyclovir", "valacyclovir", "valtrex",
        "oseltamivir", "tamiflu", "paxlovid", "fluconazole", "diflucan", "nystatin", "mupirocin", "bacitracin",
        "neosporin", "lidocaine", "propofol", "ketamine", "midazolam", "versed", "ceftriaxone", "rocephin",
        "cefazolin", "piperacillin", "tazobactam", "zosyn", "meropenem", "gentamicin", "tobramycin",
        "norepinephrine", "levophed", "dopamine", "dobutamine", "vasopressin", "adderall", "ritalin",
        "methylphenidate", "concerta", "vyvanse", "entresto", "sacubitril", "ranolazine", "hydralazine",
        "isosorbide", "clonidine", "prazosin", "doxazosin", "terazosin", "baclofen", "cyclobenzaprine",
        "flexeril", "tizanidine", "methocarbamol", "meloxicam", "celecoxib", "celebrex", "diclofenac",
        "voltaren", "ketorolac", "toradol", "sumatriptan", "imitrex", "rizatriptan", "estradiol", "premarin",
        "progesterone", "testosterone", "medroxyprogesterone", "depo-provera", "ethinyl", "norethindrone",
    ]

    /// Endings of generic drug names (INN stems): "-pril", "-olol", "-statin", "-mab", …
    package static let drugSuffixes: [String] = [
        "pril", "olol", "alol", "sartan", "statin", "mab", "nib", "azole", "cillin", "mycin", "floxacin", "cycline",
        "dipine", "tidine", "prazole", "gliptin", "gliflozin", "glutide", "parin", "xaban", "gatran", "vir", "dronate",
        "afil", "triptan", "setron", "lukast", "zepam", "zolam", "barbital", "caine", "sone", "olone", "formin",
        "thiazide", "semide", "oxetine", "ramine", "triptyline", "apine", "idone", "peridol", "azepine", "tiapine",
        "profen", "coxib", "fenac", "oxacin", "kinra", "lamide", "terol", "sonide", "tropium", "platin", "taxel",
        "rubicin", "trexate", "limus", "cept", "ximab", "zumab", "mumab", "tinib", "ciclib", "lisib", "parib",
        "navir", "previr", "buvir", "asvir", "tegravir", "conazole", "fungin", "quine", "amine", "phylline", "dopa",
    ]

    /// Countries, nationalities and regions: bigger than a state, never gold. The world's countries
    /// and territories come from `Countries` (scripts/lexicon/countries.py, GeoNames and Faker), in
    /// English and the box's other languages, with their first-level regions ("Bayern", "Vaud").
    /// A country that is also a listed first name ("Chad", "Georgia") is left to the name layer,
    /// and so is a foreign name or region that is also a surname ("Costa").
    static let countries: Set<String> = Countries.all.filter { !Lexicon.isGivenName($0) }
        .union(Countries.foreign.union(Countries.regions).filter { !Lexicon.isGivenName($0) && !Lexicon.isSurname($0) }).union([
        "usa", "america", "canada", "mexico", "brazil", "argentina", "chile", "peru", "colombia", "venezuela", "cuba",
        "haiti", "jamaica", "guatemala", "honduras", "salvador", "nicaragua", "panama", "ecuador", "bolivia",
        "uruguay", "paraguay", "england", "britain", "scotland", "wales", "ireland", "france", "germany", "spain",
        "portugal", "italy", "greece", "netherlands", "holland", "belgium", "switzerland", "austria", "poland",
        "czechia", "slovakia", "hungary", "romania", "bulgaria", "serbia", "croatia", "bosnia", "albania", "ukraine",
        "russia", "belarus", "lithuania", "latvia", "estonia", "finland", "sweden", "norway", "denmark", "iceland",
        "turkey", "israel", "palestine", "lebanon", "syria", "jordan", "iraq", "iran", "afghanistan", "pakistan",
        "india", "bangladesh", "nepal", "sri", "lanka", "china", "japan", "korea", "vietnam", "thailand", "laos",
        "cambodia", "myanmar", "malaysia", "singapore", "indonesia", "philippines", "taiwan", "australia",
        "zealand", "egypt", "libya", "tunisia", "algeria", "morocco", "nigeria", "ghana", "senegal", "mali",
        "kenya", "ethiopia", "somalia", "sudan", "uganda", "tanzania", "rwanda", "congo", "angola", "zambia",
        "zimbabwe", "mozambique", "namibia", "botswana", "africa", "asia", "europe", "arabia", "emirates", "qatar",
        "kuwait", "oman", "yemen", "saudi", "american", "canadian", "mexican", "european", "african", "asian",
        "british", "irish", "dutch", "swiss", "swedish", "norwegian", "danish", "finnish", "ukrainian", "israeli",
        "indian", "pakistani", "nigerian", "ghanaian", "kenyan", "ethiopian", "filipino", "thai", "brazilian",
    ])

    /// Brands, payment services and organisations that appear in requests and are not people.
    static let brands: Set<String> = [
        "zelle", "venmo", "paypal", "visa", "mastercard", "amex", "applepay", "google", "android", "iphone", "ipad",
        "chase", "citi", "citibank", "barclays", "hsbc", "santander", "epic", "mychart", "cerner", "aetna", "cigna",
        "humana", "kaiser", "unitedhealthcare", "anthem", "covid", "omicron", "pfizer", "moderna", "novavax",
        "microsoft", "outlook", "gmail", "yahoo", "whatsapp", "zoom", "amazon", "walgreens", "cvs", "walmart",
        "costco", "fedex", "usps", "dhl", "uber", "lyft", "medicare", "medicaid", "tricare", "swift", "sepa",
        "fedwire", "ach", "bitcoin", "ethereum", "coinbase", "fitbit", "dexcom", "medtronic", "omnipod", "libre",
        "freestyle", "tandem", "philips", "resmed", "jardiance", "ozempic", "mounjaro", "wegovy", "eliquis",
        "pyxis", "omnicell", "wi", "fi", "wifi", "bluetooth", "usb", "ios", "windows", "excel", "teams", "slack",
    ]

    /// Whether `lower` looks like a drug by its ending (and is long enough to mean it).
    static func looksLikeDrug(_ lower: String) -> Bool {
        lower.count >= 6 && drugSuffixes.contains { lower.hasSuffix($0) }
    }

    /// Lower-case words that are common in requests and must never be read as names on their own.
    static let notNames: Set<String> = [
        "patient", "pt", "nurse", "doctor", "dr", "mr", "mrs", "ms", "please", "pls", "thanks", "hello", "hi",
        "call", "note", "notes", "refill", "request", "order", "stock", "ward", "unit", "room", "bed", "floor",
        "clinic", "hospital", "pharmacy", "radiology", "cardiology", "oncology", "lab", "labs", "results",
        "result", "appointment", "appt", "visit", "mrn", "dob", "ssn", "id", "iban", "card", "account", "acct",
        "customer", "transfer", "wire", "loan", "mortgage", "payoff", "deposit", "withdrawal", "cash", "check",
        "fee", "rate", "bank", "branch", "teller", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "today", "tomorrow", "yesterday", "am", "pm", "noon", "midnight", "morning",
        "evening", "night", "usd", "eur", "gbp", "chf", "jpy", "cad", "aud", "inr", "mg", "mcg", "ml", "kg",
        "units", "tablets", "tablet", "capsule", "capsules", "daily", "bid", "tid", "qid", "prn", "po", "iv",
        "im", "sc", "bp", "hr", "rr", "temp", "spo2", "inr", "egfr", "hba1c", "copd", "chf", "mri", "ct",
        "ecg", "ekg", "er", "ed", "icu", "or", "hx", "dx", "rx", "tx", "sx", "fx", "yo", "spanish", "english",
        "french", "german", "chinese", "mandarin", "cantonese", "arabic", "russian", "portuguese", "hindi",
        "urdu", "korean", "japanese", "vietnamese", "tagalog", "polish", "italian", "greek", "turkish",
        "swahili", "somali", "amharic", "haitian", "creole", "farsi", "persian", "bengali", "punjabi",
        "interpreter", "translator", "asl", "usa", "us", "uk", "eu", "covid", "flu", "asthma", "diabetes",
        "hypertension", "sepsis", "pneumonia", "cancer", "mg/dl", "ok", "okay", "yes", "no", "thank", "via",
        "email", "e-mail", "phone", "fax", "portal", "ip", "url", "vin", "plate", "serial", "passport", "npi",
        "dea", "license", "licence", "member", "policy", "plan", "medicare", "medicaid", "insurance", "claim",
        "case", "re", "fwd", "fw", "cc", "attn", "subject", "dear", "regards", "sincerely", "best",
    ]

    /// Measurement and dose units after a number ("10 mg", "38.4 C", "93%").
    static let units: Set<String> = [
        "mg", "mcg", "µg", "ug", "g", "kg", "lb", "lbs", "oz", "ml", "l", "cc", "dl", "mmol", "mol", "miu", "µiu", "meq",
        "iu", "u", "units", "unit", "tabs", "tab", "tablet", "tablets", "caps", "capsule", "capsules", "puffs",
        "puff", "drops", "gtt", "c", "f", "°", "%", "bpm", "mmhg", "cm", "mm", "m", "km", "in", "ft", "h",
        "hr", "hrs", "hour", "hours", "min", "mins", "minute", "minutes", "sec", "s", "d", "day", "days", "wk",
        "wks", "week", "weeks", "mo", "month", "months", "yr", "yrs", "year", "years", "x", "times", "am",
        "pm", "a.m", "p.m", "usd", "eur", "gbp", "chf", "jpy", "cad", "aud", "inr", "dollars", "euros",
        "pounds", "cents", "percent", "st", "nd", "rd", "th", "mg/dl", "mg/kg", "ml/h", "l/min", "breaths",
        "beats", "steps", "k", "mile", "miles", "kcal", "cal", "calories", "pack", "packs", "ng", "pg", "nmol",
        "pmol", "iu/l", "u/l", "sessions", "visits", "doses", "dose", "servings", "people", "patients",
    ]

    /// Currency markers before or after an amount.
    static let currencyWords: Set<String> = ["usd", "eur", "gbp", "chf", "jpy", "cad", "aud", "inr", "cny", "mxn", "dollars", "euros", "pounds", "francs", "yen", "rupees", "$", "€", "£", "¥", "₹"]

    /// Words before a number that make it a measurement, score or lab value, never a date or id.
    static let measureCues: Set<String> = [
        "bp", "hr", "rr", "pulse", "temp", "temperature", "spo2", "o2", "sat", "sats", "pain", "score", "scale",
        "rated", "rating", "gcs", "apgar", "inr", "egfr", "gfr", "hba1c", "a1c", "glucose", "sugar", "bmi",
        "weight", "height", "dose", "level", "levels", "wbc", "rbc", "hgb", "hb", "plt", "platelets", "na",
        "k", "cr", "creatinine", "bun", "ldl", "hdl", "cholesterol", "tsh", "psa", "crp", "esr", "troponin",
        "lactate", "ph", "pco2", "po2", "fev1", "peak", "flow", "vas", "nrs", "phq", "gad", "mmse", "moca",
        "severity", "grade", "stage", "ef", "lvef", "qtc", "pr", "qrs", "map", "cvp", "fio2", "peep",
        "vision", "acuity", "visual", "hearing", "strength", "power", "reflexes", "out", "of", "ratio",
    ]
}
