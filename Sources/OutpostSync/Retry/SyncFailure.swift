/// Why a send did not deliver, and whether trying again can help.
///
/// An error struct with an extensible code, a message a technician can act on, the HTTP
/// status when there was one, and the underlying cause.
public struct SyncFailure: Error, Sendable, CustomStringConvertible {
    /// Stable, machine-readable reason (`"network"`, `"server_error"`, …); used as the
    /// counter label in status and metrics.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Value: String, Sendable {
            case network, timeout, tls, serverError = "server_error", rateLimited = "rate_limited"
            case auth, rejected, invalidReply = "invalid_reply", guardRefused = "guard_refused"
            case invalidPayload = "invalid_payload", maxAttempts = "max_attempts", cancelled
        }
        private let value: Value
        private init(_ value: Value) { self.value = value }

        /// Connection refused/reset/closed, DNS failure: the cloud was not reached.
        public static let network = Code(.network)
        /// Connect or request deadline passed.
        public static let timeout = Code(.timeout)
        /// TLS handshake or certificate verification failed (pinned CA, client certificate).
        public static let tls = Code(.tls)
        /// 5xx (and 408, 409, 425): the server is there but could not take it now.
        public static let serverError = Code(.serverError)
        /// 429: slow down; `Retry-After` is honoured.
        public static let rateLimited = Code(.rateLimited)
        /// 401/403: the API key or client certificate is wrong; retried (fixing the key fixes it).
        public static let auth = Code(.auth)
        /// A 4xx that will never succeed as sent (400, 404, 405, 410, 413, 415, 422, …).
        public static let rejected = Code(.rejected)
        /// A 2xx whose body is not the expected JSON.
        public static let invalidReply = Code(.invalidReply)
        /// The outbound guard refused the body: it may contain unredacted text. Nothing was sent.
        public static let guardRefused = Code(.guardRefused)
        /// The outbox payload cannot be turned into a request (corrupt or wrong kind).
        public static let invalidPayload = Code(.invalidPayload)
        /// Gave up after the configured number of attempts.
        public static let maxAttempts = Code(.maxAttempts)
        /// The send was cancelled (shutdown); the outcome is unknown and the job is retried.
        public static let cancelled = Code(.cancelled)

        public var rawValue: String { value.rawValue }
        public var description: String { value.rawValue }
    }

    /// What to do with the job.
    public enum Disposition: Sendable, Hashable {
        /// Try again later; `retryAfter` is what the server asked for (if anything).
        case retry(retryAfter: Duration?)
        /// Never retry: move to dead-letter now.
        case deadLetter
    }

    public var code: Code
    public var message: String
    public var httpStatus: Int?
    public var retryAfter: Duration?
    public var cause: (any Error)?

    public init(code: Code, message: String, httpStatus: Int? = nil, retryAfter: Duration? = nil, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.httpStatus = httpStatus
        self.retryAfter = retryAfter
        self.cause = cause
    }

    /// Retry or dead-letter, from the code alone.
    public var disposition: Disposition {
        switch code {
        case .rejected, .invalidReply, .guardRefused, .invalidPayload, .maxAttempts: return .deadLetter
        default: return .retry(retryAfter: retryAfter)
        }
    }

    /// Whether the failure says anything about reachability: `true` for failures that
    /// mean "the cloud is not reachable or not working" (network, timeout, TLS, 5xx).
    /// A 4xx or a guard refusal proves nothing about the network.
    public var countsAgainstConnectivity: Bool {
        switch code {
        case .network, .timeout, .tls, .serverError: return true
        default: return false
        }
    }

    /// Whether a response came back at all (the cloud was reached).
    public var reachedServer: Bool { httpStatus != nil }

    public var description: String {
        var text = "\(code): \(message)"
        if let httpStatus { text += " (HTTP \(httpStatus))" }
        return text
    }
}
