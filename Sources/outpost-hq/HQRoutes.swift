import CompressNIO
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOFoundationEssentialsCompat
import OutpostSupport

/// The handlers behind hq's routes.
struct HQRoutes: Sendable {
    let store: HQStore
    let faults: FaultInjector
    let capacity: HQCapacity
    let traces = HQTraces()
    let maxBodyBytes: Int
    /// Pause between streamed chunks (`--token-delay-ms`); never applied to a plain reply.
    var tokenDelay: Duration = .zero
    let logger: Logger

    func register(on router: Router<BasicRequestContext>) {
        router.post("/v1/chat/completions") { request, _ in try await chat(request) }
        router.post("/v1/events") { request, _ in try await events(request) }
        router.post("/v1/logs") { request, _ in try await logs(request) }
        router.get("/hq/rate") { _, _ in
            HQResponses.json(JSONValue.object([
                "capacity": capacity.settings.capacity.map { .number($0) } ?? .null,
                "seconds": .array(capacity.seconds.map { .array([.number(Double($0.at)), .number(Double($0.arrived)), .number(Double($0.refused))]) }),
            ]))
        }
        router.get("/v1/models") { _, _ in
            HQResponses.json(JSONValue.object([
                "object": .string("list"),
                "data": .array([.object([
                    "id": .string("outpost-hq"), "object": .string("model"),
                    "created": .number(0), "owned_by": .string("outpost"),
                ])]),
            ]))
        }
        router.post("/v1/traces") { request, _ in try await receiveTraces(request) }
        router.get("/hq/traces") { _, _ in
            HQResponses.json(JSONValue.object([
                "batches": .number(Double(await traces.batches)),
                "spans": try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(await traces.spans)),
            ]))
        }
        router.get("/hq/stats") { _, _ in try await stats() }
        router.get("/hq/received") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "application/x-ndjson"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: try await store.receivedLog()))
            )
        }
        router.get("/hq/faults") { _, _ in HQResponses.json(faults.settings) }
        router.post("/hq/faults") { request, _ in
            var request = request
            let body = try await request.collectBody(upTo: 64 << 10)
            do {
                let settings = try JSONDecoder().decode(FaultSettings.self, from: Data(buffer: body))
                faults.update(settings)
                logger.notice("faults changed", metadata: ["outpost.hq.fail_rate": "\(settings.failRate)", "outpost.hq.reset_rate": "\(settings.resetRate)"])
                return HQResponses.json(settings)
            } catch {
                return HQResponses.error(.badRequest, code: "invalid_faults", message: "expected {\"fail_rate\",\"reset_rate\",\"latency_ms\",\"offline_until\"}: \(error)")
            }
        }
        router.get("/hq/health") { _, _ in HQResponses.json(JSONValue.object(["status": .string("ok")])) }
    }

    /// The request body up to `maxBodyBytes`; `nil` when it is larger (answer `tooLarge`).
    func body(of request: Request) async -> ByteBuffer? {
        var request = request
        return try? await request.collectBody(upTo: maxBodyBytes)
    }

    var tooLarge: Response {
        HQResponses.error(.contentTooLarge, code: "body_too_large", message: "request body over \(maxBodyBytes) bytes")
    }

    // MARK: Chat

    func chat(_ request: Request) async throws -> Response {
        let key = request.headers[HTTPField.Name("Idempotency-Key")!]
        let traceparent = request.headers[HTTPField.Name("traceparent")!]
        guard let raw = await body(of: request) else { return tooLarge }
        let wire: ChatRequestWire
        do {
            wire = try ChatRequestWire(json: try JSONDecoder().decode(JSONValue.self, from: Data(buffer: raw)))
        } catch {
            try await store.receiveRejected(String(buffer: raw), path: "/v1/chat/completions", idempotencyKey: key, traceparent: traceparent)
            return HQResponses.error(.badRequest, code: "invalid_request", message: "not an OpenAI chat completion request: \(error)")
        }
        let (first, duplicate) = try await store.receiveChat(wire, idempotencyKey: key, traceparent: traceparent)
        logger.info("chat received", metadata: [
            "outpost.hq.idempotency_key": "\(key ?? "-")", "outpost.hq.duplicate": "\(duplicate)",
            "outpost.hq.traceparent": "\(traceparent ?? "-")",
        ])
        // A repeat gets the first reply (same id, created, text, tool calls), delivered as this
        // request asks (streamed or not, with or without the usage chunk).
        let reply = HQReply(request: first.request, seq: first.seq, atMilliseconds: first.atMilliseconds)
        var headers: HTTPFields = [:]
        if duplicate { headers[HTTPField.Name("Idempotent-Replayed")!] = "true" }
        guard wire.stream else {
            var response = HQResponses.json(reply.completion)
            response.headers.append(contentsOf: headers)
            return response
        }
        headers[.contentType] = "text/event-stream"
        headers[.cacheControl] = "no-cache"
        return Response(status: .ok, headers: headers, body: Self.stream(reply.chunks(includeUsage: wire.includeUsage), delay: tokenDelay))
    }

    /// Server-sent events written one by one as they are made (`data: {chunk}`, then
    /// `data: [DONE]`), `delay` between chunks (`--token-delay-ms`).
    static func stream(_ chunks: [JSONValue], delay: Duration) -> ResponseBody {
        ResponseBody { writer in
            for (index, chunk) in chunks.enumerated() {
                if index > 0, delay > .zero { try await Task.sleep(for: delay) }
                var line = Data("data: ".utf8)
                line.append(try chunk.jsonData())
                line.append(contentsOf: Array("\n\n".utf8))
                try await writer.write(ByteBuffer(bytes: line))
            }
            try await writer.write(ByteBuffer(string: "data: [DONE]\n\n"))
            try await writer.finish(nil)
        }
    }

    // MARK: Traces

    func receiveTraces(_ request: Request) async throws -> Response {
        guard request.headers[.contentType]?.hasPrefix("application/json") == true else {
            return HQResponses.error(.unsupportedMediaType, code: "otlp_json_only",
                                     message: "hq reads OTLP/HTTP JSON only; set telemetry.otlp_protocol = \"http/json\"")
        }
        guard let raw = await body(of: request) else { return tooLarge }
        do {
            let count = try await traces.receive(try JSONDecoder().decode(JSONValue.self, from: Data(buffer: raw)))
            logger.debug("spans received", metadata: ["outpost.hq.spans": "\(count)"])
            return HQResponses.json(JSONValue.object([:]))
        } catch {
            return HQResponses.error(.badRequest, code: "invalid_otlp", message: "not an OTLP JSON trace export: \(error)")
        }
    }

    // MARK: Events

    func events(_ request: Request) async throws -> Response {
        let key = request.headers[HTTPField.Name("Idempotency-Key")!]
        let traceparent = request.headers[HTTPField.Name("traceparent")!]
        guard let raw = await body(of: request) else { return tooLarge }
        var records: [JSONValue] = []
        for (index, line) in Data(buffer: raw).split(separator: 0x0A).enumerated() {
            let trimmed = line.filter { $0 != 0x0D }
            if trimmed.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            guard let record = try? JSONDecoder().decode(JSONValue.self, from: Data(trimmed)), case .object = record else {
                try await store.receiveRejected(String(buffer: raw), path: "/v1/events", idempotencyKey: key, traceparent: traceparent)
                return HQResponses.error(.badRequest, code: "invalid_ndjson", message: "line \(index + 1) is not a JSON object; send one event object per line")
            }
            records.append(record)
        }
        guard !records.isEmpty else {
            return HQResponses.error(.badRequest, code: "empty_batch", message: "no events in the body; send one JSON object per line")
        }
        let (unique, duplicates) = try await store.receiveEvents(records, idempotencyKey: key, traceparent: traceparent)
        logger.info("events received", metadata: [
            "outpost.hq.idempotency_key": "\(key ?? "-")", "outpost.hq.records": "\(records.count)",
            "outpost.hq.duplicates": "\(duplicates)",
        ])
        return HQResponses.json(JSONValue.object([
            "accepted": .number(Double(records.count)),
            "unique": .number(Double(unique)),
            "duplicates": .number(Double(duplicates)),
        ]))
    }

    // MARK: OTLP logs

    /// An OTLP/HTTP logs export (JSON; `Content-Encoding: gzip` allowed): each log record becomes
    /// one event (its key-value body, plus `event_name`, the box's `service.instance.id` and, as
    /// `idempotency_key`, its `outpost.event.id`), deduplicated like NDJSON records. Answers
    /// `{"partialSuccess":{}}` as a collector does.
    func logs(_ request: Request) async throws -> Response {
        let key = request.headers[HTTPField.Name("Idempotency-Key")!]
        let traceparent = request.headers[HTTPField.Name("traceparent")!]
        guard request.headers[.contentType]?.hasPrefix("application/json") == true else {
            return HQResponses.error(.unsupportedMediaType, code: "otlp_json_only",
                                     message: "hq reads OTLP/HTTP JSON only; set cloud.events_format = \"otlp/json\"")
        }
        guard var raw = await body(of: request) else { return tooLarge }
        if request.headers[.contentEncoding]?.lowercased() == "gzip" {
            do {
                raw = try raw.decompress(with: .gzip(), maxSize: maxBodyBytes)
            } catch {
                return HQResponses.error(.badRequest, code: "invalid_gzip", message: "Content-Encoding: gzip, but the body does not inflate: \(error)")
            }
        }
        let records: [JSONValue]
        do {
            records = try HQLogs.events(fromExport: try JSONDecoder().decode(JSONValue.self, from: Data(buffer: raw)))
        } catch {
            try await store.receiveRejected(String(buffer: raw), path: "/v1/logs", idempotencyKey: key, traceparent: traceparent)
            return HQResponses.error(.badRequest, code: "invalid_otlp", message: "not an OTLP JSON logs export: \(error)")
        }
        guard !records.isEmpty else { return HQResponses.json(JSONValue.object(["partialSuccess": .object([:])])) }
        let (_, duplicates) = try await store.receiveEvents(records, idempotencyKey: key, traceparent: traceparent)
        logger.info("log records received", metadata: [
            "outpost.hq.idempotency_key": "\(key ?? "-")", "outpost.hq.records": "\(records.count)",
            "outpost.hq.duplicates": "\(duplicates)",
        ])
        return HQResponses.json(JSONValue.object(["partialSuccess": .object([:])]))
    }

    // MARK: Stats

    func stats() async throws -> Response {
        let stats = await store.stats
        let counts = faults.counts
        return HQResponses.json(JSONValue.object([
            "received": .number(Double(stats.chat.received)),
            "unique": .number(Double(stats.chat.unique)),
            "duplicates": .number(Double(stats.chat.duplicates)),
            "events": .object([
                "received": .number(Double(stats.events.received)),
                "unique": .number(Double(stats.events.unique)),
                "duplicates": .number(Double(stats.events.duplicates)),
            ]),
            "rejected": .number(Double(stats.rejected)),
            "faults": .object([
                "failed": .number(Double(counts.failed)),
                "reset": .number(Double(counts.reset)),
                "refused_offline": .number(Double(counts.refusedOffline)),
            ]),
        ]))
    }
}
