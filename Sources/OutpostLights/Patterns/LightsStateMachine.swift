/// Pure LED state machine: health, overrides, identify and test in; for each LED the
/// pattern, when it began and its level now out. No I/O, no clock of its own: every call
/// takes `now`, so tests drive it with any instant type.
///
/// Phases come from absolute time (`now - since`), so blinking never drifts and a late
/// tick shows the current phase. Identify and test end by themselves at their deadline.
struct LightsStateMachine<Instant: InstantProtocol>: Sendable where Instant.Duration == Duration {
    /// What one LED shows at one instant.
    struct LEDFrame: Sendable, Equatable {
        public var pattern: BlinkPattern
        /// When this pattern began (the phase origin).
        public var since: Instant
        /// The level now.
        public var on: Bool
        /// When the level next changes, if it does.
        public var nextChange: Instant?
    }

    /// Everything the LEDs show at one instant.
    struct Frame: Sendable, Equatable {
        public var state: LightsState
        public var leds: [LEDRole: LEDFrame]
        /// The earliest instant something changes by itself (a blink edge or the end of
        /// identify/test), or nil when the picture is steady.
        public var nextChange: Instant?
    }

    /// The LEDs this board has, in board order (test walks them in this order).
    public let roles: [LEDRole]
    public private(set) var health: LightsHealth
    /// A forced health state (`POST /v1/lights/override`), nil to follow `health`.
    public private(set) var override: LightsState?
    public private(set) var identifyUntil: Instant?
    private var testWindow: (start: Instant, end: Instant)?
    private var identifyStart: Instant?
    private var isShutDown = false
    private var current: [LEDRole: (pattern: BlinkPattern, since: Instant)] = [:]

    public init(roles: [LEDRole], health: LightsHealth = LightsHealth(), now: Instant) {
        self.roles = roles
        self.health = health
        _ = tick(now: now)
    }

    // MARK: Inputs

    public mutating func update(_ health: LightsHealth, now: Instant) -> Frame {
        self.health = health
        return tick(now: now)
    }

    /// Forces a health state (nil: follow the real health again). Identify, test and
    /// off cannot be forced this way.
    public mutating func setOverride(_ state: LightsState?, now: Instant) -> Frame {
        override = state.flatMap { LightsState.overridable.contains($0) ? $0 : nil }
        return tick(now: now)
    }

    /// Blinks every LED for `duration` (a new call restarts the window; zero cancels it).
    public mutating func identify(for duration: Duration, now: Instant) -> Frame {
        if duration <= .zero {
            identifyUntil = nil
            identifyStart = nil
        } else {
            identifyStart = now
            identifyUntil = now.advanced(by: duration)
        }
        return tick(now: now)
    }

    /// Lights each LED in turn for `LightsPatterns.testStepMilliseconds`, once.
    public mutating func startTest(now: Instant) -> Frame {
        let length = Duration.milliseconds(LightsPatterns.testStepMilliseconds * max(roles.count, 1))
        testWindow = (now, now.advanced(by: length))
        return tick(now: now)
    }

    /// All LEDs off for good (the daemon is stopping).
    public mutating func shutdown(now: Instant) -> Frame {
        isShutDown = true
        return tick(now: now)
    }

    // MARK: Output

    /// The state shown now (after expiring identify/test).
    public var state: LightsState {
        if isShutDown { return .off }
        if testWindow != nil { return .test }
        if identifyUntil != nil { return .identify }
        return override ?? health.state
    }

    /// Expires finished identify/test windows and returns what every LED shows at `now`.
    public mutating func tick(now: Instant) -> Frame {
        if let end = identifyUntil, now >= end { identifyUntil = nil; identifyStart = nil }
        if let window = testWindow, now >= window.end { testWindow = nil }
        let state = self.state
        let shownHealth = override.map { LightsHealth.showing($0) } ?? health
        var frames: [LEDRole: LEDFrame] = [:]
        var earliest: Instant? = identifyUntil
        if let window = testWindow { earliest = window.end }
        for (index, role) in roles.enumerated() {
            let (pattern, origin) = desired(role, index: index, state: state, health: shownHealth)
            let since: Instant
            if let origin {
                since = origin
            } else if let previous = current[role], previous.pattern == pattern {
                since = previous.since
            } else {
                since = now
            }
            current[role] = (pattern, since)
            let level = pattern.level(after: since.duration(to: now))
            let next = level.changesIn.map { now.advanced(by: $0) }
            frames[role] = LEDFrame(pattern: pattern, since: since, on: level.on, nextChange: next)
            if let next, earliest.map({ next < $0 }) ?? true { earliest = next }
        }
        return Frame(state: state, leds: frames, nextChange: earliest)
    }

    /// The pattern for one LED and, for synchronised modes, a fixed phase origin.
    private func desired(_ role: LEDRole, index: Int, state: LightsState, health: LightsHealth) -> (BlinkPattern, Instant?) {
        switch state {
        case .test:
            let step = LightsPatterns.testStepMilliseconds
            let before = index * step, after = (roles.count - index - 1) * step
            let walk = BlinkPattern(name: "test-walk", segments: [
                .init(on: false, milliseconds: before), .init(on: true, milliseconds: step), .init(on: false, milliseconds: after),
            ])
            return (walk, testWindow?.start)
        case .identify:
            return (LightsPatterns.pattern(for: role, in: .identify, health: health), identifyStart)
        default:
            return (LightsPatterns.pattern(for: role, in: state, health: health), nil)
        }
    }
}
