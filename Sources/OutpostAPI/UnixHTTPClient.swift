#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
public import Foundation

/// A small blocking HTTP/1.1 client over a Unix socket, for the CLI and tests talking to the
/// daemon. One request per connection (`Connection: close`); handles fixed-length and chunked bodies.
/// Blocking: call it from a CLI or a dedicated thread, not from a server's event loop.
public struct UnixHTTPClient: Sendable {
    public let socketPath: String
    /// Seconds to wait for the whole exchange.
    public var timeout: Double

    public init(socketPath: String, timeout: Double = 30) {
        self.socketPath = socketPath
        self.timeout = timeout
    }

    public struct Response: Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: Data

        public init(status: Int, headers: [String: String], body: Data) {
            self.status = status
            self.headers = headers
            self.body = body
        }
    }

    /// Why a request did not get an answer.
    public struct ClientError: Error, CustomStringConvertible, Sendable {
        public enum Kind: Sendable { case unavailable, timeout, protocolError }
        public let kind: Kind
        public let message: String
        public var description: String { message }
    }

    public func request(_ method: String, _ path: String, body: Data? = nil, headers: [String: String] = [:]) throws -> Response {
        let fd = try connectSocket()
        defer { close(fd) }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: outpostd\r\nConnection: close\r\nUser-Agent: outpost/\(OutpostVersion.string)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if let body {
            if headers.keys.first(where: { $0.lowercased() == "content-type" }) == nil { head += "Content-Type: application/json\r\n" }
            head += "Content-Length: \(body.count)\r\n"
        }
        head += "\r\n"
        try writeAll(fd, Data(head.utf8) + (body ?? Data()))
        let raw = try readAll(fd)
        return try Self.parse(raw)
    }

    /// True when something accepts connections on the socket.
    public static func isListening(socketPath: String) -> Bool {
        guard let fd = try? UnixHTTPClient(socketPath: socketPath, timeout: 1).connectSocket() else { return false }
        close(fd)
        return true
    }

    private func connectSocket() throws -> Int32 {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw ClientError(kind: .unavailable, message: "cannot create a socket: \(String(cString: strerror(errno)))") }
        var tv = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - Double(Int(timeout))) * 1e6))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(socketPath.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: addr.sun_path) else {
            close(fd)
            throw ClientError(kind: .unavailable, message: "socket path too long: \(socketPath)")
        }
        withUnsafeMutableBytes(of: &addr.sun_path) { $0.copyBytes(from: bytes) }
        let rc = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        if rc != 0 {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw ClientError(kind: .unavailable, message: "cannot connect to \(socketPath): \(reason)")
        }
        return fd
    }

    private func writeAll(_ fd: Int32, _ data: Data) throws {
        var offset = 0
        let bytes = [UInt8](data)
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { send(fd, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ClientError(kind: errno == EAGAIN ? .timeout : .unavailable, message: "write to \(socketPath) failed: \(String(cString: strerror(errno)))")
            }
            offset += n
        }
    }

    private func readAll(_ fd: Int32) throws -> Data {
        var out = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n == 0 { return out }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK {
                    throw ClientError(kind: .timeout, message: "no answer from \(socketPath) within \(Int(timeout)) s")
                }
                throw ClientError(kind: .unavailable, message: "read from \(socketPath) failed: \(String(cString: strerror(errno)))")
            }
            out.append(contentsOf: buffer[0..<n])
        }
    }

    public static func parse(_ raw: Data) throws -> Response {
        let separator = Data("\r\n\r\n".utf8)
        guard let end = raw.range(of: separator), let head = String(data: raw[..<end.lowerBound], encoding: .utf8) else {
            throw ClientError(kind: .protocolError, message: "malformed HTTP response from the daemon")
        }
        let lines = head.components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
            throw ClientError(kind: .protocolError, message: "malformed status line: \(lines[0])")
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Data(raw[end.upperBound...])
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
            body = try dechunk(body)
        } else if let length = headers["content-length"].flatMap(Int.init), length <= body.count {
            body = body.prefix(length)
        }
        return Response(status: status, headers: headers, body: body)
    }

    static func dechunk(_ data: Data) throws -> Data {
        var out = Data()
        var index = data.startIndex
        let crlf = Data("\r\n".utf8)
        while index < data.endIndex {
            guard let lineEnd = data.range(of: crlf, in: index..<data.endIndex),
                  let sizeText = String(data: data[index..<lineEnd.lowerBound], encoding: .utf8),
                  let size = Int(sizeText.split(separator: ";")[0].trimmingCharacters(in: .whitespaces), radix: 16) else {
                throw ClientError(kind: .protocolError, message: "malformed chunked body")
            }
            if size == 0 { break }
            let start = lineEnd.upperBound
            guard data.distance(from: start, to: data.endIndex) >= size else {
                throw ClientError(kind: .protocolError, message: "truncated chunked body")
            }
            let stop = data.index(start, offsetBy: size)
            out.append(data[start..<stop])
            index = data.index(stop, offsetBy: 2, limitedBy: data.endIndex) ?? data.endIndex
        }
        return out
    }
}
