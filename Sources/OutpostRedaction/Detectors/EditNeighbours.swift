/// The strings one typing slip away from a lower-case ASCII word — a dropped letter, two letters
/// swapped, a neighbouring key hit instead, a letter doubled or undoubled — probed without building
/// `String`s; also a vowel for another vowel, sound-alike letters (c/s/k/z, i/y) and the dropped g of
/// "-ing". About 12n probes for an n-letter word (a full edit-distance-1 set is ~54n, and each
/// probe of a Bloom filter is a chance of a false positive).
enum EditNeighbours {
    /// QWERTY neighbours of each letter a…z.
    static let adjacent: [[UInt8]] = [
        "qwsz", "vghn", "xdfv", "serfcx", "wsdr", "drtgvc", "ftyhbv", "gyujnb", "ujko", "huikmn", "jiolm", "kop",
        "njk", "bhjm", "iklp", "ol", "wa", "edft", "awedxz", "rfgy", "yhji", "cfgb", "qase", "zsdc", "tghu", "asx",
    ].map { Array($0.utf8) }

    static func anySafe(_ w: [UInt8], _ isSafe: ([UInt8]) -> Bool) -> Bool {
        var buf = w
        // deletions (also undoubling "appointtment")
        for i in w.indices where i == 0 || w[i] != w[i - 1] {
            buf = w
            buf.remove(at: i)
            if isSafe(buf) { return true }
        }
        // transpositions
        for i in 0..<(w.count - 1) where w[i] != w[i + 1] {
            buf = w
            buf.swapAt(i, i + 1)
            if isSafe(buf) { return true }
        }
        // a neighbouring key instead of the right one
        buf = w
        for i in w.indices {
            for c in adjacent[Int(w[i] - 97)] {
                buf[i] = c
                if isSafe(buf) { return true }
            }
            buf[i] = w[i]
        }
        // a vowel for another ("affirmitive") and the sound-alike letters ("celcius", "analize")
        let vowels: [UInt8] = [97, 101, 105, 111, 117]
        let alike: [UInt8: [UInt8]] = [99: [115, 107], 115: [99, 122], 107: [99], 122: [115], 121: [105], 105: [121]]
        for i in w.indices {
            let options = vowels.contains(w[i]) ? vowels : alike[w[i]] ?? []
            for c in options where c != w[i] {
                buf[i] = c
                if isSafe(buf) { return true }
            }
            buf[i] = w[i]
        }
        // "doin", "somethin": the dropped g of -ing
        if w.count >= 4, w[w.count - 2] == 105, w[w.count - 1] == 110, isSafe(w + [103]) { return true }
        // a dropped letter: a doubled one ("apointment") or a neighbour of the letters around it
        for i in 0...w.count {
            var candidates: Set<UInt8> = []
            candidates.formUnion([97, 101, 105, 111, 117])  // a dropped vowel: "reschedle"
            if i > 0 { candidates.insert(w[i - 1]); candidates.formUnion(adjacent[Int(w[i - 1] - 97)]) }
            if i < w.count { candidates.insert(w[i]); candidates.formUnion(adjacent[Int(w[i] - 97)]) }
            for c in candidates {
                buf = w
                buf.insert(c, at: i)
                if isSafe(buf) { return true }
            }
        }
        return false
    }
}
