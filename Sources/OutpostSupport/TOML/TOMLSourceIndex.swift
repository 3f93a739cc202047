/// Line numbers for keys and table headers of a TOML text.
///
/// TOMLKit reports positions only for syntax errors, so semantic errors (unknown key,
/// wrong type, unknown LED) find their line here: the source is scanned for table headers
/// (`[leds.status]`, `[ leds . "rgb" . red ]`) and `key =` lines (dotted keys too), and
/// every full dotted path is mapped to the 1-based line where it first appears. Board files
/// and `outpost.toml` (OutpostRuntime's config reader) both use it.
public struct TOMLSourceIndex: Sendable {
    private var lines: [String: Int] = [:]

    public init(_ text: String) {
        var table: [String] = []
        var number = 0
        var inMultiline: String?  // the closing delimiter of a multi-line string in progress
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.trimmingWhitespace()
            if let closing = inMultiline {
                if line.contains(closing) { inMultiline = nil }
                continue
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                let isArray = line.hasPrefix("[[")
                let body = line.dropFirst(isArray ? 2 : 1)
                guard let close = body.firstIndex(of: "]") else { continue }
                table = Self.splitKey(String(body[..<close]))
                record(table, number)
                continue
            }
            guard let eq = Self.assignment(in: line) else { continue }
            let key = Self.splitKey(String(line[..<eq]))
            record(table + key, number)
            let value = line[line.index(after: eq)...].trimmingWhitespace()
            for delimiter in ["\"\"\"", "'''"] where value.hasPrefix(delimiter) {
                if !value.dropFirst(3).contains(delimiter) { inMultiline = delimiter }
            }
        }
    }

    /// The line where `path` (e.g. `["leds", "status", "chip"]`) is defined or its table begins.
    public func line(of path: [String]) -> Int? {
        var probe = path
        while !probe.isEmpty {
            if let n = lines[probe.joined(separator: "\u{1F}")] { return n }
            probe.removeLast()
        }
        return nil
    }

    private mutating func record(_ path: [String], _ number: Int) {
        // Every prefix is "defined" at its first appearance, so `leds.rgb` finds `[leds.rgb.red]`.
        for end in 1...max(path.count, 1) where end <= path.count {
            let key = path[..<end].joined(separator: "\u{1F}")
            if lines[key] == nil { lines[key] = number }
        }
    }

    /// Index of the `=` of a `key = value` line (outside quotes), if it is one.
    private static func assignment(in line: Substring) -> Substring.Index? {
        var quote: Character?
        for index in line.indices {
            let c = line[index]
            if let q = quote { if c == q { quote = nil }; continue }
            if c == "\"" || c == "'" { quote = c; continue }
            if c == "=" { return index }
        }
        return nil
    }

    /// Splits a dotted key into parts, honouring quotes and trimming blanks.
    static func splitKey(_ key: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for c in key {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "." {
                parts.append(current.trimmingWhitespace().description)
                current = ""
            } else {
                current.append(c)
            }
        }
        parts.append(current.trimmingWhitespace().description)
        return parts
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace.
    public func trimmingWhitespace() -> Substring {
        let s = Substring(self)
        guard let start = s.firstIndex(where: { !$0.isWhitespace }) else { return s[s.endIndex...] }
        let end = s.lastIndex(where: { !$0.isWhitespace })!
        return s[start...end]
    }
}
