import ArgumentParser
import Foundation
import Logging
import NIOCore
import OutpostSupport
import ServiceLifecycle
import Testing
@testable import outpost_hq

/// outpost-hq's chat completions as an OpenAI-compatible server answers them: tools and
/// `tool_choice`, tool results, `response_format`, usage, token-by-token streaming, and the
/// 400s a real server gives; deterministic, so the replies can be asserted on.
@Suite struct HQCompletionTests {
    static let weather = #"{"type":"function","function":{"name":"get_weather","description":"Weather","parameters":{"type":"object","properties":{"city":{"type":"string"},"days":{"type":"integer"}},"required":["city","days"]}}}"#
    static let booking = #"{"type":"function","function":{"name":"bookAppointment","parameters":{"type":"object","properties":{"patient":{"type":"string"},"when":{"type":"string"}},"required":["patient"]}}}"#
    static let weatherQuestion = #"{"role":"user","content":"What is the weather in <LOCATION_1> for the next 3 days?"}"#

    static func request(_ messages: String, _ extra: String = "") -> String {
        #"{"model":"m","messages":[\#(messages)]\#(extra.isEmpty ? "" : "," + extra)}"#
    }

    // MARK: Tool calls

    @Test func aToolIsCalledWhenTheUserMentionsIt() async throws {
        try await HQHarness.run { hq in
            let reply = try await Self.complete(hq, Self.request(Self.weatherQuestion, #""tools":[\#(Self.weather),\#(Self.booking)]"#))
            let choice = try #require(reply["choices"]?.arrayValue?.first)
            #expect(choice["finish_reason"] == .string("tool_calls"))
            #expect(choice["message"]?["content"] == .null)
            let calls = try #require(choice["message"]?["tool_calls"]?.arrayValue)
            #expect(calls.count == 1)
            #expect(calls[0]["id"] == .string("call_hq_1_0"))
            #expect(calls[0]["type"] == .string("function"))
            #expect(calls[0]["function"]?["name"] == .string("get_weather"))
            let arguments = try JSONValue.parse(Data(try #require(calls[0]["function"]?["arguments"]?.stringValue).utf8))
            #expect(arguments == .object(["city": .string("<LOCATION_1>"), "days": .number(3)]))
            try Self.expectConsistentUsage(reply, promptWords: 11)
        }
    }

    @Test func aStreamedToolCallCarriesItsArgumentsInPieces() async throws {
        try await HQHarness.run { hq in
            let body = Self.request(Self.weatherQuestion, #""tools":[\#(Self.weather)],"stream":true"#)
            let chunks = try await Self.stream(hq, body)
            let first = try #require(chunks.first?["choices"]?[0]?["delta"])
            #expect(first["role"] == .string("assistant"))
            let head = try #require(first["tool_calls"]?[0])
            #expect(head["index"] == .number(0) && head["id"] == .string("call_hq_1_0") && head["type"] == .string("function"))
            #expect(head["function"]?["name"] == .string("get_weather") && head["function"]?["arguments"] == .string(""))
            let pieces = chunks.dropFirst().compactMap { $0["choices"]?[0]?["delta"]?["tool_calls"]?[0]?["function"]?["arguments"]?.stringValue }
            #expect(pieces.count > 1)
            let arguments = try JSONValue.parse(Data(pieces.joined().utf8))
            #expect(arguments == .object(["city": .string("<LOCATION_1>"), "days": .number(3)]))
            #expect(chunks.last?["choices"]?[0]?["finish_reason"] == .string("tool_calls"))
            #expect(chunks.allSatisfy { $0["object"] == .string("chat.completion.chunk") && $0["id"] == .string("chatcmpl-hq-1") })
        }
    }

    @Test(arguments: [
        // tool_choice, expected function names (none: a text answer)
        (#""required""#, ["get_weather"]),
        (#""none""#, []),
        (#""auto""#, ["get_weather"]),
        (#"{"type":"function","function":{"name":"bookAppointment"}}"#, ["bookAppointment"]),
    ])
    func toolChoiceDecides(choice: String, expected: [String]) async throws {
        try await HQHarness.run { hq in
            let reply = try await Self.complete(hq, Self.request(Self.weatherQuestion, #""tools":[\#(Self.weather),\#(Self.booking)],"tool_choice":\#(choice)"#))
            let message = try #require(reply["choices"]?[0]?["message"])
            let names = message["tool_calls"]?.arrayValue?.compactMap { $0["function"]?["name"]?.stringValue } ?? []
            #expect(names == expected)
            #expect(reply["choices"]?[0]?["finish_reason"] == .string(expected.isEmpty ? "stop" : "tool_calls"))
            if expected.isEmpty { #expect(message["content"]?.stringValue?.hasPrefix("Noted") == true) }
        }
    }

    @Test func requiredCallsTheFirstToolAndAutoWithoutAMentionAnswersText() async throws {
        try await HQHarness.run { hq in
            let plain = #"{"role":"user","content":"Hello there"}"#
            let required = try await Self.complete(hq, Self.request(plain, #""tools":[\#(Self.weather)],"tool_choice":"required""#))
            #expect(required["choices"]?[0]?["message"]?["tool_calls"]?[0]?["function"]?["name"] == .string("get_weather"))
            let auto = try await Self.complete(hq, Self.request(plain, #""tools":[\#(Self.weather)]"#))
            #expect(auto["choices"]?[0]?["message"]?["content"] == .string("Noted: Hello there (placeholders seen: none)"))
        }
    }

    @Test func everyMentionedToolIsCalledUnlessParallelCallsAreOff() async throws {
        try await HQHarness.run { hq in
            let both = #"{"role":"user","content":"Book an appointment for <PERSON_1> and check the weather"}"#
            let tools = #""tools":[\#(Self.weather),\#(Self.booking)]"#
            let parallel = try await Self.complete(hq, Self.request(both, tools))
            let calls = parallel["choices"]?[0]?["message"]?["tool_calls"]?.arrayValue ?? []
            #expect(calls.compactMap { $0["id"]?.stringValue } == ["call_hq_1_0", "call_hq_1_1"])
            let booking = try JSONValue.parse(Data((calls.last?["function"]?["arguments"]?.stringValue ?? "").utf8))
            #expect(booking["patient"] == .string("<PERSON_1>"))
            let single = try await Self.complete(hq, Self.request(both, tools + #","parallel_tool_calls":false"#))
            #expect(single["choices"]?[0]?["message"]?["tool_calls"]?.arrayValue?.count == 1)
        }
    }

    @Test func toolResultsAreAnsweredWithText() async throws {
        try await HQHarness.run { hq in
            let messages = Self.weatherQuestion + #"""
            ,{"role":"assistant","content":null,"tool_calls":[{"id":"call_77","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"<LOCATION_1>\"}"}}]}
            ,{"role":"tool","tool_call_id":"call_77","content":"Sunny,  21 C in <LOCATION_1>"}
            """#
            let reply = try await Self.complete(hq, Self.request(messages, #""tools":[\#(Self.weather)]"#))
            #expect(reply["choices"]?[0]?["finish_reason"] == .string("stop"))
            #expect(reply["choices"]?[0]?["message"]?["content"] == .string("Tool results: get_weather: Sunny, 21 C in <LOCATION_1>"))
            #expect(reply["choices"]?[0]?["message"]?["tool_calls"] == nil)
            // Every message is recorded, the call id included.
            let log = try await hq.received()
            let body = try #require(log.last?["body"] as? [String: Any])
            #expect((body["messages"] as? [[String: Any]])?.last?["tool_call_id"] as? String == "call_77")
        }
    }

    // MARK: response_format

    @Test func jsonObjectWrapsThePlainAnswer() async throws {
        try await HQHarness.run { hq in
            let reply = try await Self.complete(hq, Self.request(#"{"role":"user","content":"Call <PERSON_1> on <DATE_1>, as JSON"}"#, #""response_format":{"type":"json_object"}"#))
            let content = try #require(reply["choices"]?[0]?["message"]?["content"]?.stringValue)
            let object = try JSONValue.parse(Data(content.utf8))
            #expect(object["answer"] == .string("Noted for <PERSON_1>: Call <PERSON_1> on <DATE_1>, as JSON (placeholders seen: <PERSON_1>, <DATE_1>)"))
            #expect(object["placeholders"] == .array([.string("<PERSON_1>"), .string("<DATE_1>")]))
        }
    }

    /// What pydantic writes for `class Appointment(BaseModel)` with a nested `Address` and an
    /// optional field, as `client.chat.completions.parse(response_format=Appointment)` sends it.
    static let appointmentSchema = #"""
    {"type":"json_schema","json_schema":{"name":"Appointment","strict":true,"schema":{
      "$defs":{"Address":{"properties":{"city":{"title":"City","type":"string"},"zip":{"anyOf":[{"type":"null"},{"type":"string"}]}},
                          "required":["city","zip"],"title":"Address","type":"object","additionalProperties":false},
               "Priority":{"enum":["routine","urgent"],"title":"Priority","type":"string"}},
      "properties":{"patient_name":{"type":"string"},"visit_date":{"type":"string"},"minutes":{"type":"integer"},
                    "confirmed":{"type":"boolean"},"address":{"$ref":"#/$defs/Address"},"priority":{"$ref":"#/$defs/Priority"},
                    "notes":{"type":"array","items":{"type":"string"}}},
      "required":["patient_name","visit_date","minutes","confirmed","address","priority","notes"],
      "title":"Appointment","type":"object","additionalProperties":false}}}
    """#

    @Test func jsonSchemaRepliesWithAnInstanceOfTheSchema() async throws {
        try await HQHarness.run { hq in
            let user = #"{"role":"user","content":"Book <PERSON_1> on <DATE_1> at <ADDRESS_1> for 45 minutes"}"#
            let reply = try await Self.complete(hq, Self.request(user, #""response_format":\#(Self.appointmentSchema)"#))
            let content = try #require(reply["choices"]?[0]?["message"]?["content"]?.stringValue)
            let instance = try JSONValue.parse(Data(content.utf8))
            let schema = try #require(try JSONValue.parse(Data(Self.appointmentSchema.utf8))["json_schema"]?["schema"])
            let required = Set(schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [])
            #expect(Set(instance.objectValue?.keys.map { $0 } ?? []) == required)
            #expect(instance["patient_name"] == .string("<PERSON_1>"))
            #expect(instance["visit_date"] == .string("<DATE_1>"))
            #expect(instance["minutes"] == .number(45))
            #expect(instance["confirmed"] == .bool(true))
            #expect(instance["address"] == .object(["city": .string("<ADDRESS_1>"), "zip": .string("<PERSON_1>")]))
            #expect(instance["priority"] == .string("routine"))
            #expect(instance["notes"] == .array([.string("<PERSON_1>")]))
        }
    }

    // MARK: Usage and streaming

    @Test func usageCountsWords() async throws {
        try await HQHarness.run { hq in
            let body = Self.request(#"{"role":"system","content":"Be brief."},{"role":"user","content":"Call <PERSON_1> on <DATE_1>"}"#)
            let reply = try await Self.complete(hq, body)
            try Self.expectConsistentUsage(reply, promptWords: 6)
        }
    }

    @Test func aStreamSplitsPlaceholdersAndEndsWithUsageWhenAsked() async throws {
        try await HQHarness.run { hq in
            let user = #"{"role":"user","content":"Call <PERSON_1> on <DATE_1>"}"#
            let plain = try await Self.complete(hq, Self.request(user))
            let chunks = try await Self.stream(hq, Self.request(user, #""stream":true,"stream_options":{"include_usage":true}"#))
            #expect(chunks.first?["choices"]?[0]?["delta"] == .object(["role": .string("assistant"), "content": .string("")]))
            let texts = chunks.compactMap { $0["choices"]?[0]?["delta"]?["content"]?.stringValue }
            #expect(texts.joined() == plain["choices"]?[0]?["message"]?["content"]?.stringValue)
            #expect(texts.contains(" "), "spaces travel as their own tokens")
            let cut = try #require(texts.firstIndex(of: "<PER"))
            #expect(texts[cut + 1] == "SON_1>")
            // The finish chunk, then the usage chunk with no choices.
            let finish = chunks[chunks.count - 2]
            #expect(finish["choices"]?[0]?["finish_reason"] == .string("stop"))
            #expect(finish["choices"]?[0]?["delta"] == .object([:]))
            let usage = try #require(chunks.last)
            #expect(usage["choices"] == .array([]))
            #expect(usage["usage"] == plain["usage"])
            #expect(chunks.dropLast().allSatisfy { $0["usage"] == .null })
            // Without include_usage: no usage chunk, no usage field.
            let bare = try await Self.stream(hq, Self.request(user, #""stream":true"#))
            #expect(bare.last?["choices"]?[0]?["finish_reason"] == .string("stop"))
            #expect(bare.allSatisfy { $0["usage"] == nil })
        }
    }

    @Test func tokenDelayPacesStreamsOnly() async throws {
        let delay = 40
        try await Self.withHQ({ $0.tokenDelayMilliseconds = delay }) { root in
            let body = Self.request(#"{"role":"user","content":"Call <PERSON_1> on <DATE_1>"}"#)
            let clock = ContinuousClock()
            var start = clock.now
            let streamed = try await HQHarness.request("POST", root + "/v1/chat/completions", body: String(body.dropLast()) + #","stream":true}"#)
            let streamedTime = clock.now - start
            let gaps = Self.payloads(streamed.body).count - 2  // between chunks, not before [DONE]
            #expect(streamedTime >= .milliseconds(delay * gaps))
            start = clock.now
            let plain = try await HQHarness.request("POST", root + "/v1/chat/completions", body: body)
            #expect(plain.status == 200)
            #expect(clock.now - start < .milliseconds(delay * gaps))
        }
    }

    // MARK: Idempotency and capacity

    @Test func aRepeatedKeyReplaysTheSameToolCallStreamedOrNot() async throws {
        try await HQHarness.run { hq in
            let headers = [("Idempotency-Key", "tool-1")]
            let body = Self.request(Self.weatherQuestion, #""tools":[\#(Self.weather)]"#)
            let first = try await hq.post("/v1/chat/completions", body: body, headers: headers)
            let again = try await hq.post("/v1/chat/completions", body: body, headers: headers)
            #expect(first.status == 200 && again.body == first.body)
            let streamed = String(body.dropLast()) + #","stream":true}"#
            let firstStream = try await hq.post("/v1/chat/completions", body: streamed, headers: [("Idempotency-Key", "tool-2")])
            let againStream = try await hq.post("/v1/chat/completions", body: streamed, headers: [("Idempotency-Key", "tool-2")])
            #expect(againStream.body == firstStream.body)
            #expect(firstStream.body.contains("call_hq_3_0"))
            let stats = try await hq.stats()
            #expect(stats.received == 4 && stats.duplicates == 2)
        }
    }

    @Test func aLineAnOlderHQLoggedStillReplays() async throws {
        let directory = HQHarness.temporaryDirectory()
        // An older hq took a tool message without its call id and answered it in plain text.
        let old = #"{"at_ms":1800000000000,"body":{"messages":[{"content":"Call <PERSON_1>","role":"user"},{"content":"42","role":"tool"}],"model":"m"},"duplicate":false,"idempotency_key":"old-1","kind":"chat","seq":1,"traceparent":null}"#
        try Data((old + "\n").utf8).write(to: URL(fileURLWithPath: directory).appendingPathComponent("received.jsonl"))
        try await HQHarness.run(dataDirectory: directory) { hq in
            let again = try await hq.post("/v1/chat/completions", body: #"{"model":"m","messages":[{"role":"user","content":"Call <PERSON_1>"}]}"#, headers: [("Idempotency-Key", "old-1")])
            let reply = try JSONValue.parse(Data(again.body.utf8))
            #expect(reply["id"] == .string("chatcmpl-hq-1"))
            #expect(reply["choices"]?[0]?["message"]?["content"] == .string("Noted for <PERSON_1>: Call <PERSON_1> (placeholders seen: <PERSON_1>)"))
            #expect(try await hq.stats().duplicates == 1)
        }
    }

    @Test func overCapacityStreamsAreRefusedWith429() async throws {
        try await Self.withHQ({ _ in }, capacity: HQCapacity.Settings(capacity: 1, retryAfterSeconds: 7)) { root in
            let body = Self.request(#"{"role":"user","content":"hi"}"#, #""stream":true"#)
            let first = try await HQHarness.request("POST", root + "/v1/chat/completions", body: body)
            let second = try await HQHarness.request("POST", root + "/v1/chat/completions", body: body)
            #expect(first.status == 200)
            #expect(second.status == 429)
            #expect(second.body.contains("over_capacity"))
        }
    }

    // MARK: Validation

    @Test(arguments: [
        #""tools":{"type":"function"}"#,
        #""tools":[]"#,
        #""tools":[{"type":"retrieval","function":{"name":"x"}}]"#,
        #""tools":[{"type":"function","function":{}}]"#,
        #""tools":[{"type":"function","function":{"name":7}}]"#,
        #""tools":[{"type":"function","function":{"name":"has space"}}]"#,
        #""tools":[{"type":"function","function":{"name":"x","parameters":"object"}}]"#,
        #""tools":[\#(HQCompletionTests.weather)],"tool_choice":{"type":"function","function":{"name":"nope"}}"#,
        #""tools":[\#(HQCompletionTests.weather)],"tool_choice":"always""#,
        #""tool_choice":"auto""#,
        #""parallel_tool_calls":false"#,
        #""tools":[\#(HQCompletionTests.weather)],"parallel_tool_calls":"yes""#,
        #""response_format":{"type":"yaml"}"#,
        #""response_format":{"type":"json_schema","json_schema":{"name":"x"}}"#,
        #""response_format":{"type":"json_schema","json_schema":{"name":"x","schema":"object"}}"#,
        #""response_format":"json""#,
        #""stream_options":{"include_usage":true}"#,
    ])
    func malformedFieldsGet400(extra: String) async throws {
        try await HQHarness.run { hq in
            let reply = try await hq.post("/v1/chat/completions", body: Self.request(Self.weatherQuestion, extra))
            #expect(reply.status == 400, "\(extra)")
            let error = try JSONValue.parse(Data(reply.body.utf8))["error"]
            #expect(error?["type"] == .string("invalid_request_error"))
            #expect(error?["message"]?.stringValue?.isEmpty == false)
            #expect(try await hq.stats().received == 0)
            #expect(try await hq.received().first?["kind"] as? String == "rejected")
        }
    }

    @Test(arguments: [
        // a tool message without the call it answers
        #"{"role":"user","content":"x"},{"role":"tool","content":"42"}"#,
        #"{"role":"user","content":"x"},{"role":"tool","tool_call_id":"call_9","content":"42"}"#,
        // a call left unanswered
        #"{"role":"user","content":"x"},{"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{}"}}]},{"role":"user","content":"y"}"#,
        // a malformed call
        #"{"role":"user","content":"x"},{"role":"assistant","content":null,"tool_calls":[{"id":"c1","function":{"name":"f"}}]}"#,
        #"{"role":"wizard","content":"x"}"#,
    ])
    func malformedToolTurnsGet400(messages: String) async throws {
        try await HQHarness.run { hq in
            let reply = try await hq.post("/v1/chat/completions", body: Self.request(messages))
            #expect(reply.status == 400, "\(messages)")
            #expect(reply.body.contains("invalid_request_error"))
        }
    }

    @Test func toolMessageWithoutCallIDSaysWhatIsMissing() async throws {
        try await HQHarness.run { hq in
            let reply = try await hq.post("/v1/chat/completions", body: Self.request(#"{"role":"tool","content":"42"}"#))
            #expect(reply.status == 400)
            #expect(reply.body.contains("tool_call_id"))
        }
    }

    // MARK: The schema instantiator and the tokenizer

    @Test func schemaInstancesFollowRefsUnionsAndBounds() throws {
        let make = SchemaInstantiator(placeholders: ["<DATE_1>", "<PHONE_2>", "<PERSON_3>"], text: "Call <PHONE_2> at 7.5 or -2")
        let schema = try JSONValue.parse(Data(#"""
        {"definitions":{"Contact":{"type":"object","properties":{"phone":{"type":"string"},"client":{"type":"string"}}}},
         "type":"object","required":["contact","extra"],
         "properties":{"contact":{"allOf":[{"$ref":"#/definitions/Contact"}]},"size":{"type":"number"},
                       "count":{"type":"integer","minimum":10},"level":{"type":"integer","maximum":5},
                       "day":{"type":["null","string"]},"at":{"type":"string","format":"date-time"},
                       "kind":{"const":"visit"},"pair":{"type":"array","prefixItems":[{"type":"boolean"},{"type":"null"}]},
                       "code":{"type":"string","maxLength":3},"maybe":{"oneOf":[{"type":"null"},{"type":"boolean"}]}}}
        """#.utf8))
        let instance = make.instance(of: schema)
        #expect(instance["contact"] == .object(["phone": .string("<PHONE_2>"), "client": .string("<PERSON_3>")]))
        #expect(instance["extra"] == .string("<DATE_1>"))  // no preference: the first placeholder
        #expect(instance["size"] == .number(7.5))  // the digits of <PHONE_2> do not count
        #expect(instance["count"] == .number(10))
        #expect(instance["level"] == .number(5))
        #expect(instance["day"] == .string("<DATE_1>"))
        #expect(instance["at"] == .string("2026-01-01T00:00:00Z"))
        #expect(instance["kind"] == .string("visit"))
        #expect(instance["pair"] == .array([.bool(true), .null]))
        #expect(instance["code"] == .string("<DA"))
        #expect(instance["maybe"] == .bool(true))
        // Without placeholders: a summary of the message; without a number: 1.
        let bare = SchemaInstantiator(placeholders: [], text: "  check   the weather ")
        #expect(bare.instance(of: .object(["type": .string("string")])) == .string("check the weather"))
        #expect(bare.instance(of: .object(["type": .string("integer")])) == .number(1))
        // Recursive models end where the schema lets them: null, [], an optional property left out.
        let visit = try JSONValue.parse(Data(##"""
            {"$defs":{"Visit":{"type":"object","required":["kind","next","children"],
              "properties":{"kind":{"const":"visit"},"next":{"anyOf":[{"$ref":"#/$defs/Visit"},{"type":"null"}]},
                            "children":{"type":"array","items":{"$ref":"#/$defs/Visit"}},"parent":{"$ref":"#/$defs/Visit"}}}},
             "$ref":"#/$defs/Visit"}
            """##.utf8))
        #expect(bare.instance(of: visit) == .object(["kind": .string("visit"), "next": .null, "children": .array([])]))
        // One that cannot end stops at the depth limit.
        let tree = try JSONValue.parse(Data(##"{"$defs":{"Node":{"type":"object","properties":{"child":{"$ref":"#/$defs/Node"}},"required":["child"]}},"$ref":"#/$defs/Node"}"##.utf8))
        #expect(bare.instance(of: tree)["child"] != nil)
    }

    @Test(arguments: [
        ("Noted for <PERSON_1>: hi", ["Noted", " ", "for", " ", "<PER", "SON_1>", ":", " ", "hi"]),
        ("(<MRN_12>,<A_1>)", ["(", "<M", "RN_12>", ",", "<A", "_1>", ")"]),
        ("a  b\n", ["a", "  ", "b", "\n"]),
    ])
    func streamTokens(text: String, expected: [String]) {
        #expect(HQReply.tokens(of: text) == expected)
        #expect(HQReply.tokens(of: text).joined() == text)
    }

    @Test func toolNamesAreSplitIntoWords() {
        #expect(HQTool(name: "getWeather_forecast-v2").nameWords == ["get", "weather", "forecast", "v"])
        #expect(HQTool(name: "lookup_record").isMentioned(in: "Please LOOKUP the chart"))
        #expect(!HQTool(name: "get_map").isMentioned(in: "get me a map"))  // words under 4 letters do not count
    }

    @Test func tokenDelayOption() throws {
        let command = try HQCommand.parse(["--data", "/tmp/x", "--token-delay-ms", "25"])
        #expect(try command.options().tokenDelayMilliseconds == 25)
        #expect(throws: (any Error).self) { try HQCommand.parse(["--data", "/tmp/x", "--token-delay-ms", "-1"]) }
    }

    // MARK: Helpers

    /// A non-streamed completion, checked to be a 200 `chat.completion`.
    static func complete(_ hq: HQHarness, _ body: String) async throws -> JSONValue {
        let reply = try await hq.post("/v1/chat/completions", body: body)
        #expect(reply.status == 200, "\(reply.body)")
        let json = try JSONValue.parse(Data(reply.body.utf8))
        #expect(json["object"] == .string("chat.completion"))
        return json
    }

    /// The chunks of a streamed completion, checked to end with `[DONE]`.
    static func stream(_ hq: HQHarness, _ body: String) async throws -> [JSONValue] {
        let reply = try await hq.post("/v1/chat/completions", body: body)
        #expect(reply.status == 200, "\(reply.body)")
        let payloads = payloads(reply.body)
        #expect(payloads.last == "[DONE]")
        return try payloads.dropLast().map { try JSONValue.parse(Data($0.utf8)) }
    }

    /// The `data:` payloads of an SSE body.
    static func payloads(_ body: String) -> [String] {
        body.components(separatedBy: "\n\n").compactMap { event in
            event.hasPrefix("data: ") ? String(event.dropFirst("data: ".count)) : nil
        }
    }

    static func expectConsistentUsage(_ reply: JSONValue, promptWords: Int) throws {
        let usage = try #require(reply["usage"])
        let prompt = try #require(usage["prompt_tokens"]?.intValue)
        let completion = try #require(usage["completion_tokens"]?.intValue)
        #expect(prompt == promptWords)
        #expect(usage["total_tokens"]?.intValue == prompt + completion)
        let message = reply["choices"]?[0]?["message"]
        let text = message?["content"]?.stringValue
            ?? (message?["tool_calls"]?.arrayValue ?? []).compactMap { $0["function"]?["arguments"]?.stringValue }.joined(separator: " ")
        #expect(completion == text.split(whereSeparator: \.isWhitespace).count)
    }

    /// hq in-process with changed options and capacity (which `HQHarness.run` does not take).
    static func withHQ(
        _ configure: (inout HQOptions) -> Void, capacity: HQCapacity.Settings = .init(),
        _ body: @escaping @Sendable (_ root: String) async throws -> Void
    ) async throws {
        var options = HQOptions(host: "127.0.0.1", port: 0, dataDirectory: HQHarness.temporaryDirectory())
        configure(&options)
        let logger = Logger(label: "outpost.hq.test", factory: { _ in SwiftLogNoOpLogHandler() })
        let (ports, port) = AsyncStream.makeStream(of: Int.self)
        let app = makeHQApplication(
            options: options, store: try HQStore(dataDirectory: options.dataDirectory),
            faults: FaultInjector(settings: FaultSettings(), seed: 1), capacity: HQCapacity(settings: capacity), logger: logger
        ) { channel in
            port.yield(channel.localAddress?.port ?? 0)
            port.finish()
        }
        let services = ServiceGroup(configuration: .init(services: [app], logger: logger))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await services.run() }
            do {
                guard let listening = await ports.first(where: { _ in true }), listening > 0 else { throw NotListening() }
                try await body("http://127.0.0.1:\(listening)")
                await services.triggerGracefulShutdown()
                try await group.waitForAll()
            } catch {
                await services.triggerGracefulShutdown()
                try? await group.waitForAll()
                throw error
            }
        }
    }

    struct NotListening: Error {}
}

extension JSONValue {
    /// The element `index` when this is an array (for reading replies in tests).
    fileprivate subscript(index: Int) -> JSONValue? {
        guard let list = arrayValue, list.indices.contains(index) else { return nil }
        return list[index]
    }
}
