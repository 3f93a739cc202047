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

        public init(path: String, sizeBytes: Int64, quarantined: [String], ok: Bool) {
            self.path = path
            self.sizeBytes = sizeBytes
            self.quarantined = quarantined
            self.ok = ok
        }
    }

    public struct ModelInfo: Codable, Sendable, Equatable {
        public var loaded: Bool
        public var path: String
        public var intents: Int?
        public var error: String?

        public init(loaded: Bool, path: String, intents: Int? = nil, error: String? = nil) {
            self.loaded = loaded
            self.path = path
            self.intents = intents
            self.error = error
        }
    }

    public struct Outbox: Codable, Sendable, Equatable {
        public var pending: Int
        public var dead: Int
        public var oldestPendingAgeS: Double?

        public init(pending: Int, dead: Int, oldestPendingAgeS: Double?) {
            self.pending = pending
            self.dead = dead
            self.oldestPendingAgeS = oldestPendingAgeS
        }
    }

    public struct Lights: Codable, Sendable, Equatable {
        public var board: String
        public var pattern: String
        public var leds: [String: String]
        public var errors: [String]

        public init(board: String, pattern: String, leds: [String: String], errors: [String]) {
            self.board = board
            self.pattern = pattern
            self.leds = leds
            self.errors = errors
        }
    }

    public struct Disk: Codable, Sendable, Equatable {
        public var freeBytes: Int64
        public var floorBytes: Int64

        public init(freeBytes: Int64, floorBytes: Int64) {
            self.freeBytes = freeBytes
            self.floorBytes = floorBytes
        }
    }

    public init(version: String, uptimeS: Double, stateDir: String, db: Database, model: ModelInfo?, outbox: Outbox,
                online: Bool, cloudConfigured: Bool, lights: Lights, disk: Disk, problems: [String]) {
        self.version = version
        self.uptimeS = uptimeS
        self.stateDir = stateDir
        self.db = db
        self.model = model
        self.outbox = outbox
        self.online = online
        self.cloudConfigured = cloudConfigured
        self.lights = lights
        self.disk = disk
        self.problems = problems
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
