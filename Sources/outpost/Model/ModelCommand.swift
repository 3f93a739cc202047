import ArgumentParser

/// Placeholder until its module lands.
struct ModelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "model", abstract: "Import, train and evaluate model files.")
    func run() async throws { throw CleanExit.message("not implemented yet") }
}
