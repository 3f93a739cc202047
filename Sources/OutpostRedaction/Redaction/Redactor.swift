import Foundation

/// Finds identifiers and replaces them with typed, numbered placeholders.
///
/// ```swift
/// let redactor = try Redactor(config: RedactionConfig())
/// var map = PlaceholderMap()          // persisted per conversation by the vault
/// let r = redactor.redact("Patient John Okafor, MRN 00482913", map: &map)
/// // r.redacted == "Patient <PERSON_1>, MRN <MRN_1>"
/// ```
public struct Redactor: Sendable {
    public let config: RedactionConfig
    let tagger: (any NameTagger)?
    let custom: CustomPatternDetector

    /// Compiles the site patterns; throws `RedactionError.invalidPattern` / `.invalidType`.
    /// The default tagger is the shipped one for the MiniLM-L6 encoder; it only votes when
    /// `redact` gets token vectors of its dimension (384), otherwise it stays silent.
    public init(config: RedactionConfig = RedactionConfig(), tagger: (any NameTagger)? = LinearNameTagger.shipped) throws {
        self.config = config
        self.tagger = tagger
        self.custom = try CustomPatternDetector(config.customPatterns)
    }

    /// The identifier spans in `text`, merged so that none overlap, in order.
    /// Offsets are Unicode scalar indices.
    public func detect(_ text: String, vectors: TokenVectors? = nil) -> [DetectedSpan] {
        let scanned = ScannedText(text)
        var d = Detection(scanned)
        custom.detect(text, &d)
        NetworkDetector.detect(&d)
        CodeDetector.ibans(&d)
        NumberDetector.detect(&d)
        DateDetector.detect(&d)
        CodeDetector.codes(&d)
        CodeDetector.cueValues(&d)
        AddressDetector.detect(&d)
        var scores: [Float]?
        if let tagger, let vectors {
            scores = scanned.wordScores(tagger.personProbabilities(vectors), ranges: vectors.tokenRanges)
        }
        PersonDetector.detect(&d, taggerScores: scores, threshold: config.taggerThreshold)
        let spans = d.spans.filter { !config.disabledTypes.contains($0.type) }
        return Self.merge(spans, scalars: scanned.scalars)
    }

    /// Redacts `text`, assigning placeholders from (and recording them in) `map`.
    public func redact(_ text: String, vectors: TokenVectors? = nil, map: inout PlaceholderMap) -> RedactionResult {
        let spans = detect(text, vectors: vectors)
        guard !spans.isEmpty else { return RedactionResult(redacted: text, entities: []) }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var entities: [Entity] = []
        var pos = 0
        for span in spans {
            out.append(contentsOf: scalars[pos..<span.start])
            var original = String.UnicodeScalarView()
            original.append(contentsOf: scalars[span.start..<span.end])
            let placeholder = map.placeholder(for: String(original), type: span.type)
            out.append(contentsOf: placeholder.unicodeScalars)
            entities.append(Entity(start: span.start, end: span.end, type: span.type, placeholder: placeholder))
            pos = span.end
        }
        out.append(contentsOf: scalars[pos...])
        return RedactionResult(redacted: String(out), entities: entities)
    }

    /// `redact` with the size limit of the config enforced.
    public func redactChecked(_ text: String, vectors: TokenVectors? = nil, map: inout PlaceholderMap) throws -> RedactionResult {
        let n = text.unicodeScalars.count
        guard n <= config.maxChars else { throw RedactionError.inputTooLarge(scalars: n, limit: config.maxChars) }
        return redact(text, vectors: vectors, map: &map)
    }

    /// Unions overlapping or touching-by-glue spans; the highest priority (then longest) names the type.
    /// Spans are trimmed to start and end on an alphanumeric scalar; PERSON spans end before a
    /// possessive "'s" / "’s".
    static func merge(_ spans: [DetectedSpan], scalars: [Unicode.Scalar]) -> [DetectedSpan] {
        var trimmed: [DetectedSpan] = []
        for var s in spans {
            if s.priority == 99 { trimmed.append(s); continue }  // literal placeholders keep their brackets
            while s.start < s.end, !CharClass.isAlnum(scalars[s.start]) && !(s.type == .phone && (scalars[s.start] == "+" || scalars[s.start] == "(")) { s.start += 1 }
            while s.end > s.start, !CharClass.isAlnum(scalars[s.end - 1]) && scalars[s.end - 1] != ")" && scalars[s.end - 1] != "/" { s.end -= 1 }
            if s.end > s.start, scalars[s.end - 1] == ")" && s.type != .phone && s.type != .url { s.end -= 1 }
            // a possessive stays in the text ("<PERSON_1>'s"), so a repeat mention maps to the same placeholder
            if s.type == .person, s.end - s.start > 2, scalars[s.end - 1] == "s" || scalars[s.end - 1] == "S",
               scalars[s.end - 2] == "'" || scalars[s.end - 2] == "\u{2019}" { s.end -= 2 }
            if s.start < s.end { trimmed.append(s) }
        }
        trimmed.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var out: [DetectedSpan] = []
        for s in trimmed {
            if var last = out.last, s.start < last.end {
                let better = s.priority > last.priority || (s.priority == last.priority && s.length > last.length)
                if better { last.type = s.type; last.priority = s.priority }
                last.end = max(last.end, s.end)
                out[out.count - 1] = last
            } else {
                out.append(s)
            }
        }
        return out
    }
}
