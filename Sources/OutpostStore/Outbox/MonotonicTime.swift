#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
public import Foundation

/// Time that does not jump: seconds since boot (CLOCK_BOOTTIME, counts suspend) and the boot's
/// id. Outbox TTLs use it within one boot, so a wall clock set back or forward (NTP after a dead
/// RTC battery) neither expires work early nor keeps it forever; across a reboot the wall clock
/// is all there is.
public struct MonotonicTime: Sendable, Equatable {
    public var bootID: String
    public var uptime: Double
    public var wall: Date

    public init(bootID: String, uptime: Double, wall: Date) {
        self.bootID = bootID
        self.uptime = uptime
        self.wall = wall
    }

    /// Now, from the kernel.
    public static func now() -> MonotonicTime {
        var ts = timespec()
        clock_gettime(CLOCK_BOOTTIME, &ts)
        return MonotonicTime(bootID: bootID, uptime: Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9, wall: Date())
    }

    static let bootID: String = {
        let text = (try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8)) ?? "unknown-boot"
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }()
}
