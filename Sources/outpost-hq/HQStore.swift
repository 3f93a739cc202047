import OutpostSupport
import Foundation

/// hq's memory: every body received, deduplication by `Idempotency-Key`, and the counts
/// behind `/hq/stats`. Persisted as an append-only JSON-lines log (`received.jsonl` in the
/// data directory), replayed at start, so a restarted hq keeps deduplicating.
///
/// Each line: `{"seq","at_ms","kind":"chat"|"events"|"rejected","idempotency_key",
/// "traceparent","duplicate","body"}`. `body` is the chat request object, the array of
/// event records, or (for `rejected`) the raw text. Chat replies are derived from the first
/// line with a key (its `seq`, `at_ms` and body), so a repeat gets the same reply.
actor HQStore {
    struct Stats: Sendable, Hashable, Codable {
        struct Counts: Sendable, Hashable, Codable {
            var received = 0
            var unique = 0
            var duplicates = 0
        }
        /// Chat requests (escalations) — the three top-level numbers.
        var chat = Counts()
        var events = Counts()
        var rejected = 0
    }

    /// A chat request as first received under its key.
    struct FirstChat: Sendable {
        var seq: Int
        var atMilliseconds: Int64
        var request: ChatRequestWire
    }

    let logURL: URL
    private var handle: FileHandle
    private var seq = 0
    private var ledger = Ledger()

    var stats: Stats { ledger.stats }

    init(dataDirectory: String) throws {
        let directory = URL(fileURLWithPath: dataDirectory, isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        logURL = directory.appendingPathComponent("received.jsonl")
        if !FileManager.default.fileExists(atPath: logURL.path) {
            guard FileManager.default.createFile(atPath: logURL.path, contents: nil) else {
                throw HQError("cannot create \(logURL.path); check that --data points to a writable directory")
            }
        }
        handle = try FileHandle(forUpdating: logURL)
        let existing = try handle.readToEnd() ?? Data()
        var ledger = Ledger()
        var seq = 0
        for line in existing.split(separator: 0x0A) where !line.isEmpty {
            // A torn last line (hq killed mid-write) is skipped, not fatal.
            guard let entry = try? JSONDecoder().decode(LogEntry.self, from: Data(line)) else { continue }
            seq = max(seq, entry.seq)
            ledger.apply(entry)
        }
        self.ledger = ledger
        self.seq = seq
        try handle.seekToEnd()
    }

    /// Records a chat request; returns the request whose reply to send (the first one for a
    /// repeated key) and whether this was a duplicate.
    func receiveChat(_ request: ChatRequestWire, idempotencyKey: String?, traceparent: String?) throws -> (first: FirstChat, duplicate: Bool) {
        seq += 1
        let entry = LogEntry(
            seq: seq, atMilliseconds: Self.nowMilliseconds(), kind: "chat", idempotencyKey: idempotencyKey,
            traceparent: traceparent, duplicate: idempotencyKey.map { ledger.chatsByKey[$0] != nil } ?? false,
            chat: request, events: nil, raw: nil
        )
        try append(entry)
        ledger.apply(entry)
        let first = idempotencyKey.flatMap { ledger.chatsByKey[$0] } ?? FirstChat(seq: entry.seq, atMilliseconds: entry.atMilliseconds, request: request)
        return (first, entry.duplicate)
    }

    /// Records an event batch; returns (unique, duplicate) record counts.
    func receiveEvents(_ records: [JSONValue], idempotencyKey: String?, traceparent: String?) throws -> (unique: Int, duplicates: Int) {
        seq += 1
        let entry = LogEntry(
            seq: seq, atMilliseconds: Self.nowMilliseconds(), kind: "events", idempotencyKey: idempotencyKey,
            traceparent: traceparent, duplicate: false, chat: nil, events: records, raw: nil
        )
        let before = ledger.stats.events
        var check = ledger.eventKeys
        let allSeen = records.indices.allSatisfy { index in
            guard let key = Self.recordKey(records[index], batchKey: idempotencyKey, index: index) else { return false }
            return !check.insert(key).inserted
        }
        var logged = entry
        logged.duplicate = allSeen
        try append(logged)
        ledger.apply(logged)
        return (ledger.stats.events.unique - before.unique, ledger.stats.events.duplicates - before.duplicates)
    }

    /// Records a body that could not be processed (still logged: nothing received is hidden).
    func receiveRejected(_ raw: String, path: String, idempotencyKey: String?, traceparent: String?) throws {
        seq += 1
        let entry = LogEntry(
            seq: seq, atMilliseconds: Self.nowMilliseconds(), kind: "rejected", idempotencyKey: idempotencyKey,
            traceparent: traceparent, duplicate: false, chat: nil, events: nil, raw: raw, path: path
        )
        try append(entry)
        ledger.apply(entry)
    }

    /// The whole log (`GET /hq/received`).
    func receivedLog() throws -> Data {
        try Data(contentsOf: logURL)
    }

    // MARK: Internals

    /// The counts and dedup sets, rebuilt from the log at start.
    struct Ledger {
        var stats = Stats()
        var chatsByKey: [String: FirstChat] = [:]
        var eventKeys: Set<String> = []

        mutating func apply(_ entry: LogEntry) {
            switch entry.kind {
            case "chat":
                stats.chat.received += 1
                if let key = entry.idempotencyKey, chatsByKey[key] != nil {
                    stats.chat.duplicates += 1
                } else {
                    stats.chat.unique += 1
                    if let key = entry.idempotencyKey, let chat = entry.chat {
                        chatsByKey[key] = FirstChat(seq: entry.seq, atMilliseconds: entry.atMilliseconds, request: chat)
                    }
                }
            case "events":
                for (index, record) in (entry.events ?? []).enumerated() {
                    stats.events.received += 1
                    if let key = HQStore.recordKey(record, batchKey: entry.idempotencyKey, index: index), !eventKeys.insert(key).inserted {
                        stats.events.duplicates += 1
                    } else {
                        stats.events.unique += 1
                    }
                }
            default:
                stats.rejected += 1
            }
        }
    }

    /// A record is identified by its own `idempotency_key` (what `EventsClient` adds), else
    /// by its position in a keyed batch; records of an unkeyed batch are always unique.
    nonisolated static func recordKey(_ record: JSONValue, batchKey: String?, index: Int) -> String? {
        if let own = record.idempotencyKey { return "record:" + own }
        return batchKey.map { "batch:\($0)#\(index)" }
    }

    private func append(_ entry: LogEntry) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var line = try encoder.encode(entry)
        line.append(0x0A)
        // One write(2) per line: a kill leaves at most a torn last line, skipped at replay.
        try handle.write(contentsOf: line)
    }

    nonisolated static func nowMilliseconds() -> Int64 {
        Int64((Date().timeIntervalSince1970 * 1000).rounded())
    }
}

