/// E-mail addresses (also spelled out: "jane dot doe at mail dot com"), URLs, IPv4/IPv6 and
/// MAC addresses, found by scanning scalars.
enum NetworkDetector {
    static let tlds: Set<String> = [
        "com", "org", "net", "edu", "gov", "mil", "int", "io", "co", "us", "uk", "de", "fr", "es", "it", "nl",
        "be", "ch", "at", "se", "no", "dk", "fi", "pl", "cz", "ru", "cn", "jp", "kr", "in", "au", "nz", "ca",
        "br", "mx", "ar", "za", "ng", "ke", "gh", "ie", "pt", "gr", "tr", "il", "ae", "sg", "hk", "tw", "info",
        "biz", "me", "app", "dev", "health", "care", "clinic", "bank", "example", "test", "local", "online",
        "site", "xyz", "ai", "ly", "tv", "eu", "org.uk", "ac",
    ]

    static func detect(_ d: inout Detection) {
        let s = d.scalars
        let n = s.count
        var i = 0
        while i < n {
            let c = s[i]
            if c == "@" {
                if let (a, b) = email(around: i, s) { d.add(a, b, .email, priority: 90); i = b; continue }
            } else if (c == "h" || c == "H" || c == "w" || c == "W" || c == "f" || c == "F"), i == 0 || !CharClass.isAlnum(s[i - 1]) {
                if let b = url(at: i, s) { d.add(i, b, .url, priority: 90); i = b; continue }
            }
            if CharClass.isHex(c), i == 0 || !(CharClass.isAlnum(s[i - 1]) || s[i - 1] == "." || s[i - 1] == ":") {
                if let b = ipv4(at: i, s) { d.add(i, b, .ip, priority: 90); i = b; continue }
                if let b = mac(at: i, s) { d.add(i, b, .device, priority: 90); i = b; continue }
                if let b = ipv6(at: i, s) { d.add(i, b, .ip, priority: 90); i = b; continue }
            }
            i += 1
        }
        literalPlaceholders(&d)
        bareDomains(&d)
        spelledEmails(&d)
    }

    private static func isLocal(_ c: Unicode.Scalar) -> Bool {
        CharClass.isAlnum(c) || c == "." || c == "_" || c == "%" || c == "+" || c == "-" || c == "'"
    }

    static func email(around at: Int, _ s: [Unicode.Scalar]) -> (Int, Int)? {
        var a = at
        while a > 0, isLocal(s[a - 1]) { a -= 1 }
        while a < at, !CharClass.isAlnum(s[a]) { a += 1 }
        var b = at + 1
        var dots = 0
        while b < s.count, CharClass.isAlnum(s[b]) || s[b] == "-" || (s[b] == "." && b + 1 < s.count && CharClass.isAlnum(s[b + 1])) {
            if s[b] == "." { dots += 1 }
            b += 1
        }
        guard a < at, b > at + 1, dots >= 1 || b - at > 3 else { return nil }
        return (a, b)
    }

    static func url(at i: Int, _ s: [Unicode.Scalar]) -> Int? {
        let prefixes = ["https://", "http://", "ftp://", "www."]
        var matched = false
        for p in prefixes {
            let ps = Array(p.unicodeScalars)
            if i + ps.count <= s.count, zip(ps, s[i..<(i + ps.count)]).allSatisfy({ $0 == $1 || $0.properties.uppercaseMapping == String($1) }) {
                matched = true
                break
            }
        }
        guard matched else { return nil }
        var b = i
        while b < s.count, !CharClass.isSpace(s[b]), s[b] != "<", s[b] != ">", s[b] != "\"" { b += 1 }
        while b > i, [".", ",", ";", ":", "!", "?", ")", "'", "]"].contains(s[b - 1]) { b -= 1 }
        return b > i + 4 ? b : nil
    }

    static func readInt(_ s: [Unicode.Scalar], _ i: inout Int, maxDigits: Int) -> Int? {
        var v = 0, k = 0
        while i < s.count, CharClass.isDigit(s[i]), k < maxDigits { v = v * 10 + CharClass.digitValue(s[i]); i += 1; k += 1 }
        if k == 0 || (i < s.count && CharClass.isDigit(s[i])) { return nil }
        return v
    }

    static func ipv4(at i: Int, _ s: [Unicode.Scalar]) -> Int? {
        var j = i
        for part in 0..<4 {
            guard let v = readInt(s, &j, maxDigits: 3), v <= 255 else { return nil }
            if part < 3 {
                guard j < s.count, s[j] == "." else { return nil }
                j += 1
            }
        }
        if j < s.count, CharClass.isAlnum(s[j]) || (s[j] == "." && j + 1 < s.count && CharClass.isDigit(s[j + 1])) { return nil }
        if j + 1 < s.count, s[j] == "/", CharClass.isDigit(s[j + 1]) {  // CIDR suffix
            j += 1
            _ = readInt(s, &j, maxDigits: 2)
        }
        return j
    }

    static func mac(at i: Int, _ s: [Unicode.Scalar]) -> Int? {
        guard i + 17 <= s.count else { return nil }
        let sep = s[i + 2]
        guard sep == ":" || sep == "-" else { return nil }
        for g in 0..<6 {
            let k = i + g * 3
            guard CharClass.isHex(s[k]), CharClass.isHex(s[k + 1]) else { return nil }
            if g < 5 { guard s[k + 2] == sep else { return nil } }
        }
        if i + 17 < s.count, CharClass.isAlnum(s[i + 17]) { return nil }
        return i + 17
    }

