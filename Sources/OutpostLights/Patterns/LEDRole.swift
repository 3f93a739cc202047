/// What an LED means on the box: one `[leds.<role>]` table in a board file.
public enum LEDRole: String, Sendable, Hashable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    /// Green "alive" LED: blinks while booting, steady when ready.
    case status
    /// Connectivity to the cloud: steady online, blinking with work queued, flicker while syncing.
    case online
    /// Red trouble LED: flash codes for degraded parts, steady on fatal.
    case fault
    /// The channels of one RGB LED (`[leds.rgb.red]` …) showing one colour for the whole state.
    case rgbRed = "rgb.red"
    case rgbGreen = "rgb.green"
    case rgbBlue = "rgb.blue"

    public var description: String { rawValue }

    public static func < (lhs: LEDRole, rhs: LEDRole) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The board-file table header for this LED: `[leds.status]`, `[leds.rgb.red]`.
    public var tableHeader: String { "[leds.\(rawValue)]" }
}
