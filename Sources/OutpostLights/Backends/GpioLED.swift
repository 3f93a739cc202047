/// An LED on a GPIO line, driven through libgpiod (v1 or v2, whichever is installed).
/// Active-low is handled by libgpiod: `set(true)` always means "LED lit".
final class GpioLED: LEDDriver {
    private let line: GpioLine
    public let summary: String

    /// Requests the line (initially off).
    /// - Throws: `chipNotFound`, `lineNotFound`, `lineBusy`, `permissionDenied`, `libraryMissing`.
    public init(library: GpioLibrary, chip: String, line: GpioLineRef, activeLow: Bool, options: LightsOptions) throws(LightsError) {
        self.line = try library.requestOutput(chip: chip, line: line, activeLow: activeLow, initial: false,
                                              consumer: options.consumer, deviceDirectory: options.gpioDeviceDirectory)
        let offsetNote = if case .name = line { " (offset \(self.line.offset))" } else { "" }
        summary = "gpio chip \"\(chip)\" line \(line)\(offsetNote)\(activeLow ? " active-low" : "") via \(library.summary)"
    }

    public func set(_ on: Bool) throws(LightsError) { try line.set(on) }

    public func close() {
        try? line.set(false)
        line.release()
    }
}
