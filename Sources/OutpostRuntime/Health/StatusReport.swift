/// What `GET /v1/status` returns (and `outpost status --json` prints).
public struct StatusReport: Codable, Sendable, Equatable {
    public var version: String
    public var uptimeS: Double
    public var stateDir: String
    public var db: Database
    public var model: ModelInfo?
    public var outbox: Outbox
    public var online: Bool
    public var cloudConfigured: Bool
    public var lights: Lights
    public var disk: Disk
    public var problems: [String]

    public struct Database: Codable, Sendable, Equatable {
        public var path: String
        public var sizeBytes: Int64
        public var quarantined: [String]
        public var ok: Bool
    }

    public struct ModelInfo: Codable, Sendable, Equatable {
        public var loaded: Bool
        public var path: String
        public var intents: Int?
        public var error: String?
    }

    public struct Outbox: Codable, Sendable, Equatable {
        public var pending: Int
        public var dead: Int
        public var oldestPendingAgeS: Double?
    }

    public struct Lights: Codable, Sendable, Equatable {
        public var board: String
        public var pattern: String
        public var leds: [String: String]
        public var errors: [String]
    }

    public struct Disk: Codable, Sendable, Equatable {
        public var freeBytes: Int64
        public var floorBytes: Int64
    }

    enum CodingKeys: String, CodingKey {
        case version, db, model, outbox, online, lights, disk, problems
        case uptimeS = "uptime_s", stateDir = "state_dir", cloudConfigured = "cloud_configured"
    }

    /// Encodes `model` as `null` (not absent) when no model is configured, as the API promises.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(version, forKey: .version)
        try c.encode(uptimeS, forKey: .uptimeS)
        try c.encode(stateDir, forKey: .stateDir)
        try c.encode(db, forKey: .db)
        try c.encode(model, forKey: .model)
        try c.encode(outbox, forKey: .outbox)
        try c.encode(online, forKey: .online)
        try c.encode(cloudConfigured, forKey: .cloudConfigured)
        try c.encode(lights, forKey: .lights)
        try c.encode(disk, forKey: .disk)
        try c.encode(problems, forKey: .problems)
    }
}

extension StatusReport.Database {
    enum CodingKeys: String, CodingKey { case path, quarantined, ok, sizeBytes = "size_bytes" }
}

extension StatusReport.Outbox {
    enum CodingKeys: String, CodingKey { case pending, dead, oldestPendingAgeS = "oldest_pending_age_s" }
}

extension StatusReport.Disk {
    enum CodingKeys: String, CodingKey { case freeBytes = "free_bytes", floorBytes = "floor_bytes" }
}
