import ArgumentParser

/// Placeholder until its module lands.
struct LedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "leds", abstract: "Status LEDs: status, test, identify.")
    func run() async throws { throw CleanExit.message("not implemented yet") }
}
