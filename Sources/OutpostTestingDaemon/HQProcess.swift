#if canImport(Glibc)
import Glibc
#endif
import Foundation
import OutpostRuntime
import OutpostAPI

/// A free TCP port on 127.0.0.1 (bind to port 0, read it back, close).
public func freeLoopbackPort() -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var addr = sockaddr_in()
    addr.sin_family = sa_family_t(AF_INET)
    addr.sin_addr.s_addr = inet_addr("127.0.0.1")
    addr.sin_port = 0
    _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
    var len = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
    return Int(UInt16(bigEndian: addr.sin_port))
}

/// Blocking HTTP/1.1 over TCP to 127.0.0.1 (tests only): returns status and body.
public func loopbackHTTP(port: Int, method: String, path: String, body: String? = nil, timeout: Double = 10) -> (status: Int, body: String)? {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var tv = timeval(tv_sec: Int(timeout), tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
    var addr = sockaddr_in()
    addr.sin_family = sa_family_t(AF_INET)
    addr.sin_addr.s_addr = inet_addr("127.0.0.1")
    addr.sin_port = UInt16(port).bigEndian
    let rc = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
    guard rc == 0 else { return nil }
    let payload = body.map { Array($0.utf8) } ?? []
    var request = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: \(payload.count)\r\n"
    if body != nil { request += "Content-Type: application/json\r\n" }
    request += "\r\n"
    let bytes = Array(request.utf8) + payload
    _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    var out = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if n <= 0 { break }
        out.append(contentsOf: buffer[0..<n])
    }
    guard let response = try? UnixHTTPClient.parse(out) else { return nil }
    return (response.status, String(decoding: response.body, as: UTF8.self))
}

/// The reference cloud (`outpost-hq`) as a child process on a free loopback port.
public final class HQProcess: @unchecked Sendable {
    public let port: Int
    public let child: ChildProcess

    public init(dataDir: String, arguments: [String] = [], logPath: String) throws {
        port = freeLoopbackPort()
        child = ChildProcess(BuiltProducts.path("outpost-hq"), arguments: ["--listen", "127.0.0.1:\(port)", "--data", dataDir] + arguments, logPath: logPath)
        try child.start()
        let deadline = Date().addingTimeInterval(15)
        while loopbackHTTP(port: port, method: "GET", path: "/hq/stats") == nil {
            guard Date() < deadline else { throw POSIXError(.ETIMEDOUT) }
            usleep(20_000)  // waiting for the listener, not for timing
        }
    }

    public var baseURL: String { "http://127.0.0.1:\(port)/v1" }

    public func stats() -> [String: Any] {
        guard let r = loopbackHTTP(port: port, method: "GET", path: "/hq/stats") else { return [:] }
        return (try? JSONSerialization.jsonObject(with: Data(r.body.utf8))) as? [String: Any] ?? [:]
    }

    /// Every body hq received, one JSON object per line.
    public func received() -> [[String: Any]] {
        guard let r = loopbackHTTP(port: port, method: "GET", path: "/hq/received", timeout: 30) else { return [] }
        return r.body.split(separator: "\n").compactMap { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any] }
    }

    /// The spans hq's OTLP/JSON collector received (`GET /hq/traces`), flattened.
    public func spans() -> [[String: Any]] {
        guard let r = loopbackHTTP(port: port, method: "GET", path: "/hq/traces", timeout: 30),
              let object = (try? JSONSerialization.jsonObject(with: Data(r.body.utf8))) as? [String: Any] else { return [] }
        return object["spans"] as? [[String: Any]] ?? []
    }

    public func setFaults(_ json: String) { _ = loopbackHTTP(port: port, method: "POST", path: "/hq/faults", body: json) }

    public func stop() {
        child.signal(SIGTERM)
        if child.waitForExit(timeout: 5) == nil { child.signal(SIGKILL) }
    }
}
