import OutpostSupport

/// `response_format`: `{"type": "text"}` (the default), `{"type": "json_object"}` or
/// `{"type": "json_schema", "json_schema": {"name", "schema", "strict"?, "description"?}}`.
enum HQResponseFormat: Sendable, Hashable {
    case text
    case jsonObject
    case jsonSchema(name: String, schema: JSONValue, strict: Bool)

    init(_ value: JSONValue?) throws {
        guard let value, value != .null else {
            self = .text
            return
        }
        guard case .object = value, let type = value["type"]?.stringValue else {
            throw HQError("'response_format' must be an object with a 'type': \"text\", \"json_object\" or \"json_schema\"")
        }
        switch type {
        case "text":
            self = .text
        case "json_object":
            self = .jsonObject
        case "json_schema":
            guard let format = value["json_schema"], case .object = format else {
                throw HQError("'response_format.json_schema' must be an object {\"name\", \"schema\", \"strict\"?}")
            }
            guard let name = format["name"]?.stringValue, HQTool.isValidName(name) else {
                throw HQError("'response_format.json_schema.name' must be 1 to 64 letters, digits, '_' or '-'")
            }
            guard let schema = format["schema"], case .object = schema else {
                throw HQError("'response_format.json_schema.schema' must be a JSON schema object")
            }
            if let strict = format["strict"], strict != .null, strict.boolValue == nil {
                throw HQError("'response_format.json_schema.strict' must be true or false")
            }
            self = .jsonSchema(name: name, schema: schema, strict: format["strict"]?.boolValue ?? false)
        default:
            throw HQError("'response_format.type' '\(type)' is not one of \"text\", \"json_object\", \"json_schema\"")
        }
    }
}
