import Foundation
import HTTPTypes
import Prometheus
import Testing

/// Health, queue, lights and metrics routes in-process: their answers on a fresh box and after a
/// request, and the one error shape for bad ids, queries and bodies.
@Suite struct OperationsRoutesTests {
    @Test func healthAndStatusOnAFreshBox() async throws {
        try await InProcessAPI.run { api in
            let health = try await api.request(.get, "/v1/health")
            #expect(health.status == 200, "\(health.text)")
            #expect(health.json?["status"] as? String == "ok")
            #expect((health.json?["problems"] as? [Any])?.isEmpty == true)
            let status = try #require(try await api.request(.get, "/v1/status").json)
            for key in ["version", "uptime_s", "state_dir", "db", "model", "outbox", "online", "lights"] {
                #expect(status.keys.contains(key), "missing \(key)")
            }
            // A body where none is taken changes nothing; an unknown path is a 404 in the one shape.
            #expect(try await api.request(.get, "/v1/health", json: "{garbage").status == 200)
            let missing = try await api.request(.get, "/v1/nope")
            #expect(missing.status == 404 && missing.errorCode == "not_found")
        }
    }

    @Test func queueShowsRetriesAndDropsItems() async throws {
        try await InProcessAPI.run { api in
            #expect((try await api.request(.get, "/v1/queue").json?["items"] as? [Any])?.isEmpty == true)
            #expect(try await api.request(.post, "/v1/requests", json: #"{"text": "please call me back"}"#).status == 201)
            let items = try #require(try await api.request(.get, "/v1/queue?state=pending").json?["items"] as? [[String: Any]])
            #expect(items.count == 1)
            let id = try #require(items.first?["id"] as? Int)
            #expect(items.first?["payload"] == nil)  // the list never carries payloads
            let item = try await api.request(.get, "/v1/queue/\(id)")
            #expect(item.status == 200 && item.json?["payload"] is String)
            let stats = try #require(try await api.request(.get, "/v1/queue/stats").json)
            #expect(stats["pending"] as? Int == 1)

            let drop = try await api.request(.post, "/v1/queue/\(id)/drop", json: "not json, and ignored")
            #expect(drop.status == 200 && drop.json?["id"] as? Int == id)
            #expect(try await api.request(.get, "/v1/queue/stats").json?["pending"] as? Int == 0)
            let retry = try await api.request(.post, "/v1/queue/\(id)/retry")
            #expect(retry.status == 200, "\(retry.text)")
            #expect(try await api.request(.get, "/v1/queue/stats").json?["pending"] as? Int == 1)
        }
    }

    @Test func queueRefusesBadIdsAndQueries() async throws {
        try await InProcessAPI.run { api in
            let cases: [(String, String, Int, String)] = [
                ("GET", "/v1/queue/abc", 400, "invalid_id"),
                ("GET", "/v1/queue/99999", 404, "not_found"),
                ("GET", "/v1/queue?state=bogus", 400, "invalid_state"),
                ("GET", "/v1/queue?limit=0", 400, "invalid_limit"),
                ("POST", "/v1/queue/99999/retry", 409, "not_retryable"),
                ("POST", "/v1/queue/99999/drop", 409, "not_droppable"),
                ("POST", "/v1/queue/1.5/drop", 400, "invalid_id"),
            ]
            for (method, path, status, code) in cases {
                let r = try await api.request(method == "GET" ? .get : .post, path)
                #expect(r.status == status && r.errorCode == code, "\(method) \(path): \(r.status) \(r.text)")
            }
        }
    }

    @Test func lightsAnswerAndRefuseBadBodies() async throws {
        try await InProcessAPI.run { api in
            let snapshot = try await api.request(.get, "/v1/lights")
            #expect(snapshot.status == 200 && snapshot.contentType == "application/json")
            #expect(snapshot.json?["leds"] is [Any])
            #expect(try await api.request(.post, "/v1/lights/identify", json: #"{"seconds": 5}"#).status == 200)
            #expect(try await api.request(.post, "/v1/lights/identify").status == 200)  // empty: the default
            #expect(try await api.request(.post, "/v1/lights/test").status == 200)
            #expect(try await api.request(.post, "/v1/lights/override", json: #"{"state": null}"#).status == 200)

            let bad: [(String, Data, Int, String)] = [
                ("identify", Data("garbage".utf8), 400, "bad_request"),
                ("identify", Data(#"{"seconds": 5"#.utf8), 400, "bad_request"),        // truncated
                ("identify", Data(#"{"seconds": "five"}"#.utf8), 400, "bad_request"),   // wrong type
                ("identify", Data(#"{"seconds": 4000}"#.utf8), 400, "bad_request"),
                ("override", Data(#"{"state": 3}"#.utf8), 400, "bad_request"),          // wrong type
                ("override", Data(#"{"state": "bogus"}"#.utf8), 400, "bad_request"),
                ("override", InProcessAPI.oversize(5000, field: "state"), 413, "too_large"),
            ]
            for (action, body, status, code) in bad {
                let r = try await api.request(.post, "/v1/lights/\(action)", body: body)
                #expect(r.status == status && r.errorCode == code, "\(action) \(String(decoding: body.prefix(30), as: UTF8.self)): \(r.status) \(r.text)")
            }
            let wrongType = try await api.request(.post, "/v1/lights/identify", json: #"{"seconds": "five"}"#)
            #expect(wrongType.errorMessage?.contains("seconds") == true)
        }
    }

    @Test func metricsRenderTheRegistryInTheTextFormat() async throws {
        let registry = PrometheusCollectorRegistry()
        registry.makeCounter(descriptor: .init(namespace: "outpost", metricName: "test", unitName: "total", helpText: "test"),
                             labels: [("route", "metrics")]).increment(by: Int64(3))
        registry.makeGauge(descriptor: .init(namespace: "outpost", metricName: "test", unitName: "gauge", helpText: "test")).set(1.5)
        try await InProcessAPI.run(metrics: registry) { api in
            let r = try await api.request(.get, "/metrics")
            #expect(r.status == 200)
            #expect(r.contentType == "text/plain; version=0.0.4; charset=utf-8")
            let samples = try MetricsTests.parse(r.text)
            #expect(samples["outpost_test_total"]?.first?.value == 3)
            #expect(samples["outpost_test_total"]?.first?.labels == ["route": "metrics"])
            #expect(samples["outpost_test_gauge"]?.first?.value == 1.5)
            // A body on the GET is ignored; the text stays valid.
            let again = try await api.request(.get, "/metrics", json: "{\"truncated\": ")
            #expect(again.status == 200)
            #expect(try MetricsTests.parse(again.text).keys.contains("outpost_test_total"))
        }
    }
}
