import ArgumentParser
import Foundation

/// `outpost logs`: the daemon's log from the journal (or a file), optionally following it.
struct LogsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logs",
        abstract: "Show the daemon's log (journal, or a file).",
        discussion: """
            Examples:
              outpost logs                      # last 100 lines of `journalctl -u outpostd`
              outpost logs -n 500 --priority warning
              outpost logs --follow
              outpost logs --file ./var/outpostd.log
            """)

    @Option(name: .shortAndLong, help: "Lines to show.") var lines = 100
    @Flag(name: .shortAndLong, help: "Keep printing new lines.") var follow = false
    @Option(help: "Only this priority and worse (journal): debug, info, notice, warning, err, crit.") var priority: String?
    @Option(help: "Read this log file instead of the journal.") var file: String?

    func validate() throws {
        guard lines > 0 else { throw ValidationError("--lines must be positive") }
        if let priority, !["debug", "info", "notice", "warning", "err", "crit"].contains(priority) {
            throw ValidationError("--priority must be one of debug, info, notice, warning, err, crit")
        }
    }

    func run() async throws {
        let process = Process()
        if let file {
            guard FileManager.default.isReadableFile(atPath: file) else {
                Terminal.error("outpost: cannot read \(file)")
                throw ExitCode.noInput
            }
            process.executableURL = URL(fileURLWithPath: "/usr/bin/tail")
            process.arguments = ["-n", "\(lines)"] + (follow ? ["-F"] : []) + [file]
        } else {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/journalctl") else {
                Terminal.error("outpost: no journalctl on this machine; pass --file with the daemon's log file")
                throw ExitCode.unavailable
            }
            process.executableURL = URL(fileURLWithPath: "/usr/bin/journalctl")
            process.arguments = ["-u", "outpostd", "-n", "\(lines)", "--no-pager", "-o", "short-iso"]
                + (follow ? ["-f"] : []) + (priority.map { ["-p", $0] } ?? [])
        }
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 { throw ExitCode(process.terminationStatus) }
    }
}
