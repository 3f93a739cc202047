public import OutpostRedaction
import OutpostSupport

/// Extra training texts for the sequence tagger, made from the corpus itself, so that it learns
/// the context of a name rather than the name: copies whose one-word names are replaced by names
/// that are also everyday words ("Grace", "Hope", "Will", "Speranza" — taken from the corpus's own
/// names that the safe-list knows as words), and copies written all in lower or upper case.
public enum TaggerAugmentation {
    public static func augment(_ examples: [SequenceTaggerTrainer.Example], safeList: SafeList, seed: UInt64) -> [SequenceTaggerTrainer.Example] {
        // the corpus's one-word names that are general words too
        var wordNames: Set<String> = []
        for ex in examples {
            let scalars = Array(ex.text.unicodeScalars)
            for r in ex.persons where r.upperBound <= scalars.count {
                let name = String(String.UnicodeScalarView(scalars[r]))
                guard !name.contains(" "), !name.contains("-"), name.unicodeScalars.count >= 3, name.first?.isUppercase == true else { continue }
                if safeList.isGeneralWord(name.lowercased()) { wordNames.insert(name.prefix(1).uppercased() + name.dropFirst().lowercased()) }
            }
        }
        let names = wordNames.sorted()
        var rng = SplitMix64(seed: seed ^ 0xA5A5)
        var out = examples
        for ex in examples {
            var base = ex
            if !names.isEmpty, rng.int(100) < 25, let swapped = withWordNames(ex, names: names, rng: &rng) {
                out.append(swapped)
                base = swapped
            }
            let r = rng.int(100)
            if r < 12, let lower = recased(base, upper: false) { out.append(lower) } else if r < 18, let upper = recased(base, upper: true) { out.append(upper) }
        }
        return out
    }

    /// `ex` with each one-word person name replaced by a word-name, its case kept; nil when it has none.
    static func withWordNames(_ ex: SequenceTaggerTrainer.Example, names: [String], rng: inout SplitMix64) -> SequenceTaggerTrainer.Example? {
        let scalars = Array(ex.text.unicodeScalars)
        let single = ex.persons.filter { r in r.upperBound <= scalars.count && !scalars[r].contains { $0 == " " || $0 == "-" || $0 == "." } && r.count >= 2 }
        guard !single.isEmpty else { return nil }
        var spans: [(Range<Int>, isPerson: Bool, replace: Bool)] = ex.persons.map { ($0, true, single.contains($0)) } + ex.places.map { ($0, false, false) }
        spans.sort { $0.0.lowerBound < $1.0.lowerBound }
        var chosen: [String: String] = [:]
        var text = String.UnicodeScalarView()
        var persons: [Range<Int>] = [], places: [Range<Int>] = []
        var pos = 0
        for (r, isPerson, replace) in spans {
            guard r.lowerBound >= pos, r.upperBound <= scalars.count else { return nil }
            text.append(contentsOf: scalars[pos..<r.lowerBound])
            let start = text.count
            if replace {
                let old = String(String.UnicodeScalarView(scalars[r]))
                let pick = chosen[old] ?? names[rng.int(names.count)]
                chosen[old] = pick
                let cased = old == old.uppercased() && old.count > 1 ? pick.uppercased() : old.first?.isLowercase == true ? pick.lowercased() : pick
                text.append(contentsOf: cased.unicodeScalars)
            } else {
                text.append(contentsOf: scalars[r])
            }
            if isPerson { persons.append(start..<text.count) } else { places.append(start..<text.count) }
            pos = r.upperBound
        }
        text.append(contentsOf: scalars[pos...])
        return .init(text: String(text), persons: persons, places: places)
    }

    /// `ex` in lower or upper case; nil when the case change would move offsets ("ß" → "SS").
    static func recased(_ ex: SequenceTaggerTrainer.Example, upper: Bool) -> SequenceTaggerTrainer.Example? {
        let t = upper ? ex.text.uppercased() : ex.text.lowercased()
        guard t.unicodeScalars.count == ex.text.unicodeScalars.count else { return nil }
        return .init(text: t, persons: ex.persons, places: ex.places)
    }
}
