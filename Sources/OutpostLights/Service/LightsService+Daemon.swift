import Foundation
public import Logging

extension LightsService where C == ContinuousClock {
    /// The daemon's LED service: loads the board (a name looked up in `boardDirectories`, or
    /// a path), drives real hardware, and keeps simulated LEDs in `<stateDirectory>/leds.json`.
    ///
    /// Throws only for a board file that is missing or invalid (a configuration error the
    /// daemon should report at start-up); hardware problems never throw, they show in
    /// `snapshot` and the logs while the LEDs stay dark.
    public static func forDaemon(board: String, boardDirectories: [String] = BoardLocator.defaultDirectories,
                                 stateDirectory: String, logger: Logger) throws(LightsError) -> LightsService<ContinuousClock> {
        let loaded = try BoardLocator(directories: boardDirectories).load(board)
        var options = LightsOptions()
        options.simStateFile = (stateDirectory as NSString).appendingPathComponent("leds.json")
        return LightsService(board: loaded, options: options, clock: ContinuousClock(), logger: logger)
    }
}
