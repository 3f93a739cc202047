public import Foundation
public import OutpostSupport

/// The box's events as an OTLP/HTTP logs export (`ExportLogsServiceRequest`,
/// opentelemetry-proto `logs/v1`), so an OpenTelemetry Collector ingests them unchanged.
///
/// One `LogRecord` per event: `eventName` from the event's `type` (`outpost.request`), the event
/// object as a key-value body, its time, the trace and span of the request it belongs to, and the
/// attribute `outpost.event.id` (the outbox job's idempotency key) for de-duplication downstream —
/// a retry that regroups records into other batches still carries the same ids. One resource per
/// export names the box (`service.name`, `service.instance.id`, versions).
///
/// Encodes OTLP/JSON (lowerCamelCase names, 64-bit integers as strings, ids as hex) and binary
/// protobuf; both are checked against the official definitions in tests.
public struct OTLPLogs: Sendable {
    /// Resource attributes, in order.
    public var resource: [(String, String)]

    public init(resource: [(String, String)]) {
        self.resource = resource
    }

    /// One event to export.
    public struct Record: Sendable {
        public var eventID: String
        public var event: JSONValue
        public var traceparent: String?
        public init(eventID: String, event: JSONValue, traceparent: String?) {
            self.eventID = eventID
            self.event = event
            self.traceparent = traceparent
        }
    }

    static let scopeName = "outpost.events"
    static let scopeVersion = "1"
    /// `SEVERITY_NUMBER_INFO`.
    static let severityInfo = 9

    /// `outpost.` + the event's `type` (`request` → `outpost.request`), or `outpost.event`.
    static func eventName(of event: JSONValue) -> String {
        if case .object(let members) = event, case .string(let type)? = members["type"], !type.isEmpty {
            return "outpost." + type
        }
        return "outpost.event"
    }

    /// The event's own time (`at_unix`), else `now`, in nanoseconds since the epoch.
    static func timeNanos(of event: JSONValue, now: Date) -> UInt64 {
        if case .object(let members) = event, case .number(let seconds)? = members["at_unix"], seconds > 0, seconds < 1e11 {
            return UInt64(seconds * 1e9)
        }
        return UInt64(max(0, now.timeIntervalSince1970) * 1e9)
    }

    // MARK: JSON

    /// The OTLP/JSON body.
    public func json(_ records: [Record], now: Date = Date()) throws -> Data {
        let observed = String(UInt64(max(0, now.timeIntervalSince1970) * 1e9))
        let logRecords: [JSONValue] = records.map { record in
            var members: [String: JSONValue] = [
                "timeUnixNano": .string(String(Self.timeNanos(of: record.event, now: now))),
                "observedTimeUnixNano": .string(observed),
                "severityNumber": .number(Double(Self.severityInfo)),
                "severityText": .string("INFO"),
                "eventName": .string(Self.eventName(of: record.event)),
                "body": Self.jsonAnyValue(record.event),
                "attributes": .array([Self.jsonKeyValue("outpost.event.id", .string(record.eventID))]),
            ]
            if let trace = record.traceparent.flatMap(TraceContext.init(traceparent:)) {
                members["traceId"] = .string(trace.traceID)
                members["spanId"] = .string(trace.spanID)
                members["flags"] = .number(Double(trace.flags))
            }
            return .object(members)
        }
        let export: JSONValue = .object([
            "resourceLogs": .array([.object([
                "resource": .object(["attributes": .array(resource.map { Self.jsonKeyValue($0.0, .string($0.1)) })]),
                "scopeLogs": .array([.object([
                    "scope": .object(["name": .string(Self.scopeName), "version": .string(Self.scopeVersion)]),
                    "logRecords": .array(logRecords),
                ])]),
            ])]),
        ])
        return try export.jsonData()
    }

    static func jsonKeyValue(_ key: String, _ value: JSONValue) -> JSONValue {
        .object(["key": .string(key), "value": jsonAnyValue(value)])
    }

