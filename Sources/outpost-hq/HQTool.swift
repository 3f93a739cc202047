import OutpostSupport

/// A function the client offers (`tools[i]`): `{"type": "function", "function": {"name",
/// "description"?, "parameters"? (a JSON schema), "strict"?}}`.
struct HQTool: Sendable, Hashable {
    var name: String
    var description: String?
    /// The arguments' schema; an object without properties when absent.
    var parameters: JSONValue

    /// `tools` as OpenAI checks it: an array of at least one function with a valid, unique name.
    static func parseList(_ value: JSONValue?) throws -> [HQTool] {
        guard let value, value != .null else { return [] }
        guard let list = value.arrayValue else { throw HQError("'tools' must be an array of {\"type\": \"function\", \"function\": {…}}") }
        guard !list.isEmpty else { throw HQError("'tools' must not be empty; leave it out instead") }
        var tools: [HQTool] = []
        for (index, entry) in list.enumerated() {
            let tool = try HQTool(entry, at: "tools[\(index)]")
            guard !tools.contains(where: { $0.name == tool.name }) else {
                throw HQError("tools[\(index)].function.name '\(tool.name)' is given twice; function names must be unique")
            }
            tools.append(tool)
        }
        return tools
    }

    init(_ entry: JSONValue, at: String) throws {
        guard case .object = entry else { throw HQError("\(at) must be an object") }
        guard entry["type"]?.stringValue == "function" else { throw HQError("\(at).type must be \"function\"") }
        guard let function = entry["function"], case .object = function else { throw HQError("\(at).function must be an object") }
        guard let name = function["name"]?.stringValue else { throw HQError("\(at).function.name must be a string") }
        guard Self.isValidName(name) else {
            throw HQError("\(at).function.name '\(name)' must be 1 to 64 letters, digits, '_' or '-'")
        }
        if let description = function["description"], description != .null, description.stringValue == nil {
            throw HQError("\(at).function.description must be a string")
        }
        let parameters = function["parameters"] ?? .null
        guard parameters == .null || parameters.objectValue != nil else {
            throw HQError("\(at).function.parameters must be a JSON schema object")
        }
        self.name = name
        self.description = function["description"]?.stringValue
        self.parameters = parameters == .null ? .object(["type": .string("object"), "properties": .object([:])]) : parameters
    }

    init(name: String, description: String? = nil, parameters: JSONValue = .object(["type": .string("object")])) {
        self.name = name
        self.description = description
        self.parameters = parameters
    }

    /// OpenAI's rule for function names: `^[a-zA-Z0-9_-]{1,64}$`.
    static func isValidName(_ name: String) -> Bool {
        (1...64).contains(name.count) && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-") }
    }

    /// The words of the name, lowercased: split on `_`, `-`, digits and camelCase
    /// (`getWeather_forecast` → `get`, `weather`, `forecast`).
    var nameWords: [String] {
        var words: [String] = []
        var current = ""
        for character in name {
            if !character.isLetter {
                if !current.isEmpty { words.append(current) }
                current = ""
                continue
            }
            if character.isUppercase, let last = current.last, last.isLowercase {
                words.append(current)
                current = ""
            }
            current.append(character)
        }
        if !current.isEmpty { words.append(current) }
        return words.map { $0.lowercased() }
    }

    /// `true` when a word of four letters or more of the name occurs in `text` (any case): how hq
    /// decides, under `tool_choice: "auto"`, that the user asked for this tool.
    func isMentioned(in text: String) -> Bool {
        let lowered = text.lowercased()
        return nameWords.contains { $0.count >= 4 && lowered.contains($0) }
    }
}

/// `tool_choice`: `"none"`, `"auto"`, `"required"` or `{"type": "function", "function": {"name"}}`.
enum HQToolChoice: Sendable, Hashable {
    case none
    case auto
    case required
    case function(String)

    /// `nil` when absent; throws for a malformed value, a function that is not among `tools`,
    /// or any choice without `tools` (as OpenAI answers).
    init?(_ value: JSONValue?, tools: [HQTool]) throws {
        guard let value, value != .null else { return nil }
        guard !tools.isEmpty else { throw HQError("'tool_choice' is only allowed when 'tools' are given") }
        switch value {
        case .string("none"): self = .none
        case .string("auto"): self = .auto
        case .string("required"): self = .required
        case .object:
            guard value["type"]?.stringValue == "function", let name = value["function"]?["name"]?.stringValue else {
                throw HQError("'tool_choice' as an object must be {\"type\": \"function\", \"function\": {\"name\": …}}")
            }
            guard tools.contains(where: { $0.name == name }) else {
                throw HQError("'tool_choice' names the function '\(name)', which is not among 'tools' (\(tools.map(\.name).joined(separator: ", ")))")
            }
            self = .function(name)
        default:
            throw HQError("'tool_choice' must be \"none\", \"auto\", \"required\" or {\"type\": \"function\", \"function\": {\"name\": …}}")
        }
    }
}
