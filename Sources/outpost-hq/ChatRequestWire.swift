import OutpostSupport

extension JSONValue {
    /// The record's own `idempotency_key` (event records).
    var idempotencyKey: String? { self["idempotency_key"]?.stringValue }
}

/// A chat completion request as received: the raw JSON (logged verbatim) and the fields
/// hq reads from it, checked as OpenAI checks them (the error text says what is wrong).
///
/// The reply is a pure function of this value plus the `seq`/`at_ms` it was logged with, so a
/// repeated `Idempotency-Key` (also after a restart, from `received.jsonl`) gets the same reply.
struct ChatRequestWire: Sendable, Codable {
    let json: JSONValue
    let model: String
    let messages: [Message]
    let stream: Bool
    /// `stream_options.include_usage`: a last chunk with `usage` (streams only).
    let includeUsage: Bool
    /// `tools` (functions only); empty without the field.
    let tools: [HQTool]
    /// `tool_choice`; `nil` when absent (OpenAI then means `auto`).
    let toolChoice: HQToolChoice?
    /// `parallel_tool_calls` (default `true`): more than one call per turn.
    let parallelToolCalls: Bool
    let responseFormat: HQResponseFormat
    /// The conversation ends with `tool` results (to be answered in text).
    let endsWithToolResults: Bool

    init(json: JSONValue) throws {
        guard case .object = json else { throw HQError("body must be a JSON object") }
        guard let list = json["messages"]?.arrayValue, !list.isEmpty else {
            throw HQError("'messages' must be a non-empty array")
        }
        let messages = try list.enumerated().map { try Message(json: $1, index: $0) }
        try Message.checkToolTurns(messages)
        if let model = json["model"], model.stringValue == nil { throw HQError("'model' must be a string") }
        let stream = try Self.flag(json, "stream") ?? false
        var includeUsage = false
        if let options = json["stream_options"], options != .null {
            guard stream else { throw HQError("'stream_options' is only allowed when 'stream' is true") }
            guard options.objectValue != nil else { throw HQError("'stream_options' must be an object") }
            includeUsage = try Self.flag(options, "include_usage", name: "stream_options.include_usage") ?? false
        }
        let tools = try HQTool.parseList(json["tools"])
        self.json = json
        self.model = json["model"]?.stringValue ?? "outpost-hq"
        self.messages = messages
        self.stream = stream
        self.includeUsage = includeUsage
        self.tools = tools
        self.toolChoice = try HQToolChoice(json["tool_choice"], tools: tools)
        let parallel = try Self.flag(json, "parallel_tool_calls")
        guard parallel == nil || !tools.isEmpty else { throw HQError("'parallel_tool_calls' is only allowed when 'tools' are given") }
        self.parallelToolCalls = parallel ?? true
        self.responseFormat = try HQResponseFormat(json["response_format"])
        self.endsWithToolResults = messages.last?.role == "tool"
    }

    /// The last user message: what hq "reads" to decide and to fill arguments.
    var lastUserText: String {
        messages.last(where: { $0.role == "user" })?.content ?? messages.last?.content ?? ""
    }

    /// A boolean member; `nil` when absent or `null`.
    private static func flag(_ object: JSONValue, _ key: String, name: String? = nil) throws -> Bool? {
        guard let value = object[key], value != .null else { return nil }
        guard let flag = value.boolValue else { throw HQError("'\(name ?? key)' must be true or false") }
        return flag
    }

    /// From `received.jsonl`: checked as above or, for a line an older hq took under laxer
    /// checks, read as that hq read it (messages only), so that its reply replays unchanged.
    init(from decoder: any Decoder) throws {
        let json = try JSONValue(from: decoder)
        do {
            try self.init(json: json)
        } catch {
            try self.init(loggedByOlderHQ: json)
        }
    }

    private init(loggedByOlderHQ json: JSONValue) throws {
        guard let list = json["messages"]?.arrayValue, !list.isEmpty else { throw HQError("'messages' must be a non-empty array") }
        messages = try list.map { item in
            guard let role = item["role"]?.stringValue else { throw HQError("a message has no role") }
            let content = item["content"]?.stringValue ?? item["content"]?.arrayValue?.compactMap { $0["text"]?.stringValue }.joined() ?? ""
            return Message(role: role, content: content)
        }
        self.json = json
        model = json["model"]?.stringValue ?? "outpost-hq"
        stream = json["stream"]?.boolValue ?? false
        includeUsage = false
        tools = []
        toolChoice = nil
        parallelToolCalls = true
        responseFormat = .text
        endsWithToolResults = false
    }

    func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }
}
