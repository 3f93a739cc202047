public import Foundation
import OutpostSupport
import TOMLKit

/// Reading `outpost.toml`.
///
/// Every key, its type, default and meaning is one entry of ``OutpostConfig/schema`` below: the
/// reader applies it, `outpost config keys` prints it, and the README's configuration table is
/// checked against it (`ConfigDocumentationTests`). Defaults themselves are the struct's defaulted
/// `var`s (`OutpostConfig.swift`); the schema reads them from there.
extension OutpostConfig {
    /// One documented key.
    public struct Key: Sendable {
        public let path: String
        public let type: ValueType
        public let defaultValue: String
        public let summary: String
        let apply: @Sendable (inout OutpostConfig, Value) -> Void
    }

    public enum ValueType: String, Sendable {
        case string, integer, float, boolean, stringList = "list of strings", stringTable = "table of strings"
        case patternList = "array of {type, regex} tables"
    }

    enum Value {
        case string(String), integer(Int), float(Double), boolean(Bool), stringList([String])
        case stringTable([String: String]), patternList([Redaction.Pattern])
        var string: String { if case .string(let s) = self { return s }; return "" }
        var integer: Int { if case .integer(let i) = self { return i }; return 0 }
        var float: Double {
            if case .float(let d) = self { return d }
            if case .integer(let i) = self { return Double(i) }
            return 0
        }
        var list: [String] { if case .stringList(let l) = self { return l }; return [] }
        var bool: Bool { if case .boolean(let b) = self { return b }; return false }
    }

