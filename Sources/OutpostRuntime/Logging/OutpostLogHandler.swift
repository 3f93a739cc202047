public import Foundation
public import Logging
import Synchronization

/// Log lines that journald understands: under systemd (`$JOURNAL_STREAM` set) each line starts with a
/// syslog priority `<N>` so `journalctl -p` filters work, followed by the fixed message and the
/// metadata as `key=value`. On a terminal: a timestamped text line. `json`: one object per line.
/// Lines go to standard error; only `main` bootstraps logging.
public struct OutpostLogHandler: LogHandler {
    public enum Format: String, Sendable { case journal, text, json }

    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    let label: String
    let format: Format

    public init(label: String, level: Logger.Level, format: Format) {
        self.label = label
        self.logLevel = level
        self.format = format
    }

    /// Picks `journal` under systemd, else `text`, unless `configured` names one.
    public static func format(configured: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> Format {
        if let f = Format(rawValue: configured) { return f }
        return environment["JOURNAL_STREAM"] != nil || environment["INVOCATION_ID"] != nil ? .journal : .text
    }

    /// Installs the handler for the whole process. Call once, from `main`.
    public static func bootstrap(level: Logger.Level, format: Format) {
        LoggingSystem.bootstrap { label in OutpostLogHandler(label: label, level: level, format: format) }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var all = metadata
        if let provided = metadataProvider?.get() { all.merge(provided) { $1 } }
        if let extra = event.metadata { all.merge(extra) { $1 } }
        let line: String
        switch format {
        case .journal:
            line = "<\(Self.syslogPriority(event.level))>\(event.message)\(Self.flatten(all))\n"
        case .text:
            line = "\(Self.timestamp()) \(event.level) \(label): \(event.message)\(Self.flatten(all))\n"
        case .json:
            // Every value is text: metadata is rendered as it is in the text formats.
            var object: [String: String] = ["ts": Self.timestamp(), "level": "\(event.level)", "logger": label, "msg": "\(event.message)"]
            for (k, v) in all { object[k] = "\(v)" }
            let data = (try? Self.jsonEncoder.encode(object)) ?? Data()
            line = (String(data: data, encoding: .utf8) ?? "{}") + "\n"
        }
        Self.output.withLock { _ in Self.writeStandardError(line) }
    }

    /// write(2), retrying short writes and EINTR, and giving up silently on any other error:
    /// a log line must never take the daemon down (Foundation's `FileHandle.write(_:)` traps
    /// on EPIPE once journald or the reading pipe has gone, e.g. during poweroff).
    private static let jsonEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func writeStandardError(_ line: String) {
        var bytes = Array(line.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            if written > 0 {
                bytes = bytes.dropFirst(written)
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }

    private static let output = Mutex(())

    static func syslogPriority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    static func flatten(_ metadata: Logger.Metadata) -> String {
        guard !metadata.isEmpty else { return "" }
        return " " + metadata.sorted { $0.key < $1.key }.map { key, value in
            let text = "\(value)"
            let needsQuotes = text.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" }) || text.isEmpty
            return needsQuotes ? "\(key)=\"\(text.replacingOccurrences(of: "\"", with: "\\\""))\"" : "\(key)=\(text)"
        }.joined(separator: " ")
    }

    static func timestamp() -> String {
        var tv = timeval()
        gettimeofday(&tv, nil)
        var tm = tm()
        var seconds = tv.tv_sec
        gmtime_r(&seconds, &tm)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                      tm.tm_hour, tm.tm_min, tm.tm_sec, Int(tv.tv_usec / 1000))
    }
}
