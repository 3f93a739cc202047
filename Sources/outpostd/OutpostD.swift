import ArgumentParser
import OutpostAPI
import OutpostRuntime

/// `outpostd [--config FILE]` — the Outpost supervisor daemon. Wiring only; see OutpostDaemon.
@main
struct OutpostD: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outpostd",
        abstract: "The Outpost supervisor daemon.",
        discussion: """
            Runs with no configuration file at all: state in ./var (or $STATE_DIRECTORY), the API on \
            ./var/api.sock (or $RUNTIME_DIRECTORY/api.sock), simulated LEDs. Installed, the unit passes \
            --config /etc/outpost/outpost.toml. `outpost config keys` lists every key.
            Exit status: 0 after SIGTERM/SIGINT, 78 configuration error, 73 state directory unusable, 1 other failure.
            """,
        version: OutpostVersion.string
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("TOML configuration file (default: $OUTPOST_CONFIG, else none).", valueName: "file"))
    var config: String?

    func run() async throws {
        let path = config ?? ProcessInfo.processInfo.environment["OUTPOST_CONFIG"]
        let status = await OutpostDaemon.run(configPath: path)
        if status != .ok { throw ExitCode(status.rawValue) }
    }
}

import Foundation
