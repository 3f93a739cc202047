/// An error from the store, with a message a technician can act on.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    private enum Code: String, Sendable {
        case cannotCreateDirectory = "store_directory"
        case cannotOpen = "store_open"
        case quarantineFailed = "store_quarantine"
        case notFound = "not_found"
        case diskFull = "disk_full"
        case vault = "vault"
        case unknownOutboxValue = "outbox_unknown_value"
    }

    private let code: Code
    /// What went wrong and what to do about it.
    public let message: String
    /// The underlying error, when there is one.
    public let underlying: (any Error & Sendable)?

    private init(_ code: Code, _ message: String, underlying: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.underlying = underlying
    }

    /// A stable machine-readable code (used in JSON error bodies).
    public var codeName: String { code.rawValue }

    public var description: String {
        if let underlying { return "\(message) (\(underlying))" }
        return message
    }

    /// A row written by a newer version (or by hand) whose kind or state this version does not know.
    public static func unknownOutboxValue(id: Int64, kind: String, state: String) -> StoreError {
        StoreError(.unknownOutboxValue, "outbox row \(id) has kind \"\(kind)\" and state \"\(state)\", which this version of outpost does not know: was the database written by a newer outpostd? Run that version again (the row is left as it is)")
    }

    public static func cannotCreateDirectory(_ path: String, _ error: any Error & Sendable) -> StoreError {
        StoreError(.cannotCreateDirectory, "cannot create state directory \(path): check that the daemon's user may write there (StateDirectory= under systemd)", underlying: error)
    }

    public static func cannotOpen(_ path: String, _ error: any Error & Sendable) -> StoreError {
        StoreError(.cannotOpen, "cannot open database \(path): check permissions and free space of the state directory", underlying: error)
    }

    public static func quarantineFailed(_ path: String, _ error: any Error & Sendable) -> StoreError {
        StoreError(.quarantineFailed, "database \(path) is corrupt and could not be moved aside: move it away by hand and restart", underlying: error)
    }

    public static func notFound(_ what: String) -> StoreError {
        StoreError(.notFound, "\(what) not found")
    }

    public static func diskFull(_ message: String) -> StoreError {
        StoreError(.diskFull, message)
    }

    public static func vault(_ message: String, underlying: (any Error & Sendable)? = nil) -> StoreError {
        StoreError(.vault, message, underlying: underlying)
    }

    public static func ~= (lhs: StoreError, rhs: any Error) -> Bool {
        (rhs as? StoreError)?.code == lhs.code
    }
}