    /// `AnyValue` in OTLP/JSON: whole numbers as `intValue` strings, others as `doubleValue`.
    static func jsonAnyValue(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text): return .object(["stringValue": .string(text)])
        case .bool(let flag): return .object(["boolValue": .bool(flag)])
        case .number(let number):
            if let integer = Self.integer(number) { return .object(["intValue": .string(String(integer))]) }
            return .object(["doubleValue": .number(number)])
        case .array(let items): return .object(["arrayValue": .object(["values": .array(items.map(jsonAnyValue))])])
        case .object(let members):
            let values = members.keys.sorted().map { jsonKeyValue($0, members[$0]!) }
            return .object(["kvlistValue": .object(["values": .array(values)])])
        case .null: return .object([:])
        }
    }

    static func integer(_ number: Double) -> Int64? {
        guard number.rounded() == number, abs(number) < 9e15 else { return nil }
        return Int64(number)
    }

    // MARK: Protobuf

    /// The binary protobuf body (field numbers of opentelemetry-proto `logs/v1`, `common/v1`).
    public func protobuf(_ records: [Record], now: Date = Date()) -> Data {
        let observed = UInt64(max(0, now.timeIntervalSince1970) * 1e9)
        var request = ProtobufWriter()
        request.messageField(1) { resourceLogs in                         // ExportLogsServiceRequest.resource_logs
            resourceLogs.messageField(1) { resource in                    // ResourceLogs.resource
                for (key, value) in self.resource {
                    resource.messageField(1) { Self.writeKeyValue(&$0, key, .string(value)) }  // Resource.attributes
                }
            }
            resourceLogs.messageField(2) { scopeLogs in                   // ResourceLogs.scope_logs
                scopeLogs.messageField(1) { scope in                      // ScopeLogs.scope
                    scope.stringField(1, Self.scopeName)
                    scope.stringField(2, Self.scopeVersion)
                }
                for record in records {
                    scopeLogs.messageField(2) { log in                    // ScopeLogs.log_records
                        log.fixed64Field(1, Self.timeNanos(of: record.event, now: now))   // time_unix_nano
                        log.varintField(2, Int64(Self.severityInfo))      // severity_number
                        log.stringField(3, "INFO")                        // severity_text
                        log.messageField(5) { Self.writeAnyValue(&$0, record.event) }     // body
                        log.messageField(6) { Self.writeKeyValue(&$0, "outpost.event.id", .string(record.eventID)) }  // attributes
                        if let trace = record.traceparent.flatMap(TraceContext.init(traceparent:)) {
                            log.fixed32Field(8, UInt32(trace.flags))      // flags
                            log.bytesField(9, Self.bytes(hex: trace.traceID))  // trace_id
                            log.bytesField(10, Self.bytes(hex: trace.spanID))  // span_id
                        }
                        log.fixed64Field(11, observed)                    // observed_time_unix_nano
                        log.stringField(12, Self.eventName(of: record.event))  // event_name
                    }
                }
            }
        }
        return Data(request.bytes)
    }

    static func writeKeyValue(_ writer: inout ProtobufWriter, _ key: String, _ value: JSONValue) {
        writer.stringField(1, key, always: true)
        writer.messageField(2) { writeAnyValue(&$0, value) }
    }

    static func writeAnyValue(_ writer: inout ProtobufWriter, _ value: JSONValue) {
        switch value {
        case .string(let text): writer.stringField(1, text, always: true)
        case .bool(let flag):
            if flag { writer.varintField(2, 1) } else { writer.zeroVarintField(2) }
        case .number(let number):
            if let integer = integer(number) {
                if integer == 0 { writer.zeroVarintField(3) } else { writer.varintField(3, integer) }
            } else {
                writer.doubleField(4, number)
            }
        case .array(let items):
            writer.messageField(5) { array in
                for item in items { array.messageField(1) { writeAnyValue(&$0, item) } }
            }
        case .object(let members):
            writer.messageField(6) { list in
                for key in members.keys.sorted() { list.messageField(1) { writeKeyValue(&$0, key, members[key]!) } }
            }
        case .null:
            break
        }
    }

    static func bytes(hex: String) -> [UInt8] {
        var result: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex, let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex) {
            guard let byte = UInt8(hex[index..<next], radix: 16) else { return [] }
            result.append(byte)
            index = next
        }
        return result
    }

    // MARK: Response

    /// What a collector said in a 2xx: `ExportLogsServiceResponse.partial_success`.
    public struct PartialSuccess: Sendable, Hashable {
        public var rejectedLogRecords: Int64
        public var errorMessage: String
    }

    /// The partial success in a 2xx body (JSON or protobuf, by `contentType`); `nil` when the
    /// export was accepted whole (or the body is empty).
    public static func partialSuccess(body: [UInt8], contentType: String?) -> PartialSuccess? {
        guard !body.isEmpty else { return nil }
        if contentType?.contains("protobuf") == true {
            guard let fields = ProtobufReader.fields(body),
                  case .bytes(let inner)? = fields.first(where: { $0.number == 1 })?.value,
                  let members = ProtobufReader.fields(inner) else { return nil }
            var result = PartialSuccess(rejectedLogRecords: 0, errorMessage: "")
            for (number, value) in members {
                if number == 1, case .varint(let count) = value { result.rejectedLogRecords = Int64(bitPattern: count) }
                if number == 2, case .bytes(let text) = value { result.errorMessage = String(decoding: text, as: UTF8.self) }
            }
            return result.rejectedLogRecords == 0 && result.errorMessage.isEmpty ? nil : result
        }
        guard case .object(let root)? = try? JSONValue.parse(Data(body)),
              case .object(let partial)? = root["partialSuccess"] ?? root["partial_success"] else { return nil }
        var rejected: Int64 = 0
        switch partial["rejectedLogRecords"] ?? partial["rejected_log_records"] {
        case .string(let text)?: rejected = Int64(text) ?? 0
        case .number(let number)?: rejected = Int64(number)
        default: break
        }
        var message = ""
        if case .string(let text)? = partial["errorMessage"] ?? partial["error_message"] { message = text }
        return rejected == 0 && message.isEmpty ? nil : PartialSuccess(rejectedLogRecords: rejected, errorMessage: message)
    }
}
