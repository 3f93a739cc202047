/// An error from keyword tools (evaluation data, input lines), with a message a technician can act on.
public struct KeywordError: Error, CustomStringConvertible, Sendable {
    /// The kind of failure; stable strings for JSON output and scripts.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Sendable {
            case notFound = "keywords_data_not_found"
            case io = "keywords_io"
            case badData = "keywords_bad_data"
            case badInput = "keywords_bad_input"
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The data file does not exist.
        public static let notFound = Code(.notFound)
        /// Reading the data file failed.
        public static let io = Code(.io)
        /// A line of an evaluation data file is malformed.
        public static let badData = Code(.badData)
        /// One input line (of a stream) is malformed; the stream goes on.
        public static let badInput = Code(.badInput)

        public var description: String { base.rawValue }
    }

    public let code: Code
    public let message: String
    /// The underlying error, when another layer failed first.
    public let cause: (any Error & Sendable)?

    public init(_ code: Code, _ message: String, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    public var description: String {
        if let cause { return "\(message) (\(cause))" }
        return message
    }
}
