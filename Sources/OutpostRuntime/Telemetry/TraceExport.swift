import Foundation
public import Logging
import OTel
public import ServiceLifecycle
public import Tracing
public import OutpostConfig
import OutpostAPI

/// Traces exported over OTLP/HTTP (swift-otel, gRPC not built) when `telemetry.otlp_endpoint`
/// is set; otherwise a tracer that records nothing.
///
/// The tracer is handed to the pipeline and the sync service, never bootstrapped process-wide,
/// so tests can run several in one process. The standard `OTEL_*` environment variables
/// (`OTEL_EXPORTER_OTLP_HEADERS`, `OTEL_BSP_SCHEDULE_DELAY`, …) still override the file.
public enum TraceExport {
    public struct Backend: Sendable {
        public var tracer: any Tracer
        /// Exports batches and flushes them at shutdown; run it before (so it stops after) the
        /// services that make spans. `nil` when tracing is off.
        public var service: (any Service)?
    }

    public static func make(_ telemetry: OutpostConfig.Telemetry, logger: Logger) throws -> Backend {
        guard let endpoint = telemetry.otlpEndpoint else { return Backend(tracer: NoOpTracer(), service: nil) }
        var configuration = OTel.Configuration.default
        configuration.serviceName = "outpostd"
        configuration.resourceAttributes = ["service.version": OutpostVersion.string]
        configuration.logs.enabled = false
        configuration.metrics.enabled = false
        configuration.traces.enabled = true
        configuration.traces.exporter = .otlp
        configuration.traces.otlpExporter.endpoint = tracesURL(endpoint)
        configuration.traces.otlpExporter.protocol = telemetry.otlpProtocol == "http/json" ? .httpJSON : .httpProtobuf
        configuration.traces.sampler = .parentBasedTraceIDRatio(ratio: telemetry.sampleRatio) ?? .parentBasedAlwaysOn
        // Bounded: an unreachable collector must not hold up a batch (or the shutdown flush)
        // for long; spans are dropped, never the daemon's work.
        configuration.traces.otlpExporter.timeout = .seconds(5)
        configuration.traces.batchSpanProcessor.exportTimeout = .seconds(3)
        configuration.propagators = [.traceContext]
        configuration.diagnosticLogger = .custom(logger)
        configuration.diagnosticLogLevel = .warning
        do {
            let backend = try OTel.makeTracingBackend(configuration: configuration)
            // Names only: OTEL_EXPORTER_OTLP_HEADERS may hold a token.
            let overrides = ProcessInfo.processInfo.environment.keys.filter { $0.hasPrefix("OTEL_") }.sorted()
            logger.info("tracing on", metadata: [
                "outpost.telemetry.endpoint": "\(configuration.traces.otlpExporter.endpoint)",
                "outpost.telemetry.env_overrides": "\(overrides.isEmpty ? "none" : overrides.joined(separator: ","))",
            ])
            return Backend(tracer: backend.factory, service: backend.service)
        } catch {
            throw ConfigError.invalidValue("telemetry.otlp_endpoint", "tracing cannot start: \(error)")
        }
    }

    /// `http://collector:4318` → `http://collector:4318/v1/traces`; a URL with a path is used as written.
    static func tracesURL(_ endpoint: String) -> String {
        guard let url = URL(string: endpoint), url.path.isEmpty || url.path == "/" else { return endpoint }
        return endpoint.hasSuffix("/") ? endpoint + "v1/traces" : endpoint + "/v1/traces"
    }
}
