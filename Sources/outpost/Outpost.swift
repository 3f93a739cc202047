import ArgumentParser
import OutpostAPI

/// `outpost` — the technician CLI. Talks to `outpostd` over its Unix socket, or works offline on files.
@main
struct Outpost: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outpost",
        abstract: "Technician CLI for the Outpost edge appliance.",
        discussion: """
            Commands that talk to the daemon find its socket from --socket, then $OUTPOST_SOCKET, \
            then /run/outpost/api.sock when it exists, then ./var/api.sock.
            Exit codes: 0 ok, 1 failure, 2 usage error, 65 bad input data, 66 input file missing, \
            69 daemon unavailable, 70 internal error, 78 configuration error.
            """,
        version: OutpostVersion.string,
        subcommands: [
            StatusCommand.self,
            VersionCommand.self,
            RequestsCommand.self,
            QueueCommand.self,
            ConfigCommand.self,
            DoctorCommand.self,
            SupportBundleCommand.self,
            LogsCommand.self,
            ModelCommand.self,
            AnalyzeCommand.self,
            BenchCommand.self,
            RedactCommand.self,
            KeywordsCommand.self,
            LedsCommand.self,
            BoardCommand.self,
        ]
    )
}
