public import Foundation

/// A JSON value of any shape: the payload of an event, or an unknown field we pass through.
///
/// Object keys keep their insertion order only as far as `[String: JSONValue]` does (none);
/// encoding uses sorted keys so the same value always produces the same bytes, which keeps
/// bodies (and the idempotency contract built on them) stable across retries.
public enum JSONValue: Sendable, Hashable, Codable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else if let value = try? container.decode([String: JSONValue].self) {
            self = .object(value)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a JSON value")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value):
            // Integers print without a fractional part ("12", not "12.0").
            if value.rounded() == value, abs(value) < 9_007_199_254_740_992 {
                try container.encode(Int64(value))
            } else {
                try container.encode(value)
            }
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// The member `key` when this is an object.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The string when this is a string.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The elements when this is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The members when this is an object.
    public var objectValue: [String: JSONValue]? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The flag when this is a boolean.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The number when this is a number.
    public var numberValue: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The number when it is a whole number that fits an `Int` (`6` and `6.0`; not `1.5`).
    public var intValue: Int? {
        guard case .number(let value) = self, value.rounded() == value, let int = Int(exactly: value) else { return nil }
        return int
    }

    /// Every string in this value (object keys excluded), depth first, keys in sorted order.
    public var allStrings: [String] {
        switch self {
        case .string(let value): return [value]
        case .array(let values): return values.flatMap(\.allStrings)
        case .object(let members): return members.keys.sorted().flatMap { members[$0]!.allStrings }
        case .null, .bool, .number: return []
        }
    }

    /// This value with every string value replaced by `transform(path, string)`, where `path` is
    /// the object keys above it (array positions add none). Keys, numbers and the shape stay.
    public func mappingStrings(path: [String] = [], _ transform: ([String], String) throws -> String) rethrows -> JSONValue {
        switch self {
        case .string(let value): return .string(try transform(path, value))
        case .array(let values): return .array(try values.map { try $0.mappingStrings(path: path, transform) })
        case .object(let members):
            var out: [String: JSONValue] = [:]
            for key in members.keys.sorted() { out[key] = try members[key]!.mappingStrings(path: path + [key], transform) }
            return .object(out)
        case .null, .bool, .number: return self
        }
    }

    /// `jsonData()` as text, or nil when it cannot be encoded.
    public var jsonText: String? {
        (try? jsonData()).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Compact JSON with sorted keys (one line: safe for NDJSON).
    public func jsonData() throws -> Data {
        try JSONValue.encoder.encode(self)
    }

    /// Parses JSON bytes.
    public static func parse(_ data: Data) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data)
    }

    /// Sorted keys, no escaped slashes: the one JSON style of Outpost's bodies and output.
    public static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
