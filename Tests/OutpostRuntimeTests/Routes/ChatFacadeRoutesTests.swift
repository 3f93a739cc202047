import Foundation
import HTTPTypes
import Testing

/// The OpenAI-compatible facade in-process: a completion (JSON and server-sent events) for a good
/// request, the model list, and the one error shape for garbage, oversize, truncated and wrong-typed bodies.
@Suite struct ChatFacadeRoutesTests {
    static let question = #"{"model": "outpost", "messages": [{"role": "system", "content": "be brief"}, {"role": "user", "content": "Can Maria Lindqvist get a refill?"}]}"#

    @Test func aCompletionCarriesTheRequestAndItsStatus() async throws {
        try await InProcessAPI.run { api in
            let r = try await api.request(.post, "/v1/chat/completions", json: Self.question)
            #expect(r.status == 200, "\(r.text)")
            let json = try #require(r.json)
            #expect((json["id"] as? String)?.hasPrefix("chatcmpl-") == true)
            let choice = try #require((json["choices"] as? [[String: Any]])?.first)
            let message = try #require(choice["message"] as? [String: Any])
            #expect(message["role"] as? String == "assistant")
            #expect(message["content"] is String)
            let outpost = try #require(json["outpost"] as? [String: Any])
            // No cloud and no wait: the escalation is queued, and the request is the pipeline's.
            #expect(outpost["status"] as? String == "queued")
            let id = try #require(outpost["request_id"] as? String)
            #expect(try await api.request(.get, "/v1/requests/\(id)").status == 200)
        }
    }

    @Test func streamingEndsWithDone() async throws {
        try await InProcessAPI.run { api in
            let body = #"{"stream": true, "messages": [{"role": "user", "content": [{"type": "text", "text": "opening hours?"}]}]}"#
            let r = try await api.request(.post, "/v1/chat/completions", json: body)
            #expect(r.status == 200)
            #expect(r.contentType == "text/event-stream")
            let events = r.text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
            #expect(events.allSatisfy { $0.hasPrefix("data: ") })
            #expect(events.last == "data: [DONE]")
            let chunks = events.dropLast().compactMap { (try? JSONSerialization.jsonObject(with: Data($0.dropFirst(6).utf8))) as? [String: Any] }
            #expect(chunks.count == events.count - 1)
            #expect(chunks.allSatisfy { $0["object"] as? String == "chat.completion.chunk" })
            #expect((chunks.last?["outpost"] as? [String: Any])?["status"] as? String == "queued")
        }
    }

    @Test func modelsListsOutpost() async throws {
        try await InProcessAPI.run { api in
            let r = try await api.request(.get, "/v1/models")
            #expect(r.status == 200)
            let models = try #require(r.json?["data"] as? [[String: Any]])
            #expect(models.map { $0["id"] as? String } == ["outpost"])
        }
    }

    @Test func badBodiesGetTheOneErrorShapeAndStoreNothing() async throws {
        try await InProcessAPI.run(maxBodyBytes: 4096) { api in
            let cases: [(Data, Int, String)] = [
                (Data("garbage".utf8), 400, "invalid_json"),
                (Data(#"{"messages": [{"role": "user", "content": "hi"}"#.utf8), 400, "invalid_json"),     // truncated
                (Data("[]".utf8), 400, "invalid_json"),
                (Data("{}".utf8), 400, "invalid_request"),
                (Data(#"{"messages": []}"#.utf8), 400, "invalid_request"),
                (Data(#"{"messages": "hi"}"#.utf8), 400, "invalid_request"),                               // wrong type
                (Data(#"{"messages": [{"role": "assistant", "content": "hi"}]}"#.utf8), 400, "invalid_request"),
                (Data(#"{"messages": [{"role": "user", "content": 42}]}"#.utf8), 400, "invalid_request"),   // wrong type
                (InProcessAPI.oversize(10_000, field: "messages"), 413, "too_large"),
            ]
            for (body, status, code) in cases {
                let r = try await api.request(.post, "/v1/chat/completions", body: body)
                #expect(r.status == status, "\(code): got \(r.status) \(r.text)")
                #expect(r.errorCode == code, "\(r.text)")
                #expect(r.errorMessage?.isEmpty == false)
            }
            #expect((try await api.request(.get, "/v1/requests").json?["requests"] as? [Any])?.isEmpty == true)
        }
    }
}
