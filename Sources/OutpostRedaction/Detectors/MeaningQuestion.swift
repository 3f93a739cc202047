/// The word a text asks the meaning of is vocabulary, not an identifier: "what does rizz mean",
/// "qué significa la palabra 'chévere'", "Was bedeutet 'Feierabend'?", "Hva betyr 'koselig'?". Slang,
/// loanwords and rare words are exactly what the safe-list does not know, so without this the cloud
/// is asked what `<UNKNOWN_1>` means. Marked protected before the name layers run.
enum MeaningQuestion {
    /// Words that make a sentence a question about a word's meaning, in the box's languages.
    static let meaningWords: Set<String> = [
        "mean", "means", "meaning", "slang", "word", "significa", "significado", "signifie", "veut", "bedeutet", "bedeutung", "heißt",
        "betekent", "betekenis", "vuol", "znaczy", "oznacza", "betyr", "betyder", "betyda", "tarkoittaa", "znamená", "palabra", "wort",
        "woord", "mot", "parola", "palavra", "słowo", "ordet", "sana", "slovo", "expression", "expresión", "ausdruck", "uitdrukking",
    ]
    static let quotes: Set<String> = ["'", "\"", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "«", "»", "\u{201E}", "\u{201A}", "‹", "›"]

    static func protect(_ d: inout Detection) {
        let t = d.tokens
        guard t.count >= 3, t.contains(where: { meaningWords.contains($0.lower) }) else { return }
        func mark(_ a: Int, _ b: Int) { for s in t[a].start..<t[b].end { d.protected[s] = true } }
        // the quoted word or phrase of up to three words: "la palabra 'chévere'", "« avoir le seum »"
        var i = 0
        while i < t.count {
            defer { i += 1 }
            guard quotes.contains(t[i].lower), i + 2 < t.count else { continue }
            var e = i + 1
            while e < t.count, e <= i + 4, !quotes.contains(t[e].lower), t[e].isWord || t[e].lower == "-" { e += 1 }
            guard e < t.count, e > i + 1, quotes.contains(t[e].lower), !FieldDetector.lineBreakBefore(e, d) else { continue }
            mark(i + 1, e - 1)
            i = e
        }
        // "what does rizz mean", "whats sus mean", "what does no cap mean exactly"
        for k in t.indices where t[k].lower == "mean" && k >= 2 {
            for s in stride(from: k - 1, through: max(1, k - 3), by: -1) {
                let before = t[s - 1].lower
                let framed = ["does", "do", "did"].contains(before) && s >= 2 && ["what", "wat"].contains(t[s - 2].lower)
                    || ["whats", "what's", "what\u{2019}s"].contains(before)
                // "what does Dr Okafor mean by this": a person who means something
                let byPerson = (s..<k).contains { Cues.titles.contains(t[$0].lower) } || k + 1 < t.count && ["by", "with", "when"].contains(t[k + 1].lower)
                if framed, !byPerson, (s..<k).allSatisfy({ t[$0].isWord }) { mark(s, k - 1); break }
            }
        }
    }
}
