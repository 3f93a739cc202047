#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A progress bar on standard error for long work (import, training, evaluation).
/// Redraws at most ~10 times a second on a TTY; when stderr is not a TTY it prints a
/// plain line at every 10% so logs stay readable.
final class ProgressBar {
    private let label: String
    private let total: Int
    private var done = 0
    private var lastDraw = 0.0
    private var lastDecile = -1
    private let start = Date()

    init(_ label: String, total: Int) {
        self.label = label
        self.total = max(total, 1)
    }

    func advance(by n: Int = 1, note: String = "") { update(done + n, note: note) }

    func update(_ value: Int, note: String = "") {
        done = min(value, total)
        let now = Date().timeIntervalSince1970
        let fraction = Double(done) / Double(total)
        if Terminal.stderrIsTTY {
            guard now - lastDraw > 0.1 || done == total else { return }
            lastDraw = now
            let width = 30
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let elapsed = Date().timeIntervalSince(start)
            let eta = fraction > 0 ? elapsed / fraction - elapsed : 0
            let line = "\r\(label) \(bar) \(Int(fraction * 100))% \(done)/\(total) eta \(Int(eta))s \(note)"
            Terminal.writeStderr(line + "\u{1B}[K")
        } else {
            let decile = Int(fraction * 10)
            guard decile != lastDecile else { return }
            lastDecile = decile
            Terminal.error("\(label): \(decile * 10)% (\(done)/\(total)) \(note)")
        }
    }

    func finish(_ note: String = "") {
        update(total, note: note)
        if Terminal.stderrIsTTY { Terminal.writeStderr("\n") }
    }
}