    /// The schema: every key the file may contain. Defaults are read from the struct's own defaulted
    /// `var`s (`OutpostConfig()`), so each is written once; only defaults that depend on the
    /// environment or on another key are described in words here.
    public static let schema: [Key] = { let d = OutpostConfig(environment: [:]); return [
        Key(path: "state_dir", type: .string, defaultValue: "$STATE_DIRECTORY, else ./var", summary: "database, vault key, simulated LEDs") { $0.stateDir = $1.string },
        Key(path: "board", type: .string, defaultValue: shown(d.board), summary: "board name (looked up in board_dir) or path") { $0.board = $1.string },
        Key(path: "board_dir", type: .string, defaultValue: d.boardDirs.joined(separator: ", then "), summary: "where board files are looked up") { $0.boardDirs = [$1.string] },
        Key(path: "log_level", type: .string, defaultValue: shown(d.logLevel), summary: "trace|debug|info|notice|warning|error|critical") { $0.logLevel = $1.string },
        Key(path: "log_format", type: .string, defaultValue: shown(d.logFormat), summary: "auto|journal|text|json") { $0.logFormat = $1.string },
        Key(path: "api.socket", type: .string, defaultValue: "$RUNTIME_DIRECTORY/api.sock, else <state_dir>/api.sock", summary: "Unix socket of the local API (mode 0660)") { $0.api.socket = $1.string },
        Key(path: "api.listen", type: .string, defaultValue: "off", summary: "optional TCP HOST:PORT (requires api.token_file)") { $0.api.listen = $1.string },
        Key(path: "api.token_file", type: .string, defaultValue: "none", summary: "bearer token for the TCP listener") { $0.api.tokenFile = $1.string },
        Key(path: "api.max_body_bytes", type: .integer, defaultValue: shown(d.api.maxBodyBytes), summary: "largest request body") { $0.api.maxBodyBytes = $1.integer },
        Key(path: "api.rate_limit_per_minute", type: .integer, defaultValue: shown(d.api.rateLimitPerMinute), summary: "requests per minute, all clients (0: off)") { $0.api.rateLimitPerMinute = $1.integer },
        Key(path: "model.path", type: .string, defaultValue: "none", summary: "model file written by `outpost model train`") { $0.model.path = $1.string },
        Key(path: "cloud.base_url", type: .string, defaultValue: "none (offline)", summary: "OpenAI-compatible base URL including /v1") { $0.cloud.baseURL = $1.string },
        Key(path: "cloud.events_url", type: .string, defaultValue: "none", summary: "OTLP/HTTP collector base URL (/v1/logs appended), or the NDJSON ingest URL") { $0.cloud.eventsURL = $1.string },
        Key(path: "cloud.events_format", type: .string, defaultValue: shown(d.cloud.eventsFormat.rawValue), summary: "otlp/json|otlp/protobuf|ndjson") { config, value in
            if let format = CloudConfig.EventsFormat(rawValue: value.string) {
                config.cloud.eventsFormat = format
            } else {
                config.unreadValues["cloud.events_format"] = value.string
            }
        },
        Key(path: "cloud.events_gzip", type: .boolean, defaultValue: shown(d.cloud.eventsGzip), summary: "gzip event exports") { $0.cloud.eventsGzip = $1.bool },
        Key(path: "cloud.box_id", type: .string, defaultValue: "the host name", summary: "this box's name at the cloud (service.instance.id)") { $0.cloud.boxID = $1.string },
        Key(path: "cloud.model", type: .string, defaultValue: shown(d.cloud.model), summary: "model name sent to the cloud") { $0.cloud.model = $1.string },
        Key(path: "cloud.api_key_file", type: .string, defaultValue: "none ($CREDENTIALS_DIRECTORY/cloud-api-key first)", summary: "file holding the API key") { $0.cloud.apiKeyFile = $1.string },
        Key(path: "cloud.timeout_s", type: .float, defaultValue: shown(d.cloud.requestTimeout), summary: "per-request timeout, seconds") { $0.cloud.requestTimeout = .milliseconds(Int64($1.float * 1000)) },
        Key(path: "cloud.ca_file", type: .string, defaultValue: "none (system CAs)", summary: "PEM CA to pin") { $0.cloud.tls.caFile = $1.string },
        Key(path: "cloud.client_cert_file", type: .string, defaultValue: "none", summary: "PEM client certificate (mutual TLS)") { $0.cloud.tls.clientCertificateFile = $1.string },
        Key(path: "cloud.client_key_file", type: .string, defaultValue: "none", summary: "PEM client key (mutual TLS)") { $0.cloud.tls.clientKeyFile = $1.string },
        Key(path: "cloud.facade_wait_s", type: .float, defaultValue: shown(d.cloud.facadeWaitSeconds), summary: "how long /v1/chat/completions waits for a cloud reply before answering \"queued\"") { $0.cloud.facadeWaitSeconds = $1.float },
        Key(path: "routing.local_intents", type: .stringList, defaultValue: shown(d.routing.localIntents), summary: "intents answered on the box") { $0.routing.localIntents = $1.list },
        Key(path: "routing.min_confidence", type: .float, defaultValue: shown(d.routing.minConfidence), summary: "below it: cloud") { $0.routing.minConfidence = $1.float },
        Key(path: "routing.never_cloud", type: .stringList, defaultValue: shown(d.routing.neverCloud), summary: "intents never sent to the cloud") { $0.routing.neverCloud = $1.list },
        Key(path: "routing.out_of_scope", type: .string, defaultValue: shown(d.routing.outOfScope), summary: "cloud|refuse") { $0.routing.outOfScope = $1.string },
        Key(path: "routing.replies", type: .stringTable, defaultValue: shown(d.routing.replies), summary: "local reply template per intent") {
            if case .stringTable(let t) = $1 { $0.routing.replies = t }
        },
        Key(path: "outbox.max_attempts", type: .integer, defaultValue: shown(d.outbox.maxAttempts), summary: "attempts before dead-letter") { $0.outbox.maxAttempts = $1.integer },
        Key(path: "outbox.ttl_s", type: .float, defaultValue: shown(d.outbox.ttlSeconds), summary: "time to live of queued work, seconds") { $0.outbox.ttlSeconds = $1.float },
        Key(path: "outbox.max_bytes", type: .integer, defaultValue: shown(d.outbox.maxBytes), summary: "cap on pending payload bytes") { $0.outbox.maxBytes = $1.integer },
        Key(path: "outbox.min_free_bytes", type: .integer, defaultValue: shown(d.outbox.minFreeBytes), summary: "free-disk floor of the state directory") { $0.outbox.minFreeBytes = $1.integer },
        Key(path: "outbox.backoff_base_s", type: .float, defaultValue: shown(d.outbox.backoffBaseSeconds), summary: "first retry delay scale, seconds") { $0.outbox.backoffBaseSeconds = $1.float },
        Key(path: "outbox.backoff_max_s", type: .float, defaultValue: shown(d.outbox.backoffMaxSeconds), summary: "longest retry delay, seconds") { $0.outbox.backoffMaxSeconds = $1.float },
        Key(path: "outbox.startup_delay_s", type: .float, defaultValue: shown(d.outbox.startupDelaySeconds), summary: "random delay before the first send after start, at most, seconds") { $0.outbox.startupDelaySeconds = $1.float },
        Key(path: "outbox.initial_rate", type: .float, defaultValue: shown(d.outbox.initialRate), summary: "escalations per second after start and after an outage (slow start)") { $0.outbox.initialRate = $1.float },
        Key(path: "outbox.max_rate", type: .float, defaultValue: shown(d.outbox.maxRate), summary: "escalations per second at most") { $0.outbox.maxRate = $1.float },
        Key(path: "vault.key_file", type: .string, defaultValue: "<state_dir>/vault.key ($CREDENTIALS_DIRECTORY/vault.key first)", summary: "AES-256 key file, mode 0600") { $0.vault.keyFile = $1.string },
        Key(path: "vault.retention_days", type: .float, defaultValue: shown(d.vault.retentionDays), summary: "days placeholder mappings are kept") { $0.vault.retentionDays = $1.float },
        Key(path: "redaction.patterns", type: .patternList, defaultValue: d.redaction.patterns.isEmpty ? "[]" : "[…]", summary: "site identifier patterns, e.g. {type=\"MRN\", regex=\"MRN-[0-9]{8}\"}") {
            if case .patternList(let p) = $1 { $0.redaction.patterns = p }
        },
        Key(path: "redaction.mode", type: .string, defaultValue: shown(d.redaction.mode), summary: "strict (nothing unknown leaves) or balanced") { $0.redaction.mode = $1.string },
        Key(path: "redaction.safelist", type: .string, defaultValue: "/usr/share/outpost/safelist.bin, then $OUTPOST_CACHE/safelist.bin", summary: "compiled safe-list of the recall net (scripts/safelist/build.sh)") { $0.redaction.safelist = $1.string },
        Key(path: "redaction.tagger", type: .string, defaultValue: "/usr/share/outpost/tagger.bin, then $OUTPOST_CACHE/tagger.bin", summary: "weight file of the sequence tagger, the learned name and place layer (scripts/tagger/build.sh); none turns it off") { $0.redaction.tagger = $1.string },
        Key(path: "telemetry.otlp_endpoint", type: .string, defaultValue: "none (off)", summary: "OTLP/HTTP collector for traces, e.g. http://collector:4318") { $0.telemetry.otlpEndpoint = $1.string },
        Key(path: "telemetry.otlp_protocol", type: .string, defaultValue: shown(d.telemetry.otlpProtocol), summary: "OTLP encoding: http/protobuf or http/json") { $0.telemetry.otlpProtocol = $1.string },
        Key(path: "telemetry.sample_ratio", type: .float, defaultValue: shown(d.telemetry.sampleRatio), summary: "fraction of new traces recorded, 0-1") { $0.telemetry.sampleRatio = $1.float },
    ] }()

