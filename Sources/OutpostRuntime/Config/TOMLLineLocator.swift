/// Finds the line of a key in TOML source text. TOMLKit reports positions only for syntax
/// errors, so configuration errors about a key (unknown, wrong type) look the key up here.
///
/// Understands `[table]` and `[[array.of.tables]]` headers, dotted and quoted keys. Returns the
/// first line whose full key path equals `path`, or — for a table — whose header is `path`.
struct TOMLLineLocator {
    private struct Entry { let path: [String]; let line: Int }
    private var entries: [Entry] = []

    init(source: String) {
        var table: [String] = []
        var lineNumber = 0
        var inMultiline = false
        for raw in source.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            // Skip the bodies of multi-line strings.
            let quotes = line.components(separatedBy: "\"\"\"").count - 1 + line.components(separatedBy: "'''").count - 1
            if inMultiline {
                if quotes % 2 == 1 { inMultiline = false }
                continue
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                let inner = line.drop(while: { $0 == "[" }).prefix(while: { $0 != "]" })
                table = Self.splitKey(String(inner))
                entries.append(Entry(path: table, line: lineNumber))
                continue
            }
            if let eq = line.firstIndex(of: "=") {
                let key = Self.splitKey(String(line[..<eq]))
                entries.append(Entry(path: table + key, line: lineNumber))
            }
            if quotes % 2 == 1 { inMultiline = true }
        }
    }

    /// The 1-based line defining `path`, or nil when it is not written literally (inline tables).
    func line(of path: [String]) -> Int? {
        if let exact = entries.first(where: { $0.path == path }) { return exact.line }
        // A table only written through dotted keys (`foo.bar = 1`): the first key inside it.
        if let inside = entries.first(where: { $0.path.count > path.count && Array($0.path.prefix(path.count)) == path }) {
            return inside.line
        }
        // A key inside an inline table or an array: report the line of its nearest written parent.
        var prefix = path
        while !prefix.isEmpty {
            prefix.removeLast()
            if let parent = entries.first(where: { $0.path == prefix }) { return parent.line }
        }
        return nil
    }

    /// Splits `a."b.c".d` into `["a", "b.c", "d"]`, trimming whitespace and quotes.
    static func splitKey(_ key: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for ch in key {
            if let q = quote {
                if ch == q { quote = nil } else { current.append(ch) }
            } else if ch == "\"" || ch == "'" {
                quote = ch
            } else if ch == "." {
                parts.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(ch)
            }
        }
        parts.append(current.trimmingCharacters(in: .whitespaces))
        return parts.filter { !$0.isEmpty }
    }
}

import Foundation
