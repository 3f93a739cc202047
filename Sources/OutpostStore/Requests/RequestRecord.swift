import Foundation
public import GRDB

/// Where a request stands. `answered`: a local or cloud reply is available; `queued`: waiting
/// in the outbox; `sending`: leased by the sync service; `failed`: dead-lettered; `refused`: policy
/// or limits said no; `expired`: its TTL ran out before delivery.
public enum RequestStatus: String, Sendable, Codable, CaseIterable {
    case answered, queued, sending, failed, refused, expired
}

/// One stored request. The text is stored redacted only; `answer` holds placeholders too and is
/// re-identified from the vault when read through the API.
public struct RequestRecord: Sendable, Equatable, Codable, FetchableRecord {
    public var id: String
    public var conversationID: String
    public var createdAt: Double
    public var updatedAt: Double
    public var status: RequestStatus
    public var route: String
    public var reason: String
    public var intent: String?
    public var confidence: Double?
    public var inScope: Bool?
    /// JSON array of `{"text","score"}`.
    public var keywords: String
    public var redactedText: String
    public var answer: String?
    /// JSON object of a cloud reply's other parts, placeholders and all: `{"tool_calls"?,
    /// "finish_reason"?, "usage"?}`.
    public var reply: String?
    /// JSON object given by the client.
    public var meta: String

    public init(id: String, conversationID: String, createdAt: Double, status: RequestStatus, route: String, reason: String,
                intent: String?, confidence: Double?, inScope: Bool?, keywords: String, redactedText: String, answer: String?, meta: String) {
        self.id = id
        self.conversationID = conversationID
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.status = status
        self.route = route
        self.reason = reason
        self.intent = intent
        self.confidence = confidence
        self.inScope = inScope
        self.keywords = keywords
        self.redactedText = redactedText
        self.answer = answer
        self.meta = meta
    }

    public init(row: Row) throws {
        id = row["id"]
        conversationID = row["conversation_id"]
        createdAt = row["created_at"]
        updatedAt = row["updated_at"]
        status = RequestStatus(rawValue: row["status"]) ?? .failed
        route = row["route"]
        reason = row["reason"]
        intent = row["intent"]
        confidence = row["confidence"]
        inScope = row["in_scope"]
        keywords = row["keywords"]
        redactedText = row["redacted_text"]
        answer = row["answer"]
        reply = row["reply"]
        meta = row["meta"]
    }

    func insert(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO request(id, conversation_id, created_at, updated_at, status, route, reason, intent, confidence, in_scope,
                                keywords, redacted_text, answer, meta)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, conversationID, createdAt, updatedAt, status.rawValue, route, reason, intent, confidence, inScope,
                             keywords, redactedText, answer, meta])
    }
}
