#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
public import Foundation
import OutpostSupport

/// The systemd notify protocol without libsystemd: datagrams like `READY=1` or `STATUS=…` sent to
/// the `AF_UNIX` socket named by `$NOTIFY_SOCKET` (a path, or `@name` for the abstract namespace).
/// When `$NOTIFY_SOCKET` is unset every call is a no-op.
public struct SystemdNotifier: Sendable {
    /// The socket address from the environment; nil when not running under a notify-aware manager.
    public let socketAddress: String?

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let value = environment["NOTIFY_SOCKET"] ?? ""
        socketAddress = value.isEmpty ? nil : value
    }

    public var isEnabled: Bool { socketAddress != nil }

    /// Sends one notification (several `KEY=value` lines may be joined with "\n").
    public func notify(_ state: String) throws {
        guard let address = socketAddress else { return }
        guard address.hasPrefix("/") || address.hasPrefix("@") else {
            throw SystemCallError(call: "NOTIFY_SOCKET", errno: EAFNOSUPPORT, detail: "unsupported address '\(address)' (only AF_UNIX paths and @abstract names)")
        }
        let fd = try syscall("socket") { socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0) }
        defer { close(fd) }

        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        var pathBytes = Array(address.utf8)
        if pathBytes.first == UInt8(ascii: "@") { pathBytes[0] = 0 }  // abstract namespace
        let capacity = MemoryLayout.size(ofValue: addr.sun_path)
        guard pathBytes.count < capacity else {
            throw SystemCallError(call: "NOTIFY_SOCKET", errno: ENAMETOOLONG, detail: "socket path too long")
        }
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            raw.copyBytes(from: pathBytes)
        }
        // Abstract names are not NUL-terminated: the length says where they end.
        let length = socklen_t(MemoryLayout<sa_family_t>.size + pathBytes.count + (pathBytes.first == 0 ? 0 : 1))
        let message = Array(state.utf8)
        _ = try syscall("sendto") {
            message.withUnsafeBytes { body in
                withUnsafePointer(to: &addr) { ptr in
                    ptr.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                        sendto(fd, body.baseAddress, body.count, Int32(MSG_NOSIGNAL), $0, length)
                    }
                }
            }
        }
    }

    /// The watchdog interval requested by systemd (`$WATCHDOG_USEC`), halved as sd_notify(3)
    /// recommends; nil when no watchdog is configured or it is meant for another process.
    public static func watchdogInterval(environment: [String: String] = ProcessInfo.processInfo.environment) -> Duration? {
        guard let usecText = environment["WATCHDOG_USEC"], let usec = UInt64(usecText), usec > 0 else { return nil }
        if let pidText = environment["WATCHDOG_PID"], let pid = Int32(pidText), pid != getpid() { return nil }
        return .microseconds(Int64(usec / 2))
    }
}
