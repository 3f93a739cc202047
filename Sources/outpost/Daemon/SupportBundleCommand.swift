import ArgumentParser
import Foundation
import OutpostAPI
import OutpostConfig
import OutpostDoctor
import OutpostStore

/// `outpost support-bundle --out FILE`: what support needs to diagnose a box, as a .tar.gz —
/// configuration, recent logs, status, metrics, queue counters, database statistics, doctor —
/// and never vault contents or any request text (not even redacted), nor the vault or API keys.
struct SupportBundleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "support-bundle",
        abstract: "Collect config, logs, status, metrics and DB statistics into one .tar.gz for support.",
        discussion: """
            Contains no vault contents, no request text and no keys: the database is read for table \
            sizes only. Missing parts (daemon down, no journal) are noted inside the bundle.
            Examples:
              outpost support-bundle --out /tmp/outpost-support.tar.gz
              outpost support-bundle --config /etc/outpost/outpost.toml --out bundle.tar.gz --log-file ./daemon.log
            """)

    @Option(help: "Where to write the bundle (.tar.gz).") var out: String
    @Option(help: "Configuration file (default: $OUTPOST_CONFIG, else /etc/outpost/outpost.toml when present).") var config: String?
    @Option(help: "Take logs from this file instead of the journal.") var logFile: String?
    @Option(help: "Log lines to include.") var lines = 2000
    @OptionGroup var socket: SocketOptions
    @Flag(help: "Print JSON (the list of files in the bundle).") var json = false

    func validate() throws {
        guard (1...1_000_000).contains(lines) else { throw ValidationError("--lines must be 1-1000000") }
        guard out.hasSuffix(".tar.gz") || out.hasSuffix(".tgz") else { throw ValidationError("--out must end in .tar.gz or .tgz") }
    }

    func run() async throws {
        let env = ProcessInfo.processInfo.environment
        let configPath = config ?? env["OUTPOST_CONFIG"] ?? (FileManager.default.fileExists(atPath: "/etc/outpost/outpost.toml") ? "/etc/outpost/outpost.toml" : nil)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("outpost-support-\(UUID().uuidString.prefix(8))")
        let root = work.appendingPathComponent("outpost-support")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        var notes: [String] = []
        func write(_ name: String, _ text: String) {
            try? text.write(to: root.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }

        var cfg = OutpostConfig()
        if let configPath {
            let text = (try? String(contentsOfFile: configPath, encoding: .utf8)) ?? ""
            write("outpost.toml", text)  // keys are file paths, never secrets
            do { cfg = try OutpostConfig.load(path: configPath) } catch { notes.append("config invalid: \(error)") }
        } else {
            notes.append("no configuration file (defaults)")
        }
        let socketPath = socket.socket ?? env["OUTPOST_SOCKET"] ?? cfg.socketPath()
        let client = UnixHTTPClient(socketPath: socketPath, timeout: 10)
        for (name, path) in [("status.json", "/v1/status"), ("metrics.txt", "/metrics"), ("queue-stats.json", "/v1/queue/stats"), ("lights.json", "/v1/lights")] {
            if let r = try? client.request("GET", path), r.status == 200 {
                write(name, String(decoding: r.body, as: UTF8.self))
            } else {
                notes.append("\(path): daemon not reachable on \(socketPath)")
            }
        }
        write("db-stats.json", Self.databaseStatistics(stateDir: cfg.stateDir, notes: &notes))
        let checks = await Doctor(configPath: configPath, socketPath: socketPath).run()
        write("doctor.json", String(decoding: (try? JSONOutput.encoder(pretty: true).encode(["checks": checks])) ?? Data(), as: UTF8.self))
        write("logs.txt", Self.logs(file: logFile, lines: lines, notes: &notes))
        write("versions.txt", "outpost \(OutpostVersion.string)\nuname: \(Self.run("/bin/uname", ["-a"]) ?? "?")\n")
        write("NOTES.txt", (["Outpost support bundle, \(ISO8601DateFormatter().string(from: Date()))"] + notes).joined(separator: "\n") + "\n")

        let outURL = URL(fileURLWithPath: out)
        guard Self.run("/bin/tar", ["-czf", outURL.path, "-C", work.path, "outpost-support"]) != nil else {
            Terminal.error("outpost: could not write \(out) (tar failed); check the directory and free space")
            throw ExitCode.failure
        }
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
        if json { JSONOutput.printLine(Written(out: outURL.path, files: files, notes: notes)) } else {
            print("wrote \(outURL.path): \(files.joined(separator: ", "))")
            for note in notes { print("  note: \(note)") }
        }
    }

    /// `support-bundle --json`.
    struct Written: Encodable {
        var out: String
        var files: [String]
        var notes: [String]
    }

    /// `db.json` of the bundle; the row counts only when the database could be read.
    struct DatabaseStatistics: Encodable {
        var path: String
        var sizeBytes: Int
        var sizeBytesWAL: Int
        var quarantined: [String] = []
        var rows: [String: Int]?
        var requestsByStatus: [String: Int]?
        var outboxByState: [String: Int]?
        var migrations: [String]?
        var quickCheck: [String]?
        enum CodingKeys: String, CodingKey {
            case path, quarantined, rows, migrations
            case sizeBytes = "size_bytes", sizeBytesWAL = "size_bytes-wal", requestsByStatus = "requests_by_status"
            case outboxByState = "outbox_by_state", quickCheck = "quick_check"
        }
    }

    /// Table sizes, migrations, file sizes, quarantined copies: nothing from any row.
    static func databaseStatistics(stateDir: String, notes: inout [String]) -> String {
        let path = (stateDir as NSString).appendingPathComponent("outpost.db")
        let fm = FileManager.default
        let size = { (suffix: String) in (try? fm.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0 }
        var stats = DatabaseStatistics(path: path, sizeBytes: size(""), sizeBytesWAL: size("-wal"))
        stats.quarantined = StoreInspection.quarantined(in: stateDir)
        if fm.fileExists(atPath: path) {
            do {
                let inspection = try StoreInspection.inspect(path: path)
                stats.rows = inspection.rows
                stats.requestsByStatus = inspection.requestsByStatus
                stats.outboxByState = inspection.outboxByState
                stats.migrations = inspection.migrations
                stats.quickCheck = inspection.quickCheck
            } catch {
                notes.append("database not readable: \(error)")
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = (try? encoder.encode(stats)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    static func logs(file: String?, lines: Int, notes: inout [String]) -> String {
        if let file {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { notes.append("log file \(file) not readable"); return "" }
            return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines).joined(separator: "\n")
        }
        if let text = run("/usr/bin/journalctl", ["-u", "outpostd", "-n", "\(lines)", "--no-pager", "-o", "short-iso"]) { return text }
        notes.append("no journal available; pass --log-file")
        return ""
    }

    /// Runs a program; its stdout, or nil when it failed.
    static func run(_ path: String, _ arguments: [String]) -> String? {
        guard FileManager.default.isExecutableFile(atPath: path) else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return p.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }
}
