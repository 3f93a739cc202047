import ArgumentParser
import Foundation
import OutpostModel

/// Where the keyword commands find the encoder: `--model`, else `$OUTPOST_ENCODER`, else
/// `${OUTPOST_CACHE:-$HOME/.cache/outpost}/minilm-l6.outpost` when it exists; `--no-model`
/// runs the statistics path alone.
struct KeywordsModelOptions: ParsableArguments {
    @Option(name: .long, help: "Encoder model file (default: $OUTPOST_ENCODER, then ~/.cache/outpost/minilm-l6.outpost when present).")
    var model: String?

    @Flag(name: .long, help: "Use no encoder: statistics of the text only.")
    var noModel = false

    func validate() throws {
        if noModel && model != nil { throw ValidationError("--model and --no-model exclude each other") }
    }

    /// The model path to load, or nil for the statistics path.
    func resolvedPath() -> String? {
        if noModel { return nil }
        if let model { return model }
        let env = ProcessInfo.processInfo.environment
        if let path = env["OUTPOST_ENCODER"], !path.isEmpty { return path }
        let cache = env["OUTPOST_CACHE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() + "/.cache/outpost")
        let path = cache + "/minilm-l6.outpost"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// Loads the model (nil for the statistics path); a bad file is a clear error and exit code.
    func load(json: Bool) throws -> Model? {
        guard let path = resolvedPath() else {
            if !json { Terminal.error("no encoder model found: statistics only (see --model)") }
            return nil
        }
        do {
            return try Model.load(path: path)
        } catch {
            KeywordsOutput.fail(code: error.code.description, message: error.message, json: json)
            throw error.code == .notFound ? ExitCode.noInput : ExitCode.dataError
        }
    }
}

/// Error printing shared by the keyword commands.
enum KeywordsOutput {
    /// Prints an error as the JSON error shape (stdout) or as text (stderr).
    static func fail(code: String, message: String, json: Bool) {
        if json { JSONOutput.printError(code: code, message: message) }
        else { Terminal.error(Terminal.paint("error: ", .red) + message) }
    }
}
