/// One physical LED, whatever drives it. Drivers are used from one owner at a time
/// (`LightsService` calls them under its lock), so they need not be thread-safe.
public protocol LEDDriver: AnyObject {
    /// What drives it, for the status API: `gpio "outpost-leds" line "led-status" (libgpiod v2 (libgpiod.so.3))`.
    var summary: String { get }
    /// Lights (true) or darkens (false) the LED. Cancels a hardware blink.
    func set(_ on: Bool) throws(LightsError)
    /// Lets the hardware blink by itself (the kernel `timer` trigger). Returns false when
    /// this LED cannot, and the caller blinks it in software with `set(_:)`.
    func blink(onMilliseconds: Int, offMilliseconds: Int) throws(LightsError) -> Bool
    /// Turns the LED off and gives it back (line released, trigger cleared). Idempotent.
    func close()
}

extension LEDDriver {
    public func blink(onMilliseconds: Int, offMilliseconds: Int) throws(LightsError) -> Bool { false }
}

/// Where drivers find their hardware; every path is injectable for tests.
public struct LightsOptions: Sendable {
    /// The LED class directory.
    public var sysfsRoot = "/sys/class/leds"
    /// Where `gpiochip*` nodes live.
    public var gpioDeviceDirectory = "/dev"
    /// A specific libgpiod file to load (nil: libgpiod.so.3, then libgpiod.so.2).
    public var libgpiodPath: String?
    /// The consumer name shown by `gpioinfo` for lines the daemon holds.
    public var consumer = "outpostd"
    /// Where the simulated backend writes its JSON state (nil: memory only).
    public var simStateFile: String?
    /// Use the kernel `timer` trigger for plain blinks on sysfs LEDs when available.
    public var useHardwareBlink = true

    public init() {}
}
