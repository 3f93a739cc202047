import Foundation

/// Site-specific patterns from config, compiled once (NSRegularExpression, ICU syntax).
struct CustomPatternDetector: @unchecked Sendable {
    // NSRegularExpression is immutable after creation and documented thread-safe.
    private let compiled: [(type: EntityType, regex: NSRegularExpression)]

    init(_ patterns: [CustomPattern]) throws {
        var out: [(EntityType, NSRegularExpression)] = []
        for p in patterns {
            guard EntityType.isValidStem(p.type) else { throw RedactionError.invalidType(p.type) }
            do {
                out.append((EntityType(rawValue: p.type), try NSRegularExpression(pattern: p.regex)))
            } catch {
                throw RedactionError.invalidPattern(p.regex, reason: String(describing: error))
            }
        }
        compiled = out
    }

    var isEmpty: Bool { compiled.isEmpty }

    func detect(_ text: String, _ d: inout Detection) {
        guard !compiled.isEmpty else { return }
        let ns = text as NSString
        // UTF-16 offsets → scalar offsets
        var utf16ToScalar = [Int](repeating: 0, count: ns.length + 1)
        var u = 0
        for (k, s) in text.unicodeScalars.enumerated() {
            let w = s.utf16.count
            for x in 0..<w where u + x <= ns.length { utf16ToScalar[u + x] = k }
            u += w
        }
        utf16ToScalar[ns.length] = text.unicodeScalars.count
        for (type, regex) in compiled {
            for m in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) where m.range.length > 0 {
                d.add(utf16ToScalar[m.range.location], utf16ToScalar[m.range.location + m.range.length], type, priority: 95)
            }
        }
    }
}
