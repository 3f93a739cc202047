/// A guard to run on TOML text BEFORE handing it to TOMLKit.
///
/// toml++ (inside TOMLKit 0.6) does not report some malformed input as a parse error but
/// trips an assertion and aborts the process (seen: `[[[[…` at the start of a line,
/// `parse_key()` assertion) or recurses deeply. This refuses such text with a position:
/// control characters (TOML forbids them outside tab/CR/LF anyway) and bracket nesting
/// deeper than any configuration needs (16, or more than `[[` for a table header).
public enum TOMLPrecheck {
    public struct Problem: Sendable, Equatable {
        /// 1-based line and column.
        public var line: Int
        public var column: Int
        public var message: String
    }

    /// The first problem in `text`, or nil when TOMLKit may parse it.
    public static func problem(in text: String) -> Problem? {
        var line = 1, column = 0
        var depth = 0, lineStartDepth = 0, headerBrackets = 0
        var quote: Unicode.Scalar?, escaped = false, comment = false, lineStart = true
        for scalar in text.unicodeScalars {
            column += 1
            let v = scalar.value
            if (v < 0x20 && scalar != "\t" && scalar != "\r" && scalar != "\n") || v == 0x7F || scalar == "\u{FFFD}" {
                return Problem(line: line, column: column,
                               message: "not a text file: control character U+\(String(v, radix: 16, uppercase: true)) is not allowed in TOML")
            }
            if scalar == "\n" {
                line += 1; column = 0; comment = false; lineStart = true; lineStartDepth = depth; headerBrackets = 0
                continue
            }
            if comment { continue }
            if let q = quote {
                if escaped { escaped = false } else if q == "\"" && scalar == "\\" { escaped = true } else if scalar == q { quote = nil }
                continue
            }
            switch scalar {
            case "\"", "'": quote = scalar; lineStart = false
            case "#": comment = true
            case "[", "{":
                depth += 1
                if lineStart && lineStartDepth == 0 && scalar == "[" { headerBrackets += 1 } else { lineStart = false }
                if depth > 16 || headerBrackets > 2 {
                    return Problem(line: line, column: column, message: "brackets nested too deep")
                }
            case "]", "}": depth = max(0, depth - 1); lineStart = false
            case " ", "\t", "\r": break
            default: lineStart = false
            }
        }
        return nil
    }
}
