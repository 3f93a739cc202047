import OutpostSupport

extension JSONValue {
    /// The record's own `idempotency_key` (event records).
    var idempotencyKey: String? { self["idempotency_key"]?.stringValue }
}

/// A chat completion request as received: the raw JSON (logged verbatim) and the fields
/// hq reads from it.
struct ChatRequestWire: Sendable, Codable {
    struct Message: Sendable, Hashable {
        var role: String
        var content: String
    }

    let json: JSONValue
    let model: String
    let messages: [Message]
    let stream: Bool

    /// Validates an OpenAI chat request; the error text says what is wrong.
    init(json: JSONValue) throws {
        guard case .object = json else { throw HQError("body must be a JSON object") }
        guard let list = json["messages"]?.arrayValue, !list.isEmpty else {
            throw HQError("'messages' must be a non-empty array")
        }
        var messages: [Message] = []
        for (index, item) in list.enumerated() {
            guard let role = item["role"]?.stringValue else { throw HQError("messages[\(index)].role must be a string") }
            switch item["content"] {
            case .string(let text)?:
                messages.append(Message(role: role, content: text))
            case .array(let parts)?:
                messages.append(Message(role: role, content: parts.compactMap { $0["text"]?.stringValue }.joined()))
            case .null?, nil:
                messages.append(Message(role: role, content: ""))
            default:
                throw HQError("messages[\(index)].content must be a string or an array of parts")
            }
        }
        if let model = json["model"], model.stringValue == nil { throw HQError("'model' must be a string") }
        self.json = json
        self.model = json["model"]?.stringValue ?? "outpost-hq"
        self.messages = messages
        self.stream = json["stream"]?.boolValue ?? false
    }

    init(from decoder: any Decoder) throws {
        try self.init(json: JSONValue(from: decoder))
    }

    func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }
}
