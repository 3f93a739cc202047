/// What the runtime knows about the box's health, as the LEDs need it. The runtime fills
/// one of these and calls `LightsService.update(_:)` whenever something changes.
///
/// JSON uses snake_case keys: `{"booting": false, "online": true, "queue_depth": 0,
/// "syncing": false, "degraded": ["disk"], "fatal": null}`.
public struct LightsHealth: Sendable, Hashable, Codable {
    /// A part that works badly but does not stop the box.
    public enum Degradation: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case disk, db, model
        public static func < (a: Degradation, b: Degradation) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// Still starting (before the first healthy check).
    public var booting: Bool
    /// The cloud is reachable.
    public var online: Bool
    /// Requests waiting in the outbox for the cloud.
    public var queueDepth: Int
    /// The sync service is sending right now.
    public var syncing: Bool
    /// Degraded parts (several may be set; the LEDs show the most serious).
    public var degraded: Set<Degradation>
    /// A fatal problem (the reason); the daemon cannot serve.
    public var fatal: String?

    public init(booting: Bool = true, online: Bool = false, queueDepth: Int = 0, syncing: Bool = false,
                degraded: Set<Degradation> = [], fatal: String? = nil) {
        self.booting = booting
        self.online = online
        self.queueDepth = queueDepth
        self.syncing = syncing
        self.degraded = degraded
        self.fatal = fatal
    }

    enum CodingKeys: String, CodingKey {
        case booting, online, queueDepth = "queue_depth", syncing, degraded, fatal
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        booting = try c.decodeIfPresent(Bool.self, forKey: .booting) ?? false
        online = try c.decodeIfPresent(Bool.self, forKey: .online) ?? false
        queueDepth = try c.decodeIfPresent(Int.self, forKey: .queueDepth) ?? 0
        syncing = try c.decodeIfPresent(Bool.self, forKey: .syncing) ?? false
        degraded = try c.decodeIfPresent(Set<Degradation>.self, forKey: .degraded) ?? []
        fatal = try c.decodeIfPresent(String.self, forKey: .fatal)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(booting, forKey: .booting)
        try c.encode(online, forKey: .online)
        try c.encode(queueDepth, forKey: .queueDepth)
        try c.encode(syncing, forKey: .syncing)
        try c.encode(degraded.sorted(), forKey: .degraded)
        try c.encode(fatal, forKey: .fatal)
    }

    /// The one state the LEDs show for this health (identify is layered on top by the
    /// state machine). Priority: fatal > degraded (disk > db > model) > booting >
    /// syncing > offline with queue > offline > online.
    public var state: LightsState {
        if fatal != nil { return .fatal }
        if let worst = degraded.min() {
            switch worst {
            case .disk: return .degradedDisk
            case .db: return .degradedDB
            case .model: return .degradedModel
            }
        }
        if booting { return .booting }
        if syncing { return .syncing }
        if !online { return queueDepth > 0 ? .offlineQueued : .offline }
        return .online
    }

    /// A health that shows exactly `state` (for `POST /v1/lights/override` and demos).
    public static func showing(_ state: LightsState) -> LightsHealth {
        switch state {
        case .booting: LightsHealth(booting: true)
        case .online: LightsHealth(booting: false, online: true)
        case .offline: LightsHealth(booting: false, online: false)
        case .offlineQueued: LightsHealth(booting: false, online: false, queueDepth: 1)
        case .syncing: LightsHealth(booting: false, online: true, syncing: true)
        case .degradedDisk: LightsHealth(booting: false, online: true, degraded: [.disk])
        case .degradedDB: LightsHealth(booting: false, online: true, degraded: [.db])
        case .degradedModel: LightsHealth(booting: false, online: true, degraded: [.model])
        case .fatal: LightsHealth(booting: false, fatal: "override")
        case .identify, .test, .off: LightsHealth(booting: false, online: true)
        }
    }
}