    static func ipv6(at i: Int, _ s: [Unicode.Scalar]) -> Int? {
        var j = i
        var groups = 0, colons = 0, doubleColon = false, letters = false
        while j < s.count {
            var k = 0
            while j < s.count, CharClass.isHex(s[j]), k < 5 { if !CharClass.isDigit(s[j]) { letters = true }; j += 1; k += 1 }
            if k > 4 { return nil }
            if k > 0 { groups += 1 }
            if j < s.count, s[j] == ":" {
                if j + 1 < s.count, s[j + 1] == ":" { doubleColon = true; colons += 2; j += 2; continue }
                if j + 1 < s.count, CharClass.isHex(s[j + 1]) { colons += 1; j += 1; continue }
            }
            break
        }
        guard colons >= 2, groups >= 3 || doubleColon, groups <= 8 else { return nil }
        guard letters || groups >= 6 || doubleColon else { return nil }
        if j < s.count, CharClass.isAlnum(s[j]) { return nil }
        return j
    }

    /// Placeholder-shaped text already in the input ("<PERSON_1>") is redacted like a value, so
    /// that re-identification gives it back literally instead of another value.
    static func literalPlaceholders(_ d: inout Detection) {
        let s = d.scalars
        var i = 0
        while i < s.count {
            if s[i] == "<", let close = s[(i + 1)..<min(s.count, i + 40)].firstIndex(of: ">") {
                var v = String.UnicodeScalarView()
                v.append(contentsOf: s[i...close])
                if let p = PlaceholderMap.parse(String(v)) {
                    d.add(i, close + 1, EntityType(rawValue: p.type), priority: 99)
                    i = close + 1
                    continue
                }
            }
            i += 1
        }
    }

    /// "portal.clinic.org/path" without a scheme: a dotted host ending in a known TLD.
    static func bareDomains(_ d: inout Detection) {
        let t = d.tokens
        var i = 0
        while i < t.count {
            guard t[i].kind != .punct, !d.isClaimed(token: i), i + 2 < t.count, t[i + 1].lower == ".", d.text.glued(i + 1), d.text.glued(i + 2) else { i += 1; continue }
            var j = i
            var last = i
            while j + 2 < t.count, t[j + 1].lower == "." || t[j + 1].lower == "-", d.text.glued(j + 1), d.text.glued(j + 2), t[j + 2].kind != .punct {
                j += 2
                last = j
            }
            guard last > i, tlds.contains(t[last].lower), t[last].kind == .alpha else { i = last + 1; continue }
            var end = t[last].end
            let s = d.scalars
            if end < s.count, s[end] == "/" {
                while end < s.count, !CharClass.isSpace(s[end]) { end += 1 }
                while end > t[last].end, [".", ",", ";", ":", ")", "!", "?"].contains(s[end - 1]) { end -= 1 }
            }
            // "ciaran-fitzgerald.blogspot.com": the hyphenated first label
            var start = i
            while start >= 2, t[start - 1].lower == "-", d.text.glued(start - 1), d.text.glued(start), t[start - 2].kind != .punct, !d.isClaimed(token: start - 2) { start -= 2 }
            d.add(t[start].start, end, .url, priority: 85)
            i = last + 1
        }
    }

    /// "jane dot doe at mail dot com", "jdoe (at) clinic (dot) org".
    static func spelledEmails(_ d: inout Detection) {
        let t = d.tokens
        func isWord(_ k: Int) -> Bool { k >= 0 && k < t.count && (t[k].kind == .alpha || t[k].kind == .alnum || t[k].kind == .number) }
        func marker(_ k: Int, _ word: String) -> (Int, Int)? {  // returns (first, last) token of "at" / "(at)" / "[at]"
            guard k < t.count else { return nil }
            if t[k].lower == word { return (k, k) }
            if (t[k].lower == "(" || t[k].lower == "["), k + 2 < t.count, t[k + 1].lower == word, t[k + 2].lower == ")" || t[k + 2].lower == "]" { return (k, k + 2) }
            return nil
        }
        var i = 0
        while i < t.count {
            guard let (atFirst, atLast) = marker(i, "at"), isWord(atFirst - 1), isWord(atLast + 1) else { i += 1; continue }
            // domain: word (dot word)+ ending in a TLD
            var k = atLast + 1
            var lastWord = k
            var dots = 0
            while let (df, dl) = marker(k + 1, "dot"), isWord(dl + 1) { dots += 1; lastWord = dl + 1; k = dl + 1; _ = df }
            guard dots >= 1, tlds.contains(t[lastWord].lower) else { i += 1; continue }
            // local part: word ((dot|underscore) word)*
            var s = atFirst - 1
            while s - 2 >= 0, isWord(s - 2) {
                if let (_, dl) = marker(s - 1, "dot"), dl == s - 1 { s -= 2; continue }
                if s - 3 >= 0, t[s - 1].lower == ")", t[s - 2].lower == "dot", t[s - 3].lower == "(", isWord(s - 4) { s -= 4; continue }
                if ["underscore", "dash", "hyphen"].contains(t[s - 1].lower) { s -= 2; continue }
                break
            }
            d.add(t[s].start, t[lastWord].end, .email, priority: 88)
            i = lastWord + 1
        }
    }
}
