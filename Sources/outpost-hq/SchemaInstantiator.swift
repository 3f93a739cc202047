import Foundation
import OutpostSupport

/// Builds one instance of a JSON schema, deterministically, from what the conversation holds:
/// hq's stand-in for a model writing tool-call arguments or a `json_schema` reply.
///
/// Understands what OpenAI's structured outputs and pydantic emit: `object` (every listed
/// and every required property), `array` (`items`, `prefixItems`, `minItems`), `string`,
/// `integer`, `number`, `boolean`, `null`, `enum` and `const` (the first value), `$ref` into
/// `$defs`/`definitions` (any local JSON pointer), `anyOf`/`oneOf` (the first branch that is
/// not `null`), `allOf` (objects merged), a `type` list (the first that is not `"null"`);
/// recursive models end where the schema lets them (`null`, `[]`, an optional property left out).
///
/// Strings: a placeholder of the conversation, chosen by the property name — `PERSON` for
/// name/person/patient/customer/client/who, `DATE` for date/day/when, `PHONE` for phone,
/// `EMAIL` for email, `ADDRESS` or `LOCATION` for address/city/location — else the first
/// placeholder of any type, else a summary of the last user message. A known `format`
/// (date, date-time, time, email, uri, uuid) gets a fixed valid value instead, so the reply
/// still validates. Numbers: the first number of the last user message (placeholders'
/// digits excluded), else 1, kept within `minimum`/`maximum`. Booleans: `true`.
struct SchemaInstantiator: Sendable {
    /// The conversation's placeholders, in order of first appearance.
    var placeholders: [String]
    /// The last user message.
    var text: String

    /// Deeper than this (a recursive model), objects and arrays come out empty.
    static let maxDepth = 16

    static let formats: [String: String] = [
        "date": "2026-01-01", "date-time": "2026-01-01T00:00:00Z", "time": "00:00:00",
        "email": "user@example.com", "uri": "https://example.com/", "uuid": "00000000-0000-4000-8000-000000000000",
    ]

    /// Property-name fragments and the placeholder types they prefer, in the order tried.
    static let preferences: [(fragments: [String], types: [String])] = [
        (["name", "person", "patient", "customer", "client", "who"], ["PERSON"]),
        (["date", "day", "when"], ["DATE"]),
        (["phone"], ["PHONE"]),
        (["email"], ["EMAIL"]),
        (["address", "city", "location"], ["ADDRESS", "LOCATION"]),
    ]

    init(placeholders: [String], text: String) {
        self.placeholders = placeholders
        self.text = text
    }

    /// For a request: its placeholders and its last user message.
    init(request: ChatRequestWire) {
        self.init(placeholders: HQAnswer.placeholders(in: request.messages.flatMap(\.texts)), text: request.lastUserText)
    }

    func instance(of schema: JSONValue) -> JSONValue {
        value(of: schema, property: nil, walk: Walk(root: schema))
    }

    /// Where the walk is: the root (for `$ref`) and the references being expanded. A cycle
    /// (a recursive model) is left by an optional branch (`null`), an empty array, leaving out
    /// a property that is not required, or, at `maxDepth`, an empty object.
    private struct Walk {
        var root: JSONValue
        var expanding: [String] = []
        var depth = 0

        func entering(_ reference: String? = nil) -> Walk {
            Walk(root: root, expanding: expanding + (reference.map { [$0] } ?? []), depth: depth + 1)
        }

        func isCycle(_ schema: JSONValue) -> Bool {
            schema["$ref"]?.stringValue.map(expanding.contains) ?? false
        }
    }

    private func value(of schema: JSONValue, property: String?, walk: Walk) -> JSONValue {
        // `true` (anything) is a boolean schema too; `false` admits nothing.
        guard case .object(let node) = schema else { return schema == .bool(false) ? .null : string(for: property, node: [:]) }
        if let ref = node["$ref"]?.stringValue {
            guard walk.depth < Self.maxDepth, let target = Self.resolve(ref, in: walk.root) else { return .object([:]) }
            return value(of: target, property: property, walk: walk.entering(ref))
        }
        if let constant = node["const"] { return constant }
        if let first = node["enum"]?.arrayValue?.first { return first }
        for key in ["anyOf", "oneOf"] {
            guard let branches = node[key]?.arrayValue, !branches.isEmpty else { continue }
            let open = branches.filter { !walk.isCycle($0) }
            let branch = open.first { !Self.isNull($0) } ?? branches.first(where: Self.isNull) ?? branches[0]
            return value(of: branch, property: property, walk: walk.entering())
        }
        if let parts = node["allOf"]?.arrayValue, !parts.isEmpty {
            let values = parts.map { value(of: $0, property: property, walk: walk.entering()) }
            guard values.allSatisfy({ $0.objectValue != nil }) else { return values[0] }
            return .object(values.reduce(into: [:]) { merged, part in merged.merge(part.objectValue ?? [:]) { first, _ in first } })
        }
        switch Self.type(of: node) {
        case "object":
            guard walk.depth < Self.maxDepth else { return .object([:]) }
            let required = node["required"]?.arrayValue?.compactMap(\.stringValue) ?? []
            var object: [String: JSONValue] = [:]
            for (name, subschema) in node["properties"]?.objectValue ?? [:] where required.contains(name) || !walk.isCycle(subschema) {
                object[name] = value(of: subschema, property: name, walk: walk.entering())
            }
            for name in required where object[name] == nil { object[name] = string(for: name, node: [:]) }
            return .object(object)
        case "array":
            guard walk.depth < Self.maxDepth else { return .array([]) }
            if let prefix = node["prefixItems"]?.arrayValue {
                return .array(prefix.map { value(of: $0, property: property, walk: walk.entering()) })
            }
            let items = node["items"] ?? .object(["type": .string("string")])
            let fewest = max(walk.isCycle(items) ? 0 : 1, node["minItems"]?.intValue ?? 0)
            let count = min(fewest, node["maxItems"]?.intValue ?? Int.max)
            return .array((0..<count).map { _ in value(of: items, property: property, walk: walk.entering()) })
        case "integer":
            return .number(Self.clamp((firstNumber ?? 1).rounded(.down), node).rounded(.down))
        case "number":
            return .number(Self.clamp(firstNumber ?? 1, node))
        case "boolean":
            return .bool(true)
        case "null":
            return .null
        default:
            return string(for: property, node: node)
        }
    }

