import OutpostSupport

/// What hq answers to one chat request — text or tool calls, the finish reason, usage — before
/// it is written as a `chat.completion` or as chunks (`HQReply+Wire.swift`).
///
/// Derived only from the request and the `seq`/`at_ms` it was first logged with, so a repeated
/// `Idempotency-Key` gets the same reply (same id, created, text, call ids), also after a restart.
///
/// The decision, as a model would make it:
/// - the conversation ends with `tool` results → text about them, `stop`;
/// - `tool_choice` `"required"` → a call of the first tool; a named function → a call of it;
///   `"auto"` (or absent) → a call of every tool a word of whose name (≥ 4 letters) occurs in
///   the last user message (only the first with `parallel_tool_calls: false`); → `tool_calls`;
/// - otherwise text (`HQAnswer`), shaped by `response_format`, `stop`.
struct HQReply: Sendable, Hashable {
    struct ToolCall: Sendable, Hashable {
        var id: String
        var name: String
        /// JSON text: an instance of the tool's `parameters` schema.
        var arguments: String
    }

    /// Counted in whitespace-separated words.
    struct Usage: Sendable, Hashable {
        var promptTokens: Int
        var completionTokens: Int
        var totalTokens: Int { promptTokens + completionTokens }
    }

    var id: String
    /// Unix seconds.
    var created: Int64
    var model: String
    /// The text; `nil` when the reply calls tools.
    var content: String?
    var toolCalls: [ToolCall]
    var finishReason: String
    var usage: Usage

    init(request: ChatRequestWire, seq: Int, atMilliseconds: Int64) {
        id = "chatcmpl-hq-\(seq)"
        created = atMilliseconds / 1000
        model = request.model
        let instantiator = SchemaInstantiator(request: request)
        let tools = request.endsWithToolResults ? [] : Self.toolsToCall(request)
        toolCalls = tools.enumerated().map { index, tool in
            ToolCall(id: "call_hq_\(seq)_\(index)", name: tool.name, arguments: Self.text(of: instantiator.instance(of: tool.parameters)))
        }
        if toolCalls.isEmpty {
            let answer = request.endsWithToolResults ? HQAnswer.toolResults(for: request.messages) : HQAnswer.answer(for: request.messages)
            content = Self.shape(answer, as: request.responseFormat, instantiator: instantiator)
            finishReason = "stop"
        } else {
            content = nil
            finishReason = "tool_calls"
        }
        let prompt = request.messages.flatMap(\.texts)
        let completion = content.map { [$0] } ?? toolCalls.map(\.arguments)
        usage = Usage(promptTokens: Self.words(in: prompt), completionTokens: Self.words(in: completion))
    }

    /// The tools this turn calls (see the type's doc comment).
    static func toolsToCall(_ request: ChatRequestWire) -> [HQTool] {
        guard let first = request.tools.first else { return [] }
        switch request.toolChoice ?? .auto {
        case .none:
            return []
        case .required:
            return [first]
        case .function(let name):
            return request.tools.filter { $0.name == name }
        case .auto:
            let mentioned = request.tools.filter { $0.isMentioned(in: request.lastUserText) }
            return request.parallelToolCalls ? mentioned : Array(mentioned.prefix(1))
        }
    }

    /// The answer as `response_format` asks: as is, `{"answer", "placeholders"}`, or an
    /// instance of the schema.
    static func shape(_ answer: String, as format: HQResponseFormat, instantiator: SchemaInstantiator) -> String {
        switch format {
        case .text:
            return answer
        case .jsonObject:
            return text(of: .object([
                "answer": .string(answer),
                "placeholders": .array(instantiator.placeholders.map(JSONValue.string)),
            ]))
        case .jsonSchema(_, let schema, _):
            return text(of: instantiator.instance(of: schema))
        }
    }

    static func text(of value: JSONValue) -> String {
        (try? value.jsonData()).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    static func words(in texts: [String]) -> Int {
        texts.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }
    }
}
