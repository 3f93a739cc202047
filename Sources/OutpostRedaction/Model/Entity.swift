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

/// A detector's finding before placeholders are assigned.
public struct DetectedSpan: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var type: EntityType
    /// Higher wins when spans of different kinds overlap (validated patterns > context > names).
    public var priority: Int

    public init(start: Int, end: Int, type: EntityType, priority: Int = 50) {
        self.start = start
        self.end = end
        self.type = type
        self.priority = priority
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
