import ArgumentParser
import Foundation
import OutpostDoctor

struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the box: config, permissions, disk, database, model, daemon, GPIO, cloud (TLS), telemetry, clock.",
        discussion: """
            Each check prints a verdict (ok, fixed, warn, fail, skip) and, when not ok, the next step.
            Read-only, unless --fix: then, as root, it corrects modes and ownership only (secrets to 0600,
            the state directory and config to the outpost user) and prints what it changed.
            Examples:
              outpost doctor --config /etc/outpost/outpost.toml
              sudo outpost doctor --fix
              outpost doctor --json | jq '.checks[] | select(.verdict == "fail")'
            Exit status: 0 when nothing failed, 1 when a check failed.
            """)

    @Option(help: "Configuration file (default: $OUTPOST_CONFIG, else /etc/outpost/outpost.toml when it exists, else defaults).")
    var config: String?
    @OptionGroup var socket: SocketOptions
    @Flag(help: "Correct file modes and ownership (secrets 0600; state and config usable by the outpost user).") var fix = false
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        let env = ProcessInfo.processInfo.environment
        let path = config ?? env["OUTPOST_CONFIG"] ?? (FileManager.default.fileExists(atPath: "/etc/outpost/outpost.toml") ? "/etc/outpost/outpost.toml" : nil)
        let checks = await Doctor(configPath: path, socketPath: socket.socket ?? env["OUTPOST_SOCKET"], fix: fix).run()
        if json {
            let data = try JSONOutput.encoder().encode(["checks": checks])
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        } else {
            for check in checks {
                let mark: String
                switch check.verdict {
                case .ok: mark = Terminal.paint("ok  ", .green)
                case .fixed: mark = Terminal.paint("fix ", .cyan)
                case .warn: mark = Terminal.paint("warn", .yellow)
                case .fail: mark = Terminal.paint("FAIL", .red)
                case .skip: mark = Terminal.paint("skip", .dim)
                }
                print("\(mark)  \(check.name.padding(toLength: 16, withPad: " ", startingAt: 0)) \(check.detail)")
                if let next = check.next, check.verdict != .ok { print("      \(String(repeating: " ", count: 16)) → \(next)") }
            }
        }
        if checks.contains(where: { $0.verdict == .fail }) { throw ExitCode.failure }
    }
}
