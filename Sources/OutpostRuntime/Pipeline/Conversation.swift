import Crypto
import Foundation
public import OutpostSync
import OutpostAnalysis
import OutpostConfig
import OutpostStore
import OutpostRedaction
import OutpostSupport

/// A whole conversation as an OpenAI client sends it (`POST /v1/chat/completions`): every message
/// with its real values, the model asked for and the request's other fields. The pipeline analyses
/// the last user message, and redacts every message and every free text of `options` with the
/// conversation's one placeholder map before any of it is queued.
public struct Conversation: Sendable {
    public var messages: [ChatMessage]
    public var model: String?
    public var options: ChatOptions

    public init(messages: [ChatMessage], model: String? = nil, options: ChatOptions = [:]) {
        self.messages = messages
        self.model = model
        self.options = options
    }

    /// Where the message the box analyses and routes on stands: the last `user` message.
    var lastUserIndex: Int? { messages.lastIndex { $0.role == "user" } }

    /// Why this conversation needs the cloud model whatever the intent says, or nil: a local
    /// answer is a text template, which can neither call tools, nor follow a JSON format, nor read
    /// tool results.
    var needsCloud: String? {
        if options["tools"]?.arrayValue?.isEmpty == false { return "tools were offered" }
        if let type = options["response_format"]?["type"]?.stringValue, type != "text" { return "a \(type) reply was asked for" }
        if let last = messages.last, last.role != "user" { return "the last message is a \(last.role) turn" }
        return nil
    }
}

extension Pipeline {
    /// Earlier turns most requests carry to the cloud.
    static let historyTurns = 20

    /// The history of a conversation of the requests API (`conversation_id`): its earlier requests
    /// and their answers, as stored — already in placeholders. A request that was refused or is
    /// still unanswered contributes its question only.
    func history(conversation: String) async throws -> [ChatMessage] {
        let records = try await store.requests(conversation: conversation, limit: Self.historyTurns)
        return records.flatMap { record -> [ChatMessage] in
            guard record.route != "refused" else { return [] }
            return [.user(record.redactedText)] + (record.answer.map { [.assistant($0)] } ?? [])
        }
    }

    /// The messages as they go to the cloud: the box's privacy instruction first, then the client's
    /// messages in order (its own system prompt kept), each redacted with `map`; the last user
    /// message is `analysed` (already redacted by the analysis). Messages before it are redacted
    /// before the analysis runs (`redactTurns(… upTo:)`), so numbering follows the conversation's order.
    func redactTurns(_ messages: [ChatMessage], range: Range<Int>, map: inout PlaceholderMap) -> [ChatMessage] {
        messages[range].map { redactMessage($0, map: &map) }
    }

    func redactMessage(_ message: ChatMessage, map: inout PlaceholderMap) -> ChatMessage {
        var out = message
        out.content = redactText(message.content, map: &map)
        out.toolCalls = message.toolCalls?.map { call in
            var call = call
            call.function.arguments = redactJSONText(call.function.arguments, map: &map)
            return call
        }
        if let name = message.name { out.name = redactText(name, map: &map) }
        return out
    }

    /// One free text: the redactor, then the values the conversation already has placeholders for.
    func redactText(_ text: String, map: inout PlaceholderMap) -> String {
        guard !text.isEmpty else { return text }
        let redacted = analyzer.redactor.redact(text, map: &map).redacted
        return map.maskingKnownValues(redacted)
    }

    /// JSON text (tool-call arguments): each string value redacted on its own, so the result stays
    /// valid JSON; text that is not JSON is redacted as text.
    func redactJSONText(_ text: String, map: inout PlaceholderMap) -> String {
        guard let value = try? JSONValue.parse(Data(text.utf8)) else { return redactText(text, map: &map) }
        return value.mappingStrings { redactText($1, map: &map) }.jsonText ?? redactText(text, map: &map)
    }

    /// The request's other fields with their free text redacted: the descriptions, titles, examples
    /// and defaults inside `tools` and `response_format` (names, types and enums are schema the cloud
    /// needs verbatim; the outbound guard still reads every string of them), and `user` replaced by
    /// a salted hash.
    func redactOptions(_ options: ChatOptions, map: inout PlaceholderMap) -> ChatOptions {
        var out = options
        let prose: Set<String> = ["description", "title", "examples", "default"]
        for key in ["tools", "response_format"] {
            guard let value = options[key] else { continue }
            out[key] = value.mappingStrings { path, s in path.contains(where: prose.contains) ? redactText(s, map: &map) : s }
        }
        if let user = options["user"]?.stringValue {
            out["user"] = .string(Self.hashedUser(user, salt: config.cloud.boxID ?? "outpost"))
        }
        return out
    }

    /// The client's `user` as the cloud sees it: `u-` and 32 hex digits of HMAC-SHA-256 keyed by the
    /// box's name, so the cloud can tell users apart (abuse monitoring) but not read them.
    static func hashedUser(_ user: String, salt: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(user.utf8), using: SymmetricKey(data: Data("outpost-user\u{0}\(salt)".utf8)))
        return "u-" + code.prefix(16).map { String(format: "%02x", $0) }.joined()
    }
}
