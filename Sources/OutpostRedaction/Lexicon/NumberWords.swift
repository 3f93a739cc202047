/// Numbers written in words in the box's languages (en, de, fr, es, it, pt, nl): the cardinals a
/// day of the month or a phone number is read out with, and the ordinals of the days.
enum NumberWords {
    /// Single-token cardinals 0–99 (and the hundreds' words as 100…900).
    static let cardinals: [String: Int] = {
        var m: [String: Int] = [:]
        func put(_ words: [String], from start: Int = 0) { for (k, w) in words.enumerated() where !w.isEmpty { m[w] = start + k } }
        // 0-19
        put(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
             "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"])
        put(["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "dreizehn",
             "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"])
        put(["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
             "quatorze", "quinze", "seize"])
        put(["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
             "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve"])
        put(["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici", "tredici",
             "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove"])
        put(["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze",
             "catorze", "quinze", "dezasseis", "dezassete", "dezoito", "dezanove"])
        put(["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien",
             "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"])
        m["oh"] = 0; m["eén"] = 1; m["één"] = 1; m["uma"] = 1; m["una"] = 1; m["une"] = 1; m["ein"] = 1; m["eine"] = 1
        m["quatorze"] = 14; m["dezesseis"] = 16; m["dezessete"] = 17; m["dezenove"] = 19; m["tré"] = 3
        // tens
        for (k, ws) in [(20, ["twenty", "zwanzig", "vingt", "veinte", "venti", "vinte", "twintig"]),
                        (30, ["thirty", "dreißig", "dreissig", "trente", "treinta", "trenta", "trinta", "dertig"]),
                        (40, ["forty", "vierzig", "quarante", "cuarenta", "quaranta", "quarenta", "veertig"]),
                        (50, ["fifty", "fünfzig", "cinquante", "cincuenta", "cinquanta", "cinquenta", "vijftig"]),
                        (60, ["sixty", "sechzig", "soixante", "sesenta", "sessanta", "sessenta", "zestig"]),
                        (70, ["seventy", "siebzig", "setenta", "settanta", "zeventig"]),
                        (80, ["eighty", "achtzig", "ochenta", "ottanta", "oitenta", "tachtig"]),
                        (90, ["ninety", "neunzig", "noventa", "novanta", "negentig"])] {
            for w in ws { m[w] = k }
        }
        // Spanish and Italian write 21–29 (and Italian every ten) as one word
        for (k, w) in ["veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"].enumerated() { m[w] = 21 + k }
        for (w, v) in [("ventuno", 21), ("ventidue", 22), ("ventitré", 23), ("ventitre", 23), ("ventiquattro", 24), ("venticinque", 25),
                       ("ventisei", 26), ("ventisette", 27), ("ventotto", 28), ("ventinove", 29)] { m[w] = v }
        m["trentuno"] = 31
        // hundreds
        for (k, ws) in [(100, ["hundred", "hundert", "cent", "cien", "ciento", "cento", "cem", "honderd"]),
                        (200, ["doscientos", "duecento", "duzentos", "tweehonderd", "zweihundert"]),
                        (300, ["trescientos", "trecento", "trezentos", "driehonderd", "dreihundert"]),
                        (400, ["cuatrocientos", "quattrocento", "quatrocentos"]), (500, ["quinientos", "cinquecento", "quinhentos"]),
                        (600, ["seiscientos", "seicento", "seiscentos"]), (700, ["setecientos", "settecento", "setecentos"]),
                        (800, ["ochocientos", "ottocento", "oitocentos"]), (900, ["novecientos", "novecento", "novecentos"])] {
            for w in ws { m[w] = k }
        }
        return m
    }()

    /// Words that join the parts of one number ("treinta y dos", "vinte e um", "einundzwanzig" is one token).
    static let joiners: Set<String> = ["y", "e", "et", "und", "en", "and"]
    /// "double oh", "triple five": the next digit said two or three times.
    static let repeaters: [String: Int] = ["double": 2, "triple": 3, "doppel": 2, "doppio": 2, "doble": 2, "dupla": 2]

    /// Ordinal words of the days of a month (1–31), in every language of the box, plus the
    /// cardinals 1–31 that French, Spanish, Italian and Portuguese dates use ("douze mars").
    static let dayWords: [String: Int] = {
        var m: [String: Int] = [:]
        for (k, v) in cardinals where (1...31).contains(v) && k != "oh" { m[k] = v }
        for w in ["premier", "primero", "primo", "primeiro", "1er", "1ère"] { m[w] = 1 }
        // German ordinals: stem + e/en/er/es
        let de = ["erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt", "elft", "zwölft",
                  "dreizehnt", "vierzehnt", "fünfzehnt", "sechzehnt", "siebzehnt", "achtzehnt", "neunzehnt", "zwanzigst"]
        for (k, s) in de.enumerated() { for e in ["e", "en", "er", "es"] { m[s + e] = k + 1 } }
        let deUnits = ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
        for (k, u) in deUnits.enumerated() { for e in ["e", "en", "er", "es"] { m[u + "undzwanzigst" + e] = 21 + k } }
        for e in ["e", "en", "er", "es"] { m["dreißigst" + e] = 30; m["einunddreißigst" + e] = 31 }
        // Dutch ordinals
        let nl = ["eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende", "elfde",
                  "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende", "negentiende", "twintigste"]
        for (k, w) in nl.enumerated() { m[w] = k + 1 }
        let nlUnits = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
        for (k, u) in nlUnits.enumerated() { m[u + "entwintigste"] = 21 + k; m[u + "ëntwintigste"] = 21 + k }
        m["dertigste"] = 30; m["eenendertigste"] = 31
        // Dutch and German cardinals 21–31 are one word ("eenentwintig", "einundzwanzig")
        for (k, u) in nlUnits.enumerated() { m[u + "entwintig"] = 21 + k; m[u + "ëntwintig"] = 21 + k }
        for (k, u) in deUnits.enumerated() { m[u + "undzwanzig"] = 21 + k }
        m["eenendertig"] = 31; m["einunddreißig"] = 31
        return m
    }()
}
