import ArgumentParser
import Foundation
import OutpostLights

/// `outpost leds status|test|identify`: the daemon's status LEDs.
struct LedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leds",
        abstract: "Status LEDs: show them, test them, blink them to find the box.",
        discussion: """
            Talks to the running daemon (GET /v1/lights, POST /v1/lights/test, \
            POST /v1/lights/identify). What each pattern means: docs/leds.md.

            Examples:
              outpost leds status
              outpost leds test
              outpost leds identify --seconds 60
            """,
        subcommands: [LedsStatusCommand.self, LedsTestCommand.self, LedsIdentifyCommand.self],
        defaultSubcommand: LedsStatusCommand.self
    )
}

struct LedsStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the state the LEDs display, each LED's pattern and any LED error.",
        discussion: """
            An LED whose chip, line or sysfs name cannot be opened is listed with its error and \
            board-file entry; the daemon keeps working without it.
            Exit codes: 0 all LEDs work, 1 some LED failed, 69 daemon not reachable.

            Examples:
              outpost leds status
              outpost leds status --json | jq .leds
            """
    )

    @OptionGroup var socket: SocketOptions

    @Flag(help: "Print the daemon's snapshot as JSON.")
    var json = false

    func run() async throws {
        let snapshot = try await LightsClient.snapshot(socket: socket, json: json)
        if json {
            JSONOutput.printLine(snapshot)
        } else {
            var header = "board \(snapshot.board): \(Terminal.paint(snapshot.state, .bold))"
            if let o = snapshot.override { header += " (forced: \(o))" }
            if snapshot.identifyRemainingSeconds > 0 { header += String(format: " — identify %.0fs left", snapshot.identifyRemainingSeconds) }
            print(header)
            if let lib = snapshot.gpioLibrary { print("gpio: \(lib)") }
            for led in snapshot.leds {
                let role = led.role.padding(toLength: 10, withPad: " ", startingAt: 0)
                if let error = led.error {
                    print("  \(role) \(Terminal.paint("unavailable", .red)) \(error.message) [\(error.code)]")
                } else {
                    let level = led.on ? Terminal.paint("on ", .green) : "off"
                    print("  \(role) \(level) \(led.pattern)\(led.hardwareBlink ? " (kernel timer)" : "")  \(led.driver ?? "")")
                }
            }
        }
        if !snapshot.ok { throw ExitCode.failure }
    }
}

struct LedsTestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Light every LED in turn (half a second each), then go back to the current state.",
        discussion: """
            Watch the box: each LED should light once, in board-file order. An LED that stays \
            dark is wired wrong or named wrong in the board file (see `outpost leds status`).

            Examples:
              outpost leds test
            """
    )

    @OptionGroup var socket: SocketOptions

    @Flag(help: "Print the daemon's answer as JSON.")
    var json = false

    func run() async throws {
        let snapshot = try await LightsClient.post("/v1/lights/test", body: [String: Int](), socket: socket, json: json)
        if json { JSONOutput.printLine(snapshot) } else {
            print("testing \(snapshot.leds.count) LED(s): " + snapshot.leds.map(\.role).joined(separator: " → "))
        }
    }
}

struct LedsIdentifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "identify",
        abstract: "Blink every LED fast so you can find this box in a rack or a cupboard.",
        discussion: """
            All LEDs blink together (150 ms on, 150 ms off) for --seconds, then the normal \
            pattern returns by itself. --seconds 0 stops it early.

            Examples:
              outpost leds identify
              outpost leds identify --seconds 300
              outpost leds identify --seconds 0
            """
    )

    @Option(help: "How long to blink, 0–3600 seconds.")
    var seconds: Int = 30

    @OptionGroup var socket: SocketOptions

    @Flag(help: "Print the daemon's answer as JSON.")
    var json = false

    func validate() throws {
        guard (0...3600).contains(seconds) else { throw ValidationError("--seconds must be between 0 and 3600, not \(seconds)") }
    }

    func run() async throws {
        let snapshot = try await LightsClient.post("/v1/lights/identify", body: ["seconds": seconds] as [String: Int], socket: socket, json: json)
        if json { JSONOutput.printLine(snapshot) } else {
            print(seconds == 0 ? "identify stopped" : "identify: LEDs blink for \(seconds)s")
        }
    }
}
