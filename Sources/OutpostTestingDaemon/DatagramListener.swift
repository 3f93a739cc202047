#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import Foundation

/// A real `AF_UNIX` datagram socket that plays systemd's side of the notify protocol in tests.
/// `path` may start with `@` for the abstract namespace.
public final class DatagramListener: @unchecked Sendable {
    public let address: String
    private let fd: Int32

    public init(address: String) throws {
        self.address = address
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        var bytes = Array(address.utf8)
        if bytes.first == UInt8(ascii: "@") { bytes[0] = 0 }
        withUnsafeMutableBytes(of: &addr.sun_path) { $0.copyBytes(from: bytes) }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count + (bytes.first == 0 ? 0 : 1))
        let rc = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        guard rc == 0 else {
            let e = errno
            close(fd)
            throw POSIXError(.init(rawValue: e) ?? .EIO)
        }
    }

    deinit {
        close(fd)
        if address.hasPrefix("/") { unlink(address) }
    }

    /// Waits up to `timeout` seconds for one datagram; nil on timeout.
    public func receive(timeout: Double) -> String? {
        var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let remaining = Int32(max(0, deadline.timeIntervalSinceNow * 1000))
            let rc = poll(&pfd, 1, remaining)
            if rc < 0 && errno == EINTR { continue }
            guard rc > 0 else { return nil }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { return nil }
            return String(decoding: buffer[0..<n], as: UTF8.self)
        }
    }

    /// Receives datagrams until one contains `needle` (returns it) or `timeout` passes (nil).
    /// Every datagram seen is appended to `seen`.
    public func waitFor(_ needle: String, timeout: Double, seen: inout [String]) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while deadline.timeIntervalSinceNow > 0 {
            guard let message = receive(timeout: deadline.timeIntervalSinceNow) else { return nil }
            seen.append(message)
            if message.contains(needle) { return message }
        }
        return nil
    }
}
