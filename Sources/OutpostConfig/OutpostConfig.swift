public import Foundation

/// Everything `outpostd` can be configured with. Every key has a default, so the daemon runs with
/// no config file at all. The TOML keys, types and defaults are listed in one place:
/// ``OutpostConfig/schema`` (see `OutpostConfig+Reader.swift`), rendered in the README.
public struct OutpostConfig: Sendable, Equatable {
    /// Where the database, vault key (by default) and LED simulation live.
    /// Default: `$STATE_DIRECTORY` under systemd, else `./var`.
    public var stateDir: String
    /// Board name (looked up in `boardDirs`) or a path to a board file. Default `sim`.
    public var board = "sim"
    /// Directories searched for `<board>.toml`. Default `./board`, then `/usr/share/outpost/board`.
    public var boardDirs = ["./board", "/usr/share/outpost/board"]
    /// `trace`, `debug`, `info`, `notice`, `warning`, `error`, `critical`. Default `info`.
    public var logLevel = "info"
    /// `auto` (journal format under systemd, text on a terminal), `journal`, `text` or `json`.
    public var logFormat = "auto"
    /// Values the reader could not map onto a typed field, by key: `validate` names them.
    var unreadValues: [String: String] = [:]

    public var api = API()
    public var model = Model()
    /// `[cloud]`: see ``CloudConfig``.
    public var cloud = CloudConfig()
    public var routing = Routing()
    public var outbox = Outbox()
    public var vault = Vault()
    public var redaction = Redaction()
    public var telemetry = Telemetry()

    public struct API: Sendable, Equatable {
        /// Unix socket path. Default `$RUNTIME_DIRECTORY/api.sock` under systemd, else `<state_dir>/api.sock`.
        public var socket: String?
        /// Optional TCP listener `HOST:PORT` (off by default); requires `token_file`.
        public var listen: String?
        /// File holding the bearer token required on the TCP listener.
        public var tokenFile: String?
        /// Largest accepted request body, bytes.
        public var maxBodyBytes = 64 * 1024
        /// Requests per minute accepted from all clients together (token bucket); 0 disables.
        public var rateLimitPerMinute = 1200
        public init() {}
    }

    public struct Model: Sendable, Equatable {
        /// Model file (as written by `outpost model train`); none: the daemon runs without understanding.
        public var path: String?
        public init() {}
    }

    public struct Routing: Sendable, Equatable {
        /// Intents answered on the box.
        public var localIntents: [String] = []
        /// Below this confidence a request goes to the cloud.
        public var minConfidence = 0.5
        /// Intents that must never be sent to the cloud (refused when not answered locally).
        public var neverCloud: [String] = []
        /// `cloud` (default) or `refuse`.
        public var outOfScope = "cloud"
        /// Local reply templates by intent: `{intent}`, `{keywords}`, `{text}` (redacted) are filled in.
        public var replies: [String: String] = [:]
        public init() {}
    }

    public struct Outbox: Sendable, Equatable {
        /// Attempts before an item is dead-lettered.
        public var maxAttempts = 12
        /// Time to live of an item, seconds (then it expires and is dead-lettered).
        public var ttlSeconds = 7.0 * 24 * 3600
        /// Cap on the bytes of pending outbox payloads.
        public var maxBytes = 256 * 1024 * 1024
        /// Free space the state directory must keep; below it new low-priority work is refused first.
        public var minFreeBytes = 64 * 1024 * 1024
        /// Backoff: first retry after about this many seconds, doubling up to `backoff_max_s`.
        public var backoffBaseSeconds = 1.0
        public var backoffMaxSeconds = 300.0
        /// The first send after start waits a random time up to this (a site powering up at once).
        public var startupDelaySeconds = 30.0
        /// Escalations per second after start and after an outage; the pace doubles while sends succeed.
        public var initialRate = 0.1
        /// Escalations per second at most.
        public var maxRate = 20.0
        public init() {}
    }

    public struct Vault: Sendable, Equatable {
        /// Key file (32 bytes, mode 0600, created on first start). `$CREDENTIALS_DIRECTORY/vault.key` wins.
        /// Default `<state_dir>/vault.key`.
        public var keyFile: String?
        /// Days a placeholder mapping is kept.
        public var retentionDays = 30.0
        public init() {}
    }

    public struct Redaction: Sendable, Equatable {
        /// Site-specific identifier patterns: `{ type = "MRN", regex = "MRN-[0-9]{8}" }`.
        public var patterns: [Pattern] = []
        /// `strict` (nothing unknown leaves: every word not known to be safe becomes a
        /// placeholder) or `balanced` (only what the detectors and name lists recognise).
        public var mode = "strict"
        /// Compiled safe-list (`scripts/safelist/build.sh`); none: `/usr/share/outpost/safelist.bin`,
        /// then `$OUTPOST_CACHE/safelist.bin`, else the built-in English list.
        public var safelist: String?
        /// Weight file of the sequence tagger (`scripts/tagger/build.sh`); none: `/usr/share/outpost/tagger.bin`,
        /// then `$OUTPOST_CACHE/tagger.bin`, else no learned layer; `"none"` turns it off.
        public var tagger: String?
        public struct Pattern: Sendable, Equatable {
            public var type: String
            public var regex: String
            public init(type: String, regex: String) { self.type = type; self.regex = regex }
        }
        public init() {}
    }

    public struct Telemetry: Sendable, Equatable {
        /// OTLP/HTTP collector for traces (`/v1/traces` appended to a bare host URL); none: tracing is off.
        public var otlpEndpoint: String?
        /// `http/protobuf` or `http/json`.
        public var otlpProtocol = "http/protobuf"
        /// Fraction of new traces recorded (a client's sampled trace is always followed).
        public var sampleRatio = 1.0
        public init() {}
    }

    /// Defaults, honouring systemd's `$STATE_DIRECTORY`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let state = environment["STATE_DIRECTORY"], !state.isEmpty {
            // systemd may list several directories separated by ':'; the first is ours.
            stateDir = String(state.split(separator: ":").first ?? Substring(state))
        } else {
            stateDir = "./var"
        }
    }
}

extension OutpostConfig {
    /// The API socket path after defaults: `[api] socket`, else `$RUNTIME_DIRECTORY/api.sock`,
    /// else `<state_dir>/api.sock`.
    public func socketPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let socket = api.socket { return socket }
        if let runtime = environment["RUNTIME_DIRECTORY"], !runtime.isEmpty {
            return String(runtime.split(separator: ":").first ?? Substring(runtime)) + "/api.sock"
        }
        return (stateDir as NSString).appendingPathComponent("api.sock")
    }
}
