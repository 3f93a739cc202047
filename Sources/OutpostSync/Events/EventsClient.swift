public import AsyncHTTPClient
import CompressNIO
import Foundation
public import Logging
import NIOCore
import NIOHTTP1
public import OutpostConfig
public import OutpostSupport

/// Sends event batches, by `CloudConfig.eventsFormat`:
/// - **OTLP/HTTP logs** (default): `POST {events_url}/v1/logs`, an `ExportLogsServiceRequest` in
///   JSON or protobuf (`OTLPLogs`), gzip-compressed unless `events_gzip = false`; a non-2xx is
///   retried only as the OTLP specification says (429/502/503/504, `Retry-After`), and a 2xx
///   with `partial_success` is not retried (the rejected count is logged).
/// - **NDJSON**: `POST {events_url}` with one event object per line, each carrying its own
///   `"idempotency_key"`.
/// Either way every record carries its outbox job's key (`outpost.event.id` in OTLP) so the
/// receiver can deduplicate per record even when a retry regroups records into a different
/// batch; the batch has an `Idempotency-Key` and `traceparent` of its own. Every string value
/// passes the `OutboundCheck` first; if it refuses, nothing is sent.
public struct EventsClient: Sendable {
    public let config: CloudConfig
    let client: HTTPClient
    let outboundGuard: any OutboundCheck
    let logger: Logger
    /// Resource attributes of OTLP exports (`service.name`, `service.instance.id`, versions).
    let resource: [(String, String)]

    /// One record of a batch.
    public struct Record: Sendable, Hashable {
        public var idempotencyKey: String
        public var event: JSONValue
        /// The request's trace (OTLP records carry its trace and span id).
        public var traceparent: String?
        public init(idempotencyKey: String, event: JSONValue, traceparent: String? = nil) {
            self.idempotencyKey = idempotencyKey
            self.event = event
            self.traceparent = traceparent
        }
    }

    /// - Parameter resource: OTLP resource attributes; `service.name` and `service.instance.id`
    ///   (the box id, else the host name) are added when missing.
    public init(config: CloudConfig, httpClient: HTTPClient, guard outboundGuard: any OutboundCheck,
                resource: [(String, String)] = [], logger: Logger = Logger(label: "outpost.sync.events")) {
        self.config = config
        self.client = httpClient
        self.outboundGuard = outboundGuard
        self.logger = logger
        self.resource = Self.resource(resource, boxID: config.boxID)
    }

    static func resource(_ given: [(String, String)], boxID: String?) -> [(String, String)] {
        var resource = given
        if !resource.contains(where: { $0.0 == "service.name" }) { resource.insert(("service.name", "outpostd"), at: 0) }
        if !resource.contains(where: { $0.0 == "service.instance.id" }) {
            resource.insert(("service.instance.id", boxID ?? ProcessInfo.processInfo.hostName), at: 1)
        }
        return resource
    }

    /// Sends one batch; returns when the receiver acknowledged it (2xx).
    public func send(_ records: [Record], batchKey: String? = nil, trace: TraceContext) async throws(SyncFailure) {
        let request = try prepare(records, batchKey: batchKey, trace: trace)
        let response = try await request.send(with: client, deadline: .now() + TimeAmount(config.requestTimeout))
        let body: ByteBuffer
        do {
            body = try await response.body.collect(upTo: config.maxReplyBytes)
        } catch {
            throw SyncFailure.transport(error, url: request.url)
        }
        if request.otlp, let partial = OTLPLogs.partialSuccess(body: Array(buffer: body), contentType: response.headers.first(name: "Content-Type")) {
            // The specification: a partial success is not retried; the rejected records are lost to the receiver.
            logger.warning("collector rejected part of an event export", metadata: [
                "outpost.sync.batch_key": "\(request.idempotencyKey)",
                "outpost.sync.rejected_records": "\(partial.rejectedLogRecords)",
                "outpost.error": "\(partial.errorMessage)",
            ])
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
        for record in records {
            guard case .object = record.event else {
                throw SyncFailure(code: .invalidPayload, message: "event \(record.idempotencyKey) is not a JSON object")
            }
            try outboundGuard.enforce(Self.freeText(of: record.event), what: "event \(record.idempotencyKey)")
        }
        var body: Data
        let contentType: String
        switch config.eventsFormat {
        case .ndjson:
            body = try Self.ndjson(records)
            contentType = "application/x-ndjson"
        case .otlpJSON, .otlpProtobuf:
            let logs = OTLPLogs(resource: resource)
            let exported = records.map { OTLPLogs.Record(eventID: $0.idempotencyKey, event: $0.event, traceparent: $0.traceparent) }
            if config.eventsFormat == .otlpJSON {
                do { body = try logs.json(exported) } catch {
                    throw SyncFailure(code: .invalidPayload, message: "cannot encode the event export: \(error)", cause: error)
                }
                contentType = "application/json"
            } else {
                body = logs.protobuf(exported)
                contentType = "application/x-protobuf"
            }
        }
        var encoding: String?
        if config.eventsGzip {
            body = try Self.gzip(body)
            encoding = "gzip"
        }
        return CloudRequest(
            url: config.eventsPostURL ?? "",
            body: body,
            contentType: contentType,
            accept: config.eventsFormat == .otlpProtobuf ? "application/x-protobuf" : "application/json",
            idempotencyKey: batchKey ?? Self.batchKey(for: records.map(\.idempotencyKey)),
            trace: trace,
            apiKey: config.apiKey,
            contentEncoding: encoding,
            otlp: config.eventsFormat.isOTLP
        )
    }

    static func ndjson(_ records: [Record]) throws(SyncFailure) -> Data {
        var body = Data()
        for record in records {
            guard case .object(var members) = record.event else { continue }
            if members["idempotency_key"] == nil { members["idempotency_key"] = .string(record.idempotencyKey) }
            do {
                body.append(try JSONValue.object(members).jsonData())
            } catch {
                throw SyncFailure(code: .invalidPayload, message: "cannot encode event \(record.idempotencyKey): \(error)", cause: error)
            }
            body.append(0x0A)
        }
        return body
    }

    static func gzip(_ data: Data) throws(SyncFailure) -> Data {
        var buffer = ByteBuffer(bytes: data)
        do {
            let compressed = try buffer.compress(with: .gzip())
            return Data(compressed.readableBytesView)
        } catch {
            throw SyncFailure(code: .invalidPayload, message: "cannot gzip the event export: \(error)", cause: error)
        }
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

    /// Top-level fields of an event whose values are the box's own labels — the intent model's
    /// label set, the route, entity type names — and not text: the guard does not read them (the
    /// label "oos" is no identifier, though a word of no dictionary).
    static let labelFields: Set<String> = ["type", "route", "intent", "entity_types"]

    /// The strings of `event` the guard checks: every one outside `labelFields`, at any depth.
    static func freeText(of event: JSONValue) -> [String] {
        guard case .object(let members) = event else { return event.allStrings }
        return members.keys.sorted().filter { !labelFields.contains($0) }.flatMap { members[$0]!.allStrings }
    }
}
