/// Opens the driver for each board entry. One factory per service: it loads libgpiod
/// once (only when the board has a gpio LED) and shares one `SimPanel`.
public final class LEDDriverFactory: @unchecked Sendable {
    // Used only from the service's lock.
    public let options: LightsOptions
    public let simPanel: SimPanel
    private var library: Result<GpioLibrary, LightsError>?  // only ever .success once loaded

    public init(options: LightsOptions = LightsOptions()) {
        self.options = options
        self.simPanel = SimPanel(file: options.simStateFile)
    }

    /// The loaded libgpiod, if a gpio LED asked for it and it loaded.
    var gpioLibrary: GpioLibrary? { if case .success(let lib) = library { lib } else { nil } }

    /// Which libgpiod this box has ("libgpiod v2 (libgpiod.so.3)"); throws when none loads.
    public static func gpioLibrarySummary() throws(LightsError) -> String { try GpioLibrary().summary }

    /// Opens the LED. Errors name the board file entry.
    public func open(_ led: BoardLED, board: Board) throws(LightsError) -> any LEDDriver {
        do {
            switch led.backend {
            case .gpio(let chip, let line, let activeLow):
                return try GpioLED(library: try gpio(), chip: chip, line: line, activeLow: activeLow, options: options)
            case .sysfs(let names):
                return try SysfsLED(names: names, options: options)
            case .sim:
                return try SimLED(role: led.role, panel: simPanel)
            }
        } catch {
            throw error.at(led.entry(in: board))
        }
    }

    /// Loads libgpiod on first use. A failure is not cached: the service's retry timer
    /// tries again, so installing libgpiod on a running box brings its LEDs up.
    private func gpio() throws(LightsError) -> GpioLibrary {
        if case .success(let lib) = library { return lib }
        let lib = try GpioLibrary(path: options.libgpiodPath)
        library = .success(lib)
        return lib
    }
}
