import Foundation
import OutpostSupport

extension OutpostConfig {
    /// Checks values that parse but make no sense, naming the key and line.
    func validate(locator: TOMLSourceIndex? = nil, file: String? = nil) throws {
        func fail(_ key: String, _ reason: String) -> ConfigError {
            let line = locator?.line(of: key.split(separator: ".").map(String.init))
            return ConfigError.invalidValue(key, reason, line: line, file: file)
        }
        let levels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]
        guard levels.contains(logLevel) else { throw fail("log_level", "must be one of \(levels.joined(separator: ", "))") }
        guard ["auto", "journal", "text", "json"].contains(logFormat) else { throw fail("log_format", "must be auto, journal, text or json") }
        guard !stateDir.isEmpty else { throw fail("state_dir", "must not be empty") }
        guard !board.isEmpty else { throw fail("board", "must not be empty") }
        guard ["cloud", "refuse"].contains(routing.outOfScope) else { throw fail("routing.out_of_scope", "must be \"cloud\" or \"refuse\"") }
        guard (0...1).contains(routing.minConfidence) else { throw fail("routing.min_confidence", "must be between 0 and 1") }
        if let listen = api.listen {
            guard HostPort(listen) != nil else { throw fail("api.listen", "must be HOST:PORT, e.g. 127.0.0.1:8484") }
            guard api.tokenFile != nil else { throw fail("api.listen", "a TCP listener requires api.token_file (bearer token)") }
        }
        guard api.maxBodyBytes > 0 else { throw fail("api.max_body_bytes", "must be positive") }
        guard api.rateLimitPerMinute >= 0 else { throw fail("api.rate_limit_per_minute", "must be 0 (off) or positive") }
        for (key, url) in [("cloud.base_url", cloud.baseURL), ("cloud.events_url", cloud.eventsURL)] {
            if let url, URL(string: url)?.scheme.map({ ["http", "https"].contains($0) }) != true {
                throw fail(key, "must be an http:// or https:// URL")
            }
        }
        if let endpoint = telemetry.otlpEndpoint {
            guard let url = URL(string: endpoint), ["http", "https"].contains(url.scheme ?? ""), url.host?.isEmpty == false else {
                throw fail("telemetry.otlp_endpoint", "must be an http:// or https:// URL, e.g. http://collector:4318")
            }
        }
        guard ["http/protobuf", "http/json"].contains(telemetry.otlpProtocol) else {
            throw fail("telemetry.otlp_protocol", "must be \"http/protobuf\" or \"http/json\"")
        }
        guard (0...1).contains(telemetry.sampleRatio) else { throw fail("telemetry.sample_ratio", "must be between 0 and 1") }
        if let format = unreadValues["cloud.events_format"] {
            throw fail("cloud.events_format", "\"\(format)\" is not one of \(CloudConfig.EventsFormat.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))")
        }
        guard outbox.startupDelaySeconds >= 0 else { throw fail("outbox.startup_delay_s", "must be 0 (off) or positive") }
        guard outbox.initialRate > 0, outbox.maxRate >= outbox.initialRate else {
            throw fail("outbox.max_rate", "initial_rate must be positive and max_rate at least initial_rate")
        }
        guard cloud.requestTimeout > .zero else { throw fail("cloud.timeout_s", "must be positive") }
        guard outbox.maxAttempts >= 1 else { throw fail("outbox.max_attempts", "must be at least 1") }
        guard outbox.ttlSeconds > 0 else { throw fail("outbox.ttl_s", "must be positive") }
        guard outbox.backoffBaseSeconds > 0, outbox.backoffMaxSeconds >= outbox.backoffBaseSeconds else {
            throw fail("outbox.backoff_max_s", "backoff_base_s must be positive and backoff_max_s at least backoff_base_s")
        }
        guard vault.retentionDays > 0 else { throw fail("vault.retention_days", "must be positive") }
        guard ["strict", "balanced"].contains(redaction.mode) else { throw fail("redaction.mode", "must be \"strict\" or \"balanced\"") }
        for pattern in redaction.patterns {
            do { _ = try NSRegularExpression(pattern: pattern.regex) } catch {
                throw fail("redaction.patterns", "regex '\(pattern.regex)' does not compile")
            }
        }
    }
}

/// `HOST:PORT` (IPv6 as `[::1]:8484`).
public struct HostPort: Sendable, Equatable {
    public var host: String
    public var port: Int

    public init?(_ text: String) {
        guard let colon = text.lastIndex(of: ":") else { return nil }
        var host = String(text[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard let port = Int(text[text.index(after: colon)...]), (1...65535).contains(port), !host.isEmpty else { return nil }
        self.host = host
        self.port = port
    }
}
