import AsyncHTTPClient
import Foundation
import Hummingbird
public import Logging
import OutpostLights
import OutpostModel
import OutpostRedaction
public import OutpostStore
import OutpostSync
public import Prometheus
public import ServiceLifecycle
import Tracing
import OutpostSupport
public import OutpostConfig
import OutpostAPI
import OutpostAnalysis

/// The daemon's parts, built from configuration, before anything runs. Split from
/// ``OutpostDaemon`` so tests can build the same graph in-process.
public struct DaemonRuntime: Sendable {
    public let config: OutpostConfig
    public let store: Store
    public let health: HealthMonitor
    public let ready: ReadinessGate
    public let pipeline: Pipeline
    public let services: [any Service]
    /// The API routes every listener serves (``APIServer/router(routes:bearerToken:)`` builds a
    /// listener's router from them; in-process tests serve them without a socket).
    public let routes: APIServer.Routes
    /// Shut down after the service group has stopped.
    let httpClient: HTTPClient?

    /// `metrics`: the registry `GET /metrics` renders (bootstrapped as the swift-metrics backend by the caller).
    public init(config: OutpostConfig, store: Store, environment: [String: String], logger: Logger,
                metrics: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) throws {
        self.config = config
        self.store = store

        // Model: a file that fails to load leaves the daemon running without understanding
        // (escalating everything), with the problem in status, health and the LEDs.
        var model: Model?
        var modelInfo: StatusReport.ModelInfo?
        if let path = config.model.path {
            do {
                let loaded = try Model.load(path: path)
                model = loaded
                modelInfo = .init(loaded: true, path: path, intents: loaded.intentHead?.labels.count, error: nil)
                logger.info("model loaded", metadata: ["outpost.model.path": "\(path)", "outpost.model.intents": "\(loaded.intentHead?.labels.count ?? 0)"])
            } catch {
                modelInfo = .init(loaded: false, path: path, intents: nil, error: "\(error)")
                logger.error("model not loaded; requests are escalated without intent", metadata: ["outpost.model.path": "\(path)", "outpost.error": "\(error)"])
            }
        }

        let keyFile = config.vault.keyFile ?? (config.stateDir as NSString).appendingPathComponent("vault.key")
        let vault = Vault(key: try VaultKey.load(credentialsDirectory: environment["CREDENTIALS_DIRECTORY"], keyFile: keyFile))
        var redactionConfig = RedactionConfig(customPatterns: config.redaction.patterns.map { CustomPattern(type: $0.type, regex: $0.regex) })
        redactionConfig.mode = RedactionMode(rawValue: config.redaction.mode) ?? .strict
        if let path = config.redaction.safelist { redactionConfig.safeListPaths = [path] }
        if let path = config.redaction.tagger { redactionConfig.sequenceTaggerPaths = path == "none" ? [] : [path] }
        let redactor: Redactor
        do { redactor = try Redactor(config: redactionConfig) } catch let error as RedactionError {
            let key = error.code == "redaction.safelist_unreadable" ? "redaction.safelist" : error.code == "redaction.tagger_unreadable" ? "redaction.tagger" : "redaction.patterns"
            throw ConfigError.invalidValue(key, error.message)
        }
        if let path = config.redaction.tagger, path != "none", redactor.sequenceTagger == nil {
            throw ConfigError.invalidValue("redaction.tagger", FileManager.default.fileExists(atPath: path)
                ? "\(path) needs the compiled safe-list its features were trained with; set redaction.safelist, or redaction.tagger = \"none\""
                : "\(path) does not exist; build it with scripts/tagger/build.sh --out \(path), or set redaction.tagger = \"none\"")
        }
        if config.redaction.safelist != nil, redactor.safeList.safeCount == 0 {
            throw ConfigError.invalidValue("redaction.safelist", "\(config.redaction.safelist!) does not exist; build it with scripts/safelist/build.sh --out \(config.redaction.safelist!)")
        }
        logger.info("redaction ready", metadata: [
            "outpost.redaction.mode": "\(redactionConfig.mode.rawValue)", "outpost.redaction.safelist": "\(redactor.safeList.source)",
            "outpost.redaction.tagger": "\(redactor.sequenceTagger?.source ?? "none")",
        ])
        let outboundGuard = OutboundGuard(redactor: redactor)
        let traces = try TraceExport.make(config.telemetry, logger: logger)

        // LEDs: a bad board file is a configuration error; missing hardware only degrades them.
        let lights: LightsService<ContinuousClock>
        do {
            lights = try Self.lights(config: config, logger: logger)
        } catch {
            throw ConfigError.invalidValue("board", "\(error)")
        }

        // Sync: only when a cloud is configured.
        var sync: SyncService<ContinuousClock>?
        var httpClient: HTTPClient?
        let updates = RequestUpdates()
        if config.cloud.baseURL != nil {
            var cloud = config.cloud
            cloud.apiKey = try config.cloudAPIKey(environment: environment)
            let client: HTTPClient
            do { client = try CloudHTTPClient.make(config: cloud) } catch {
                throw ConfigError.invalidValue("cloud", "\(error)")
            }
            httpClient = client
            // No bundle version yet (model lifecycle, issue 17): the model file names what answered.
            var resource: [(String, String)] = []
            if let modelInfo, modelInfo.loaded { resource.append(("outpost.model.path", modelInfo.path)) }
            let transport = HTTPSyncTransport(config: cloud, httpClient: client,
                                              guard: outboundGuard, resource: resource, logger: logger)
            var syncConfig = SyncService<ContinuousClock>.Configuration()
            syncConfig.backoff = Backoff(base: .milliseconds(Int64(config.outbox.backoffBaseSeconds * 1000)),
                                         cap: .milliseconds(Int64(config.outbox.backoffMaxSeconds * 1000)))
            syncConfig.maxAttempts = config.outbox.maxAttempts
            syncConfig.startupDelay = .milliseconds(Int64(config.outbox.startupDelaySeconds * 1000))
            syncConfig.chatThrottle.initialRate = config.outbox.initialRate
            syncConfig.chatThrottle.maxRate = config.outbox.maxRate
            syncConfig.tracer = traces.tracer
            sync = SyncService(source: StoreOutboxSource(store: store, limits: config.outboxLimits, updates: updates),
                               transport: transport, clock: ContinuousClock(), configuration: syncConfig, logger: logger)
        }
        self.httpClient = httpClient
        // From here on a failure must shut the HTTP client down (it may not be dropped running).
        do {
            (pipeline, health, ready, routes, services) = try Self.assemble(
                config: config, store: store, environment: environment, logger: logger, model: model, modelInfo: modelInfo,
                vault: vault, redactor: redactor, lights: lights, sync: sync, updates: updates, metrics: metrics, traces: traces)
        } catch {
            try? httpClient?.syncShutdown()
            throw error
        }
    }

