import ArgumentParser
import OutpostAPI

struct VersionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "version", abstract: "Print the version of this CLI.")
    @Flag(help: "Print JSON.") var json = false
    func run() async throws {
        if json { JSONOutput.printLine(["version": OutpostVersion.string]) } else { print("outpost \(OutpostVersion.string)") }
    }
}
