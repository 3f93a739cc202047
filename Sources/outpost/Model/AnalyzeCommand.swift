import ArgumentParser

/// Placeholder until its module lands.
struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "analyze", abstract: "Analyze JSONL texts from stdin: intent, keywords, entities.")
    func run() async throws { throw CleanExit.message("not implemented yet") }
}
