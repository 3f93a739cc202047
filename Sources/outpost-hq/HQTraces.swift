import OutpostSupport
import Foundation

/// An OTLP/HTTP trace collector for tests and the demo: `POST /v1/traces` with the JSON
/// encoding (`telemetry.otlp_protocol = "http/json"`), spans flattened and kept in memory for
/// `GET /hq/traces`. Ids are shown as lowercase hex whichever way the exporter wrote them
/// (OTLP/JSON says hex; a protobuf-JSON encoder may write base64).
actor HQTraces {
    struct Span: Sendable, Codable {
        var traceID: String
        var spanID: String
        var parentSpanID: String?
        var name: String
        var kind: JSONValue?
        /// Attribute values unwrapped from OTLP's `{"stringValue": …}` form.
        var attributes: [String: JSONValue]
        var status: JSONValue?
        /// From `startTimeUnixNano`/`endTimeUnixNano` (decimal strings in OTLP/JSON).
        var durationMilliseconds: Double?

        enum CodingKeys: String, CodingKey {
            case traceID = "trace_id", spanID = "span_id", parentSpanID = "parent_span_id", name, kind, attributes, status
            case durationMilliseconds = "duration_ms"
        }
    }

    /// Spans kept (the oldest go first): a benchmark run must not grow hq without bound.
    static let keep = 100_000

    private(set) var batches = 0
    private(set) var spans: [Span] = []

    /// Adds the spans of one export request; returns how many it held.
    func receive(_ request: JSONValue) throws -> Int {
        guard let resources = request["resourceSpans"]?.arrayValue ?? request["resource_spans"]?.arrayValue else {
            throw HQError("not an OTLP ExportTraceServiceRequest: no resourceSpans")
        }
        var received: [Span] = []
        for resource in resources {
            for scope in resource["scopeSpans"]?.arrayValue ?? resource["scope_spans"]?.arrayValue ?? [] {
                for span in scope["spans"]?.arrayValue ?? [] {
                    guard let traceID = Self.hexID(span["traceId"] ?? span["trace_id"], bytes: 16),
                          let spanID = Self.hexID(span["spanId"] ?? span["span_id"], bytes: 8),
                          let name = span["name"]?.stringValue
                    else { throw HQError("a span lacks traceId, spanId or name") }
                    var attributes: [String: JSONValue] = [:]
                    for attribute in span["attributes"]?.arrayValue ?? [] {
                        guard let key = attribute["key"]?.stringValue else { continue }
                        if case .object(let value)? = attribute["value"], let first = value.first { attributes[key] = first.value }
                    }
                    received.append(Span(
                        traceID: traceID, spanID: spanID, parentSpanID: Self.hexID(span["parentSpanId"] ?? span["parent_span_id"], bytes: 8),
                        name: name, kind: span["kind"], attributes: attributes, status: span["status"],
                        durationMilliseconds: Self.duration(span)))
                }
            }
        }
        batches += 1
        spans += received
        if spans.count > Self.keep { spans.removeFirst(spans.count - Self.keep) }
        return received.count
    }

    static func duration(_ span: JSONValue) -> Double? {
        func nanos(_ key: String) -> UInt64? {
            switch span[key] {
            case .string(let text)?: return UInt64(text)
            case .number(let value)?: return UInt64(exactly: value.rounded())
            default: return nil
            }
        }
        guard let start = nanos("startTimeUnixNano"), let end = nanos("endTimeUnixNano"), end >= start else { return nil }
        return Double(end - start) / 1_000_000
    }

    /// Hex as received, or base64 decoded to hex; `nil` for absent or empty (a root span's parent).
    static func hexID(_ value: JSONValue?, bytes: Int) -> String? {
        guard let text = value?.stringValue, !text.isEmpty else { return nil }
        if text.count == bytes * 2, text.allSatisfy(\.isHexDigit) { return text.lowercased() }
        guard let data = Data(base64Encoded: text), data.count == bytes else { return nil }
        return data.map { String(format: "%02x", $0) }.joined()
    }
}
