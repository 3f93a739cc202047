#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
public import Foundation

/// The built executables (`outpostd`, `outpost`, `outpost-hq`) next to the test bundle, for tests
/// that run the real processes.
public enum BuiltProducts {
    /// The build products directory (`.build/debug` or `.build/release`).
    public static var directory: URL {
        if let dir = ProcessInfo.processInfo.environment["OUTPOST_BIN_DIR"] { return URL(fileURLWithPath: dir) }
        var url = Bundle.main.bundleURL
        // Linux: the test runner is .build/<triple>/debug/outpostPackageTests.xctest
        while url.pathComponents.count > 1, !FileManager.default.fileExists(atPath: url.appendingPathComponent("outpostd").path) {
            url.deleteLastPathComponent()
            if url.lastPathComponent == ".build" { break }
        }
        return url
    }

    public static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    public static func exists(_ name: String) -> Bool { FileManager.default.isExecutableFile(atPath: path(name)) }
}

/// A child process (the real daemon or CLI) with captured output.
public final class ChildProcess: @unchecked Sendable {
    public let process = Process()
    private let output = Pipe()
    private let errors = Pipe()
    /// Where a long-running child's stdout+stderr go (a file, so a full pipe never blocks it).
    public let logPath: String?

    /// `logPath`: send the child's output to that file instead of pipes (use it for daemons).
    public init(_ executable: String, arguments: [String] = [], environment: [String: String] = [:], directory: String? = nil, logPath: String? = nil) {
        self.logPath = logPath
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for key in ["NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "STATE_DIRECTORY", "RUNTIME_DIRECTORY", "CREDENTIALS_DIRECTORY", "OUTPOST_CONFIG", "OUTPOST_SOCKET"] {
            env[key] = nil
        }
        env.merge(environment) { $1 }
        process.environment = env
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if let logPath {
            _ = FileManager.default.createFile(atPath: logPath, contents: nil)
            let handle = FileHandle(forWritingAtPath: logPath)
            handle?.seekToEndOfFile()
            process.standardOutput = handle
            process.standardError = handle
        } else {
            process.standardOutput = output
            process.standardError = errors
        }
    }

    /// The log file's contents so far (empty without `logPath`).
    public func log() -> String {
        guard let logPath, let data = FileManager.default.contents(atPath: logPath) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    public func start() throws { try process.run() }

    public var pid: Int32 { process.processIdentifier }

    public func signal(_ sig: Int32) { kill(process.processIdentifier, sig) }

    /// Waits up to `timeout` seconds for exit; returns the status, or nil if still running.
    public func waitForExit(timeout: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if deadline.timeIntervalSinceNow <= 0 { return nil }
            usleep(10_000)  // polling for exit, not for timing
        }
        return process.terminationStatus
    }

    /// Runs to completion and returns (status, stdout, stderr).
    public func runToEnd(timeout: Double = 60) throws -> (status: Int32, stdout: String, stderr: String) {
        try start()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        let status = waitForExit(timeout: timeout) ?? -1
        return (status, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    /// Everything written to stderr so far (call after exit).
    public func stderrText() -> String {
        String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    public func stdoutText() -> String {
        String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}
