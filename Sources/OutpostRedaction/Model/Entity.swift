/// One redacted identifier: where it was in the input (Unicode scalar offsets, half-open, as
/// Python string indices count), its kind and the placeholder that replaced it.
public struct Entity: Hashable, Sendable, Codable {
    public var start: Int
    public var end: Int
    public var type: EntityType
    public var placeholder: String

    public init(start: Int, end: Int, type: EntityType, placeholder: String) {
        self.start = start
        self.end = end
        self.type = type
        self.placeholder = placeholder
    }
}

/// Which layer of the redactor flagged a span (`outpost redact explain`).
public enum RedactionLayer: String, Hashable, Sendable, Codable, CaseIterable {
    /// A site pattern from `[redaction] patterns`.
    case sitePattern = "site-pattern"
    /// Typed detectors: shapes, checksums and cue words (phones, dates, cards, addresses, …).
    case typed
    /// The name and place layer: name lists, case, context cues, the token tagger.
    case names
    /// The safe-list recall net: a word not known to be safe.
    case safeList = "safe-list"
}

/// Why one span was flagged: the layer and its evidence in words.
public struct SpanEvidence: Hashable, Sendable, Codable {
    public var layer: RedactionLayer
    public var detail: String

    public init(layer: RedactionLayer, detail: String) {
        self.layer = layer
        self.detail = detail
    }
}

/// A detector's finding before placeholders are assigned.
struct DetectedSpan: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var type: EntityType
    /// Higher wins when spans of different kinds overlap (validated patterns > context > names).
    public var priority: Int
    /// Every finding merged into this span, the winning one first.
    public var evidence: [SpanEvidence]

    public init(start: Int, end: Int, type: EntityType, priority: Int = 50, evidence: [SpanEvidence] = []) {
        self.start = start
        self.end = end
        self.type = type
        self.priority = priority
        self.evidence = evidence
    }

    public var length: Int { end - start }
}

/// The outcome of one `Redactor.redact` call.
public struct RedactionResult: Sendable, Codable, Equatable {
    /// The input with every identifier replaced by its placeholder.
    public var redacted: String
    /// The replaced identifiers, in input order.
    public var entities: [Entity]

    public init(redacted: String, entities: [Entity]) {
        self.redacted = redacted
        self.entities = entities
    }
}
