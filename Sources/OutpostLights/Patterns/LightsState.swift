/// The one state the LEDs show, in priority order from `off` (shutdown) down to `online`.
/// Names are snake_case in JSON, logs and `POST /v1/lights/override {"state": …}`.
public enum LightsState: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// The daemon is stopping: all LEDs dark.
    case off
    /// `outpost leds test`: each LED lights in turn.
    case test
    /// `outpost leds identify`: every LED blinks fast, together, for a while.
    case identify
    /// The daemon cannot serve (the reason is in the logs and `outpost status`).
    case fatal
    case degradedDisk = "degraded_disk"
    case degradedDB = "degraded_db"
    case degradedModel = "degraded_model"
    /// Starting up.
    case booting
    /// Sending queued work to the cloud right now.
    case syncing
    /// No cloud, work waiting in the outbox (it will be sent when the link returns).
    case offlineQueued = "offline_queued"
    /// No cloud, nothing waiting.
    case offline
    /// Ready and online.
    case online

    public var description: String { rawValue }

    /// States a person may force with `POST /v1/lights/override` (the health states).
    public static let overridable: [LightsState] = [
        .booting, .online, .offline, .offlineQueued, .syncing, .degradedDisk, .degradedDB, .degradedModel, .fatal,
    ]
}

/// The pattern table: what each LED does in each state. `docs/leds.md` is this table in
/// words; keep them in step (a test checks every state has a row).
public enum LightsPatterns {
    /// Identify: every LED (RGB: white) blinks 150 ms on / 150 ms off, in step.
    public static let identify = BlinkPattern.blink(on: 150, off: 150)
    /// Booting: the status LED (RGB: blue) blinks once a second.
    public static let booting = BlinkPattern.blink(on: 500, off: 500)
    /// Offline with work queued: the online LED (RGB: amber) blinks once a second.
    public static let queued = BlinkPattern.blink(on: 500, off: 500)
    /// Syncing: the online LED (RGB: cyan) flickers 5 times a second.
    public static let syncing = BlinkPattern.blink(on: 100, off: 100)
    /// How long each LED stays lit during `test`.
    public static let testStepMilliseconds = 500

    /// The fault LED's flash code for a degraded part: disk 1, db 2, model 3 flashes.
    public static func flashCode(_ part: LightsHealth.Degradation) -> BlinkPattern {
        switch part {
        case .disk: .flashes(1)
        case .db: .flashes(2)
        case .model: .flashes(3)
        }
    }

    /// What the online LED shows for the link, whatever else is going on.
    public static func connectivity(_ health: LightsHealth) -> BlinkPattern {
        if health.syncing { return syncing }
        if health.online { return .solid }
        return health.queueDepth > 0 ? queued : .off
    }

    /// The pattern of `role` in `state` (identify/test/off are handled by the state machine,
    /// but answer here too so the table is complete).
    public static func pattern(for role: LEDRole, in state: LightsState, health: LightsHealth) -> BlinkPattern {
        switch role {
        case .status:
            switch state {
            case .off, .fatal, .test: return .off
            case .identify: return identify
            case .booting: return booting
            default: return .solid
            }
        case .online:
            switch state {
            case .off, .fatal, .booting, .test, .offline: return .off
            case .identify: return identify
            case .online: return .solid
            case .offlineQueued: return queued
            case .syncing: return syncing
            case .degradedDisk, .degradedDB, .degradedModel: return connectivity(health)
            }
        case .fault:
            switch state {
            case .fatal: return .solid
            case .identify: return identify
            case .degradedDisk: return flashCode(.disk)
            case .degradedDB: return flashCode(.db)
            case .degradedModel: return flashCode(.model)
            default: return .off
            }
        case .rgbRed, .rgbGreen, .rgbBlue:
            let (colour, pattern) = rgb(state)
            return colour.contains(role) ? pattern : .off
        }
    }

    /// The RGB LED: one colour (a set of channels) and one pattern per state.
    public static func rgb(_ state: LightsState) -> (channels: Set<LEDRole>, pattern: BlinkPattern) {
        let red: Set<LEDRole> = [.rgbRed], green: Set<LEDRole> = [.rgbGreen], blue: Set<LEDRole> = [.rgbBlue]
        switch state {
        case .off, .test: return ([], .off)
        case .identify: return (red.union(green).union(blue), identify)
        case .fatal: return (red, .solid)
        case .degradedDisk: return (red, flashCode(.disk))
        case .degradedDB: return (red, flashCode(.db))
        case .degradedModel: return (red, flashCode(.model))
        case .booting: return (blue, booting)
        case .syncing: return (green.union(blue), syncing)
        case .offlineQueued: return (red.union(green), queued)
        case .offline: return (red.union(green), .solid)
        case .online: return (green, .solid)
        }
    }
}
