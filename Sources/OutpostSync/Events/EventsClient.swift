public import AsyncHTTPClient
import Foundation
public import Logging
import NIOCore
public import OutpostConfig
public import OutpostSupport

/// NDJSON ingest: `POST {events_url}` with one event object per line,
/// `Content-Type: application/x-ndjson`, the batch's `Idempotency-Key` and `traceparent`.
///
/// Each line also carries its own `"idempotency_key"` (the outbox job's key) so the
/// receiver can deduplicate per record even when a retry regroups records into a
/// different batch (the batch key then differs). Every string value passes the
/// `OutboundCheck` first; if it refuses, nothing is sent.
public struct EventsClient: Sendable {
    public let config: CloudConfig
    let client: HTTPClient
    let outboundGuard: any OutboundCheck
    let logger: Logger

    /// One record of a batch.
    public struct Record: Sendable, Hashable {
        public var idempotencyKey: String
        public var event: JSONValue
        public init(idempotencyKey: String, event: JSONValue) {
            self.idempotencyKey = idempotencyKey
            self.event = event
        }
    }

    public init(config: CloudConfig, httpClient: HTTPClient, guard outboundGuard: any OutboundCheck, logger: Logger = Logger(label: "outpost.sync.events")) {
        self.config = config
        self.client = httpClient
        self.outboundGuard = outboundGuard
        self.logger = logger
    }

    /// Sends one batch; returns when the receiver acknowledged it (2xx).
    public func send(_ records: [Record], batchKey: String? = nil, trace: TraceContext) async throws(SyncFailure) {
        let request = try prepare(records, batchKey: batchKey, trace: trace)
        let response = try await request.send(with: client, deadline: .now() + TimeAmount(config.requestTimeout))
        do {
            _ = try await response.body.collect(upTo: config.maxReplyBytes)
        } catch {
            throw SyncFailure.transport(error, url: request.url)
        }
        logger.debug("event batch delivered", metadata: [
            "outpost.sync.batch_key": "\(request.idempotencyKey)",
            "outpost.sync.records": "\(records.count)",
        ])
    }

    func prepare(_ records: [Record], batchKey: String?, trace: TraceContext) throws(SyncFailure) -> CloudRequest {
        guard !records.isEmpty else {
            throw SyncFailure(code: .invalidPayload, message: "event batch is empty")
        }
        var body = Data()
        for record in records {
            guard case .object(var members) = record.event else {
                throw SyncFailure(code: .invalidPayload, message: "event \(record.idempotencyKey) is not a JSON object")
            }
            try outboundGuard.enforce(record.event.allStrings, what: "event \(record.idempotencyKey)")
            if members["idempotency_key"] == nil { members["idempotency_key"] = .string(record.idempotencyKey) }
            do {
                body.append(try JSONValue.object(members).jsonData())
            } catch {
                throw SyncFailure(code: .invalidPayload, message: "cannot encode event \(record.idempotencyKey): \(error)", cause: error)
            }
            body.append(0x0A)
        }
        return CloudRequest(
            url: config.eventsURL ?? "",
            body: body,
            contentType: "application/x-ndjson",
            accept: "application/json",
            idempotencyKey: batchKey ?? Self.batchKey(for: records.map(\.idempotencyKey)),
            trace: trace,
            apiKey: config.apiKey
        )
    }

    /// A batch key that is the same whenever the same records are sent again: the record
    /// key for a batch of one, otherwise a 64-bit FNV-1a digest of the sorted record keys.
    public static func batchKey(for keys: [String]) -> String {
        if keys.count == 1 { return keys[0] }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for key in keys.sorted() {
            for byte in key.utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
            hash ^= 0x0A
            hash &*= 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return "batch-\(keys.count)-" + String(repeating: "0", count: 16 - digits.count) + digits
    }
}
