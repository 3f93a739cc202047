/// The one check every byte of text bound for the cloud passes.
///
/// The redaction module supplies the real implementation (it refuses text the redactor has
/// not produced, e.g. text in which a detector still finds an identifier); the runtime
/// wires it into `ChatClient` and `EventsClient`. When `check` throws, nothing is sent and
/// the job is dead-lettered with reason `guard_refused` (retrying cannot change the text).
///
/// What is checked:
/// - chat: the `content` of every message (the only free text in the body; the rest is
///   schema we build: model name, roles, flags);
/// - events: every string value of every event record, at any depth (keys are schema).
///   Send times as numbers (unix milliseconds), not date strings, so that a date detector
///   in the guard does not refuse them.
public protocol OutboundGuard: Sendable {
    func check(_ text: String) throws
}

/// A guard that lets everything through. For tests and for `outpost-hq` demos only;
/// the runtime must wire the redaction module's guard.
public struct PermissiveGuard: OutboundGuard {
    public init() {}
    public func check(_ text: String) throws {}
}

/// A guard built from a closure (tests, adapters).
public struct ClosureGuard: OutboundGuard {
    private let body: @Sendable (String) throws -> Void
    public init(_ body: @escaping @Sendable (String) throws -> Void) { self.body = body }
    public func check(_ text: String) throws { try body(text) }
}

extension OutboundGuard {
    /// Runs the guard over `texts`; a refusal becomes a `guard_refused` failure.
    func enforce(_ texts: [String], what: String) throws(SyncFailure) {
        for text in texts {
            do {
                try check(text)
            } catch {
                throw SyncFailure(
                    code: .guardRefused,
                    message: "outbound guard refused the \(what): it may contain unredacted text; nothing was sent",
                    cause: error
                )
            }
        }
    }
}
