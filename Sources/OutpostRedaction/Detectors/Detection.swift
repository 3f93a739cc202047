/// Shared state of one detection pass: the scanned text, the spans found so far and the
/// helpers every detector uses (token lookup, context cues).
struct Detection {
    let text: ScannedText
    var spans: [DetectedSpan] = []
    /// Token index of every scalar (-1 for whitespace).
    let tokenAt: [Int32]
    /// Scalars already claimed by a span (names never grow into them).
    var claimed: [Bool]
    /// Scalars that must survive (protected clinical terms found so far).
    var protected: [Bool]

    init(_ text: ScannedText) {
        self.text = text
        var map = [Int32](repeating: -1, count: text.scalars.count)
        for (i, t) in text.tokens.enumerated() {
            for k in t.start..<t.end { map[k] = Int32(i) }
        }
        tokenAt = map
        claimed = [Bool](repeating: false, count: text.scalars.count)
        protected = [Bool](repeating: false, count: text.scalars.count)
    }

    /// The layer and detector now running: every `add` records it as the span's evidence.
    var source = SpanEvidence(layer: .typed, detail: "")

    var scalars: [Unicode.Scalar] { text.scalars }
    var tokens: [Token] { text.tokens }

    mutating func add(_ start: Int, _ end: Int, _ type: EntityType, priority: Int, layer: RedactionLayer? = nil, evidence: String? = nil) {
        guard start < end, start >= 0, end <= text.scalars.count else { return }
        let why = SpanEvidence(layer: layer ?? source.layer, detail: evidence ?? source.detail)
        spans.append(DetectedSpan(start: start, end: end, type: type, priority: priority, evidence: [why]))
        for k in start..<end { claimed[k] = true }
    }

    /// Recomputes `claimed` after spans were dropped.
    mutating func reclaim() {
        claimed = [Bool](repeating: false, count: text.scalars.count)
        for s in spans { for k in s.start..<s.end { claimed[k] = true } }
    }

    func isClaimed(_ start: Int, _ end: Int) -> Bool {
        for k in max(0, start)..<min(end, claimed.count) where claimed[k] { return true }
        return false
    }

    func isClaimed(token i: Int) -> Bool { isClaimed(tokens[i].start, tokens[i].end) }

    /// First token index whose start is ≥ `offset`.
    func firstToken(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The kind announced by a cue word before token `i` ("MRN: 123", "member ID X"), looking
    /// back over filler words up to five tokens; nil when there is none.
    func cueType(before i: Int, maxBack: Int = 5) -> EntityType? {
        var j = i - 1
        var steps = 0
        var fallback: EntityType?
        while j >= 0, steps < maxBack {
            let w = tokens[j].lower
            if w == "." && j > 0 && ["no", "acct", "ext", "tel", "ph", "nr", "num", "mob", "tlf", "tfno", "telf", "núm", "nº"].contains(tokens[j - 1].lower) { j -= 1; steps += 1; continue }
            if [".", ";", "!", "?", "\n"].contains(w) { break }
            // "jeden Tag 4000 Schritte": a capitalised "Tag" mid-sentence is the German day, not a plate tag
            if w == "tag", tokens[j].isCapitalized, text.casing == .mixed, !text.isSentenceStart(j) { break }
            if w == "id" || w == "number" || w == "no" || w == "#" || w == "num" || w == "nr" {
                fallback = fallback ?? .id
            } else if let t = ValueCues.cue(w) {
                // "medical record", "social security", "sort code": the head word decides
                return t
            } else if !ValueCues.fillers.contains(w) && !ValueCues.isShortValueCue(w) && !(tokens[j].kind == .punct) {
                if tokens[j].kind == .number || tokens[j].kind == .alnum { break }
                if fallback != nil { break }
                break
            }
            j -= 1
            steps += 1
        }
        return fallback
    }

    /// Whether a short-value cue ("ending", "last 4") stands within three tokens before `i`.
    func hasShortValueCue(before i: Int) -> Bool {
        var j = i - 1
        var steps = 0
        while j >= 0, steps < 4 {
            if ValueCues.isShortValueCue(tokens[j].lower) { return true }
            if ValueCues.cue(tokens[j].lower) != nil { return true }
            j -= 1
            steps += 1
        }
        return false
    }

    /// Whether a measurement cue ("BP", "pain", "score") stands within two tokens before `i`.
    func hasMeasureCue(before i: Int, window: Int = 3, anyWords: Bool = false) -> Bool {
        var j = i - 1
        var steps = 0
        while j >= 0, steps < window {
            let w = tokens[j].lower
            if ClinicalTerms.measureCues.contains(w) { return true }
            if [".", ";", "!", "?"].contains(w) { return false }
            if !anyWords, tokens[j].kind != .punct && !["of", "is", "was", "at", "a", "to", "="].contains(w) { return false }
            j -= 1
            steps += 1
        }
        return false
    }

    /// Whether the token after `i` is a unit or currency ("10 mg", "450 USD").
    /// A label ("CC:", "Tel:") or a long number is no measurement: "93621 CC:", "5008718491 k" are
    /// identifiers; amounts of seven digits or more only take a currency.
    func followedByUnit(_ i: Int) -> Bool {
        guard let next = text.token(i + 1) else { return false }
        if next.kind == .punct && next.lower == "%" { return true }
        if ClinicalTerms.currencyWords.contains(next.lower) { return true }
        guard ClinicalTerms.units.contains(next.lower) else { return false }
        if let after = text.token(i + 2), after.lower == ":", text.glued(i + 2) { return false }
        let digits = tokens[i].digitCount
        if digits >= 7 { return false }
        if next.length <= 2 && digits >= 5, !["mg", "ml", "kg", "km", "mi", "lb", "ft"].contains(next.lower) { return false }
        return true
    }

    /// Whether a currency marker precedes token `i` ("$300", "EUR 980").
    func precededByCurrency(_ i: Int) -> Bool {
        guard let prev = text.token(i - 1) else { return false }
        return ClinicalTerms.currencyWords.contains(prev.lower)
    }
}