    private static func assemble(
        config: OutpostConfig, store: Store, environment: [String: String], logger: Logger, model: Model?,
        modelInfo: StatusReport.ModelInfo?, vault: Vault, redactor: Redactor, lights: LightsService<ContinuousClock>,
        sync: SyncService<ContinuousClock>?, updates: RequestUpdates, metrics: PrometheusCollectorRegistry, traces: TraceExport.Backend
    ) throws -> (Pipeline, HealthMonitor, ReadinessGate, APIServer.Routes, [any Service]) {
        let analyzer = Analyzer(model: model, redactor: redactor)
        let pipeline = Pipeline(store: store, vault: vault, analyzer: analyzer, config: config, logger: logger,
                                tracer: traces.tracer, onQueued: { [sync] in sync?.notifyWork() })

        var sources = HealthMonitor.Sources()
        sources.online = { [sync] in sync?.status.online ?? false }
        sources.lights = {
            let s = lights.snapshot
            var leds: [String: String] = [:]
            for led in s.leds { leds[led.role] = led.pattern }
            return .init(board: s.board, pattern: s.state, leds: leds, errors: s.leds.compactMap { $0.error.map { "\($0.entry ?? ""): \($0.message)" } })
        }
        let health = HealthMonitor(store: store, config: config, model: modelInfo, sources: sources)
        let ready = ReadinessGate()

        let maxBody = config.api.maxBodyBytes
        let routes: APIServer.Routes = { router in
            HealthRoutes(health: health).register(on: router)
            RequestRoutes(pipeline: pipeline, maxBodyBytes: maxBody).register(on: router)
            ChatFacadeRoutes(pipeline: pipeline, updates: updates, sync: sync, maxBodyBytes: maxBody,
                             waitSeconds: sync == nil ? 0 : config.cloud.facadeWaitSeconds,
                             streamLease: config.cloud.requestTimeout.seconds * 10 + 60,
                             models: FacadeModels(config: config, model: model)).register(on: router)
            EmbeddingsRoutes(model: model, maxBodyBytes: maxBody).register(on: router)
            LightsRoutes(lights: lights).register(on: router)
            MetricsRoutes(registry: metrics).register(on: router)
            QueueRoutes(store: store, onRetry: { [sync] in sync?.notifyWork() }).register(on: router)
        }
        var services: [any Service] = []
        // First in, last out: the span exporter flushes after everything that makes spans has stopped.
        if let exporter = traces.service { services.append(exporter) }
        services += try APIServer.services(config: config, routes: routes, ready: ready, logger: logger)
        services.append(SystemdService(
            notifier: SystemdNotifier(environment: environment), ready: ready, health: health,
            watchdogInterval: SystemdNotifier.watchdogInterval(environment: environment), clock: ContinuousClock(), logger: logger))
        services.append(lights)
        services.append(HealthPublisher(health: health, lights: lights, ready: ready, sync: sync, store: store, vault: vault, clock: ContinuousClock(), logger: logger))
        if let sync { services.append(sync) }
        return (pipeline, health, ready, routes, services)
    }

    /// The board from `board_dir`, or — for the default `sim` outside a checkout and without an
    /// installed board directory — the built-in simulated board, so a bare `outpostd` always starts.
    static func lights(config: OutpostConfig, logger: Logger) throws -> LightsService<ContinuousClock> {
        let found: LightsService<ContinuousClock>?
        do {
            found = try LightsService.forDaemon(board: config.board, boardDirectories: config.boardDirs, stateDirectory: config.stateDir, logger: logger)
        } catch {
            guard config.board == "sim" else { throw error }
            found = nil
        }
        if let found { return found }
        let board = try Board.parse(builtinSimBoard, source: "(built-in sim board)")
        var options = LightsOptions()
        options.simStateFile = (config.stateDir as NSString).appendingPathComponent("leds.json")
        return LightsService(board: board, options: options, clock: ContinuousClock(), logger: logger)
    }

    static let builtinSimBoard = """
        name = "sim"
        description = "Simulated status/online/fault LEDs and one RGB LED (built in)"
        [leds.status]
        backend = "sim"
        [leds.online]
        backend = "sim"
        [leds.fault]
        backend = "sim"
        [leds.rgb.red]
        backend = "sim"
        [leds.rgb.green]
        backend = "sim"
        [leds.rgb.blue]
        backend = "sim"
        """

    /// Releases what the services used (after the group has stopped).
    public func shutdown() async {
        try? await httpClient?.shutdown()
    }
}
