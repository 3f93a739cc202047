import Foundation
import Hummingbird
import Logging
import OutpostStore
import ServiceLifecycle

/// The daemon's parts, built from configuration, before anything runs. Split from
/// ``OutpostDaemon`` so tests can build the same graph in-process.
public struct DaemonRuntime: Sendable {
    public let config: OutpostConfig
    public let store: Store
    public let health: HealthMonitor
    public let ready: ReadinessGate
    public let services: [any Service]

    public init(config: OutpostConfig, store: Store, environment: [String: String], logger: Logger) throws {
        self.config = config
        self.store = store
        let health = HealthMonitor(store: store, config: config, model: nil)
        let ready = ReadinessGate()
        self.health = health
        self.ready = ready

        let routes: APIServer.Routes = { router in
            HealthRoutes(health: health).register(on: router)
        }
        var services = try APIServer.services(config: config, routes: routes, ready: ready, logger: logger)
        services.append(SystemdService(
            notifier: SystemdNotifier(environment: environment),
            ready: ready,
            health: health,
            watchdogInterval: SystemdNotifier.watchdogInterval(environment: environment),
            clock: ContinuousClock(),
            logger: logger
        ))
        self.services = services
    }
}
