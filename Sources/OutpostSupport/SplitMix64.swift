/// SplitMix64: a tiny seedable generator for deterministic tests, training and `outpost-hq --seed`
/// jitter. Not for secrets.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.finalize(state)
    }

    /// The output function of SplitMix64 (Stafford's mix13): a good 64-bit hash finaliser on its own.
    @inline(__always) public static func finalize(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<n (0 when n < 1).
    public mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
}

extension RandomNumberGenerator {
    /// Uniform in [0, 1), from the top 53 bits of one draw.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }
}
