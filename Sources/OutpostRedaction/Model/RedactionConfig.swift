/// A site-specific identifier pattern from config (`[redaction] patterns`), e.g. a hospital's
/// MRN format: `{ type = "MRN", regex = "\\bH[0-9]{7}\\b" }`. Matches are redacted as `type`.
public struct CustomPattern: Sendable, Hashable, Codable {
    /// Placeholder stem, `[A-Z][A-Z0-9_]*` (a built-in kind such as "MRN" or a new one).
    public var type: String
    /// An ICU regular expression (NSRegularExpression syntax), matched case-sensitively.
    public var regex: String

    public init(type: String, regex: String) {
        self.type = type
        self.regex = regex
    }
}

/// How far the redactor goes beyond the identifiers it can name.
public enum RedactionMode: String, Sendable, Hashable, Codable, CaseIterable {
    /// Nothing unknown leaves: every word not known to be safe becomes a placeholder
    /// (`<UNKNOWN_1>` when it is neither a listed name nor a place). The hospital default.
    case strict
    /// Identifiers the detectors and name lists recognise; unknown words stay.
    case balanced
}

/// Redactor settings; every field has a default, so `RedactionConfig()` is the shipping setup.
public struct RedactionConfig: Sendable, Hashable {
    /// Site-specific patterns, applied in addition to the built-in detectors.
    public var customPatterns: [CustomPattern] = []
    /// Kinds never redacted (e.g. `[.location]` for a deployment that must keep city names).
    /// The outbound guard ignores them too. Empty by default.
    public var disabledTypes: Set<EntityType> = []
    /// `strict` (the default) or `balanced`; see `RedactionMode`.
    public var mode: RedactionMode = .strict
    /// Compiled safe-list files to try in order (the first that exists is used); nil: the
    /// default places (`SafeList.defaultPaths`). With none found the built-in English list is used.
    public var safeListPaths: [String]?
    /// Sequence-tagger weight files to try in order (the first that exists is used); nil: the
    /// default places (`SequenceTagger.defaultPaths`); empty: no learned layer. The tagger only
    /// runs with a compiled safe-list.
    public var sequenceTaggerPaths: [String]?
    /// Minimum name-tagger probability for a token to count as a name on its own.
    public var taggerThreshold: Float = 0.8
    /// Inputs longer than this (Unicode scalars) are refused by `Redactor.redactChecked`.
    public var maxChars: Int = 1 << 20

    public init(customPatterns: [CustomPattern] = [], disabledTypes: Set<EntityType> = []) {
        self.customPatterns = customPatterns
        self.disabledTypes = disabledTypes
    }
}
