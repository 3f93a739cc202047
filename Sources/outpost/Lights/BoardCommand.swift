import ArgumentParser
import Foundation
import OutpostLights

/// `outpost board check|list`: board files, offline (no daemon needed).
struct BoardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "board",
        abstract: "Board files: check one, list the known ones.",
        discussion: """
            A board file (board/<name>.toml) says which LEDs a box has and how to drive each: \
            one [leds.<role>] table per LED (status, online, fault, rgb.red/green/blue) with \
            backend = "gpio" (chip label + line name or offset, active_low), "sysfs" (LED class \
            names, first present wins) or "sim". See docs/leds.md.

            Examples:
              outpost board check board/raspberry-pi-5.toml
              outpost board check raspberry-pi-5 --json
              outpost board list
            """,
        subcommands: [BoardCheckCommand.self, BoardListCommand.self]
    )
}

/// `outpost board check <file>`: parses and validates one board file.
struct BoardCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a board file; errors name the line.",
        discussion: """
            Checks the TOML syntax, every key (a typo is rejected with its line number), the \
            types and the LED names. With --hardware it also opens every LED on this machine \
            (GPIO chip by label, line by name or offset, sysfs LED) and releases it again, \
            reporting what is missing, busy or not permitted; stop outpostd first, or its \
            lines show as busy.
            Exit codes: 0 valid, 1 an LED cannot be opened (--hardware), 65 invalid, 66 file not found.

            Examples:
              outpost board check board/cm4-carrier.toml
              outpost board check my-box --board-dir /etc/outpost/board --json
              sudo outpost board check raspberry-pi-5 --hardware
            """
    )

    @Argument(help: "A board file path, or a board name looked up in the board directories.")
    var file: String

    @Option(name: .customLong("board-dir"), help: "Directory to look names up in (repeatable; default ./board, then /usr/share/outpost/board).")
    var boardDirs: [String] = []

    @Flag(help: "Also open every LED on this machine and report what fails.")
    var hardware = false

    @Flag(help: "Print the parsed board (or the error) as JSON.")
    var json = false

    func run() async throws {
        let locator = BoardLocator(directories: boardDirs.isEmpty ? BoardLocator.defaultDirectories : boardDirs)
        let board: Board
        do {
            board = try locator.load(file)
        } catch {
            if json {
                JSONOutput.printError(code: error.code.description, message: error.description)
            } else {
                Terminal.error("\(Terminal.paint("invalid", .red)) \(error.description)")
            }
            throw error.code == .boardNotFound ? ExitCode.noInput : ExitCode.dataError
        }
        var report = BoardCheckReport(board)
        if hardware { report.openHardware(board) }
        if json {
            JSONOutput.printLine(report)
        } else {
            let verdict = report.ok ? Terminal.paint("ok", .green) : Terminal.paint("LED errors", .red)
            print("\(verdict) \(board.source): board \"\(board.name)\", \(board.leds.count) LED(s)")
            for (led, checked) in zip(board.leds, report.leds) {
                let role = led.role.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
                print("  \(role) \(led.summary)\(led.description.map { "  — \($0)" } ?? "")")
                if let opened = checked.opened { print("             opened: \(opened)") }
                if let error = checked.error { print("             \(Terminal.paint("cannot open", .red)): \(error.message)") }
            }
        }
        if !report.ok { throw ExitCode.failure }
    }
}

/// `outpost board list`: the board names found in the board directories.
struct BoardListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the board names found in the board directories.",
        discussion: """
            Examples:
              outpost board list
              outpost board list --json
            """
    )

    @Option(name: .customLong("board-dir"), help: "Directory to search (repeatable; default ./board, then /usr/share/outpost/board).")
    var boardDirs: [String] = []

    @Flag(help: "Print a JSON array of names.")
    var json = false

    func run() async throws {
        let names = BoardLocator(directories: boardDirs.isEmpty ? BoardLocator.defaultDirectories : boardDirs).available()
        if json { JSONOutput.printLine(names) } else { names.forEach { print($0) } }
    }
}

/// The JSON of `outpost board check --json`.
struct BoardCheckReport: Encodable {
    struct LED: Encodable {
        var role: String
        var backend: String
        var summary: String
        var line: Int
        /// With --hardware: the driver that opened it, or why it could not.
        var opened: String?
        var error: LightsSnapshot.ErrorInfo?
    }
    var ok = true
    var name: String
    var source: String
    var leds: [LED]

    /// Opens every LED on this machine and releases it again, noting what fails.
    mutating func openHardware(_ board: Board) {
        let factory = LEDDriverFactory()
        for i in leds.indices {
            do {
                let driver = try factory.open(board.leds[i], board: board)
                leds[i].opened = driver.summary
                driver.close()
            } catch {
                leds[i].error = LightsSnapshot.ErrorInfo(error)
                ok = false
            }
        }
    }

    init(_ board: Board) {
        name = board.name
        source = board.source
        leds = board.leds.map { LED(role: $0.role.rawValue, backend: $0.backend.kind, summary: $0.summary, line: $0.sourceLine) }
    }
}