    /// A default as `outpost config keys` and the README show it: `65536`, `0.5`, `30`, `[]`, `{}`.
    private static func shown(_ value: String) -> String { value }
    private static func shown(_ value: Int) -> String { String(value) }
    private static func shown(_ value: Bool) -> String { value ? "true" : "false" }
    private static func shown(_ value: Double) -> String { value.rounded() == value ? String(Int(value)) : String(value) }
    private static func shown(_ value: Duration) -> String { shown(Double(value.components.seconds) + Double(value.components.attoseconds) / 1e18) }
    private static func shown(_ value: [String]) -> String { value.isEmpty ? "[]" : "[" + value.map { "\"\($0)\"" }.joined(separator: ", ") + "]" }
    private static func shown(_ value: [String: String]) -> String { value.isEmpty ? "{}" : "{…}" }

    /// Reads and validates a config file. Missing keys keep their defaults.
    public static func load(path: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> OutpostConfig {
        let text: String
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            guard let decoded = String(data: data, encoding: .utf8) else {
                throw ConfigError.unreadable(path, "not UTF-8 text")
            }
            text = decoded
        } catch let error as ConfigError {
            throw error
        } catch {
            throw ConfigError.unreadable(path, (error as NSError).localizedDescription)
        }
        return try parse(text, file: path, environment: environment)
    }

