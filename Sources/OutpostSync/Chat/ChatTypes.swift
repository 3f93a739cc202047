/// One message of an OpenAI-compatible chat (text content only).
public struct ChatMessage: Sendable, Hashable, Codable {
    public var role: String
    public var content: String

    public init(role: String, content: String) {
        self.role = role
        self.content = content
    }

    public static func system(_ content: String) -> ChatMessage { ChatMessage(role: "system", content: content) }
    public static func user(_ content: String) -> ChatMessage { ChatMessage(role: "user", content: content) }
    public static func assistant(_ content: String) -> ChatMessage { ChatMessage(role: "assistant", content: content) }

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
    }

    private struct ContentPart: Decodable {
        var type: String?
        var text: String?
    }
}

/// The body of `POST {base_url}/chat/completions` as we send it.
public struct ChatCompletionRequest: Sendable, Hashable, Codable {
    public var model: String
    public var messages: [ChatMessage]
    public var stream: Bool?
    public var temperature: Double?
    public var maxTokens: Int?

    public init(model: String, messages: [ChatMessage], stream: Bool? = nil, temperature: Double? = nil, maxTokens: Int? = nil) {
        self.model = model
        self.messages = messages
        self.stream = stream
        self.temperature = temperature
        self.maxTokens = maxTokens
    }

    enum CodingKeys: String, CodingKey {
        case model, messages, stream, temperature
        case maxTokens = "max_tokens"
    }
}

/// The assistant's reply, parsed from a chat completion.
public struct ChatReply: Sendable, Hashable, Codable {
    /// The completion id given by the cloud (`chatcmpl-…`).
    public var id: String
    public var model: String
    public var content: String
    public var finishReason: String?
    public var promptTokens: Int?
    public var completionTokens: Int?

    public init(id: String, model: String, content: String, finishReason: String? = "stop", promptTokens: Int? = nil, completionTokens: Int? = nil) {
        self.id = id
        self.model = model
        self.content = content
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

/// Wire shapes of OpenAI replies (only the fields we read).
struct ChatCompletionWire: Decodable {
    struct Choice: Decodable {
        struct Message: Decodable { var content: String? }
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
        struct Delta: Decodable { var content: String? }
        var delta: Delta?
        var finish_reason: String?
    }
    var id: String?
    var model: String?
    var choices: [Choice]
}