    // MARK: Strings and numbers from the conversation

    private func string(for property: String?, node: [String: JSONValue]) -> JSONValue {
        if let format = node["format"]?.stringValue, let fixed = Self.formats[format] { return .string(fixed) }
        var text = placeholder(for: property) ?? placeholders.first ?? HQAnswer.summarize(self.text)
        if text.isEmpty { text = "outpost-hq" }
        if let least = node["minLength"]?.intValue, text.count < least { text += String(repeating: "x", count: least - text.count) }
        if let most = node["maxLength"]?.intValue, text.count > most { text = String(text.prefix(most)) }
        return .string(text)
    }

    /// The first placeholder of the type the property's name asks for.
    private func placeholder(for property: String?) -> String? {
        guard let name = property?.lowercased() else { return nil }
        guard let preference = Self.preferences.first(where: { $0.fragments.contains { name.contains($0) } }) else { return nil }
        return placeholders.first { token in preference.types.contains { token.hasPrefix("<\($0)_") } }
    }

    /// The first number written in the last user message (`-` only after a space or at the
    /// start), placeholders' digits left out.
    private var firstNumber: Double? {
        var text = self.text
        for token in HQAnswer.placeholders(in: [text]) { text = text.replacingOccurrences(of: token, with: " ") }
        let characters = Array(text)
        func isDigit(_ index: Int) -> Bool { index < characters.count && characters[index].isASCII && characters[index].isNumber }
        guard let start = characters.indices.first(where: isDigit) else { return nil }
        var end = start
        while isDigit(end) { end += 1 }
        if end < characters.count, characters[end] == ".", isDigit(end + 1) {
            end += 1
            while isDigit(end) { end += 1 }
        }
        let negative = start > 0 && characters[start - 1] == "-" && (start == 1 || characters[start - 2].isWhitespace)
        return Double((negative ? "-" : "") + String(characters[start..<end]))
    }

    // MARK: Schema reading

    private static func clamp(_ number: Double, _ node: [String: JSONValue]) -> Double {
        var number = number
        if let low = node["minimum"]?.numberValue { number = max(number, low) }
        if let low = node["exclusiveMinimum"]?.numberValue, number <= low { number = low + 1 }
        if let high = node["maximum"]?.numberValue { number = min(number, high) }
        if let high = node["exclusiveMaximum"]?.numberValue, number >= high { number = high - 1 }
        return number
    }

    /// The node's type: `type` (the first that is not `"null"` of a list), else guessed from
    /// `properties`/`items`, else `string`.
    private static func type(of node: [String: JSONValue]) -> String {
        switch node["type"] {
        case .string(let type)?: return type
        case .array(let types)?:
            let names = types.compactMap(\.stringValue)
            return names.first { $0 != "null" } ?? names.first ?? "string"
        default:
            if node["properties"] != nil || node["required"] != nil { return "object" }
            if node["items"] != nil || node["prefixItems"] != nil { return "array" }
            return "string"
        }
    }

    private static func isNull(_ schema: JSONValue) -> Bool {
        schema["type"] == .string("null") || schema["type"] == .array([.string("null")])
    }

    /// A local JSON pointer (`#/$defs/Patient`, `#/definitions/Patient`, `#`), `~0`/`~1` unescaped.
    static func resolve(_ reference: String, in root: JSONValue) -> JSONValue? {
        guard reference.hasPrefix("#") else { return nil }
        var node = root
        for token in reference.dropFirst().split(separator: "/", omittingEmptySubsequences: true) {
            let key = String(token).replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            if let index = Int(key), let list = node.arrayValue {
                guard list.indices.contains(index) else { return nil }
                node = list[index]
            } else {
                guard let next = node[key] else { return nil }
                node = next
            }
        }
        return node
    }
}
