/// What the LEDs show right now, for `GET /v1/lights` and `outpost leds status`.
/// JSON keys are snake_case.
public struct LightsSnapshot: Sendable, Equatable, Codable {
    /// One LED.
    public struct LED: Sendable, Equatable, Codable {
        /// `status`, `online`, `fault`, `rgb.red`, …
        public var role: String
        /// The pattern name (`solid`, `off`, `blink-500-500`, `flash-2`, `test-walk`).
        public var pattern: String
        /// Lit right now (for hardware-blinked LEDs: the pattern's phase).
        public var on: Bool
        /// What drives it (`gpio chip "…" line …`, `sysfs LED …`, `simulated`), or nil when it failed to open.
        public var driver: String?
        /// True while the kernel timer trigger blinks it.
        public var hardwareBlink: Bool
        /// Why this LED is dark, when its backend failed.
        public var error: ErrorInfo?

        enum CodingKeys: String, CodingKey {
            case role, pattern, on, driver, hardwareBlink = "hardware_blink", error
        }
    }

    /// An error in the one shape Outpost uses: code + message (+ board entry).
    public struct ErrorInfo: Sendable, Equatable, Codable {
        public var code: String
        public var message: String
        public var entry: String?

        public init(_ error: LightsError) {
            code = error.code.description
            message = error.description
            entry = error.entry
        }
    }

    /// Board name.
    public var board: String
    /// The state shown (`online`, `identify`, …).
    public var state: String
    /// The forced state, if any.
    public var override: String?
    /// Seconds of identify left (0 when not identifying).
    public var identifyRemainingSeconds: Double
    /// The health the runtime last reported.
    public var health: LightsHealth
    /// `libgpiod v2 (libgpiod.so.3)` when a gpio LED loaded it.
    public var gpioLibrary: String?
    public var leds: [LED]
    /// True when every LED works.
    public var ok: Bool { leds.allSatisfy { $0.error == nil } }
    /// role → pattern name, for the one-line status report.
    public var patternsByRole: [String: String] { Dictionary(leds.map { ($0.role, $0.pattern) }, uniquingKeysWith: { a, _ in a }) }
    /// Every LED error as a technician-readable line (`board/x.toml:12 [leds.status]: …`).
    public var errorMessages: [String] { leds.compactMap { $0.error?.message } }

    enum CodingKeys: String, CodingKey {
        case board, state, override, identifyRemainingSeconds = "identify_remaining_seconds", health,
             gpioLibrary = "gpio_library", leds, ok
    }

    public init(board: String, state: String, override: String?, identifyRemainingSeconds: Double,
                health: LightsHealth, gpioLibrary: String?, leds: [LED]) {
        self.board = board
        self.state = state
        self.override = override
        self.identifyRemainingSeconds = identifyRemainingSeconds
        self.health = health
        self.gpioLibrary = gpioLibrary
        self.leds = leds
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        board = try c.decode(String.self, forKey: .board)
        state = try c.decode(String.self, forKey: .state)
        override = try c.decodeIfPresent(String.self, forKey: .override)
        identifyRemainingSeconds = try c.decodeIfPresent(Double.self, forKey: .identifyRemainingSeconds) ?? 0
        health = try c.decodeIfPresent(LightsHealth.self, forKey: .health) ?? LightsHealth()
        gpioLibrary = try c.decodeIfPresent(String.self, forKey: .gpioLibrary)
        leds = try c.decodeIfPresent([LED].self, forKey: .leds) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(board, forKey: .board)
        try c.encode(state, forKey: .state)
        try c.encode(override, forKey: .override)
        try c.encode(identifyRemainingSeconds, forKey: .identifyRemainingSeconds)
        try c.encode(health, forKey: .health)
        try c.encode(gpioLibrary, forKey: .gpioLibrary)
        try c.encode(leds, forKey: .leds)
        try c.encode(ok, forKey: .ok)
    }
}
