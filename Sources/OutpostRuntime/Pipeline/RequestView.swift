import Foundation
import OutpostModel
import OutpostRedaction
import OutpostStore

/// A request as the API shows it: `{"id", "intent", "confidence", "keywords", "route", "status",
/// "answer"?, …}`. `answer` is re-identified on the box from the conversation's vault entries.
public struct RequestView: Codable, Sendable, Equatable {
    public var id: String
    public var conversationID: String
    public var status: String
    public var route: String
    public var reason: String
    public var intent: String?
    public var confidence: Double?
    public var inScope: Bool?
    public var keywords: [Keyword]
    public var redacted: String
    public var answer: String?
    public var reidentified: Reidentified?
    public var createdAt: String
    public var entities: [Entity]?

    public struct Reidentified: Codable, Sendable, Equatable {
        public var restored: Int
        public var unknown: Int
    }

    enum CodingKeys: String, CodingKey {
        case id, status, route, reason, intent, confidence, keywords, redacted, answer, reidentified, entities
        case conversationID = "conversation_id", inScope = "in_scope", createdAt = "created_at"
    }

    init(record: RequestRecord, vaultEntries: [String: String], entities: [Entity]? = nil) {
        id = record.id
        conversationID = record.conversationID
        status = record.status.rawValue
        route = record.route
        reason = record.reason
        intent = record.intent
        confidence = record.confidence
        inScope = record.inScope
        keywords = (try? JSONDecoder().decode([Keyword].self, from: Data(record.keywords.utf8))) ?? []
        redacted = record.redactedText
        if let answer = record.answer {
            let result = Reidentifier.reidentify(answer, map: PlaceholderMap(restoring: vaultEntries))
            self.answer = result.text
            reidentified = Reidentified(restored: result.restored, unknown: result.unknown)
        }
        createdAt = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: record.createdAt))
        self.entities = entities
    }
}
