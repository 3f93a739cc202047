import OutpostSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A kernel LED class device: `<root>/<name>/brightness`, blinking with the `timer`
/// trigger (`delay_on` / `delay_off`) when the LED offers it.
final class SysfsLED: LEDDriver {
    /// The LED's directory, e.g. `/sys/class/leds/ACT`.
    public let directory: String
    public let summary: String
    private let maxBrightness: Int
    private var hasTimer: Bool
    private var timerActive = false
    private let useHardwareBlink: Bool

    /// Picks the first of `names` present under `root`.
    /// - Throws: `sysfsLEDNotFound` listing what was tried, `permissionDenied`.
    public init(names: [String], options: LightsOptions) throws(LightsError) {
        let root = options.sysfsRoot
        guard let name = names.first(where: { access("\(root)/\($0)/brightness", F_OK) == 0 }) else {
            throw LightsError(.sysfsLEDNotFound, "no LED named \(names.joined(separator: " or ")) under \(root) "
                              + "(ls \(root) shows the names this kernel has)")
        }
        directory = "\(root)/\(name)"
        guard access("\(directory)/brightness", W_OK) == 0 else {
            throw LightsError(.permissionDenied, "cannot write \(directory)/brightness: run as root or grant the outpost user write access (udev rule)",
                              cause: errnoText(errno), errno: errno)
        }
        maxBrightness = Int(SysfsFile.read("\(directory)/max_brightness") ?? "1") ?? 1
        hasTimer = (SysfsFile.read("\(directory)/trigger") ?? "").split(separator: " ").contains { $0 == "timer" || $0 == "[timer]" }
        useHardwareBlink = options.useHardwareBlink
        summary = "sysfs LED \(directory)\(hasTimer ? " (timer trigger)" : "")"
        try? stopTimer()
    }

    public func set(_ on: Bool) throws(LightsError) {
        if timerActive { try stopTimer() }
        try SysfsFile.write("\(directory)/brightness", on ? String(max(maxBrightness, 1)) : "0")
    }

    /// Hardware blink when the timer trigger can be fully driven; `false` (the service blinks in
    /// software through `brightness`) when it is absent or not writable — the kernel creates
    /// `delay_on`/`delay_off` root-owned 0644 when the trigger attaches, so a udev rule that opens
    /// `brightness` and `trigger` to the gpio group does not open them.
    public func blink(onMilliseconds: Int, offMilliseconds: Int) throws(LightsError) -> Bool {
        guard hasTimer, useHardwareBlink else { return false }
        do {
            try SysfsFile.write("\(directory)/trigger", "timer")
            timerActive = true
            try SysfsFile.write("\(directory)/delay_on", String(onMilliseconds))
            try SysfsFile.write("\(directory)/delay_off", String(offMilliseconds))
            return true
        } catch {
            hasTimer = false
            try? stopTimer()
            return false
        }
    }

    public func close() {
        try? set(false)
    }

    private func stopTimer() throws(LightsError) {
        try SysfsFile.write("\(directory)/trigger", "none")
        timerActive = false
    }
}

/// Small, blocking reads and writes of sysfs attribute files (EINTR retried).
enum SysfsFile {
    static func read(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { _ = sysClose(fd) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        var n: Int
        repeat { n = buffer.withUnsafeMutableBytes { sysRead(fd, $0.baseAddress, $0.count) } } while n < 0 && errno == EINTR
        guard n >= 0 else { return nil }
        return String(decoding: buffer[..<n], as: UTF8.self).trimmingWhitespace().description
    }

    static func write(_ path: String, _ value: String) throws(LightsError) {
        let fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        if fd < 0 {
            let err = errno
            throw LightsError(err == EACCES || err == EPERM ? .permissionDenied : .io,
                              "cannot open \(path) for writing: \(errnoText(err))", cause: errnoText(err), errno: err)
        }
        defer { _ = sysClose(fd) }
        let bytes = Array((value + "\n").utf8)
        var n: Int
        repeat { n = bytes.withUnsafeBytes { sysWrite(fd, $0.baseAddress, $0.count) } } while n < 0 && errno == EINTR
        if n < 0 {
            let err = errno
            throw LightsError(err == EACCES || err == EPERM ? .permissionDenied : .io,
                              "cannot write \"\(value)\" to \(path): \(errnoText(err))", cause: errnoText(err), errno: err)
        }
    }
}

// Module-qualified libc calls (the driver types have methods of the same names).
private func sysClose(_ fd: Int32) -> Int32 { close(fd) }
private func sysRead(_ fd: Int32, _ buf: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, buf, count) }
private func sysWrite(_ fd: Int32, _ buf: UnsafeRawPointer?, _ count: Int) -> Int { write(fd, buf, count) }