    /// Parses TOML text; `file` is only used in messages.
    public static func parse(_ text: String, file: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> OutpostConfig {
        // toml++ aborts the process on some pathological input (deep nesting, control
        // characters): refuse it first, as a syntax error with its position.
        if let problem = TOMLPrecheck.problem(in: text) {
            throw ConfigError.syntax(problem.message, line: problem.line, file: file)
        }
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError.syntax(error.description, line: error.source.begin.line, file: file)
        }
        let locator = TOMLSourceIndex(text)
        var config = OutpostConfig(environment: environment)
        let keys = Dictionary(uniqueKeysWithValues: schema.map { ($0.path, $0) })
        let tables = Set(schema.compactMap { $0.path.split(separator: ".").count > 1 ? String($0.path.split(separator: ".")[0]) : nil })

        func walk(_ table: TOMLTable, prefix: [String]) throws {
            for name in table.keys.sorted() {
                guard let value = table[name] else { continue }
                let path = prefix + [name]
                let dotted = path.joined(separator: ".")
                let line = locator.line(of: path)
                if let key = keys[dotted] {
                    let converted = try convert(value, to: key.type, key: dotted, line: line, file: file)
                    key.apply(&config, converted)
                } else if prefix.isEmpty, tables.contains(name) {
                    guard let sub = value.table else {
                        throw ConfigError.wrongType(dotted, expected: "a table ([\(name)])", found: describe(value), line: line, file: file)
                    }
                    try walk(sub, prefix: path)
                } else {
                    throw ConfigError.unknownKey(dotted, line: line, file: file, suggestion: suggestion(for: dotted))
                }
            }
        }
        try walk(root, prefix: [])
        try config.validate(locator: locator, file: file)
        return config
    }

    private static func convert(_ value: any TOMLValueConvertible, to type: ValueType, key: String, line: Int?, file: String?) throws -> Value {
        func wrong() -> ConfigError {
            ConfigError.wrongType(key, expected: "a \(type.rawValue)", found: describe(value), line: line, file: file)
        }
        switch type {
        case .string:
            guard let s = value.string else { throw wrong() }
            return .string(s)
        case .integer:
            guard let i = value.int else { throw wrong() }
            return .integer(i)
        case .float:
            if let d = value.double { return .float(d) }
            if let i = value.int { return .float(Double(i)) }
            throw wrong()
        case .boolean:
            guard let b = value.bool else { throw wrong() }
            return .boolean(b)
        case .stringList:
            guard let array = value.array else { throw wrong() }
            var out: [String] = []
            for element in array {
                guard let s = element.string else { throw wrong() }
                out.append(s)
            }
            return .stringList(out)
        case .stringTable:
            guard let table = value.table else { throw wrong() }
            var out: [String: String] = [:]
            for name in table.keys {
                guard let s = table[name]?.string else {
                    throw ConfigError.wrongType("\(key).\(name)", expected: "a string", found: table[name].map(describe) ?? "nothing", line: line, file: file)
                }
                out[name] = s
            }
            return .stringTable(out)
        case .patternList:
            guard let array = value.array else { throw wrong() }
            var out: [Redaction.Pattern] = []
            for element in array {
                guard let t = element.table else { throw wrong() }
                for k in t.keys where k != "type" && k != "regex" {
                    throw ConfigError.unknownKey("\(key).\(k)", line: line, file: file, suggestion: nil)
                }
                guard let type = t["type"]?.string, let regex = t["regex"]?.string else {
                    throw ConfigError.wrongType(key, expected: "tables with string keys 'type' and 'regex'", found: describe(element), line: line, file: file)
                }
                out.append(.init(type: type, regex: regex))
            }
            return .patternList(out)
        }
    }

    private static func describe(_ value: any TOMLValueConvertible) -> String {
        switch value.type {
        case .string: return "a string"
        case .int: return "an integer"
        case .double: return "a float"
        case .bool: return "a boolean"
        case .array: return "an array"
        case .table: return "a table"
        default: return "a \(value.type)"
        }
    }

    /// The closest known key (edit distance ≤ 3), to catch typos.
    private static func suggestion(for key: String) -> String? {
        let scored = schema.map { ($0.path, editDistance(key, $0.path)) }.min { $0.1 < $1.1 }
        guard let best = scored, best.1 <= 3 else { return nil }
        return best.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let saved = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = saved
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}
