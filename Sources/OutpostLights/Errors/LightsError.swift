/// An error from the LED subsystem: a code a script can match, a message a technician can
/// act on, the board-file entry it concerns (e.g. `board/raspberry-pi-4.toml:12 [leds.status]`)
/// and the underlying cause (an errno or a library message) when there is one.
public struct LightsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An extensible error code (`LightsError.Code.lineBusy`, …); compare with `==`.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Base: String, Sendable {
            case boardSyntax = "board_syntax"
            case boardUnknownKey = "board_unknown_key"
            case boardWrongType = "board_wrong_type"
            case boardUnknownLED = "board_unknown_led"
            case boardMissingKey = "board_missing_key"
            case boardInvalidValue = "board_invalid_value"
            case boardNotFound = "board_not_found"
            case libraryMissing = "libgpiod_missing"
            case chipNotFound = "gpio_chip_not_found"
            case lineNotFound = "gpio_line_not_found"
            case lineBusy = "gpio_line_busy"
            case permissionDenied = "permission_denied"
            case sysfsLEDNotFound = "sysfs_led_not_found"
            case io = "io_error"
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The TOML itself does not parse.
        public static let boardSyntax = Code(.boardSyntax)
        /// A key the board format does not know (usually a typo).
        public static let boardUnknownKey = Code(.boardUnknownKey)
        /// A key has a value of the wrong TOML type.
        public static let boardWrongType = Code(.boardWrongType)
        /// A `[leds.<name>]` table whose name is not a known LED role.
        public static let boardUnknownLED = Code(.boardUnknownLED)
        /// A required key is absent.
        public static let boardMissingKey = Code(.boardMissingKey)
        /// A value has the right type but is not allowed (e.g. `backend = "spi"`).
        public static let boardInvalidValue = Code(.boardInvalidValue)
        /// No board file with that name or path.
        public static let boardNotFound = Code(.boardNotFound)
        /// Neither libgpiod.so.3 nor libgpiod.so.2 could be loaded.
        public static let libraryMissing = Code(.libraryMissing)
        /// No GPIO chip carries the label named in the board file.
        public static let chipNotFound = Code(.chipNotFound)
        /// The chip has no line with that name, or the offset is out of range.
        public static let lineNotFound = Code(.lineNotFound)
        /// Another process (or a kernel driver) holds the line.
        public static let lineBusy = Code(.lineBusy)
        /// The process may not open the GPIO chip or write the LED file.
        public static let permissionDenied = Code(.permissionDenied)
        /// None of the sysfs LED names exists under the LED class directory.
        public static let sysfsLEDNotFound = Code(.sysfsLEDNotFound)
        /// Any other I/O failure.
        public static let io = Code(.io)

        /// The snake_case identifier used in JSON (`{"error":{"code": …}}`).
        public var description: String { base.rawValue }
    }

    public var code: Code
    /// What went wrong and what to do about it.
    public var message: String
    /// The board-file entry concerned, e.g. `board/sim.toml:4 [leds.status]`, when known.
    public var entry: String?
    /// The underlying cause: a library message or `strerror(errno)`.
    public var cause: String?
    /// The errno behind a C failure, when there is one.
    public var errno: Int32?

    public init(_ code: Code, _ message: String, entry: String? = nil, cause: String? = nil, errno: Int32? = nil) {
        self.code = code
        self.message = message
        self.entry = entry
        self.cause = cause
        self.errno = errno
    }

    /// The same error, attributed to a board-file entry.
    public func at(_ entry: String) -> LightsError {
        var copy = self
        copy.entry = entry
        return copy
    }

    public var description: String {
        var text = entry.map { "\($0): \(message)" } ?? message
        if let cause, !message.contains(cause) { text += " (\(cause))" }
        return text
    }
}
