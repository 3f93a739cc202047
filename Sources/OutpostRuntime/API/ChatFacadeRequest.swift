import Foundation
import Hummingbird
import NIOCore
import NIOFoundationEssentialsCompat
import OutpostAPI
import OutpostSupport
import OutpostSync

/// A `POST /v1/chat/completions` body, checked field by field as OpenAI's API defines it. A field
/// the box does not know, or cannot honour, is refused with a 400 that names it — never dropped.
struct ChatFacadeRequest: Sendable {
    var messages: [ChatMessage]
    var model: String
    var stream: Bool
    /// `stream_options.include_usage`: a last chunk with `usage`.
    var includeUsage: Bool
    /// The fields that travel to the cloud (`ChatOptions`), as sent.
    var options: ChatOptions
    /// The client's `user`, which also names the conversation when it is a valid conversation id.
    var user: String?

    /// The last user message: what the box analyses and routes on.
    var text: String { messages.last { $0.role == "user" }?.content ?? "" }

    /// Fields passed to the cloud as they are, with the check of their type.
    static let passThrough: [String: @Sendable (JSONValue) -> String?] = [
        "temperature": { number($0, in: 0...2) },
        "top_p": { number($0, in: 0...1) },
        "presence_penalty": { number($0, in: -2...2) },
        "frequency_penalty": { number($0, in: -2...2) },
        "max_tokens": positiveInteger,
        "max_completion_tokens": positiveInteger,
        "seed": { $0.intValue == nil ? "must be an integer" : nil },
        "stop": { value in
            if value.stringValue != nil { return nil }
            guard let list = value.arrayValue, list.count <= 4, list.allSatisfy({ $0.stringValue != nil }) else { return "must be a string or an array of up to 4 strings" }
            return nil
        },
        "tools": tools,
        "tool_choice": { value in
            if let s = value.stringValue { return ["none", "auto", "required"].contains(s) ? nil : "must be \"none\", \"auto\", \"required\" or {\"type\": \"function\", \"function\": {\"name\": …}}" }
            return value["function"]?["name"]?.stringValue == nil ? "must name a function: {\"type\": \"function\", \"function\": {\"name\": …}}" : nil
        },
        "parallel_tool_calls": { $0.boolValue == nil ? "must be true or false" : nil },
        "response_format": responseFormat,
        "logit_bias": { $0.objectValue == nil ? "must be an object of token ids to numbers" : nil },
    ]

    /// Fields the box reads itself.
    static let own: Set<String> = ["model", "messages", "stream", "stream_options", "user", "n"]

    /// Fields of OpenAI's API the box refuses, with why.
    static let refused: [String: String] = [
        "logprobs": "log probabilities are not available through the box (they would list the redacted tokens)",
        "top_logprobs": "log probabilities are not available through the box (they would list the redacted tokens)",
        "store": "the box does not ask the cloud to store completions",
        "metadata": "the box does not forward metadata to the cloud",
        "audio": "audio output is not supported by the box",
        "modalities": "only text is supported by the box",
        "prediction": "predicted outputs are not supported by the box",
        "functions": "the deprecated 'functions' field is not supported; use 'tools'",
        "function_call": "the deprecated 'function_call' field is not supported; use 'tool_choice'",
    ]

