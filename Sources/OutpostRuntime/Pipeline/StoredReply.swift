import Foundation
import OutpostAPI
import OutpostRedaction
import OutpostSupport
import OutpostSync

/// The parts of a cloud reply besides its text, as `RequestRecord.reply` stores them (JSON, still in
/// placeholders): tool calls, finish reason and usage.
struct StoredReply: Codable, Equatable {
    var toolCalls: [ToolCall]?
    var finishReason: String?
    var usage: RequestView.Usage?

    enum CodingKeys: String, CodingKey { case usage, toolCalls = "tool_calls", finishReason = "finish_reason" }

    init(_ reply: ChatReply) {
        toolCalls = reply.toolCalls.isEmpty ? nil : reply.toolCalls
        finishReason = reply.finishReason
        if reply.promptTokens != nil || reply.completionTokens != nil {
            usage = RequestView.Usage(promptTokens: reply.promptTokens ?? 0, completionTokens: reply.completionTokens ?? 0)
        }
    }

    /// The JSON text to store.
    var json: String? {
        (try? JSONValue.encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) }
    }

    init?(json: String?) {
        guard let json, let value = try? JSONDecoder().decode(StoredReply.self, from: Data(json.utf8)) else { return nil }
        self = value
    }

    /// Tool calls as the API shows them: arguments re-identified as JSON (each string value on its
    /// own, so a restored value with a quote or a backslash keeps the arguments valid JSON).
    func toolCallViews(map: PlaceholderMap) -> [RequestView.ToolCall]? {
        toolCalls.map { calls in
            calls.map { call in
                RequestView.ToolCall(id: call.id, name: call.function.name, arguments: Self.reidentifyJSON(call.function.arguments, map: map))
            }
        }
    }

    /// `text` with the placeholders inside its JSON strings restored; text that is not JSON is restored as text.
    static func reidentifyJSON(_ text: String, map: PlaceholderMap) -> String {
        guard let value = try? JSONValue.parse(Data(text.utf8)) else { return Reidentifier.reidentify(text, map: map).text }
        return value.mappingStrings { Reidentifier.reidentify($1, map: map).text }.jsonText ?? text
    }
}
