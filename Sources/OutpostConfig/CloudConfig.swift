/// Where and how the box talks to the cloud: `[cloud]` of `outpost.toml`, and what the transports
/// need beyond it (the API key once read, connection timeouts).
///
/// The one cloud configuration: the file fills it, the sync service sends with it, `outpost doctor`
/// probes with it; tests build it directly. Defaults are the daemon's: no cloud (offline).
public struct CloudConfig: Sendable, Hashable {
    /// OpenAI-compatible base URL including `/v1`, e.g. `http://127.0.0.1:8088/v1`
    /// (`{baseURL}/chat/completions` is the chat endpoint). None: stay offline.
    public var baseURL: String?
    /// Where events go. With an OTLP format, an OpenTelemetry Collector's OTLP/HTTP base URL
    /// (`/v1/logs` is appended unless the path already ends in it); with `ndjson`, the full URL of
    /// an NDJSON ingest. None: events are not sent.
    public var eventsURL: String?
    /// How events are encoded: `cloud.events_format`.
    public var eventsFormat: EventsFormat = .otlpJSON
    /// Events go gzip-compressed (`Content-Encoding: gzip`).
    public var eventsGzip = true
    /// This box's name at the cloud (`service.instance.id` of its events); default: the host name.
    public var boxID: String?
    /// Model name sent in chat requests.
    public var model = "outpost-cloud"
    /// File holding the API key (`$CREDENTIALS_DIRECTORY/cloud-api-key` is used first when present).
    public var apiKeyFile: String?
    /// The bearer token (`Authorization: Bearer …`) read at start (``OutpostConfig/cloudAPIKey(environment:)``);
    /// `nil` sends no Authorization header. Never in the file itself.
    public var apiKey: String?
    /// Whole-request deadline for a non-streaming call (send, wait, read the reply): `cloud.timeout_s`.
    public var requestTimeout: Duration = .seconds(30)
    /// Time allowed to open a TCP (and TLS) connection.
    public var connectTimeout: Duration = .seconds(5)
    /// Longest silence allowed between two chunks of a streaming reply.
    public var streamIdleTimeout: Duration = .seconds(30)
    /// Largest reply body read into memory.
    public var maxReplyBytes: Int = 4 << 20
    /// TLS settings (used for `https` URLs).
    public var tls = TLS()
    /// How long the OpenAI-compatible facade waits for the cloud before answering "queued", seconds.
    public var facadeWaitSeconds = 10.0

    /// The encodings of `eventsURL`.
    public enum EventsFormat: String, Sendable, Hashable, CaseIterable {
        /// OTLP/HTTP logs, JSON body (`application/json`).
        case otlpJSON = "otlp/json"
        /// OTLP/HTTP logs, binary protobuf (`application/x-protobuf`).
        case otlpProtobuf = "otlp/protobuf"
        /// One event object per line (`application/x-ndjson`), for an ingest of our own.
        case ndjson

        public var isOTLP: Bool { self != .ndjson }
    }

    /// The URL events are posted to: `eventsURL`, with `/v1/logs` appended for OTLP unless there.
    public var eventsPostURL: String? {
        guard let eventsURL else { return nil }
        guard eventsFormat.isOTLP else { return eventsURL }
        let base = eventsURL.hasSuffix("/") ? String(eventsURL.dropLast()) : eventsURL
        return base.hasSuffix("/v1/logs") ? base : base + "/v1/logs"
    }

    /// TLS: an optional pinned CA and an optional client certificate.
    public struct TLS: Sendable, Hashable {
        /// PEM file of the only CA(s) to trust; `nil` uses the system trust store.
        public var caFile: String?
        /// PEM client certificate chain for mutual TLS (requires `clientKeyFile`).
        public var clientCertificateFile: String?
        /// PEM private key of the client certificate.
        public var clientKeyFile: String?

        public init(caFile: String? = nil, clientCertificateFile: String? = nil, clientKeyFile: String? = nil) {
            self.caFile = caFile
            self.clientCertificateFile = clientCertificateFile
            self.clientKeyFile = clientKeyFile
        }
    }

    public init() {}

    /// Convenience: everything pointed at one server root such as `http://127.0.0.1:8787`
    /// (chat at `{root}/v1/chat/completions`, events as OTLP logs at `{root}/v1/logs`).
    public init(serverRoot: String, apiKey: String? = nil) {
        let root = serverRoot.hasSuffix("/") ? String(serverRoot.dropLast()) : serverRoot
        self.baseURL = root + "/v1"
        self.eventsURL = root
        self.apiKey = apiKey
    }

    /// `{baseURL}/chat/completions`, tolerant of a trailing slash on `baseURL`.
    public var chatCompletionsURL: String {
        let base = baseURL ?? ""
        return (base.hasSuffix("/") ? String(base.dropLast()) : base) + "/chat/completions"
    }
}
