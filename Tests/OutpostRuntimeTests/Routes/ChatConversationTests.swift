import Foundation
import HTTPTypes
import Testing

/// What the facade queues for the cloud from a whole OpenAI conversation (no cloud here, so the
/// escalation waits in the outbox, where the test reads it): every turn redacted with one
/// placeholder map, the client's system prompt kept behind the box's, tools and structured output
/// carried (their prose redacted), `user` hashed; fields the box would not forward refused.
@Suite struct ChatConversationTests {
    /// The payload of the only chat row in the outbox.
    static func queuedPayload(_ api: InProcessAPI) async throws -> [String: Any] {
        let list = try #require(try await api.request(.get, "/v1/queue").json?["items"] as? [[String: Any]])
        let chat = try #require(list.first { $0["kind"] as? String == "chat" })
        let id = try #require(chat["id"] as? Int)
        let item = try #require(try await api.request(.get, "/v1/queue/\(id)").json)
        let payload = try #require(item["payload"] as? String)
        return try #require(try JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any])
    }

    @Test func everyTurnIsRedactedWithOneMapAndTheClientsSystemPromptIsKept() async throws {
        try await InProcessAPI.run { api in
            let body = #"""
            {"model": "outpost", "user": "nurse-station-4", "messages": [
              {"role": "system", "content": "You are the ward assistant. Answer in one sentence."},
              {"role": "user", "content": "My patient is Margarethe Oyelaran-Whitcombe, born 14 March 1951, phone 617-555-0142."},
              {"role": "assistant", "content": "Noted: Margarethe Oyelaran-Whitcombe, phone 617-555-0142."},
              {"role": "user", "content": [{"type": "text", "text": "Please summarise what you know about Margarethe Oyelaran-Whitcombe."}]}
            ]}
            """#
            let r = try await api.request(.post, "/v1/chat/completions", json: body)
            #expect(r.status == 200, "\(r.text)")
            let payload = try await Self.queuedPayload(api)
            let messages = try #require(payload["messages"] as? [[String: Any]])
            #expect(messages.map { $0["role"] as? String } == ["system", "system", "user", "assistant", "user"])
            #expect((messages[1]["content"] as? String) == "You are the ward assistant. Answer in one sentence.")
            let text = messages.compactMap { $0["content"] as? String }.joined(separator: "\n")
            for secret in ["Oyelaran", "Margarethe", "617-555-0142", "1951"] { #expect(!text.contains(secret), "\(secret) in \(text)") }
            // One name, one placeholder, in every turn that mentions it.
            let person = try #require((messages[2]["content"] as? String)?.firstMatch(of: /<PERSON_\d+>/)?.0)
            #expect((messages[3]["content"] as? String)?.contains(String(person)) == true, "\(messages[3])")
            #expect((messages[4]["content"] as? String)?.contains(String(person)) == true, "\(messages[4])")
            let options = try #require(payload["options"] as? [String: Any])
            let user = try #require(options["user"] as? String)
            #expect(user.hasPrefix("u-") && user.count == 34 && !user.contains("nurse"))
        }
    }

    @Test func toolsAndStructuredOutputTravelWithTheirProseRedacted() async throws {
        try await InProcessAPI.run { api in
            let body = #"""
            {"messages": [{"role": "user", "content": "opening hours?"}], "temperature": 0.2, "max_tokens": 50, "seed": 7, "stop": ["\n\n"],
             "tools": [{"type": "function", "function": {"name": "lookup_record",
               "description": "Looks up a record; ask Dr. Haruki Tanabe-Lindqvist before use.",
               "parameters": {"type": "object", "properties": {"patient": {"type": "string", "description": "the patient's full name"}}, "required": ["patient"]}}}],
             "tool_choice": "auto", "response_format": {"type": "json_object"}}
            """#
            let r = try await api.request(.post, "/v1/chat/completions", json: body)
            #expect(r.status == 200, "\(r.text)")
            // "opening hours?" alone would be answered on the box; tools need the cloud model.
            #expect((r.json?["outpost"] as? [String: Any])?["route"] as? String == "cloud")
            let options = try #require(try await Self.queuedPayload(api)["options"] as? [String: Any])
            #expect(options["temperature"] as? Double == 0.2 && options["max_tokens"] as? Int == 50 && options["seed"] as? Int == 7)
            #expect(options["stop"] as? [String] == ["\n\n"])
            #expect((options["response_format"] as? [String: Any])?["type"] as? String == "json_object")
            let tool = try #require((options["tools"] as? [[String: Any]])?.first?["function"] as? [String: Any])
            #expect(tool["name"] as? String == "lookup_record")
            let description = try #require(tool["description"] as? String)
            #expect(!description.contains("Tanabe") && description.contains("<PERSON_"), "\(description)")
            let required = (tool["parameters"] as? [String: Any])?["required"] as? [String]
            #expect(required == ["patient"])
        }
    }

    @Test func assistantToolCallsAndToolResultsAreRedactedAsJSON() async throws {
        try await InProcessAPI.run { api in
            let body = #"""
            {"messages": [
              {"role": "user", "content": "Find the chart of Ingeborg Fairweather-Nakashima."},
              {"role": "assistant", "content": null, "tool_calls": [{"id": "call_1", "type": "function",
                "function": {"name": "find_chart", "arguments": "{\"name\": \"Ingeborg Fairweather-Nakashima\"}"}}]},
              {"role": "tool", "tool_call_id": "call_1", "content": "Chart of Ingeborg Fairweather-Nakashima: MRN 4471902, ward 3."}
            ], "tools": [{"type": "function", "function": {"name": "find_chart", "parameters": {"type": "object", "properties": {"name": {"type": "string"}}}}}]}
            """#
            let r = try await api.request(.post, "/v1/chat/completions", json: body)
            #expect(r.status == 200, "\(r.text)")
            let messages = try #require(try await Self.queuedPayload(api)["messages"] as? [[String: Any]])
            #expect(messages.map { $0["role"] as? String } == ["system", "user", "assistant", "tool"])
            let call = try #require((messages[2]["tool_calls"] as? [[String: Any]])?.first?["function"] as? [String: Any])
            let arguments = try #require(call["arguments"] as? String)
            let parsed = try #require(try JSONSerialization.jsonObject(with: Data(arguments.utf8)) as? [String: String])
            #expect(parsed["name"]?.hasPrefix("<PERSON_") == true, "\(arguments)")
            #expect(messages[2]["content"] is NSNull)
            #expect(messages[3]["tool_call_id"] as? String == "call_1")
            let result = try #require(messages[3]["content"] as? String)
            #expect(!result.contains("Fairweather") && !result.contains("4471902"), "\(result)")
        }
    }

    @Test func fieldsTheBoxWouldNotForwardAreRefusedByName() async throws {
        try await InProcessAPI.run { api in
            let user = #"[{"role": "user", "content": "hi"}]"#
            let cases: [(String, String)] = [
                (#"{"messages": \#(user), "bogus_field": 1}"#, "unknown_field"),
                (#"{"messages": \#(user), "logprobs": true}"#, "unsupported_field"),
                (#"{"messages": \#(user), "n": 2}"#, "invalid_request"),
                (#"{"messages": \#(user), "temperature": "hot"}"#, "invalid_request"),
                (#"{"messages": \#(user), "tools": [{"type": "function"}]}"#, "invalid_request"),
                (#"{"messages": \#(user), "response_format": {"type": "yaml"}}"#, "invalid_request"),
                (#"{"messages": \#(user), "stream_options": {"include_usage": "yes"}}"#, "invalid_request"),
                (#"{"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "data:,"}}]}]}"#, "unsupported_content"),
                (#"{"messages": [{"role": "tool", "content": "42"}, {"role": "user", "content": "hi"}]}"#, "invalid_request"),
                (#"{"messages": [{"role": "wizard", "content": "hi"}]}"#, "invalid_request"),
                (#"{"messages": \#(user), "tool_choice": "auto"}"#, "invalid_request"),
                (#"{"messages": \#(user), "store": true}"#, "unsupported_field"),
            ]
            for (body, code) in cases {
                let r = try await api.request(.post, "/v1/chat/completions", json: body)
                #expect(r.status == 400, "\(body): \(r.status) \(r.text)")
                #expect(r.errorCode == code, "\(body): \(r.text)")
                #expect(r.errorMessage?.isEmpty == false)
            }
            #expect((try await api.request(.get, "/v1/requests").json?["requests"] as? [Any])?.isEmpty == true)
            // Fields that ask for nothing are accepted.
            let quiet = try await api.request(.post, "/v1/chat/completions", json: #"{"messages": \#(user), "logprobs": false, "store": false, "metadata": {}, "n": 1, "tools": []}"#)
            #expect(quiet.status == 200, "\(quiet.text)")
        }
    }

    @Test func theRequestsAPICarriesAConversationsHistory() async throws {
        try await InProcessAPI.run { api in
            let first = try await api.request(.post, "/v1/requests", json: #"{"text": "Please ask Dr. Okonkwo-Brandt to call Philippa Marchetti-Ngata.", "conversation_id": "conv-history"}"#)
            #expect(first.status == 200 || first.status == 201 || first.status == 202, "\(first.text)")
            let second = try await api.request(.post, "/v1/requests", json: #"{"text": "And remind Philippa Marchetti-Ngata about the referral letter.", "conversation_id": "conv-history"}"#)
            #expect(second.status == 200 || second.status == 201 || second.status == 202, "\(second.text)")
            let list = try #require(try await api.request(.get, "/v1/queue").json?["items"] as? [[String: Any]])
            let ids = list.filter { $0["kind"] as? String == "chat" }.compactMap { $0["id"] as? Int }.sorted()
            try #require(ids.count == 2)
            let item = try #require(try await api.request(.get, "/v1/queue/\(ids[1])").json)
            let payload = try #require(try JSONSerialization.jsonObject(with: Data((item["payload"] as? String ?? "").utf8)) as? [String: Any])
            let messages = try #require(payload["messages"] as? [[String: Any]])
            #expect(messages.map { $0["role"] as? String } == ["system", "user", "user"], "the first request, unanswered, is history")
            let first1 = messages[1]["content"] as? String ?? "", last = messages[2]["content"] as? String ?? ""
            let person = try #require(last.firstMatch(of: /<PERSON_\d+>/)?.0)
            #expect(first1.contains(String(person)), "\(first1) / \(last)")
        }
    }
}
