import ArgumentParser

/// Placeholder until its module lands.
struct KeywordsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "keywords", abstract: "Keyword extraction tools.")
    func run() async throws { throw CleanExit.message("not implemented yet") }
}
