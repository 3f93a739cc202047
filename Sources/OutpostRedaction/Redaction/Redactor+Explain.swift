/// One redacted identifier with the reasons it was redacted: the answer to "why did the cloud
/// see `<PERSON_3>`?" (`outpost redact explain`).
public struct Explanation: Sendable, Codable, Equatable {
    public var start: Int
    public var end: Int
    /// The original text of the span (shown on the box only; never logged).
    public var text: String
    public var type: EntityType
    public var placeholder: String
    /// The layer that decided, first, then every other finding merged into the span.
    public var evidence: [SpanEvidence]
}

extension Redactor {
    /// Redacts `text` like `redact` and says, for each span, which layer flagged it and why.
    public func explain(_ text: String, vectors: TokenVectors? = nil, map: inout PlaceholderMap) -> (result: RedactionResult, explanations: [Explanation]) {
        let spans = detect(text, vectors: vectors)
        let result = redact(text, spans: spans, map: &map)
        let scalars = Array(text.unicodeScalars)
        let explanations = zip(result.entities, spans).map { entity, span in
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[entity.start..<entity.end])
            return Explanation(start: entity.start, end: entity.end, text: String(v), type: entity.type, placeholder: entity.placeholder, evidence: span.evidence)
        }
        return (result, explanations)
    }
}
