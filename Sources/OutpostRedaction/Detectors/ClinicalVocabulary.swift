/// Drug names and brands of the compiled safe-list's `clinical` section ("Marcumar", "Sintrom",
/// "Eutirox", "co-amoxiclav"; scripts/safelist/compile.py, from drug-named-entity-recognition) are
/// clinical terms: marked protected before the name layers run, so neither the name lists, the
/// tagger nor the joins take a capitalised brand in a note about a patient for a name. Not after a
/// title ("Dr. Sintrom" is a person).
enum ClinicalVocabulary {
    static func protect(_ d: inout Detection, safeList: SafeList) {
        guard safeList.hasClinical else { return }
        let t = d.tokens
        var i = 0
        while i < t.count {
            defer { i += 1 }
            guard t[i].kind == .alpha, t[i].length >= 2, !d.isClaimed(token: i) else { continue }
            // a hyphenated form is looked up whole: "co-amoxiclav", "amoxicillin-clavulanate"
            var end = i
            while end + 2 < t.count, t[end + 1].lower == "-", d.text.glued(end + 1), d.text.glued(end + 2), t[end + 2].kind == .alpha { end += 2 }
            let whole = (i...end).map { t[$0].lower }.joined()
            let hit = end > i && safeList.isClinical(whole) ? end : safeList.isClinical(PersonDetector.stripPossessive(t[i].lower)) ? i : nil
            guard let last = hit, !PersonDetector.afterTitle(i, d) else { continue }
            for s in t[i].start..<t[last].end { d.protected[s] = true }
            i = last
        }
    }
}
