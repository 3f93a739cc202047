/// Where and how the box talks to the cloud.
///
/// A `Sendable` struct of defaulted `var`s: the runtime fills it from `[cloud]` in the
/// configuration file (and the API key from `$CREDENTIALS_DIRECTORY/cloud-api-key` or
/// `api_key_file`); tests build it directly.
public struct CloudConfig: Sendable, Hashable {
    /// OpenAI-compatible base URL, including `/v1` as OpenAI SDKs expect
    /// (`{baseURL}/chat/completions` is the chat endpoint).
    public var baseURL: String = "http://127.0.0.1:8787/v1"
    /// Full URL that receives NDJSON event batches.
    public var eventsURL: String = "http://127.0.0.1:8787/v1/events"
    /// Model name sent in chat requests.
    public var model: String = "outpost-hq"
    /// Bearer token (`Authorization: Bearer …`); `nil` sends no Authorization header.
    public var apiKey: String? = nil

    /// Time allowed to open a TCP (and TLS) connection.
    public var connectTimeout: Duration = .seconds(5)
    /// Whole-request deadline for a non-streaming call (send, wait, read the reply).
    public var requestTimeout: Duration = .seconds(30)
    /// Longest silence allowed between two chunks of a streaming reply.
    public var streamIdleTimeout: Duration = .seconds(30)
    /// Largest reply body read into memory.
    public var maxReplyBytes: Int = 4 << 20

    /// TLS settings (used for `https` URLs).
    public var tls: TLS = TLS()

    /// TLS: an optional pinned CA and an optional client certificate.
    public struct TLS: Sendable, Hashable {
        /// PEM file of the only CA(s) to trust; `nil` uses the system trust store.
        public var caFile: String? = nil
        /// PEM client certificate chain for mutual TLS (requires `clientKeyFile`).
        public var clientCertificateFile: String? = nil
        /// PEM private key of the client certificate.
        public var clientKeyFile: String? = nil

        public init(caFile: String? = nil, clientCertificateFile: String? = nil, clientKeyFile: String? = nil) {
            self.caFile = caFile
            self.clientCertificateFile = clientCertificateFile
            self.clientKeyFile = clientKeyFile
        }
    }

    public init() {}

    /// Convenience: everything pointed at one server root such as `http://127.0.0.1:8787`
    /// (chat at `{root}/v1/chat/completions`, events at `{root}/v1/events`).
    public init(serverRoot: String, apiKey: String? = nil) {
        let root = serverRoot.hasSuffix("/") ? String(serverRoot.dropLast()) : serverRoot
        self.baseURL = root + "/v1"
        self.eventsURL = root + "/v1/events"
        self.apiKey = apiKey
    }

    /// `{baseURL}/chat/completions`, tolerant of a trailing slash on `baseURL`.
    public var chatCompletionsURL: String {
        (baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL) + "/chat/completions"
    }
}
