import Foundation
import Logging
import OutpostStore
import Synchronization

extension SyncService {
    /// Sends the escalation stored leased under `idempotencyKey` (`NewOutboxItem.leasedFor`) as a
    /// stream, calling `onDelta` with each piece of the reply's text as it arrives, and records the
    /// outcome like any send: delivered with the whole reply, or failed/dead-lettered for the sync
    /// service to retry under the same key. A consumer that throws (its client went away) stops
    /// only the forwarding: the stream is read to its end and the reply stored, so the cloud's
    /// work is neither lost nor asked for twice.
    ///
    /// Returns the reply, or nil when it was not sent now (no such leased row, the link is down, the
    /// destination is held or paced: the row is given back to the queue) or the send failed.
    public func streamLeased(idempotencyKey: String, onDelta: @escaping @Sendable (ChatDelta) async throws -> Void) async -> ChatReply? {
        guard let job = try? await source.leased(idempotencyKey: idempotencyKey) else { return nil }
        guard case .go(let cost) = admit([job], kind: .chat) else {
            await release([job])
            notifyWork()
            return nil
        }
        if let failure = attemptLimitReached(job) {
            await report(failure, for: [job])
            return nil
        }
        guard case .chat(let messages, let model, let options) = job.payload else {
            await report(Self.unreadable(job), for: [job])
            return nil
        }
        countSend()
        let span = startSpan("outpost.sync.chat", for: [job])
        let forwarding = ForwardingState()
        do {
            let reply = try await transport.streamChat(messages, model: model, options: options, idempotencyKey: job.idempotencyKey,
                                                       trace: trace(for: job, span: span)) { delta in
                guard forwarding.isOpen else { return }
                do { try await onDelta(delta) } catch { forwarding.close() }
            }
            end(span, failure: nil)
            settle(kind: .chat, cost: cost, failure: nil)
            await reportDelivered(job, receipt: .chat(reply))
            return reply
        } catch {
            end(span, failure: error)
            settle(kind: .chat, cost: cost, failure: error)
            await report(error, for: [job])
            return nil
        }
    }
}

/// Whether a stream's consumer still takes deltas.
private final class ForwardingState: Sendable {
    private let open = Mutex(true)
    var isOpen: Bool { open.withLock { $0 } }
    func close() { open.withLock { $0 = false } }
}
