/// Incremental parser for `text/event-stream` (server-sent events): feed bytes as they
/// arrive, get the `data` payload of every complete event. Comments (`:`), `event:`, `id:`
/// and `retry:` fields are ignored; multi-line `data` is joined with `\n`.
public struct SSEParser: Sendable {
    private var line: [UInt8] = []
    private var data: [String] = []
    private var lastWasCR = false
    /// Refuse absurd lines instead of growing without bound.
    public var maxLineBytes = 1 << 20

    public init() {}

    public struct Overflow: Error {}

    /// Feeds `bytes`; returns the data payloads of the events they completed.
    public mutating func feed(_ bytes: some Sequence<UInt8>) throws -> [String] {
        var events: [String] = []
        for byte in bytes {
            if byte == 0x0A, lastWasCR {  // "\r\n": the "\r" already ended the line
                lastWasCR = false
                continue
            }
            lastWasCR = byte == 0x0D
            if byte == 0x0A || byte == 0x0D {
                if let event = endLine() { events.append(event) }
            } else {
                line.append(byte)
                if line.count > maxLineBytes { throw Overflow() }
            }
        }
        return events
    }

    /// Call at end of stream: an event not followed by a blank line is still delivered.
    public mutating func finish() -> [String] {
        var events: [String] = []
        if !line.isEmpty, let event = endLine() { events.append(event) }
        if let event = endLine() { events.append(event) }
        return events
    }

    private mutating func endLine() -> String? {
        defer { line.removeAll(keepingCapacity: true) }
        if line.isEmpty {
            guard !data.isEmpty else { return nil }
            defer { data.removeAll() }
            return data.joined(separator: "\n")
        }
        let text = String(decoding: line, as: UTF8.self)
        if text.hasPrefix("data:") {
            var value = text.dropFirst(5)
            if value.first == " " { value = value.dropFirst() }
            data.append(String(value))
        }
        return nil
    }
}