/// One line of `received.jsonl`.
struct LogEntry: Codable, Sendable {
    var seq: Int
    var atMilliseconds: Int64
    var kind: String
    var idempotencyKey: String?
    var traceparent: String?
    var duplicate: Bool
    var chat: ChatRequestWire?
    var events: [JSONValue]?
    var raw: String?
    var path: String? = nil

    enum CodingKeys: String, CodingKey {
        case seq, kind, traceparent, duplicate, raw, path
        case atMilliseconds = "at_ms"
        case idempotencyKey = "idempotency_key"
        case body
    }

    init(seq: Int, atMilliseconds: Int64, kind: String, idempotencyKey: String?, traceparent: String?, duplicate: Bool,
         chat: ChatRequestWire?, events: [JSONValue]?, raw: String?, path: String? = nil) {
        self.seq = seq
        self.atMilliseconds = atMilliseconds
        self.kind = kind
        self.idempotencyKey = idempotencyKey
        self.traceparent = traceparent
        self.duplicate = duplicate
        self.chat = chat
        self.events = events
        self.raw = raw
        self.path = path
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        seq = try container.decode(Int.self, forKey: .seq)
        atMilliseconds = try container.decode(Int64.self, forKey: .atMilliseconds)
        kind = try container.decode(String.self, forKey: .kind)
        idempotencyKey = try container.decodeIfPresent(String.self, forKey: .idempotencyKey)
        traceparent = try container.decodeIfPresent(String.self, forKey: .traceparent)
        duplicate = try container.decodeIfPresent(Bool.self, forKey: .duplicate) ?? false
        path = try container.decodeIfPresent(String.self, forKey: .path)
        switch kind {
        case "chat": chat = try container.decode(ChatRequestWire.self, forKey: .body)
        case "events": events = try container.decode([JSONValue].self, forKey: .body)
        default: raw = try container.decodeIfPresent(String.self, forKey: .body)
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(seq, forKey: .seq)
        try container.encode(atMilliseconds, forKey: .atMilliseconds)
        try container.encode(kind, forKey: .kind)
        try container.encode(idempotencyKey, forKey: .idempotencyKey)
        try container.encode(traceparent, forKey: .traceparent)
        try container.encode(duplicate, forKey: .duplicate)
        try container.encodeIfPresent(path, forKey: .path)
        if let chat { try container.encode(chat, forKey: .body) }
        if let events { try container.encode(events, forKey: .body) }
        if let raw { try container.encode(raw, forKey: .body) }
    }
}

/// An error hq reports on the command line.
struct HQError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
