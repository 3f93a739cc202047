import Foundation
import Synchronization

/// The simulated LEDs of one board: levels kept in memory and, when a file is given,
/// written to it as JSON on every change (`{"leds":{"status":true,"online":false}}`,
/// replaced atomically) so a demo UI or a test can watch them.
public final class SimPanel: Sendable {
    private struct Levels {
        var levels: [LEDRole: Bool] = [:]
        var changes = 0
    }
    private let state = Mutex(Levels())
    /// The JSON file, if any.
    public let file: String?

    public init(file: String?) {
        self.file = file
    }

    /// The current level of every simulated LED.
    public var snapshot: [LEDRole: Bool] { state.withLock { $0.levels } }

    /// How many level changes were written (for tests).
    public var changeCount: Int { state.withLock { $0.changes } }

    func set(_ role: LEDRole, _ on: Bool) throws(LightsError) {
        // the file is written under the lock: writers never reorder
        try state.withLock { (s) throws(LightsError) in
            guard s.levels[role] != on else { return }
            s.levels[role] = on
            s.changes += 1
            guard let file else { return }
            let body = SimPanelFile(leds: Dictionary(uniqueKeysWithValues: s.levels.map { ($0.key.rawValue, $0.value) }))
            do {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                try encoder.encode(body).write(to: URL(fileURLWithPath: file), options: .atomic)
            } catch {
                throw LightsError(.io, "cannot write simulated LED state to \(file)", cause: "\(error)")
            }
        }
    }
}

/// The JSON written by `SimPanel`.
public struct SimPanelFile: Codable, Sendable, Equatable {
    public var leds: [String: Bool]
}

/// One simulated LED on a `SimPanel`.
public final class SimLED: LEDDriver {
    public let role: LEDRole
    private let panel: SimPanel

    public init(role: LEDRole, panel: SimPanel) throws(LightsError) {
        self.role = role
        self.panel = panel
        try panel.set(role, false)
    }

    public var summary: String { "simulated" + (panel.file.map { " (state in \($0))" } ?? "") }

    public func set(_ on: Bool) throws(LightsError) { try panel.set(role, on) }

    public func close() { try? panel.set(role, false) }
}
