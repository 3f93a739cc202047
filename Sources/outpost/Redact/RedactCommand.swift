import ArgumentParser

/// Placeholder until its module lands.
struct RedactCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "redact", abstract: "Redact identifiers from JSONL texts on stdin.")
    func run() async throws { throw CleanExit.message("not implemented yet") }
}
