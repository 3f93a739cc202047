import Foundation
import OutpostSupport

/// The reply as OpenAI writes it: one `chat.completion` object, or the `chat.completion.chunk`
/// objects of a stream, token by token.
extension HQReply {
    /// A `chat.completion` object.
    var completion: JSONValue {
        var message: [String: JSONValue] = ["role": .string("assistant"), "content": content.map(JSONValue.string) ?? .null, "refusal": .null]
        if !toolCalls.isEmpty {
            message["tool_calls"] = .array(toolCalls.map { call in
                .object([
                    "id": .string(call.id), "type": .string("function"),
                    "function": .object(["name": .string(call.name), "arguments": .string(call.arguments)]),
                ])
            })
        }
        return .object([
            "id": .string(id),
            "object": .string("chat.completion"),
            "created": .number(Double(created)),
            "model": .string(model),
            "choices": .array([.object([
                "index": .number(0),
                "message": .object(message),
                "logprobs": .null,
                "finish_reason": .string(finishReason),
            ])]),
            "usage": usageObject,
        ])
    }

    /// The chunks of a streamed reply. Text: the role (`content: ""`), one chunk per token
    /// (`tokens(of:)`), an empty delta with `finish_reason`. Tool calls: per call a first piece
    /// with `id`, `type` and the name (the first also with the role), then its `arguments` in
    /// a few pieces; then `finish_reason: "tool_calls"`. With `includeUsage` every chunk has
    /// `usage: null` and a last one, with `choices: []`, has the counts.
    func chunks(includeUsage: Bool) -> [JSONValue] {
        var deltas: [[String: JSONValue]] = []
        if let content {
            deltas.append(["role": .string("assistant"), "content": .string("")])
            deltas += Self.tokens(of: content).map { ["content": .string($0)] }
        }
        for (index, call) in toolCalls.enumerated() {
            let head: JSONValue = .object([
                "index": .number(Double(index)), "id": .string(call.id), "type": .string("function"),
                "function": .object(["name": .string(call.name), "arguments": .string("")]),
            ])
            deltas.append(index == 0 ? ["role": .string("assistant"), "content": .null, "tool_calls": .array([head])] : ["tool_calls": .array([head])])
            deltas += Self.pieces(of: call.arguments).map { piece in
                ["tool_calls": .array([.object(["index": .number(Double(index)), "function": .object(["arguments": .string(piece)])])])]
            }
        }
        var chunks = deltas.map { chunk(choices: [choice($0, finish: nil)], includeUsage: includeUsage) }
        chunks.append(chunk(choices: [choice([:], finish: finishReason)], includeUsage: includeUsage))
        if includeUsage {
            var last = chunk(choices: [], includeUsage: false).objectValue ?? [:]
            last["usage"] = usageObject
            chunks.append(.object(last))
        }
        return chunks
    }

    private var usageObject: JSONValue {
        .object([
            "prompt_tokens": .number(Double(usage.promptTokens)),
            "completion_tokens": .number(Double(usage.completionTokens)),
            "total_tokens": .number(Double(usage.totalTokens)),
        ])
    }

    private func choice(_ delta: [String: JSONValue], finish: String?) -> JSONValue {
        .object(["index": .number(0), "delta": .object(delta), "logprobs": .null, "finish_reason": finish.map(JSONValue.string) ?? .null])
    }

    private func chunk(choices: [JSONValue], includeUsage: Bool) -> JSONValue {
        var object: [String: JSONValue] = [
            "id": .string(id),
            "object": .string("chat.completion.chunk"),
            "created": .number(Double(created)),
            "model": .string(model),
            "choices": .array(choices),
        ]
        if includeUsage { object["usage"] = .null }
        return .object(object)
    }

    /// Streamed tokens: the words and the runs of whitespace between them, each placeholder
    /// cut in two inside its type (`<PER` + `SON_1>`), so a client's placeholder buffering is
    /// exercised. Joined, they give `text` back.
    static func tokens(of text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var inWhitespace = false
        for character in text {
            if !current.isEmpty, character.isWhitespace != inWhitespace {
                tokens.append(current)
                current = ""
            }
            inWhitespace = character.isWhitespace
            current.append(character)
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens.flatMap(splitPlaceholders)
    }

    /// `word` with every placeholder in it cut after `<` and half its type.
    static func splitPlaceholders(_ word: String) -> [String] {
        let placeholders = HQAnswer.placeholders(in: [word])
        var pieces: [String] = []
        var rest = Substring(word)
        while let next = placeholders.compactMap({ token in rest.range(of: token).map { (token, $0) } })
            .min(by: { $0.1.lowerBound < $1.1.lowerBound }) {
            let (token, range) = next
            let stem = token.dropFirst().prefix { $0 != "_" }
            let cut = token.index(token.startIndex, offsetBy: 1 + max(1, stem.count / 2))
            if range.lowerBound > rest.startIndex { pieces.append(String(rest[..<range.lowerBound])) }
            pieces += [String(token[..<cut]), String(token[cut...])]
            rest = rest[range.upperBound...]
        }
        if !rest.isEmpty { pieces.append(String(rest)) }
        return pieces
    }

    /// Tool-call arguments in (up to) three pieces of about equal length.
    static func pieces(of arguments: String) -> [String] {
        let characters = Array(arguments)
        guard !characters.isEmpty else { return [""] }
        let size = (characters.count + 2) / 3
        return stride(from: 0, to: characters.count, by: size).map { String(characters[$0..<min($0 + size, characters.count)]) }
    }
}
