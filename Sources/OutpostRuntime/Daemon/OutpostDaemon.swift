public import Foundation
import Hummingbird
import Logging
import Metrics
import OutpostAPI
import OutpostConfig
import OutpostStore
import Prometheus
import ServiceLifecycle
import UnixSignals

/// Wires the daemon: configuration → logging → store → health → API + systemd + workers, all in one
/// `ServiceGroup`. SIGTERM and SIGINT drain gracefully; the process then exits 0.
public enum OutpostDaemon {
    /// Exit statuses (sysexits.h). The systemd unit lists `config` in `RestartPreventExitStatus=`.
    public enum ExitStatus: Int32 {
        case ok = 0
        case failure = 1
        case config = 78
        case cantCreate = 73
    }

    /// Runs until SIGTERM/SIGINT. `configPath` nil: defaults (no file).
    public static func run(configPath: String?, environment: [String: String] = ProcessInfo.processInfo.environment) async -> ExitStatus {
        var config: OutpostConfig
        do {
            config = try configPath.map { try OutpostConfig.load(path: $0, environment: environment) } ?? OutpostConfig(environment: environment)
            config.stateDir = URL(fileURLWithPath: config.stateDir).standardizedFileURL.path
        } catch {
            OutpostLogHandler.writeStandardError("outpostd: configuration error: \(error)\n")
            return .config
        }
        OutpostLogHandler.bootstrap(level: Logger.Level(rawValue: config.logLevel) ?? .info,
                                    format: OutpostLogHandler.format(configured: config.logFormat, environment: environment))
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(HelpedMetricsFactory(registry: registry))
        var logger = Logger(label: "outpostd")
        logger.logLevel = Logger.Level(rawValue: config.logLevel) ?? .info
        logger.info("starting", metadata: [
            "outpost.version": "\(OutpostVersion.string)",
            "outpost.config": "\(configPath ?? "(defaults)")",
            "outpost.state_dir": "\(config.stateDir)",
        ])

        let store: Store
        do {
            store = try Store(directory: config.stateDir, logger: logger)
        } catch {
            logger.critical("cannot open the store", metadata: ["outpost.error": "\(error)"])
            return .cantCreate
        }
        defer { store.close() }

        do {
            let runtime = try DaemonRuntime(config: config, store: store, environment: environment, logger: logger, metrics: registry)
            let group = ServiceGroup(configuration: .init(
                services: runtime.services.map { .init(service: $0) },
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger
            ))
            do { try await group.run() } catch {
                await runtime.shutdown()
                throw error
            }
            await runtime.shutdown()
            logger.info("stopped")
            return .ok
        } catch let error as ConfigError {
            logger.critical("configuration error", metadata: ["outpost.error": "\(error)"])
            return .config
        } catch {
            logger.critical("daemon failed", metadata: ["outpost.error": "\(error)"])
            return .failure
        }
    }
}
