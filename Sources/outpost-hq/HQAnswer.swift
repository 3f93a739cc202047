import Foundation

/// hq's deterministic "model": it echoes the placeholders it saw, so a test can check that
/// only placeholders travelled and that the box re-identifies them on the way back.
///
/// `Noted for <PERSON_1>: <last user message, ≤ 120 chars> (placeholders seen: <PERSON_1>, <DATE_1>)`
/// or, without placeholders, `Noted: <message> (placeholders seen: none)`. After tool results:
/// `Tool results: <function>: <result, ≤ 120 chars>; …`.
enum HQAnswer {
    static func answer(for messages: [ChatRequestWire.Message]) -> String {
        let seen = placeholders(in: messages.flatMap(\.texts))
        let last = messages.last(where: { $0.role == "user" })?.content ?? messages.last?.content ?? ""
        let summary = summarize(last)
        guard !seen.isEmpty else { return "Noted: \(summary) (placeholders seen: none)" }
        let subject = seen.first(where: { $0.hasPrefix("<PERSON_") }) ?? seen[0]
        return "Noted for \(subject): \(summary) (placeholders seen: \(seen.joined(separator: ", ")))"
    }

    /// The answer to the tool results that end the conversation (the trailing `tool` messages,
    /// in order), each named by its function.
    static func toolResults(for messages: [ChatRequestWire.Message]) -> String {
        let results = messages.reversed().prefix { $0.role == "tool" }.reversed()
        let parts = results.map { "\($0.toolName(in: messages)): \(summarize($0.content))" }
        return "Tool results: " + parts.joined(separator: "; ")
    }

    /// `<TYPE_N>` tokens (TYPE: uppercase letters, digits, `_`; N: digits), in order of first
    /// appearance, without repeats.
    static func placeholders(in texts: [String]) -> [String] {
        var found: [String] = []
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            var index = 0
            while index < scalars.count {
                guard scalars[index] == "<", let end = placeholderEnd(scalars, from: index) else {
                    index += 1
                    continue
                }
                let token = String(String.UnicodeScalarView(scalars[index...end]))
                if !found.contains(token) { found.append(token) }
                index = end + 1
            }
        }
        return found
    }

    /// Index of the closing `>` when `scalars[start...]` starts a placeholder.
    private static func placeholderEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start + 1
        var body: [Unicode.Scalar] = []
        while index < scalars.count, scalars[index] != ">", body.count < 48 {
            let scalar = scalars[index]
            guard ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" else { return nil }
            body.append(scalar)
            index += 1
        }
        guard index < scalars.count, scalars[index] == ">" else { return nil }
        // TYPE_N: starts with a letter, ends with "_" + digits.
        guard let first = body.first, ("A"..."Z").contains(first),
              let underscore = body.lastIndex(of: "_"), underscore > 0, underscore < body.count - 1,
              body[(underscore + 1)...].allSatisfy({ ("0"..."9").contains($0) })
        else { return nil }
        return index
    }

    static func summarize(_ text: String) -> String {
        let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return collapsed.count <= 120 ? collapsed : String(collapsed.prefix(119)) + "…"
    }
}
