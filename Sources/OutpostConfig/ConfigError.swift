/// A configuration problem, naming the file, the key and its line so a technician can fix it.
/// The daemon exits with status 78 (EX_CONFIG) on one; systemd does not restart-loop on it.
public struct ConfigError: Error, CustomStringConvertible, Sendable {
    private enum Code: String, Sendable {
        case unreadable = "config_unreadable"
        case syntax = "config_syntax"
        case unknownKey = "config_unknown_key"
        case wrongType = "config_wrong_type"
        case invalidValue = "config_invalid_value"
    }

    private let code: Code
    public let message: String
    /// The offending key, dotted (`api.socket`), when there is one.
    public let key: String?
    /// 1-based line in the file, when known.
    public let line: Int?
    public let file: String?

    private init(_ code: Code, _ message: String, key: String? = nil, line: Int? = nil, file: String? = nil) {
        self.code = code
        self.message = message
        self.key = key
        self.line = line
        self.file = file
    }

    public var codeName: String { code.rawValue }

    public var description: String {
        var location = file ?? "config"
        if let line { location += ":\(line)" }
        return "\(location): \(message)"
    }

    static func unreadable(_ file: String, _ reason: String) -> ConfigError {
        ConfigError(.unreadable, "cannot read the configuration file: \(reason)", file: file)
    }

    static func syntax(_ reason: String, line: Int?, file: String?) -> ConfigError {
        ConfigError(.syntax, "TOML syntax error: \(reason)", line: line, file: file)
    }

    static func unknownKey(_ key: String, line: Int?, file: String?, suggestion: String?) -> ConfigError {
        var message = "unknown key '\(key)'"
        if let suggestion { message += " (did you mean '\(suggestion)'?)" }
        message += "; every key is listed by `outpost config keys`"
        return ConfigError(.unknownKey, message, key: key, line: line, file: file)
    }

    static func wrongType(_ key: String, expected: String, found: String, line: Int?, file: String?) -> ConfigError {
        ConfigError(.wrongType, "key '\(key)' must be \(expected), found \(found)", key: key, line: line, file: file)
    }

    public static func invalidValue(_ key: String, _ reason: String, line: Int? = nil, file: String? = nil) -> ConfigError {
        ConfigError(.invalidValue, "key '\(key)': \(reason)", key: key, line: line, file: file)
    }
}
