import Foundation
import OutpostAPI
import OutpostConfig
import OutpostModel

/// The OpenAI shapes the facade answers with: `chat.completion`, `chat.completion.chunk` and the
/// model list. Each completion and the last chunk carry `"outpost": {"request_id", "status", "route"}`.
enum ChatFacadeWire {
    struct OutpostInfo: Codable, Sendable {
        var requestID: String
        var status: String
        var route: String
        enum CodingKeys: String, CodingKey { case status, route, requestID = "request_id" }
    }

    struct ToolCall: Codable, Sendable {
        var index: Int?
        var id: String?
        var type: String? = "function"
        var function: Function
        struct Function: Codable, Sendable {
            var name: String?
            var arguments: String
        }
        init(_ call: RequestView.ToolCall, index: Int? = nil) {
            self.index = index
            self.id = call.id
            self.function = Function(name: call.name, arguments: call.arguments)
        }
    }

    struct Usage: Codable, Sendable {
        var promptTokens = 0, completionTokens = 0, totalTokens = 0
        enum CodingKeys: String, CodingKey { case promptTokens = "prompt_tokens", completionTokens = "completion_tokens", totalTokens = "total_tokens" }
        init(_ usage: RequestView.Usage?) {
            promptTokens = usage?.promptTokens ?? 0
            completionTokens = usage?.completionTokens ?? 0
            totalTokens = promptTokens + completionTokens
        }
    }

    struct Completion: Encodable, Sendable {
        var id: String
        var object = "chat.completion"
        var created: Int
        var model: String
        var choices: [Choice]
        var usage: Usage
        var outpost: OutpostInfo
        struct Choice: Encodable, Sendable {
            var index = 0
            var message: Message
            var finishReason: String
            var logprobs: String? = nil
            enum CodingKeys: String, CodingKey { case index, message, logprobs, finishReason = "finish_reason" }
            func encode(to encoder: any Swift.Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(index, forKey: .index)
                try c.encode(message, forKey: .message)
                try c.encode(finishReason, forKey: .finishReason)
                try c.encodeNil(forKey: .logprobs)
            }
        }
        struct Message: Encodable, Sendable {
            var role = "assistant"
            var content: String?
            var toolCalls: [ToolCall]?
            var refusal: String? = nil
            enum CodingKeys: String, CodingKey { case role, content, refusal, toolCalls = "tool_calls" }
            func encode(to encoder: any Swift.Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(role, forKey: .role)
                try c.encode(content, forKey: .content)
                try c.encodeNil(forKey: .refusal)
                try c.encodeIfPresent(toolCalls, forKey: .toolCalls)
            }
        }
    }

    /// One server-sent event of a streamed completion (`finish_reason` is `null` until the last).
    struct Chunk: Encodable, Sendable {
        var id: String
        var object = "chat.completion.chunk"
        var created: Int
        var model: String
        var choices: [Choice]
        var usage: Usage?
        var outpost: OutpostInfo?
        struct Delta: Encodable, Sendable {
            var role: String?
            var content: String?
            var toolCalls: [ToolCall]?
            enum CodingKeys: String, CodingKey { case role, content, toolCalls = "tool_calls" }
        }
        struct Choice: Encodable, Sendable {
            var index = 0
            var delta: Delta
            var finishReason: String?
            enum CodingKeys: String, CodingKey { case index, delta, finishReason = "finish_reason" }
            func encode(to encoder: any Swift.Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(index, forKey: .index)
                try c.encode(delta, forKey: .delta)
                try c.encode(finishReason, forKey: .finishReason)
            }
        }
        enum CodingKeys: String, CodingKey { case id, object, created, model, choices, usage, outpost }
        func encode(to encoder: any Swift.Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(object, forKey: .object)
            try c.encode(created, forKey: .created)
            try c.encode(model, forKey: .model)
            try c.encode(choices, forKey: .choices)
            try c.encodeIfPresent(usage, forKey: .usage)
            try c.encodeIfPresent(outpost, forKey: .outpost)
        }

        /// `data: {…}` and the blank line that ends the event.
        var event: String {
            "data: " + String(decoding: (try? JSONEncoder.api.encode(self)) ?? Data("{}".utf8), as: UTF8.self) + "\n\n"
        }
    }

    struct ModelList: Encodable, Sendable {
        var object = "list"
        var data: [Entry]
        struct Entry: Encodable, Sendable {
            var id: String
            var object = "model"
            var created: Int
            var ownedBy: String
            enum CodingKeys: String, CodingKey { case id, object, created, ownedBy = "owned_by" }
        }
    }
}

/// What `GET /v1/models` lists: `outpost` (the box's router: answered on the box or by the cloud,
/// anonymized), the cloud's own model name (the same path), and, with an encoder loaded, the local
/// embedding model and the local intent model.
struct FacadeModels: Sendable {
    static let intentModelID = "outpost-intent"
    var chat: [String]
    var local: [String]

    init(config: OutpostConfig, model: Model?) {
        chat = ["outpost"] + (config.cloud.baseURL == nil || config.cloud.model == "outpost" ? [] : [config.cloud.model])
        local = model == nil ? [] : [EmbeddingsRoutes.modelID] + (model?.intentHead == nil ? [] : [Self.intentModelID])
    }

    var list: ChatFacadeWire.ModelList {
        .init(data: chat.map { .init(id: $0, created: 1_764_000_000, ownedBy: $0 == "outpost" ? "outpost" : "cloud") }
              + local.map { .init(id: $0, created: 1_764_000_000, ownedBy: "outpost") })
    }
}
