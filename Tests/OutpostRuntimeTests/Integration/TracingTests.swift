import Foundation
import OutpostAPI
import OutpostTesting
import OutpostTestingDaemon
import Testing

/// Traces end to end over real sockets: a client's `traceparent` → outpostd's spans (submit,
/// redact, keywords, persist, sync) exported by swift-otel over OTLP/HTTP (JSON) to hq's
/// collector → the same trace id and the sync span's id in the `traceparent` hq received with
/// the escalation. No identifier of the request appears in any span.
@Suite(.serialized, .offThePool, .enabled(if: BuiltProducts.exists("outpostd") && BuiltProducts.exists("outpost-hq"), "needs the built outpostd and outpost-hq"))
struct TracingTests {
    static let clientTrace = "4bf92f3577b34da6a3ce929d0e0e4736"
    static let clientSpan = "00f067aa0ba902b7"

    @Test func spansFollowTheRequestIntoTheCloudCall() throws {
        let dir = try TempDirectory(prefix: "traces")
        defer { dir.remove() }
        let hq = try HQProcess(dataDir: dir.file("hq"), logPath: dir.file("hq.log"))
        defer { hq.stop() }
        let collector = hq.baseURL.replacingOccurrences(of: "/v1", with: "")
        let harness = try DaemonHarness(directory: dir.path, config: """
            state_dir = "\(dir.file("state"))"
            [cloud]
            base_url = "\(hq.baseURL)"
            [telemetry]
            otlp_endpoint = "\(collector)"
            otlp_protocol = "http/json"
            [outbox]
            startup_delay_s = 0
            initial_rate = 50
            max_rate = 200
            """, environment: ["OTEL_BSP_SCHEDULE_DELAY": "50"])
        try harness.start()
        defer { _ = harness.stop() }

        let secrets = ["Margarethe Vollmer", "MRN 84423017", "+1 415 555 0199"]
        let body = try JSONSerialization.data(withJSONObject: ["text": "Please call Margarethe Vollmer (MRN 84423017) at +1 415 555 0199 about her results"])
        let response = try harness.client().request("POST", "/v1/requests", body: body,
                                                    headers: ["traceparent": "00-\(Self.clientTrace)-\(Self.clientSpan)-01"])
        #expect(response.status == 201)
        let requestID = response.json?["id"] as? String ?? "?"

        // Wait for the outcome: the sync span exported (it ends after the cloud answered).
        let exported = DaemonHarness.eventually(timeout: 30) { hq.spans().contains { $0["name"] as? String == "outpost.sync.chat" } }
        #expect(exported, "spans at hq: \(hq.spans().map { $0["name"] ?? "?" }); daemon log: \(harness.log().suffix(2000))")
        let spans = hq.spans()
        func span(_ name: String) -> [String: Any]? { spans.first { $0["name"] as? String == name } }

        let submit = try #require(span("outpost.submit"))
        #expect(submit["trace_id"] as? String == Self.clientTrace, "the client's trace is continued")
        #expect(submit["parent_span_id"] as? String == Self.clientSpan, "the client's span is the parent")
        #expect((submit["attributes"] as? [String: Any])?["outpost.request.id"] as? String == requestID)
        let submitID = submit["span_id"] as? String
        for name in ["outpost.redact", "outpost.keywords", "outpost.persist"] {
            let child = try #require(span(name), "no \(name) span")
            #expect(child["trace_id"] as? String == Self.clientTrace, "\(name) in the client's trace")
            #expect(child["parent_span_id"] as? String == submitID, "\(name) is a child of outpost.submit")
        }
        let redact = try #require(span("outpost.redact"))
        // OTLP/JSON writes 64-bit integers as strings.
        let entities = (redact["attributes"] as? [String: Any])?["outpost.entities"].map { Int("\($0)") ?? 0 } ?? 0
        #expect(entities >= 2, "\(redact)")

        // The queued escalation: its span continues the submit span, and its context is the
        // traceparent the cloud received (W3C propagation across the outbox).
        let sync = try #require(span("outpost.sync.chat"))
        #expect(sync["trace_id"] as? String == Self.clientTrace)
        #expect(sync["parent_span_id"] as? String == submitID)
        let received = hq.received().first { $0["idempotency_key"] as? String == "req-\(requestID)" }
        #expect(received?["traceparent"] as? String == "00-\(Self.clientTrace)-\(sync["span_id"] as? String ?? "?")-01")

        let dump = String(data: try JSONSerialization.data(withJSONObject: spans), encoding: .utf8) ?? ""
        for secret in secrets + ["Vollmer", "84423017"] { #expect(!dump.contains(secret), "\(secret) is in a span") }
        print("tracing: \(spans.count) spans in trace \(Self.clientTrace): \(Set(spans.compactMap { $0["name"] as? String }).sorted().joined(separator: ", "))")
    }

    @Test func badTelemetrySettingsNameTheKey() throws {
        let dir = try TempDirectory(prefix: "traces-bad")
        defer { dir.remove() }
        for (lines, key) in [("otlp_endpoint = \"collector:4318\"", "telemetry.otlp_endpoint"),
                             ("otlp_protocol = \"grpc\"", "telemetry.otlp_protocol"),
                             ("sample_ratio = 1.5", "telemetry.sample_ratio")] {
            let config = dir.file("bad.toml")
            try "state_dir = \"\(dir.file("state"))\"\n[telemetry]\n\(lines)\n".write(toFile: config, atomically: true, encoding: .utf8)
            let result = try ChildProcess(BuiltProducts.path("outpostd"), arguments: ["--config", config]).runToEnd()
            #expect(result.status == 78, "\(lines): exit \(result.status)")
            #expect(result.stderr.contains(key), "\(lines): \(result.stderr)")
        }
    }
}
