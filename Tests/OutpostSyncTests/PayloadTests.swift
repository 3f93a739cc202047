import Foundation
import OutpostConfig
import OutpostStore
import OutpostSupport
import Testing
@testable import OutpostSync

@Suite struct PayloadTests {
    @Test func chatPayloadRoundTrips() throws {
        let payload = OutboxPayload.chat(messages: [.system("s"), .user("Call <PERSON_1>")], model: "gpt-x")
        let data = try payload.jsonData()
        #expect(try OutboxPayload(kind: .chat, json: data) == payload)
    }

    @Test func eventPayloadRoundTripsWithStableBytes() throws {
        let event = JSONValue.object(["b": .number(2), "a": .string("x"), "n": .array([.bool(true), .null, .number(1.5)])])
        let data = try OutboxPayload.event(event).jsonData()
        #expect(String(decoding: data, as: UTF8.self) == #"{"a":"x","b":2,"n":[true,null,1.5]}"#)
        #expect(try OutboxPayload(kind: .event, json: data) == .event(event))
    }

    @Test(arguments: [(OutboxJob.Kind.chat, "{}"), (.chat, "garbage"), (.event, "[1]"), (.event, "\"text\""), (.event, "")])
    func badStoredPayloadsAreInvalid(kind: OutboxJob.Kind, json: String) {
        #expect { _ = try OutboxPayload(kind: kind, json: Data(json.utf8)) } throws: {
            ($0 as? SyncFailure)?.code == .invalidPayload
        }
        if case .unreadable(let unreadableKind, _) = OutboxPayload.decoding(kind: kind, json: Data(json.utf8)) {
            #expect(unreadableKind == kind)
        } else {
            Issue.record("expected .unreadable")
        }
    }

    @Test func chatMessagesAcceptOpenAIContentParts() throws {
        let json = #"{"messages":[{"role":"user","content":[{"type":"text","text":"a "},{"type":"text","text":"b"}]},{"role":"assistant","content":null}]}"#
        guard case .chat(let messages, _, _) = try OutboxPayload(kind: .chat, json: Data(json.utf8)) else {
            Issue.record("not chat")
            return
        }
        #expect(messages == [.user("a b"), .assistant("")])
    }

    @Test func batchKeyIsOrderIndependentAndDistinct() {
        #expect(EventsClient.batchKey(for: ["a", "b", "c"]) == EventsClient.batchKey(for: ["c", "a", "b"]))
        #expect(EventsClient.batchKey(for: ["a", "b"]) != EventsClient.batchKey(for: ["a", "b", "c"]))
        #expect(EventsClient.batchKey(for: ["ab", "c"]) != EventsClient.batchKey(for: ["a", "bc"]))
        #expect(EventsClient.batchKey(for: ["only"]) == "only")
    }

    @Test func chatURLToleratesTrailingSlash() {
        var config = CloudConfig()
        config.baseURL = "https://api.example.com/v1/"
        #expect(config.chatCompletionsURL == "https://api.example.com/v1/chat/completions")
        #expect(CloudConfig(serverRoot: "http://h:1/").eventsPostURL == "http://h:1/v1/logs")
    }
}

/// The guard reads an event's free text, not the box's own labels: an intent label such as
/// "oos" is a word of no dictionary, and once made every out-of-scope request's event a dead letter.
@Suite struct EventGuardTextTests {
    @Test func labelsAreNotCheckedButKeywordsAre() {
        let event = JSONValue.object([
            "type": .string("request"), "route": .string("cloud"), "intent": .string("oos"),
            "entity_types": .array([.string("PERSON")]), "keywords": .array([.string("best pizza topping")]),
        ])
        #expect(EventsClient.freeText(of: event) == ["best pizza topping"])
    }
}
