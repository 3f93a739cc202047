public import OutpostSupport

/// A guard that lets everything through. For tests and for `outpost-hq` demos only;
/// the runtime must wire the redaction module's guard.
public struct PermissiveGuard: OutboundCheck {
    public init() {}
    public func check(_ text: String) throws {}
}

/// A guard built from a closure (tests, adapters).
public struct ClosureGuard: OutboundCheck {
    private let body: @Sendable (String) throws -> Void
    public init(_ body: @escaping @Sendable (String) throws -> Void) { self.body = body }
    public func check(_ text: String) throws { try body(text) }
}

extension OutboundCheck {
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
