/// An identifier found once is found at every mention in the same text: "Mark in bed 12 … ask
/// Mark", "from Mobile, AL … my old clinic in Mobile", "Dr Alun Parkinson … Parkinson will call".
/// The later mention may lack the cue that found the first (a title, a state code, a form
/// field), so without this pass it would leave the box beside its own placeholder.
///
/// A mention is the span's token sequence, and for a name or place of several words each word of
/// three letters or more that is no particle, title or head word ("Hospital"). A general word
/// ("Mark", "Hope") is matched only where it is written capitalised in mixed-case text, so "on my
/// mobile" stays; protected terms and eponyms ("Parkinson's disease") stay.
enum RepeatMentions {
    static let types = Set(EntityType.builtIn).subtracting([.date, .age, .unknown])

    static func detect(_ d: inout Detection, safeList: SafeList) {
        let t = d.tokens
        guard t.count > 1 else { return }
        var keys: [[String]: EntityType] = [:]
        for s in d.spans where types.contains(s.type) {
            var k = d.firstToken(atOrAfter: s.start)
            var seq: [Int] = []
            while k < t.count, t[k].end <= s.end { seq.append(k); k += 1 }
            guard !seq.isEmpty else { continue }
            let words = seq.map { t[$0].lower }
            let alnum = seq.reduce(0) { $0 + (t[$1].kind == .punct ? 0 : t[$1].length) }
            let digits = seq.reduce(0) { $0 + t[$1].digitCount }
            if alnum >= 3, digits == 0 || digits >= 4 { keys[words] = keys[words] ?? s.type }
            guard s.type == .person || s.type == .location, seq.count > 1 else { continue }
            for i in seq where isPartKey(t[i]) { keys[[t[i].lower]] = keys[[t[i].lower]] ?? s.type }
        }
        guard !keys.isEmpty else { return }
        let lengths = Set(keys.keys.map(\.count)).sorted(by: >)
        let firstWords = Set(keys.keys.map { $0[0] })
        var i = 0
        while i < t.count {
            guard firstWords.contains(t[i].lower) else { i += 1; continue }
            var matched = false
            for n in lengths where i + n <= t.count {
                let seq = (i..<(i + n)).map { t[$0].lower }
                guard let type = keys[seq], accepts(i, n, d, safeList: safeList) else { continue }
                d.add(t[i].start, t[i + n - 1].end, type, priority: 30, layer: .names, evidence: "another mention of an identifier found in this text")
                i += n
                matched = true
                break
            }
            if !matched { i += 1 }
        }
    }

    /// A word of a multi-word name that identifies on its own.
    static func isPartKey(_ tok: Token) -> Bool {
        guard tok.kind == .alpha, tok.length >= 3 else { return false }
        let w = tok.lower
        return !RecallNet.particles.contains(w) && !Cues.titles.contains(w) && !FunctionWords.contains(w)
            && !InstitutionDetector.headsAfter.contains(w) && !InstitutionDetector.headsBefore.contains(w)
            && !InstitutionDetector.headModifiers.contains(w) && !InstitutionDetector.linking.contains(w)
            && !Cues.streetSuffixes.contains(w) && !Cues.streetTypesFirst.contains(w) && !Cues.directions.contains(w)
    }

    /// Whether tokens i..<i+n are an unclaimed mention on word boundaries that may be redacted.
    static func accepts(_ i: Int, _ n: Int, _ d: Detection, safeList: SafeList) -> Bool {
        let t = d.tokens
        let last = i + n - 1
        guard !d.isClaimed(t[i].start, t[last].end), !(t[i].start..<t[last].end).contains(where: { d.protected[$0] }) else { return false }
        // a whole token, not part of a longer glued word ("Mark" in "Mark-up" is still a mention; "Mark" in "Markham" is not a token)
        if i > 0, d.text.glued(i), t[i - 1].kind != .punct { return false }
        if last + 1 < t.count, d.text.glued(last + 1), t[last + 1].kind != .punct { return false }
        if PersonDetector.isEponym(i, d) || PersonDetector.isEponym(last, d) { return false }
        guard n == 1, t[i].kind == .alpha else { return true }
        let w = PersonDetector.stripPossessive(t[i].lower)
        if Lexicon.isProtectedWord(w) && !safeList.isName(w) { return false }
        let general = safeList.isSafe(w) || Lexicon.isEnglishWord(w) || FunctionWords.contains(w)
        guard general else { return true }
        // a general word is a mention only where it is written as a name
        return d.text.casing == .mixed && t[i].isCapitalized && !t[i].isAllCaps
    }
}
