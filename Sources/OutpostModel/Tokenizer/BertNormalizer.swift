import Foundation

/// BERT "basic tokenization" with offsets, matching Hugging Face `tokenizers`
/// (`BertNormalizer` with clean_text, handle_chinese_chars, lowercase and accent stripping,
/// then `BertPreTokenizer`): returns words as scalar arrays with, for each scalar, the index
/// of the original scalar it came from.
struct BertNormalizer: Sendable {
    var lowercase = true

    struct Word {
        var scalars: [Unicode.Scalar] = []
        var origins: [Int] = []
    }

    /// Splits `text` into normalized words (whitespace removed, punctuation isolated).
    func words(_ text: String) -> [Word] {
        var words: [Word] = []
        var current = Word()
        func flush() {
            if !current.scalars.isEmpty { words.append(current) }
            current = Word()
        }
        func emit(_ s: Unicode.Scalar, _ origin: Int) {
            if Self.isWhitespace(s) {
                flush()
            } else if Self.isPunctuation(s) {
                flush()
                words.append(Word(scalars: [s], origins: [origin]))
            } else {
                current.scalars.append(s)
                current.origins.append(origin)
            }
        }
        for (index, scalar) in text.unicodeScalars.enumerated() {
            // clean text
            if scalar.value == 0 || scalar.value == 0xFFFD || Self.isControl(scalar) { continue }
            if Self.isWhitespace(scalar) { flush(); continue }
            // Chinese characters become words of their own
            if Self.isChinese(scalar) { flush(); words.append(Word(scalars: [scalar], origins: [index])); continue }
            if scalar.isASCII {
                let v = scalar.value
                let lowered = lowercase && v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : scalar
                emit(lowered, index)
                continue
            }
            // strip accents (NFD, drop nonspacing marks), then lowercase
            let decomposed = lowercase ? String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.map { $0 } : [scalar]
            for d in decomposed {
                if lowercase && d.properties.generalCategory == .nonspacingMark { continue }
                if lowercase {
                    for l in d.properties.lowercaseMapping.unicodeScalars { emit(l, index) }
                } else {
                    emit(d, index)
                }
            }
        }
        flush()
        return words
    }

    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0D: return true
        default: return s.value >= 0x80 && s.properties.isWhitespace
        }
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A, 0x0D: return false
        default:
            if s.value >= 0x20 && s.value < 0x7F { return false }
            switch s.properties.generalCategory {
            case .control, .format, .unassigned, .privateUse, .surrogate: return true
            default: return false
            }
        }
    }

    static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if (v >= 33 && v <= 47) || (v >= 58 && v <= 64) || (v >= 91 && v <= 96) || (v >= 123 && v <= 126) { return true }
        if v < 0x80 { return false }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    static func isChinese(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F,
             0x2B740...0x2B81F, 0x2B820...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F:
            return true
        default:
            return false
        }
    }
}
