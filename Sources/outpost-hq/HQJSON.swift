/// Any JSON value, kept as received so the log shows bodies exactly (fields and all).
/// (hq does not link OutpostSync; this mirrors its `JSONValue`.)
enum HQJSON: Sendable, Hashable, Codable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([HQJSON])
    case object([String: HQJSON])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([HQJSON].self) {
            self = .array(value)
        } else if let value = try? container.decode([String: HQJSON].self) {
            self = .object(value)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a JSON value")
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value):
            if value.rounded() == value, abs(value) < 9_007_199_254_740_992 {
                try container.encode(Int64(value))
            } else {
                try container.encode(value)
            }
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    subscript(key: String) -> HQJSON? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    var array: [HQJSON]? {
        if case .array(let value) = self { return value }
        return nil
    }

    var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The record's own `idempotency_key` (event records).
    var idempotencyKey: String? { self["idempotency_key"]?.string }
}

/// A chat completion request as received: the raw JSON (logged verbatim) and the fields
/// hq reads from it.
struct ChatRequestWire: Sendable, Codable {
    struct Message: Sendable, Hashable {
        var role: String
        var content: String
    }

    let json: HQJSON
    let model: String
    let messages: [Message]
    let stream: Bool

    /// Validates an OpenAI chat request; the error text says what is wrong.
    init(json: HQJSON) throws {
        guard case .object = json else { throw HQError("body must be a JSON object") }
        guard let list = json["messages"]?.array, !list.isEmpty else {
            throw HQError("'messages' must be a non-empty array")
        }
        var messages: [Message] = []
        for (index, item) in list.enumerated() {
            guard let role = item["role"]?.string else { throw HQError("messages[\(index)].role must be a string") }
            switch item["content"] {
            case .string(let text)?:
                messages.append(Message(role: role, content: text))
            case .array(let parts)?:
                messages.append(Message(role: role, content: parts.compactMap { $0["text"]?.string }.joined()))
            case .null?, nil:
                messages.append(Message(role: role, content: ""))
            default:
                throw HQError("messages[\(index)].content must be a string or an array of parts")
            }
        }
        if let model = json["model"], model.string == nil { throw HQError("'model' must be a string") }
        self.json = json
        self.model = json["model"]?.string ?? "outpost-hq"
        self.messages = messages
        self.stream = json["stream"]?.bool ?? false
    }

    init(from decoder: any Decoder) throws {
        try self.init(json: HQJSON(from: decoder))
    }

    func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }
}
