import Foundation
import OutpostSupport
import Testing
@testable import OutpostSync

/// The events as OTLP/HTTP logs, decoded by the official definitions (`opentelemetry-proto` on PyPI).
@Suite struct OTLPLogsTests {
    /// A python with `opentelemetry-proto`, from `$OUTPOST_PYTHON`.
    static let python: String? = {
        guard let path = ProcessInfo.processInfo.environment["OUTPOST_PYTHON"], FileManager.default.isExecutableFile(atPath: path),
              (try? run(path, ["-c", "import opentelemetry.proto.collector.logs.v1.logs_service_pb2"]).status) == 0 else { return nil }
        return path
    }()

    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    /// Parses the JSON export strictly and the protobuf export, checks that they are the same
    /// message and that protobuf re-serialises byte for byte, and prints what it read.
    static let script = """
        import base64, json, sys
        from google.protobuf import json_format
        from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
        # OTLP/JSON writes trace and span ids as hex where proto3's JSON mapping has base64
        # (the specification's one exception); everything else is the standard mapping.
        doc = json.load(open(sys.argv[1]))
        for rl in doc["resourceLogs"]:
            for sl in rl["scopeLogs"]:
                for r in sl["logRecords"]:
                    for k in ("traceId", "spanId"):
                        if k in r:
                            r[k] = base64.b64encode(bytes.fromhex(r[k])).decode()
        j = ExportLogsServiceRequest()
        json_format.ParseDict(doc, j)                           # unknown fields are an error
        p = ExportLogsServiceRequest()
        raw = open(sys.argv[2], "rb").read()
        p.ParseFromString(raw)
        assert j == p, "JSON and protobuf exports differ"
        assert p.SerializeToString() == raw, "protobuf does not re-serialise to the same bytes"
        rl = p.resource_logs[0]
        out = {"resource": {a.key: a.value.string_value for a in rl.resource.attributes},
               "scope": rl.scope_logs[0].scope.name, "records": []}
        for r in rl.scope_logs[0].log_records:
            out["records"].append({
                "event_name": r.event_name, "severity": r.severity_number, "time": r.time_unix_nano,
                "observed": r.observed_time_unix_nano,
                "id": {a.key: a.value.string_value for a in r.attributes}["outpost.event.id"],
                "trace_id": r.trace_id.hex(), "span_id": r.span_id.hex(), "flags": r.flags,
                "body": json_format.MessageToDict(r.body)})
        print(json.dumps(out))
        """

    static let records = [
        OTLPLogs.Record(eventID: "evt-1", event: .object([
            "type": .string("request"), "route": .string("cloud"), "confidence": .number(0.75), "in_scope": .bool(false),
            "at_unix": .number(1_767_225_600), "keywords": .array([.string("refill"), .string("pharmacy")]),
            "latency_ms": .object(["analyze": .number(3.25), "zero": .number(0)]), "entity_types": .array([]),
        ]), traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"),
        OTLPLogs.Record(eventID: "evt-2", event: .object(["route": .string("local")]), traceparent: nil),
    ]
    static let resource = [("service.name", "outpostd"), ("service.instance.id", "box-0042"), ("service.version", "1.2.3")]

    @Test(.enabled(if: python != nil, "needs $OUTPOST_PYTHON: a python with `opentelemetry-proto` installed"))
    func theOfficialDefinitionsReadBothEncodings() throws {
        let logs = OTLPLogs(resource: Self.resource)
        let now = Date(timeIntervalSince1970: 1_767_225_601.5)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("otlp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try logs.json(Self.records, now: now).write(to: dir.appendingPathComponent("export.json"))
        try logs.protobuf(Self.records, now: now).write(to: dir.appendingPathComponent("export.pb"))
        try Data(Self.script.utf8).write(to: dir.appendingPathComponent("check.py"))
        let result = try Self.run(try #require(Self.python), [
            dir.appendingPathComponent("check.py").path, dir.appendingPathComponent("export.json").path, dir.appendingPathComponent("export.pb").path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let out = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(out["resource"] as? [String: String] == ["service.name": "outpostd", "service.instance.id": "box-0042", "service.version": "1.2.3"])
        #expect(out["scope"] as? String == "outpost.events")
        let records = try #require(out["records"] as? [[String: Any]])
        #expect(records.count == 2)
        #expect(records[0]["event_name"] as? String == "outpost.request")
        #expect(records[1]["event_name"] as? String == "outpost.event")
        #expect(records.map { $0["id"] as? String } == ["evt-1", "evt-2"])
        #expect(records[0]["severity"] as? Int == 9)
        #expect((records[0]["time"] as? NSNumber)?.uint64Value == 1_767_225_600_000_000_000)
        #expect((records[1]["time"] as? NSNumber)?.uint64Value == 1_767_225_601_500_000_000)
        #expect(records[0]["trace_id"] as? String == "4bf92f3577b34da6a3ce929d0e0e4736")
        #expect(records[0]["span_id"] as? String == "00f067aa0ba902b7")
        #expect(records[0]["flags"] as? Int == 1)
        #expect(records[1]["trace_id"] as? String == "")
        let body = try #require((records[0]["body"] as? [String: Any])?["kvlistValue"] as? [String: Any])
        let values = try #require(body["values"] as? [[String: Any]])
        #expect(values.map { $0["key"] as? String } == ["at_unix", "confidence", "entity_types", "in_scope", "keywords", "latency_ms", "route", "type"])
        #expect(values[3]["value"] as? [String: Bool] == ["boolValue": false])
        #expect(values[1]["value"] as? [String: Double] == ["doubleValue": 0.75])
    }

    @Test func aPartialSuccessIsReadFromJSONAndProtobuf() {
        let json = Array(#"{"partialSuccess":{"rejectedLogRecords":"2","errorMessage":"too old"}}"#.utf8)
        #expect(OTLPLogs.partialSuccess(body: json, contentType: "application/json") == .init(rejectedLogRecords: 2, errorMessage: "too old"))
        #expect(OTLPLogs.partialSuccess(body: Array(#"{"partialSuccess":{}}"#.utf8), contentType: "application/json") == nil)
        #expect(OTLPLogs.partialSuccess(body: [], contentType: "application/x-protobuf") == nil)
        var inner = ProtobufWriter()
        inner.varintField(1, 3)
        inner.stringField(2, "bad")
        var outer = ProtobufWriter()
        outer.bytesField(1, inner.bytes)
        #expect(OTLPLogs.partialSuccess(body: outer.bytes, contentType: "application/x-protobuf") == .init(rejectedLogRecords: 3, errorMessage: "bad"))
        #expect(OTLPLogs.partialSuccess(body: [0xFF, 0xFF], contentType: "application/x-protobuf") == nil)
    }

    @Test func onlyWhatTheSpecificationSaysIsRetried() {
        for status in [429, 502, 503, 504] {
            #expect(FailureClassifier.classifyOTLP(status: status, retryAfterHeader: "7")?.disposition == .retry(retryAfter: .seconds(7)))
        }
        for status in [400, 401, 403, 404, 413, 500, 501] {
            #expect(FailureClassifier.classifyOTLP(status: status)?.disposition == .deadLetter, "\(status)")
        }
        #expect(FailureClassifier.classifyOTLP(status: 200) == nil)
    }
}
