import OutpostSupport

/// Reads an OTLP/JSON logs export back into hq's event records: each log record's key-value
/// body as an object, with `event_name`, the box (`service.instance.id` of its resource) and the
/// record's `outpost.event.id` as `idempotency_key` (what hq deduplicates on).
enum HQLogs {
    struct Invalid: Error, CustomStringConvertible {
        var description: String
    }

    static func events(fromExport export: JSONValue) throws -> [JSONValue] {
        guard case .object(let root) = export, case .array(let resourceLogs)? = root["resourceLogs"] else {
            throw Invalid(description: "no resourceLogs array")
        }
        var events: [JSONValue] = []
        for case .object(let resourceLog) in resourceLogs {
            var box: JSONValue = .null
            if case .object(let resource)? = resourceLog["resource"], case .array(let attributes)? = resource["attributes"] {
                box = attribute("service.instance.id", in: attributes) ?? .null
            }
            guard case .array(let scopeLogs)? = resourceLog["scopeLogs"] else { continue }
            for case .object(let scopeLog) in scopeLogs {
                guard case .array(let records)? = scopeLog["logRecords"] else { continue }
                for case .object(let record) in records {
                    var event: [String: JSONValue] = [:]
                    if let body = record["body"], case .object(let members) = value(body) { event = members }
                    if case .array(let attributes)? = record["attributes"], let id = attribute("outpost.event.id", in: attributes) {
                        event["idempotency_key"] = id
                    }
                    event["event_name"] = record["eventName"] ?? .null
                    event["box"] = box
                    events.append(.object(event))
                }
            }
        }
        return events
    }

    static func attribute(_ key: String, in attributes: [JSONValue]) -> JSONValue? {
        for case .object(let pair) in attributes where pair["key"] == .string(key) {
            return pair["value"].map(value)
        }
        return nil
    }

    /// An OTLP/JSON `AnyValue` as plain JSON.
    static func value(_ any: JSONValue) -> JSONValue {
        guard case .object(let members) = any, let (kind, inner) = members.first else { return .null }
        switch kind {
        case "stringValue", "boolValue", "doubleValue": return inner
        case "intValue":
            if case .string(let text) = inner, let number = Double(text) { return .number(number) }
            return inner
        case "arrayValue":
            guard case .object(let array) = inner, case .array(let values)? = array["values"] else { return .array([]) }
            return .array(values.map(value))
        case "kvlistValue":
            guard case .object(let list) = inner, case .array(let values)? = list["values"] else { return .object([:]) }
            var object: [String: JSONValue] = [:]
            for case .object(let pair) in values {
                if case .string(let key)? = pair["key"] { object[key] = pair["value"].map(value) ?? .null }
            }
            return .object(object)
        default:
            return .null
        }
    }
}
