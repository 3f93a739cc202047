/// Re-chunks streamed reply text so that no chunk ends inside a placeholder.
///
/// A cloud model streams tokens, and `<PERSON_1>` may arrive as `<PER` + `SON_1>`. The
/// runtime re-identifies each chunk before forwarding it; this buffer holds back a tail that
/// could still become a placeholder (a `<` followed only by `A-Z`, `0-9`, `_`) until it is
/// closed by `>` or proven not to be one, so the re-identifier always sees whole tokens.
///
/// ```swift
/// var buffer = PlaceholderStreamBuffer()
/// for delta in deltas { forward(reidentify(buffer.push(delta.content))) }
/// forward(reidentify(buffer.finish()))
/// ```
public struct PlaceholderStreamBuffer: Sendable {
    private var pending = ""
    /// Longest tail held back; a longer "<…" run is released as plain text.
    public var maxHold = 64

    public init() {}

    /// Appends `text`; returns what is safe to emit now (possibly empty).
    public mutating func push(_ text: String) -> String {
        pending += text
        guard let start = openPlaceholderStart() else {
            defer { pending = "" }
            return pending
        }
        let ready = String(pending[..<start])
        pending = String(pending[start...])
        return ready
    }

    /// End of stream: everything still held.
    public mutating func finish() -> String {
        defer { pending = "" }
        return pending
    }

    /// Start of a trailing `<…` that could still turn into a placeholder, if any.
    private func openPlaceholderStart() -> String.Index? {
        guard let open = pending.lastIndex(of: "<") else { return nil }
        let tail = pending[pending.index(after: open)...]
        guard tail.unicodeScalars.count < maxHold else { return nil }
        let couldBePlaceholder = tail.unicodeScalars.allSatisfy {
            ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
        }
        return couldBePlaceholder ? open : nil
    }
}
