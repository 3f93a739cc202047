import OutpostSupport

extension ChatRequestWire {
    /// One message: `system`, `developer`, `user`, `assistant` (text and/or `tool_calls`, then
    /// `content` may be `null`), `tool` (a result, answering `tool_call_id`) or the legacy `function`.
    struct Message: Sendable, Hashable {
        /// A call an earlier assistant turn made.
        struct ToolCall: Sendable, Hashable {
            var id: String
            var name: String
            var arguments: String
        }

        static let roles = ["system", "developer", "user", "assistant", "tool", "function"]

        var role: String
        /// The text ("" for `null`; the text parts joined for an array of parts).
        var content: String
        var name: String? = nil
        var toolCallID: String? = nil
        var toolCalls: [ToolCall] = []

        init(role: String, content: String, name: String? = nil, toolCallID: String? = nil, toolCalls: [ToolCall] = []) {
            self.role = role
            self.content = content
            self.name = name
            self.toolCallID = toolCallID
            self.toolCalls = toolCalls
        }

        init(json item: JSONValue, index: Int) throws {
            let at = "messages[\(index)]"
            guard case .object = item else { throw HQError("\(at) must be an object") }
            guard let role = item["role"]?.stringValue else { throw HQError("\(at).role must be a string") }
            guard Self.roles.contains(role) else {
                throw HQError("\(at).role '\(role)' is not one of \(Self.roles.joined(separator: ", "))")
            }
            switch item["content"] {
            case .string(let text)?: content = text
            case .array(let parts)?: content = parts.compactMap { $0["text"]?.stringValue }.joined()
            case .null?, nil: content = ""
            default: throw HQError("\(at).content must be a string, an array of parts or null")
            }
            self.role = role
            if let name = item["name"], name != .null {
                guard let text = name.stringValue else { throw HQError("\(at).name must be a string") }
                self.name = text
            }
            if let calls = item["tool_calls"], calls != .null {
                guard role == "assistant" else { throw HQError("\(at).tool_calls is only allowed on an assistant message") }
                guard let list = calls.arrayValue else { throw HQError("\(at).tool_calls must be an array") }
                toolCalls = try list.enumerated().map { position, call in
                    guard let id = call["id"]?.stringValue, call["type"]?.stringValue == "function",
                          let name = call["function"]?["name"]?.stringValue,
                          let arguments = call["function"]?["arguments"]?.stringValue
                    else {
                        throw HQError("\(at).tool_calls[\(position)] must be {\"id\", \"type\": \"function\", \"function\": {\"name\", \"arguments\": string}}")
                    }
                    return ToolCall(id: id, name: name, arguments: arguments)
                }
            }
            if role == "tool" {
                guard let id = item["tool_call_id"]?.stringValue else {
                    throw HQError("\(at) has role 'tool' but no 'tool_call_id' (the id of the call it answers)")
                }
                toolCallID = id
            }
        }

        /// What hq reads of the message: its text and the arguments of the calls it carries
        /// (placeholders travel in both).
        var texts: [String] { [content] + toolCalls.map(\.arguments) }

        /// As OpenAI checks a conversation: a `tool` message answers a call of the assistant turn
        /// just before it (other tool results between them allowed), and every call of an
        /// assistant turn is answered before the next other message.
        static func checkToolTurns(_ messages: [Message]) throws {
            var unanswered: [String] = []
            var answerable: Set<String> = []
            for (index, message) in messages.enumerated() {
                if message.role == "tool", let id = message.toolCallID {
                    guard answerable.contains(id) else {
                        throw HQError("messages[\(index)] has role 'tool' but answers '\(id)', which is not a call of the preceding assistant message's 'tool_calls'")
                    }
                    unanswered.removeAll { $0 == id }
                    continue
                }
                guard unanswered.isEmpty else {
                    throw HQError("an assistant message with 'tool_calls' must be followed by tool messages answering each call; unanswered: \(unanswered.joined(separator: ", "))")
                }
                unanswered = message.toolCalls.map(\.id)
                answerable = Set(unanswered)
            }
            guard unanswered.isEmpty else {
                throw HQError("an assistant message with 'tool_calls' must be followed by tool messages answering each call; unanswered: \(unanswered.joined(separator: ", "))")
            }
        }

        /// The function a `tool` message reports on: its `name`, else the name of the call it
        /// answers, else the call id.
        func toolName(in messages: [Message]) -> String {
            if let name { return name }
            let call = messages.lazy.flatMap(\.toolCalls).first { $0.id == toolCallID }
            return call?.name ?? toolCallID ?? "tool"
        }
    }
}
