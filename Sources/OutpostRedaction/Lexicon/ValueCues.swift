/// Keywords before a value that say what kind of identifier it is ("MRN 00482913",
/// "member ID XUE…", "plate 5OJE879"). Keys are lower-case single tokens; multi-word cues are
/// matched by their last word plus the word before (see `ValueCues.type(before:in:)`).
enum ValueCues {
    static let single: [String: EntityType] = [
        "mrn": .mrn, "mr#": .mrn, "chart": .mrn, "record": .mrn, "medical": .mrn, "hospital": .mrn,
        "ssn": .ssn, "ss#": .ssn, "social": .ssn, "ssn#": .ssn, "sin": .ssn, "tin": .ssn, "itin": .ssn,
        "member": .healthPlan, "policy": .healthPlan, "medicaid": .healthPlan, "medicare": .healthPlan,
        "mbi": .healthPlan, "plan": .healthPlan, "insurance": .healthPlan, "subscriber": .healthPlan,
        "group": .healthPlan, "beneficiary": .healthPlan, "insurer": .healthPlan, "hicn": .healthPlan,
        "acct": .account, "account": .account, "acc": .account, "a/c": .account, "billing": .account,
        "invoice": .account, "iban": .iban, "routing": .routing, "aba": .routing, "rtn": .routing,
        "transit": .routing, "swift": .routing, "bic": .routing, "sort": .routing,
        "card": .card, "visa": .card, "mastercard": .card, "amex": .card, "discover": .card, "debit": .card, "credit": .card,
        "license": .license, "licence": .license, "dl": .license, "npi": .license, "dea": .license,
        "certificate": .license, "cert": .license, "registration": .license, "permit": .license, "lic": .license,
        "plate": .vehicle, "plates": .vehicle, "vin": .vehicle, "tag": .vehicle, "vehicle": .vehicle, "car": .vehicle,
        "serial": .device, "sn": .device, "s/n": .device, "imei": .device, "mac": .device, "device": .device,
        "pacemaker": .device, "pump": .device, "implant": .device, "udi": .device, "model": .device, "meid": .device,
        "phone": .phone, "tel": .phone, "telephone": .phone, "fax": .phone, "cell": .phone, "mobile": .phone,
        "call": .phone, "text": .phone, "ph": .phone, "pager": .phone, "whatsapp": .phone, "ext": .phone,
        // the same cues in the box's other languages
        "telefon": .phone, "telefono": .phone, "teléfono": .phone, "telefone": .phone, "telefoon": .phone,
        "téléphone": .phone, "tél": .phone, "handy": .phone, "mobil": .phone, "portable": .phone, "móvil": .phone,
        "movil": .phone, "cellulare": .phone, "celular": .phone, "mobiel": .phone, "gsm": .phone, "rufnummer": .phone,
        "beeper": .phone, "bleep": .phone, "piepser": .phone, "pgr": .phone, "durchwahl": .phone, "poste": .phone,
        "tarjeta": .card, "cartão": .card, "cartao": .card, "carte": .card, "karte": .card, "kreditkarte": .card, "carta": .card,
        "bankpas": .card, "pinpas": .card, "bleeped": .phone, "paged": .phone, "funk": .phone, "extension": .phone,
        "dni": .id, "nif": .id, "cpf": .id, "pesel": .id, "personnummer": .id, "bsn": .ssn, "nir": .ssn,
        "insee": .ssn, "codice": .id, "fiscale": .id, "ausweis": .id, "personalausweis": .id, "ausweisnummer": .id, "rijksregisternummer": .id,
        "rijksregister": .id, "burgerservicenummer": .id, "nhs": .id, "ahv": .ssn, "avs": .ssn, "nss": .ssn, "amka": .ssn,
        "targa": .vehicle, "targato": .vehicle, "targata": .vehicle, "matrícula": .vehicle, "matricula": .vehicle,
        "kenteken": .vehicle, "kennzeichen": .vehicle, "immatriculation": .vehicle, "immatriculé": .vehicle, "immatriculée": .vehicle,
        "vehículo": .vehicle, "veículo": .vehicle, "veicolo": .vehicle, "véhicule": .vehicle, "fahrzeug": .vehicle,
        "zip": .zip, "postal": .zip, "postcode": .zip, "zipcode": .zip, "plz": .zip, "postleitzahl": .zip,
        "eircode": .zip, "cep": .zip, "cap": .zip, "postnummer": .zip,
        "passport": .id, "id": .id, "customer": .id, "employee": .id, "case": .id, "claim": .id, "ticket": .id,
        "reference": .id, "ref": .id, "confirmation": .id, "booking": .id, "order": .id, "badge": .id,
        "biometric": .id, "template": .id, "loan": .id, "application": .id, "file": .id, "tracking": .id,
        "student": .id, "visitor": .id, "user": .id, "username": .id, "login": .id, "voucher": .id,
        "dob": .date, "born": .date, "birth": .date, "birthday": .date, "admitted": .date, "discharged": .date,
    ]

    /// Words between a cue and its value that are skipped: "MRN: 123", "account number is 123".
    static let fillers: Set<String> = [
        ":", "#", "no", "no.", "number", "num", "nr", "nbr", "is", "=", "-", "of", "id", "ending", "in", "with",
        "last", "4", "four", "digits", ".", "(", "the", "on", "file", "ends", "starting", "code", "identifier",
        // "tarjeta terminada en 4417", "cartão terminado em 7730", "Karte endet auf 1234", "pas eindigend op 5678"
        "terminada", "terminado", "termina", "terminant", "terminée", "finissant", "endet", "endend", "eindigend", "eindigt",
        "en", "em", "auf", "op", "par", "con", "mit",
    ]

    /// Cues after which even a short value (three or four digits) is an identifier.
    static let shortValueCues: Set<String> = ["ending", "ends", "last", "digits", "terminada", "terminado", "termina", "terminant",
                                              "terminée", "finissant", "endet", "endend", "eindigend", "eindigt"]

    /// The kind a cue word announces, tolerating one typo in cues of five letters or more
    /// ("acount", "endng" → the short-value cue, "memeber").
    static func cue(_ w: String) -> EntityType? {
        if let t = single[w] { return t }
        guard let key = fuzzy(w, in: fuzzyKeys) else { return nil }
        return single[key]
    }

    /// Whether `w` is a short-value cue, one typo allowed.
    static func isShortValueCue(_ w: String) -> Bool {
        shortValueCues.contains(w) || fuzzy(w, in: ["ending", "digits"]) != nil
    }

    static let fuzzyKeys: [String] = single.keys.filter { $0.count >= 5 && $0.allSatisfy(\.isLetter) }.sorted()

    /// The key one edit away from `w`, for ASCII words of five letters or more.
    static func fuzzy(_ w: String, in keys: [String]) -> String? {
        let a = Array(w.utf8)
        guard a.count >= 5, a.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return nil }
        for k in keys where abs(k.utf8.count - a.count) <= 1 && EditDistance.withinOne(a, Array(k.utf8)) { return k }
        return nil
    }
}

/// Damerau–Levenshtein distance at most one (one insertion, deletion, substitution or swap).
enum EditDistance {
    static func withinOne(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        if a == b { return true }
        if a.count == b.count {
            let diff = a.indices.filter { a[$0] != b[$0] }
            if diff.count == 1 { return true }
            return diff.count == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]
        }
        let (s, l) = a.count < b.count ? (a, b) : (b, a)
        guard l.count == s.count + 1 else { return false }
        var i = 0
        while i < s.count, s[i] == l[i] { i += 1 }
        return s[i...] == l[(i + 1)...]
    }
}
