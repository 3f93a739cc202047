public import OutpostAPI

/// Why the pipeline did not accept a request; nothing was stored. The HTTP layer maps the code to a
/// status (`APIError.init(_:)`); the pipeline itself knows nothing of HTTP.
public struct PipelineError: Error, CustomStringConvertible, Sendable {
    /// The code clients see in the error body.
    public let code: APIErrorCode
    /// A message a client (or technician) can act on.
    public let message: String
    /// When a retry may succeed, in seconds (rate limiting).
    public let retryAfterSeconds: Int?

    private init(_ code: APIErrorCode, _ message: String, retryAfterSeconds: Int? = nil) {
        self.code = code
        self.message = message
        self.retryAfterSeconds = retryAfterSeconds
    }

    public var description: String { "\(code.rawValue): \(message)" }

    static func emptyText() -> PipelineError { PipelineError(.emptyText, "field 'text' is empty") }

    static func textTooLong(_ scalars: Int, limit: Int) -> PipelineError {
        PipelineError(.textTooLong, "text has \(scalars) characters; at most \(limit)")
    }

    static func invalidConversationID() -> PipelineError {
        PipelineError(.invalidConversationID, "conversation_id must be \(ConversationID.rule)")
    }

    static func rateLimited(retryAfter seconds: Int) -> PipelineError {
        PipelineError(.rateLimited, "too many requests; retry in \(seconds) s", retryAfterSeconds: seconds)
    }

    static func diskFull(_ message: String) -> PipelineError { PipelineError(.diskFull, message) }
    static func queueFull(_ message: String) -> PipelineError { PipelineError(.queueFull, message) }
    static func storeFailed(_ message: String) -> PipelineError { PipelineError(.storeFailed, message) }
}
