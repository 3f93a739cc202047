import ArgumentParser
import Foundation
import OutpostConfig

struct ConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Check a configuration file, or list every key.",
        subcommands: [Check.self, Keys.self]
    )

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a configuration file the way outpostd will (exit 78 when invalid).",
            discussion: "Example:\n  outpost config check /etc/outpost/outpost.toml")
        @Argument(help: "The TOML file (default: $OUTPOST_CONFIG, else /etc/outpost/outpost.toml).") var file: String?
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let path = file ?? ProcessInfo.processInfo.environment["OUTPOST_CONFIG"] ?? "/etc/outpost/outpost.toml"
            do {
                let config = try OutpostConfig.load(path: path)
                if json {
                    JSONOutput.printLine(Checked(ok: true, file: path, stateDir: config.stateDir, socket: config.socketPath(), board: config.board))
                } else {
                    print(Terminal.paint("ok", .green) + " \(path): state in \(config.stateDir), API on \(config.socketPath()), board \(config.board)")
                }
            } catch let error as ConfigError {
                if json {
                    JSONOutput.printError(code: error.codeName, message: error.description)
                } else {
                    Terminal.error(Terminal.paint("invalid", .red) + " \(error)")
                }
                throw ExitCode.config
            }
        }
    }

    /// `config check --json` when the file is valid.
    struct Checked: Encodable {
        var ok: Bool
        var file: String
        var stateDir: String
        var socket: String
        var board: String
        enum CodingKeys: String, CodingKey { case ok, file, socket, board, stateDir = "state_dir" }
    }

    struct Keys: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every configuration key with its type and default.")
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            if json {
                JSONOutput.printLine(["keys": OutpostConfig.schema.map {
                    ["key": $0.path, "type": $0.type.rawValue, "default": $0.defaultValue, "summary": $0.summary]
                }])
                return
            }
            var table = Table("KEY", "TYPE", "DEFAULT", "MEANING")
            for k in OutpostConfig.schema { table.add(k.path, k.type.rawValue, k.defaultValue, k.summary) }
            print(table.render())
        }
    }
}
