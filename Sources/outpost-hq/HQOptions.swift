import Foundation

/// Everything `outpost-hq` is started with. Built by `HQCommand` from the command line,
/// or directly by tests (port 0 = ephemeral).
struct HQOptions: Sendable {
    var host: String = "127.0.0.1"
    var port: Int = 8787
    /// Directory of the append-only log (`received.jsonl`); created if missing.
    var dataDirectory: String
    var faults: FaultSettings = FaultSettings()
    /// Seed of the fault dice (`nil`: random).
    var seed: UInt64? = nil
    /// When set, `/v1/*` requires `Authorization: Bearer <apiKey>`.
    var apiKey: String? = nil
    /// Largest request body accepted.
    var maxBodyBytes: Int = 8 << 20
    /// Requests per second taken on `/v1/*`, and the answer beyond it.
    var capacity = HQCapacity.Settings()
    /// Pause between the chunks of a streamed reply, milliseconds (time-to-first-token
    /// benchmarks); plain replies are not delayed.
    var tokenDelayMilliseconds = 0

    /// Parses `HOST:PORT` (`[::1]:8787` for IPv6).
    static func parseListen(_ text: String) -> (host: String, port: Int)? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let colon = trimmed.lastIndex(of: ":") else { return nil }
        var host = String(trimmed[..<colon])
        guard let port = Int(trimmed[trimmed.index(after: colon)...]), (0...65535).contains(port) else { return nil }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !host.isEmpty else { return nil }
        return (host, port)
    }

    /// Parses `--offline-until`: unix seconds (`1767225600`, `1767225600.5`) or ISO 8601
    /// (`2026-01-01T00:00:00Z`, fractional seconds allowed).
    static func parseInstant(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(trimmed), seconds.isFinite, seconds >= 0 {
            return Date(timeIntervalSince1970: seconds)
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: trimmed) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: trimmed)
    }
}

/// The faults `outpost-hq` injects on `/v1/*` (never on `/hq/*`). Changeable at run time
/// through `POST /hq/faults`.
struct FaultSettings: Sendable, Hashable, Codable {
    /// Probability of answering 503 (with `Retry-After: 1`) before processing.
    var failRate: Double = 0
    /// Probability of closing the connection without any response.
    var resetRate: Double = 0
    /// Delay before every `/v1/*` response.
    var latencyMilliseconds: Int = 0
    /// Until this time every connection is closed at once (as if the cloud were down).
    var offlineUntil: Date? = nil

    enum CodingKeys: String, CodingKey {
        case failRate = "fail_rate"
        case resetRate = "reset_rate"
        case latencyMilliseconds = "latency_ms"
        case offlineUntil = "offline_until"
    }

    init(failRate: Double = 0, resetRate: Double = 0, latencyMilliseconds: Int = 0, offlineUntil: Date? = nil) {
        self.failRate = failRate
        self.resetRate = resetRate
        self.latencyMilliseconds = latencyMilliseconds
        self.offlineUntil = offlineUntil
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        failRate = try container.decodeIfPresent(Double.self, forKey: .failRate) ?? 0
        resetRate = try container.decodeIfPresent(Double.self, forKey: .resetRate) ?? 0
        latencyMilliseconds = try container.decodeIfPresent(Int.self, forKey: .latencyMilliseconds) ?? 0
        // Unix seconds (number) or ISO 8601 / unix seconds (string).
        if let seconds = try? container.decodeIfPresent(Double.self, forKey: .offlineUntil) {
            offlineUntil = Date(timeIntervalSince1970: seconds)
        } else if let text = try container.decodeIfPresent(String.self, forKey: .offlineUntil) {
            guard let date = HQOptions.parseInstant(text) else {
                throw DecodingError.dataCorruptedError(forKey: .offlineUntil, in: container, debugDescription: "offline_until: not ISO 8601 or unix seconds")
            }
            offlineUntil = date
        } else {
            offlineUntil = nil
        }
        guard (0...1).contains(failRate), (0...1).contains(resetRate), latencyMilliseconds >= 0 else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "rates must be within 0...1 and latency_ms >= 0"))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(failRate, forKey: .failRate)
        try container.encode(resetRate, forKey: .resetRate)
        try container.encode(latencyMilliseconds, forKey: .latencyMilliseconds)
        try container.encode(offlineUntil?.timeIntervalSince1970, forKey: .offlineUntil)
    }
}
