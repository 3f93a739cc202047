/// The outbox as `SyncService` sees it. `OutpostStore` implements it; tests use an
/// in-memory one.
///
/// Contract:
/// - `leaseDue` returns up to `limit` jobs of `kinds` whose next-attempt time has come and that
///   are not leased, highest priority first, then oldest, and leases them for `leaseFor` (a
///   crashed sender's lease simply expires). Each destination is leased on its own, so a held
///   one does not block the other.
/// - Exactly one of `delivered`, `failed`, `deadLetter`, `release` is called per leased job,
///   unless the process dies first.
/// - `failed` counts the attempt and sets the next-attempt time `retryIn` from now; the
///   store may dead-letter instead (attempt limit, TTL) — that is its policy.
public protocol OutboxSource: Sendable {
    func leaseDue(limit: Int, leaseFor: Duration, kinds: Set<OutboxJob.Kind>) async throws -> [OutboxJob]
    func delivered(_ id: Int64, receipt: DeliveryReceipt) async throws
    func failed(_ id: Int64, failure: SyncFailure, retryIn: Duration) async throws
    func deadLetter(_ id: Int64, failure: SyncFailure) async throws
    /// Gives a leased job back without counting an attempt (not sent: offline, shutdown).
    func release(_ id: Int64) async throws
    /// The job stored already leased under `idempotencyKey` (a reply streamed to a waiting
    /// client: `SyncService.streamLeased`), or nil when there is none or it is no longer leased.
    func leased(idempotencyKey: String) async throws -> OutboxJob?
}

extension OutboxSource {
    /// A source whose rows are never stored leased.
    public func leased(idempotencyKey: String) async throws -> OutboxJob? { nil }
}
