import ArgumentParser

/// Placeholder until its module lands.
struct BoardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "board", abstract: "Board files: check one.")
    func run() async throws { throw CleanExit.message("not implemented yet") }
}
