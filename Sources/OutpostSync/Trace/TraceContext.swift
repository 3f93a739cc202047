/// A W3C Trace Context `traceparent` (version 00): `00-<trace-id>-<parent-id>-<flags>`.
///
/// Every cloud send carries one. A request that arrived with a `traceparent` keeps its
/// trace id; each send is a new span (`child()`), so hq logs can be joined to box logs.
public struct TraceContext: Sendable, Hashable, CustomStringConvertible {
    /// 16 bytes as 32 lowercase hex digits, never all zero.
    public let traceID: String
    /// 8 bytes as 16 lowercase hex digits, never all zero.
    public let spanID: String
    /// Trace flags; bit 0 is "sampled".
    public let flags: UInt8

    /// Parses a `traceparent` header value; `nil` if it is not valid version-00 syntax.
    public init?(traceparent: String) {
        let parts = traceparent.trimmingASCIISpaces().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 4,
              parts[0].count == 2, Self.isLowerHex(parts[0]), parts[0] != "ff",
              parts[1].count == 32, Self.isLowerHex(parts[1]), !Self.isAllZero(parts[1]),
              parts[2].count == 16, Self.isLowerHex(parts[2]), !Self.isAllZero(parts[2]),
              parts[3].count == 2, Self.isLowerHex(parts[3]), let flags = UInt8(parts[3], radix: 16)
        else { return nil }
        // Version 00 has exactly four fields; later versions may append more.
        if parts[0] == "00", parts.count != 4 { return nil }
        self.traceID = String(parts[1])
        self.spanID = String(parts[2])
        self.flags = flags
    }

    /// A new root trace (sampled) from `generator`.
    public static func generate(using generator: inout some RandomNumberGenerator) -> TraceContext {
        TraceContext(
            traceID: hex(nonZero: 2, using: &generator),
            spanID: hex(nonZero: 1, using: &generator),
            flags: 0x01
        )
    }

    /// A new root trace from the system random source.
    public static func generate() -> TraceContext {
        var generator = SystemRandomNumberGenerator()
        return generate(using: &generator)
    }

    /// The same trace with a new span id (one outgoing call).
    public func child(using generator: inout some RandomNumberGenerator) -> TraceContext {
        TraceContext(traceID: traceID, spanID: Self.hex(nonZero: 1, using: &generator), flags: flags)
    }

    public func child() -> TraceContext {
        var generator = SystemRandomNumberGenerator()
        return child(using: &generator)
    }

    /// The header value.
    public var traceparent: String {
        "00-\(traceID)-\(spanID)-\(Self.hexByte(flags))"
    }

    public var description: String { traceparent }

    init(traceID: String, spanID: String, flags: UInt8) {
        self.traceID = traceID
        self.spanID = spanID
        self.flags = flags
    }

    private static func hex(nonZero words: Int, using generator: inout some RandomNumberGenerator) -> String {
        while true {
            let values = (0..<words).map { _ in generator.next() }
            if values.contains(where: { $0 != 0 }) {
                return values.map { word in
                    let digits = String(word, radix: 16)
                    return String(repeating: "0", count: 16 - digits.count) + digits
                }.joined()
            }
        }
    }

    private static func hexByte(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16)
        return digits.count == 1 ? "0" + digits : digits
    }

    private static func isLowerHex(_ text: Substring) -> Bool {
        text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    private static func isAllZero(_ text: Substring) -> Bool {
        text.utf8.allSatisfy { $0 == 48 }
    }
}

extension String {
    func trimmingASCIISpaces() -> Substring {
        var view = self[...]
        while view.first == " " || view.first == "\t" { view.removeFirst() }
        while view.last == " " || view.last == "\t" { view.removeLast() }
        return view
    }
}
