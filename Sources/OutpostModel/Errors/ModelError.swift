/// An error from loading, importing, training or running a model, with a message a
/// technician can act on (what is wrong, with which file, and what to do).
public struct ModelError: Error, CustomStringConvertible, Sendable {
    /// The kind of failure; stable strings for JSON output and scripts.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Sendable {
            case notFound = "model_not_found"
            case io = "model_io"
            case badMagic = "model_bad_magic"
            case unsupportedVersion = "model_unsupported_version"
            case truncated = "model_truncated"
            case checksumMismatch = "model_checksum_mismatch"
            case malformed = "model_malformed"
            case missingTensor = "model_missing_tensor"
            case importFailed = "model_import_failed"
            case badData = "model_bad_data"
            case trainingFailed = "model_training_failed"
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The file does not exist.
        public static let notFound = Code(.notFound)
        /// Reading or writing the file failed.
        public static let io = Code(.io)
        /// The file is not an Outpost model file.
        public static let badMagic = Code(.badMagic)
        /// The file was written by a newer (or unknown) format version.
        public static let unsupportedVersion = Code(.unsupportedVersion)
        /// The file is shorter than its header says.
        public static let truncated = Code(.truncated)
        /// The file's content does not match its checksum (corrupt copy).
        public static let checksumMismatch = Code(.checksumMismatch)
        /// The header or a tensor description is inconsistent.
        public static let malformed = Code(.malformed)
        /// A tensor the encoder needs is missing.
        public static let missingTensor = Code(.missingTensor)
        /// Importing weights (wheel, safetensors, config, vocab) failed.
        public static let importFailed = Code(.importFailed)
        /// Training or evaluation data is malformed.
        public static let badData = Code(.badData)
        /// Training could not produce a head.
        public static let trainingFailed = Code(.trainingFailed)

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
