public import OutpostSupport

/// One message of an OpenAI-compatible chat: `system`, `developer`, `user`, `assistant` (text
/// and/or `tool_calls`) or `tool` (a tool's result, answering `tool_call_id`).
public struct ChatMessage: Sendable, Hashable, Codable {
    public var role: String
    /// The text ("" when the message has none, e.g. an assistant turn that only calls tools).
    public var content: String
    /// The tools an assistant turn called.
    public var toolCalls: [ToolCall]?
    /// The call a `tool` message answers.
    public var toolCallID: String?
    /// The participant's name, as OpenAI allows on any message.
    public var name: String?

    public init(role: String, content: String, toolCalls: [ToolCall]? = nil, toolCallID: String? = nil, name: String? = nil) {
        self.role = role
        self.content = content
        self.toolCalls = toolCalls
        self.toolCallID = toolCallID
        self.name = name
    }

    public static func system(_ content: String) -> ChatMessage { ChatMessage(role: "system", content: content) }
    public static func user(_ content: String) -> ChatMessage { ChatMessage(role: "user", content: content) }
    public static func assistant(_ content: String) -> ChatMessage { ChatMessage(role: "assistant", content: content) }

    enum CodingKeys: String, CodingKey {
        case role, content, name
        case toolCalls = "tool_calls", toolCallID = "tool_call_id"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        role = try container.decode(String.self, forKey: .role)
        // OpenAI allows `null` (assistant tool calls) and arrays of parts; keep the text.
        if let text = try? container.decodeIfPresent(String.self, forKey: .content) {
            content = text
        } else if let parts = try? container.decode([ContentPart].self, forKey: .content) {
            content = parts.compactMap(\.text).joined()
        } else {
            content = ""
        }
        toolCalls = try container.decodeIfPresent([ToolCall].self, forKey: .toolCalls)
        toolCallID = try container.decodeIfPresent(String.self, forKey: .toolCallID)
        name = try container.decodeIfPresent(String.self, forKey: .name)
    }

    /// `content` is `null` on an assistant turn that only calls tools, as OpenAI writes it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(role, forKey: .role)
        if content.isEmpty, toolCalls?.isEmpty == false {
            try container.encodeNil(forKey: .content)
        } else {
            try container.encode(content, forKey: .content)
        }
        try container.encodeIfPresent(toolCalls, forKey: .toolCalls)
        try container.encodeIfPresent(toolCallID, forKey: .toolCallID)
        try container.encodeIfPresent(name, forKey: .name)
    }

    private struct ContentPart: Decodable {
        var type: String?
        var text: String?
    }
}

/// A function call an assistant turn asked for: `arguments` is JSON text written by the model.
public struct ToolCall: Sendable, Hashable, Codable {
    public var id: String
    public var type: String
    public var function: Function

    public struct Function: Sendable, Hashable, Codable {
        public var name: String
        public var arguments: String
        public init(name: String, arguments: String) {
            self.name = name
            self.arguments = arguments
        }
    }

    public init(id: String, name: String, arguments: String) {
        self.id = id
        self.type = "function"
        self.function = Function(name: name, arguments: arguments)
    }
}

/// The assistant's reply, parsed from a chat completion.
public struct ChatReply: Sendable, Hashable, Codable {
    /// The completion id given by the cloud (`chatcmpl-…`).
    public var id: String
    public var model: String
    public var content: String
    public var toolCalls: [ToolCall]
    public var finishReason: String?
    public var promptTokens: Int?
    public var completionTokens: Int?

    public init(id: String, model: String, content: String, toolCalls: [ToolCall] = [], finishReason: String? = "stop",
                promptTokens: Int? = nil, completionTokens: Int? = nil) {
        self.id = id
        self.model = model
        self.content = content
        self.toolCalls = toolCalls
        self.finishReason = finishReason
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
    }
}

/// One piece of a streamed reply.
public struct ChatDelta: Sendable, Hashable {
    /// Completion id (the same on every chunk).
    public var id: String
    public var model: String
    /// Text to append (may be empty on the first and last chunks).
    public var content: String
    /// Set on the last chunk.
    public var finishReason: String?

    public init(id: String, model: String, content: String, finishReason: String? = nil) {
        self.id = id
        self.model = model
        self.content = content
        self.finishReason = finishReason
    }
}

/// The request fields besides `model`, `messages` and `stream` that travel to the cloud as the
/// client sent them (after the box redacted their free text): sampling, length, `stop`, `seed`,
/// `tools`, `tool_choice`, `response_format`, the hashed `user`, `stream_options`.
public typealias ChatOptions = [String: JSONValue]

/// Wire shapes of OpenAI replies (only the fields we read).
struct ChatCompletionWire: Decodable {
    struct Choice: Decodable {
        struct Message: Decodable {
            var content: String?
            var tool_calls: [ToolCall]?
        }
        var message: Message?
        var finish_reason: String?
    }
    struct Usage: Decodable {
        var prompt_tokens: Int?
        var completion_tokens: Int?
    }
    var id: String?
    var model: String?
    var choices: [Choice]
    var usage: Usage?
}

struct ChatChunkWire: Decodable {
    struct Choice: Decodable {
        struct Delta: Decodable {
            var content: String?
            var tool_calls: [ToolCallDelta]?
        }
        var delta: Delta?
        var finish_reason: String?
    }
    /// A piece of a streamed tool call: the first carries `id` and the name, the rest pieces of `arguments`.
    struct ToolCallDelta: Decodable {
        struct Function: Decodable {
            var name: String?
            var arguments: String?
        }
        var index: Int?
        var id: String?
        var function: Function?
    }
    var id: String?
    var model: String?
    var choices: [Choice]
    var usage: ChatCompletionWire.Usage?
}
