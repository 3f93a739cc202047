/// Texts longer than the position window: run overlapping windows, each framed by
/// `[CLS]`/`[SEP]`, and keep for every token the vector from the window where it sits
/// closest to the centre (most context on both sides).
enum EncoderWindows {
    /// Token vectors (`ids.count x dim`) for any length, using `forward` on windows of at
    /// most `window` ids.
    static func run(ids: [Int32], window: Int, dim: Int, forward: ([Int32]) -> [Float]) -> [Float] {
        if ids.count <= window { return forward(ids) }
        let cls = ids[0], sep = ids[ids.count - 1]
        let inner = Array(ids[1..<(ids.count - 1)])
        let span = window - 2
        let stride = max(1, span - span / 4)
        var starts: [Int] = []
        var s = 0
        while true {
            starts.append(s)
            if s + span >= inner.count { break }
            s = min(s + stride, inner.count - span)
        }
        var out = [Float](repeating: 0, count: ids.count * dim)
        for (w, start) in starts.enumerated() {
            let end = min(start + span, inner.count)
            let vectors = forward([cls] + inner[start..<end] + [sep])
            let centre = Double(start + end) / 2
            for p in start..<end {
                // keep p from this window if no other window has it closer to its centre
                let mine = abs(Double(p) + 0.5 - centre)
                let better = starts.indices.contains { o in
                    guard o != w else { return false }
                    let os = starts[o], oe = min(os + span, inner.count)
                    guard p >= os && p < oe else { return false }
                    let d = abs(Double(p) + 0.5 - Double(os + oe) / 2)
                    return d < mine || (d == mine && o < w)
                }
                if !better {
                    let src = (p - start + 1) * dim
                    out.replaceSubrange(((p + 1) * dim)..<((p + 2) * dim), with: vectors[src..<(src + dim)])
                }
            }
            if w == 0 { out.replaceSubrange(0..<dim, with: vectors[0..<dim]) }
            if w == starts.count - 1 {
                let src = (end - start + 1) * dim
                out.replaceSubrange(((ids.count - 1) * dim)..<(ids.count * dim), with: vectors[src..<(src + dim)])
            }
        }
        return out
    }
}
