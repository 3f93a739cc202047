import Foundation
import OutpostAPI
import OutpostRedaction
import OutpostStore

extension RequestView {
    /// The API's view of a stored request; `answer` is re-identified from the conversation's vault entries.
    init(record: RequestRecord, vaultEntries: [String: String], entities: [OutpostRedaction.Entity]? = nil) {
        var answer: String?
        var reidentified: Reidentified?
        let map = PlaceholderMap(restoring: vaultEntries)
        let reply = StoredReply(json: record.reply)
        if let stored = record.answer {
            let result = Reidentifier.reidentify(stored, map: map)
            answer = result.text
            reidentified = Reidentified(restored: result.restored, unknown: result.unknown)
        }
        self.init(
            id: record.id, conversationID: record.conversationID, status: record.status.rawValue, route: record.route,
            reason: record.reason, intent: record.intent, confidence: record.confidence, inScope: record.inScope,
            keywords: (try? JSONDecoder().decode([Keyword].self, from: Data(record.keywords.utf8))) ?? [],
            redacted: record.redactedText, answer: answer, reidentified: reidentified,
            createdAt: ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: record.createdAt)),
            entities: entities?.map { Entity(start: $0.start, end: $0.end, type: $0.type.rawValue, placeholder: $0.placeholder) })
        toolCalls = reply?.toolCallViews(map: map)
        finishReason = reply?.finishReason
        usage = reply?.usage
    }
}