    static func decode(_ request: Request, limit: Int) async throws -> ChatFacadeRequest {
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: limit) } catch {
            throw APIError.tooLarge(limit)
        }
        guard case .object(let object)? = try? JSONValue.parse(Data(buffer: buffer)) else {
            throw APIError.badRequest(.invalidJSON, "request body must be a JSON chat completion request")
        }
        return try ChatFacadeRequest(object)
    }

    init(_ object: [String: JSONValue]) throws {
        for key in object.keys.sorted() {
            if let why = Self.refused[key] {
                // `"logprobs": false`, `"store": false`, `"metadata": {}` ask for nothing: accepted.
                if [.null, .bool(false), .object([:]), .array([])].contains(object[key]!) { continue }
                throw APIError.badRequest(.unsupportedField, "field '\(key)' is not supported: \(why)")
            }
            guard Self.own.contains(key) || Self.passThrough[key] != nil else {
                throw APIError.badRequest(.unknownField, "unknown field '\(key)': the box refuses fields it would not forward, rather than dropping them")
            }
            if case .null = object[key]! { continue }
            if let check = Self.passThrough[key], let problem = check(object[key]!) {
                throw APIError.badRequest(.invalidRequest, "field '\(key)' \(problem)")
            }
        }
        guard let list = object["messages"]?.arrayValue, !list.isEmpty else {
            throw APIError.badRequest(.invalidRequest, "field 'messages' must be a non-empty array")
        }
        messages = try list.enumerated().map { try Self.message($1, at: $0) }
        guard messages.contains(where: { $0.role == "user" }) else {
            throw APIError.badRequest(.invalidRequest, "no message with role 'user'")
        }
        if let model = object["model"], !(model.stringValue.map { !$0.isEmpty } ?? false) {
            throw APIError.badRequest(.invalidRequest, "field 'model' must be a non-empty string")
        }
        model = object["model"]?.stringValue ?? "outpost"
        if let n = object["n"], n != .null, n.intValue != 1 {
            throw APIError.badRequest(.invalidRequest, "field 'n' must be 1: the box asks for one choice")
        }
        if let s = object["stream"], s != .null, s.boolValue == nil { throw APIError.badRequest(.invalidRequest, "field 'stream' must be true or false") }
        stream = object["stream"]?.boolValue ?? false
        includeUsage = false
        if let o = object["stream_options"], o != .null {
            guard let options = o.objectValue, options.keys.allSatisfy({ $0 == "include_usage" }),
                  options["include_usage"].map({ $0.boolValue != nil }) ?? true else {
                throw APIError.badRequest(.invalidRequest, "field 'stream_options' must be {\"include_usage\": true|false}")
            }
            includeUsage = options["include_usage"]?.boolValue ?? false
        }
        if let u = object["user"], u != .null, u.stringValue == nil { throw APIError.badRequest(.invalidRequest, "field 'user' must be a string") }
        user = object["user"]?.stringValue
        if object["tools"]?.arrayValue?.isEmpty ?? true {
            for key in ["tool_choice", "parallel_tool_calls"] where object[key].map({ $0 != .null }) ?? false {
                throw APIError.badRequest(.invalidRequest, "field '\(key)' needs 'tools'")
            }
        }
        var options: ChatOptions = [:]
        for (key, value) in object where Self.passThrough[key] != nil && value != .null { options[key] = value }
        if options["tools"]?.arrayValue?.isEmpty == true { options["tools"] = nil }
        if let user { options["user"] = .string(user) }
        if stream, includeUsage { options["stream_options"] = .object(["include_usage": .bool(true)]) }
        self.options = options
    }

    /// One message: `system`/`developer` (sent as `system`, which every OpenAI-compatible server
    /// knows), `user`, `assistant` (text and/or `tool_calls`) or `tool` (with `tool_call_id`).
    static func message(_ value: JSONValue, at index: Int) throws -> ChatMessage {
        func bad(_ why: String) -> APIError { .badRequest(.invalidRequest, "messages[\(index)]: \(why)") }
        guard let object = value.objectValue else { throw bad("must be an object") }
        guard let role = object["role"]?.stringValue else { throw bad("'role' must be a string") }
        guard ["system", "developer", "user", "assistant", "tool"].contains(role) else {
            throw bad("role '\(role)' is not supported (system, developer, user, assistant, tool)")
        }
        for key in object.keys where !["role", "content", "name", "tool_calls", "tool_call_id", "refusal"].contains(key) {
            throw bad("unknown field '\(key)'")
        }
        let content = try text(of: object["content"], role: role, bad: bad)
        var message = ChatMessage(role: role == "developer" ? "system" : role, content: content)
        if let name = object["name"], name != .null {
            guard let s = name.stringValue else { throw bad("'name' must be a string") }
            message.name = s
        }
        if let calls = object["tool_calls"], calls != .null {
            guard role == "assistant", let list = calls.arrayValue else { throw bad("'tool_calls' must be an array on an assistant message") }
            message.toolCalls = try list.enumerated().map { k, call in
                guard let id = call["id"]?.stringValue, let name = call["function"]?["name"]?.stringValue,
                      let arguments = call["function"]?["arguments"]?.stringValue, (call["type"]?.stringValue ?? "function") == "function" else {
                    throw bad("tool_calls[\(k)] must be {\"id\", \"type\": \"function\", \"function\": {\"name\", \"arguments\"}}")
                }
                return ToolCall(id: id, name: name, arguments: arguments)
            }
        }
        if role == "tool" {
            guard let id = object["tool_call_id"]?.stringValue else { throw bad("a tool message needs 'tool_call_id'") }
            message.toolCallID = id
        }
        if role != "assistant" || message.toolCalls == nil, content.isEmpty, object["content"] == nil || object["content"] == .null {
            throw bad("'content' is required")
        }
        return message
    }

    /// A message's text: a string, or text parts (`[{"type": "text", "text": …}]`) joined. Other parts are refused.
    static func text(of value: JSONValue?, role: String, bad: (String) -> APIError) throws -> String {
        switch value {
        case .string(let s)?: return s
        case .null?, nil: return ""
        case .array(let parts)?:
            return try parts.map { part -> String in
                let type = part["type"]?.stringValue ?? "?"
                guard type == "text" else {
                    throw APIError.badRequest(.unsupportedContent, "\(type) content parts are not supported: the box answers text only, and cannot check an image or audio for identifiers")
                }
                guard let text = part["text"]?.stringValue else { throw bad("a text part needs 'text'") }
                return text
            }.joined(separator: "\n")
        default:
            throw bad("'content' must be a string or an array of text parts")
        }
    }

    static func number(_ value: JSONValue, in range: ClosedRange<Double>) -> String? {
        guard let n = value.numberValue else { return "must be a number" }
        return range.contains(n) ? nil : "must be between \(range.lowerBound.formatted()) and \(range.upperBound.formatted())"
    }

    static func positiveInteger(_ value: JSONValue) -> String? {
        guard let n = value.intValue, n > 0 else { return "must be a positive integer" }
        return nil
    }

    static func tools(_ value: JSONValue) -> String? {
        guard let list = value.arrayValue else { return "must be an array of {\"type\": \"function\", \"function\": {…}}" }
        for (k, tool) in list.enumerated() {
            guard tool["type"]?.stringValue == "function", let function = tool["function"]?.objectValue,
                  let name = function["name"]?.stringValue, !name.isEmpty else {
                return "[\(k)] must be {\"type\": \"function\", \"function\": {\"name\", \"description\"?, \"parameters\"?}}"
            }
            if let p = function["parameters"], p.objectValue == nil { return "[\(k)].function.parameters must be a JSON schema object" }
        }
        return nil
    }

    static func responseFormat(_ value: JSONValue) -> String? {
        switch value["type"]?.stringValue {
        case "text"?, "json_object"?: return nil
        case "json_schema"?:
            guard value["json_schema"]?["name"]?.stringValue != nil, value["json_schema"]?["schema"].map({ $0.objectValue != nil }) ?? true else {
                return "of type json_schema needs {\"json_schema\": {\"name\", \"schema\": {…}}}"
            }
            return nil
        default:
            return "must have type \"text\", \"json_object\" or \"json_schema\""
        }
    }
}
