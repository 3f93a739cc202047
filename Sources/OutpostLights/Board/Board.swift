/// A board file: which LEDs a board has and how to drive each one.
///
/// ```toml
/// name = "raspberry-pi-5"
/// description = "Raspberry Pi 5, LEDs on the 40-pin header"
///
/// [leds.status]
/// backend = "gpio"
/// chip = "pinctrl-rp1"      # chip LABEL, never gpiochipN
/// line = "GPIO17"           # line name, or an offset: line = 17
/// active_low = false
///
/// [leds.fault]
/// backend = "sysfs"
/// sysfs = ["ACT", "led0"]   # first one present under /sys/class/leds wins
/// ```
/// The keys, their types and the defaults are listed on `Board+TOMLReader.swift`.
public struct Board: Sendable, Equatable, Codable {
    /// The board's name (file name without `.toml` unless the file sets `name`).
    public var name: String
    /// Free text for technicians.
    public var description: String?
    /// Where it was read from (for messages), e.g. `board/sim.toml`.
    public var source: String
    /// The LEDs, in role order.
    public var leds: [BoardLED]

    public init(name: String, description: String? = nil, source: String, leds: [BoardLED]) {
        self.name = name
        self.description = description
        self.source = source
        self.leds = leds.sorted { $0.role < $1.role }
    }

    /// The LED roles present, in order.
    public var roles: [LEDRole] { leds.map(\.role) }

    /// The LED for a role.
    public subscript(role: LEDRole) -> BoardLED? { leds.first { $0.role == role } }
}

/// One `[leds.<role>]` table.
public struct BoardLED: Sendable, Equatable, Codable {
    /// How the LED is driven.
    public enum Backend: Sendable, Equatable, Codable {
        /// A GPIO line through libgpiod: chip label, line name/offset, polarity.
        case gpio(chip: String, line: GpioLineRef, activeLow: Bool)
        /// A kernel LED class device; the first existing name wins.
        case sysfs(names: [String])
        /// Simulated: state kept in memory, a JSON file and the status API.
        case sim

        /// "gpio", "sysfs" or "sim".
        public var kind: String {
            switch self {
            case .gpio: "gpio"
            case .sysfs: "sysfs"
            case .sim: "sim"
            }
        }
    }

    public var role: LEDRole
    public var backend: Backend
    /// Free text (colour, position on the case).
    public var description: String?
    /// Line of the table header in the board file (1-based; 0 when built in code).
    public var sourceLine: Int

    public init(role: LEDRole, backend: Backend, description: String? = nil, sourceLine: Int = 0) {
        self.role = role
        self.backend = backend
        self.description = description
        self.sourceLine = sourceLine
    }

    /// `board/x.toml:12 [leds.status]`: how errors name this entry.
    public func entry(in board: Board) -> String { entry(source: board.source) }

    func entry(source: String) -> String {
        sourceLine > 0 ? "\(source):\(sourceLine) \(role.tableHeader)" : "\(source) \(role.tableHeader)"
    }

    /// A one-line summary: `gpio pinctrl-rp1 line "GPIO17" (active low)`.
    public var summary: String {
        switch backend {
        case .gpio(let chip, let line, let activeLow): "gpio chip \"\(chip)\" line \(line)\(activeLow ? " (active low)" : "")"
        case .sysfs(let names): "sysfs LED " + names.joined(separator: " | ")
        case .sim: "simulated"
        }
    }
}
