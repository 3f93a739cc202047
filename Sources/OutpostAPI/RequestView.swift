public import OutpostSupport

/// A request as the API shows it (`POST /v1/requests`, `GET /v1/requests/{id}`): `{"id", "intent",
/// "confidence", "keywords", "route", "status", "answer"?, …}`. `answer` is re-identified on the box
/// from the conversation's vault entries.
public struct RequestView: Codable, Sendable, Equatable {
    public var id: String
    public var conversationID: String
    public var status: String
    public var route: String
    public var reason: String
    public var intent: String?
    public var confidence: Double?
    public var inScope: Bool?
    public var keywords: [Keyword]
    public var redacted: String
    public var answer: String?
    /// Functions the cloud asked the client to call, arguments re-identified on the box.
    public var toolCalls: [ToolCall]?
    /// Why the cloud stopped (`stop`, `length`, `tool_calls`, …), when it said.
    public var finishReason: String?
    /// Tokens the cloud counted, when it said.
    public var usage: Usage?
    public var reidentified: Reidentified?
    public var createdAt: String
    public var entities: [Entity]?

    /// One function call of a cloud reply: `arguments` is JSON text.
    public struct ToolCall: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var arguments: String
        public init(id: String, name: String, arguments: String) {
            self.id = id
            self.name = name
            self.arguments = arguments
        }
    }

    public struct Usage: Codable, Sendable, Equatable {
        public var promptTokens: Int
        public var completionTokens: Int
        public init(promptTokens: Int, completionTokens: Int) {
            self.promptTokens = promptTokens
            self.completionTokens = completionTokens
        }
        enum CodingKeys: String, CodingKey { case promptTokens = "prompt_tokens", completionTokens = "completion_tokens" }
    }

    /// A ranked keyphrase (identifiers shown as their placeholders).
    public struct Keyword: Codable, Sendable, Equatable {
        public var text: String
        public var score: Float
        public init(text: String, score: Float) { self.text = text; self.score = score }
    }

    /// An identifier found in the text: its span and the placeholder that replaced it.
    public struct Entity: Codable, Sendable, Equatable {
        public var start: Int
        public var end: Int
        public var type: String
        public var placeholder: String
        public init(start: Int, end: Int, type: String, placeholder: String) {
            self.start = start
            self.end = end
            self.type = type
            self.placeholder = placeholder
        }
    }

    public struct Reidentified: Codable, Sendable, Equatable {
        public var restored: Int
        public var unknown: Int
        public init(restored: Int, unknown: Int) { self.restored = restored; self.unknown = unknown }
    }

    enum CodingKeys: String, CodingKey {
        case id, status, route, reason, intent, confidence, keywords, redacted, answer, reidentified, entities, usage
        case conversationID = "conversation_id", inScope = "in_scope", createdAt = "created_at"
        case toolCalls = "tool_calls", finishReason = "finish_reason"
    }

    public init(id: String, conversationID: String, status: String, route: String, reason: String, intent: String?,
                confidence: Double?, inScope: Bool?, keywords: [Keyword], redacted: String, answer: String?,
                reidentified: Reidentified?, createdAt: String, entities: [Entity]?) {
        self.id = id
        self.conversationID = conversationID
        self.status = status
        self.route = route
        self.reason = reason
        self.intent = intent
        self.confidence = confidence
        self.inScope = inScope
        self.keywords = keywords
        self.redacted = redacted
        self.answer = answer
        self.reidentified = reidentified
        self.createdAt = createdAt
        self.entities = entities
    }
}

/// `GET /v1/requests`: `{"requests": [...]}`, newest first.
public struct RequestList: Codable, Sendable, Equatable {
    public var requests: [RequestView]
    public init(requests: [RequestView]) { self.requests = requests }
}

/// What a client sends to `POST /v1/requests`: `{"text", "conversation_id"?, "meta"?}`. `meta` is any
/// JSON object, passed through as it came.
public struct RequestInput: Codable, Sendable, Equatable {
    public var text: String
    public var conversationID: String?
    public var meta: [String: JSONValue]?

    /// The fields a body may have; any other is refused (`unknown_field`).
    public static let fields = ["text", "conversation_id", "meta"]

    enum CodingKeys: String, CodingKey { case text, meta, conversationID = "conversation_id" }

    public init(text: String, conversationID: String? = nil, meta: [String: JSONValue]? = nil) {
        self.text = text
        self.conversationID = conversationID
        self.meta = meta
    }
}
