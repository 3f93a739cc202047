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
    /// The vocabulary of the recall net and the gazetteers of the name layer.
    public let safeList: SafeList
    /// Layer 2, the learned name and place tagger (nil without its weight file or a compiled safe-list).
    public let sequenceTagger: SequenceTagger?

    /// Compiles the site patterns; throws `RedactionError.invalidPattern` / `.invalidType`.
    /// The default tagger is the shipped one for the MiniLM-L6 encoder; it only votes when
    /// `redact` gets token vectors of its dimension (384), otherwise it stays silent.
    /// `safeList` nil: the first file of `config.safeListPaths` (or `SafeList.defaultPaths`)
    /// that exists, else the built-in list; an existing file that cannot be read throws
    /// `redaction.safelist_unreadable`.
    public init(config: RedactionConfig = RedactionConfig(), tagger: (any NameTagger)? = LinearNameTagger.shipped, safeList: SafeList? = nil) throws {
        self.config = config
        self.tagger = tagger
        self.custom = try CustomPatternDetector(config.customPatterns)
        let list = try safeList ?? SafeList.firstAvailable(config.safeListPaths ?? SafeList.defaultPaths)
        self.safeList = list
        self.sequenceTagger = list.safe == nil ? nil : try SequenceTagger.firstAvailable(config.sequenceTaggerPaths ?? SequenceTagger.defaultPaths)
    }

    /// The identifier spans in `text`, merged so that none overlap, in order.
    /// Offsets are Unicode scalar indices.
    func detect(_ text: String, vectors: TokenVectors? = nil) -> [DetectedSpan] {
        let scanned = ScannedText(text)
        var d = Detection(scanned)
        typedLayer(text, &d)
        protectVocabulary(&d)
        var scores: [Float]?
        if let tagger, let vectors {
            scores = scanned.wordScores(tagger.personProbabilities(vectors), ranges: vectors.tokenRanges)
        }
        d.source = SpanEvidence(layer: .names, detail: scores == nil ? "name lists, case and context cues" : "name lists, case, context cues and the token tagger")
        PersonDetector.detect(&d, taggerScores: scores, threshold: config.taggerThreshold, safeList: safeList)
        sequenceTagger?.detect(&d, safeList: safeList)
        AddressedNameDetector.detect(&d)
        PersonDetector.particleTails(&d)
        let personal = PlaceFilter.apply(&d, safeList: safeList)
        WordPlaceDetector.detect(&d, safeList: safeList, personal: personal)
        RecallNet.detect(&d, safeList: safeList, scope: config.mode == .strict ? .all : .namesOnly, personal: personal)
        d.source = SpanEvidence(layer: .typed, detail: "an age over 89 next to a person")
        DateDetector.agesNearNames(&d)
        RepeatMentions.detect(&d, safeList: safeList)
        let spans = d.spans.filter { !config.disabledTypes.contains($0.type) }
        return Self.merge(spans, scalars: scanned.scalars)
    }

    /// Words that are vocabulary whatever the name layers would read in them — drug names and brands,
    /// the word a text asks the meaning of — marked protected after layer 1, for the redactor and
    /// the outbound guard alike.
    func protectVocabulary(_ d: inout Detection) {
        ClinicalVocabulary.protect(&d, safeList: safeList)
        MeaningQuestion.protect(&d)
    }

    /// Layer 1: site patterns and the typed detectors (shapes, checksums, cue words).
    func typedLayer(_ text: String, _ d: inout Detection, forGuard: Bool = false) {
        d.source = SpanEvidence(layer: .sitePattern, detail: "a site pattern from [redaction] patterns")
        custom.detect(text, &d)
        // spelled-out addresses first: their local part reaches over number words and "underscore"
        d.source = SpanEvidence(layer: .typed, detail: "written in words")
        SpelledDetector.emails(&d)
        d.source = SpanEvidence(layer: .typed, detail: "e-mail, URL, IP or MAC address shape")
        NetworkDetector.detect(&d)
        d.source = SpanEvidence(layer: .typed, detail: "a file name with a name or number in it")
        FileNameDetector.detect(&d, safeList: safeList)
        d.source = SpanEvidence(layer: .typed, detail: "written in words")
        SpelledDetector.phones(&d)
        SpelledDetector.spelledNames(&d)
        d.source = SpanEvidence(layer: .typed, detail: "IBAN with a valid mod-97 check")
        CodeDetector.ibans(&d)
        d.source = SpanEvidence(layer: .typed, detail: "digit groups typed by shape, checksum and cue word")
        NumberDetector.detect(&d)
        NumberDetector.cuedPhoneRuns(&d)
        d.source = SpanEvidence(layer: .typed, detail: "a date or an age over 89")
        DateDetector.detect(&d)
        SpelledDetector.wordDates(&d)
        SpelledDetector.spelledAges(&d)
        DateDetector.contextDates(&d)
        d.source = SpanEvidence(layer: .typed, detail: "a postcode or licence-plate shape")
        RegionalCodeDetector.detect(&d)
        d.source = SpanEvidence(layer: .typed, detail: "a code of letters and digits")
        CodeDetector.codes(&d)
        d.source = SpanEvidence(layer: .typed, detail: "a value after a cue word (MRN, member ID, plate, …)")
        CodeDetector.cueValues(&d)
        // the layout rules read any value of a name field as a name: context, not a shape, so the guard skips them
        if forGuard {
            FieldDetector.protectCredentials(&d)
        } else {
            d.source = SpanEvidence(layer: .typed, detail: "a form field, signature or dictation tag")
            FieldDetector.detect(&d)
        }
        d.source = SpanEvidence(layer: .typed, detail: "street address, postcode or place after a cue")
        AddressDetector.detect(&d)
        d.source = SpanEvidence(layer: .typed, detail: "a hospital or clinic named by its place or founder")
        InstitutionDetector.detect(&d)
    }

    /// What the outbound guard looks for in already-redacted text: the typed detectors, the name
    /// lists and the recall net over the whole payload with its placeholders masked — in strict
    /// mode every remaining word must be in the safe-list, a check that does not depend on the
    /// name layer having seen the name. The layout rules (form fields, signatures) are left out:
    /// after redaction their values are placeholders.
    func guardFindings(_ masked: String) -> [DetectedSpan] {
        var d = Detection(ScannedText(masked))
        typedLayer(masked, &d, forGuard: true)
        protectVocabulary(&d)
        d.source = SpanEvidence(layer: .names, detail: "name lists, case and context cues")
        PersonDetector.detect(&d, taggerScores: nil, threshold: config.taggerThreshold, safeList: safeList)
        let personal = PlaceFilter.apply(&d, safeList: safeList)
        WordPlaceDetector.detect(&d, safeList: safeList, personal: personal)
        RecallNet.detect(&d, safeList: safeList, scope: config.mode == .strict ? .all : .namesOnly, personal: personal)
        return d.spans.filter { !config.disabledTypes.contains($0.type) }
    }

    /// Redacts `text`, assigning placeholders from (and recording them in) `map`.
    public func redact(_ text: String, vectors: TokenVectors? = nil, map: inout PlaceholderMap) -> RedactionResult {
        redact(text, spans: detect(text, vectors: vectors), map: &map)
    }

    /// Replaces the merged `spans` of `text` by placeholders from `map`.
    func redact(_ text: String, spans: [DetectedSpan], map: inout PlaceholderMap) -> RedactionResult {
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
                if better {
                    last.type = s.type
                    last.priority = s.priority
                    last.evidence = s.evidence + last.evidence.filter { !s.evidence.contains($0) }
                } else {
                    last.evidence += s.evidence.filter { !last.evidence.contains($0) }
                }
                last.end = max(last.end, s.end)
                out[out.count - 1] = last
            } else {
                out.append(s)
            }
        }
        return joinNameParts(out, scalars: scalars)
    }

    /// One placeholder per name: PERSON spans with only a space, hyphen, apostrophe or an
    /// initial's dot between them ("Jae-won Park", "Jane Q. Doe") become one span.
    static func joinNameParts(_ spans: [DetectedSpan], scalars: [Unicode.Scalar]) -> [DetectedSpan] {
        var out: [DetectedSpan] = []
        for s in spans {
            if var last = out.last, last.type == .person, s.type == .person, s.start - last.end <= 2, s.start > last.end,
               scalars[last.end..<s.start].allSatisfy({ $0 == " " || $0 == "-" || $0 == "'" || $0 == "\u{2019}" || $0 == "." }),
               scalars[last.end..<s.start].contains(where: { $0 != "." }) || s.start - last.end == 1 {
                last.end = s.end
                last.priority = max(last.priority, s.priority)
                last.evidence += s.evidence.filter { !last.evidence.contains($0) }
                out[out.count - 1] = last
            } else {
                out.append(s)
            }
        }
        return out
    }
}
