/// Every `code` the local API answers in its error body. The wire carries the raw value; a code
/// outside this list (`http_<status>` for an unusual status) stays a plain string in ``ErrorBody``.
public enum APIErrorCode: String, Codable, Sendable, CaseIterable {
    // Transport and routing.
    case badRequest = "bad_request", notFound = "not_found", methodNotAllowed = "method_not_allowed"
    case tooLarge = "too_large", unauthorized, `internal`
    // Bodies of POST /v1/requests and /v1/chat/completions.
    case invalidJSON = "invalid_json", invalidRequest = "invalid_request", invalidUTF8 = "invalid_utf8"
    case unknownField = "unknown_field", missingText = "missing_text", invalidText = "invalid_text"
    case invalidConversationID = "invalid_conversation_id", invalidMeta = "invalid_meta", metaTooLarge = "meta_too_large"
    case emptyText = "empty_text", textTooLong = "text_too_long"
    // Chat completions and embeddings.
    case unsupportedField = "unsupported_field", unsupportedContent = "unsupported_content", unsupportedModel = "unsupported_model"
    // Query parameters and outbox actions.
    case invalidStatus = "invalid_status", invalidState = "invalid_state", invalidLimit = "invalid_limit", invalidID = "invalid_id"
    case notRetryable = "not_retryable", notDroppable = "not_droppable"
    // Refusals of the pipeline.
    case rateLimited = "rate_limited", diskFull = "disk_full", queueFull = "queue_full", storeFailed = "store_failed"
}

/// `{"error": {"code", "message"}}` — the one JSON error shape Outpost uses everywhere.
public struct ErrorBody: Codable, Sendable, Equatable {
    public struct Detail: Codable, Sendable, Equatable {
        public var code: String
        public var message: String
        public init(code: String, message: String) { self.code = code; self.message = message }
    }
    public var error: Detail
    public init(error: Detail) { self.error = error }
    public init(code: String, message: String) { self.error = Detail(code: code, message: message) }
    public init(_ code: APIErrorCode, message: String) { self.init(code: code.rawValue, message: message) }
}
