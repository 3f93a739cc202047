/// Checksums and structural rules that turn a digit run into a confident identifier.
enum Validators {
    /// Luhn (mod 10) over the digits of a card number / NPI / IMEI.
    static func luhn(_ digits: [Int]) -> Bool {
        guard digits.count >= 2 else { return false }
        var sum = 0
        for (i, d) in digits.reversed().enumerated() {
            if i % 2 == 1 {
                let x = d * 2
                sum += x > 9 ? x - 9 : x
            } else {
                sum += d
            }
        }
        return sum % 10 == 0
    }

    /// Payment card: 13–19 digits, Luhn-valid, a known issuer prefix.
    static func isCard(_ digits: [Int]) -> Bool {
        guard (13...19).contains(digits.count), luhn(digits) else { return false }
        let first = digits[0]
        return first == 3 || first == 4 || first == 5 || first == 6 || first == 2
    }

    /// ABA routing number: 9 digits, 3-7-1 weighted checksum.
    static func isABARouting(_ d: [Int]) -> Bool {
        guard d.count == 9 else { return false }
        let s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])
        return s % 10 == 0 && s > 0
    }

    /// NPI: 10 digits starting with 1 or 2, Luhn-valid with the 80840 prefix.
    static func isNPI(_ d: [Int]) -> Bool {
        guard d.count == 10, d[0] == 1 || d[0] == 2 else { return false }
        return luhn([8, 0, 8, 4, 0] + d)
    }

    /// DEA registration: two letters + 7 digits, (d1+d3+d5) + 2(d2+d4+d6) ≡ d7 (mod 10).
    static func isDEA(_ s: String) -> Bool {
        let u = Array(s.uppercased().unicodeScalars)
        guard u.count == 9, CharClass.isASCIILetter(u[0]), CharClass.isASCIILetter(u[1]) else { return false }
        let d = u[2...].map { CharClass.digitValue($0) }
        guard d.allSatisfy({ (0...9).contains($0) }) else { return false }
        return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]
    }

    /// US SSN structure: area not 000, 666 or 9xx; group not 00; serial not 0000.
    static func isSSN(_ d: [Int]) -> Bool {
        guard d.count == 9 else { return false }
        let area = d[0] * 100 + d[1] * 10 + d[2]
        let group = d[3] * 10 + d[4]
        let serial = d[5] * 1000 + d[6] * 100 + d[7] * 10 + d[8]
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
    }

    /// IBAN: country letters, two check digits, 11–30 alphanumerics; mod-97 == 1.
    static func isIBAN(_ compact: String) -> Bool {
        let u = Array(compact.uppercased().unicodeScalars)
        guard u.count >= 15, u.count <= 34, CharClass.isASCIILetter(u[0]), CharClass.isASCIILetter(u[1]),
              CharClass.isDigit(u[2]), CharClass.isDigit(u[3]) else { return false }
        var rem = 0
        for s in u[4...] + u[..<4] {
            if CharClass.isDigit(s) {
                rem = (rem * 10 + CharClass.digitValue(s)) % 97
            } else if CharClass.isASCIILetter(s) {
                rem = (rem * 100 + Int(s.value) - 55) % 97
            } else {
                return false
            }
        }
        return rem == 1
    }

    /// VIN: 17 characters without I, O, Q; check digit at position 9 (North America).
    static func isVIN(_ s: String) -> Bool {
        let u = Array(s.uppercased().unicodeScalars)
        guard u.count == 17 else { return false }
        let weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        var sum = 0
        for (i, c) in u.enumerated() {
            let v: Int
            if CharClass.isDigit(c) {
                v = CharClass.digitValue(c)
            } else if CharClass.isASCIILetter(c), c != "I", c != "O", c != "Q" {
                let table: [Character: Int] = ["A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1, "K": 2, "L": 3, "M": 4,
                                               "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9]
                v = table[Character(c)] ?? 0
            } else {
                return false
            }
            sum += v * weights[i]
        }
        let check = sum % 11
        let c8 = u[8]
        return check == 10 ? c8 == "X" : (CharClass.isDigit(c8) && CharClass.digitValue(c8) == check)
    }

    /// IMEI: 15 digits, Luhn-valid.
    static func isIMEI(_ d: [Int]) -> Bool { d.count == 15 && luhn(d) }
}
