/// A repeating on/off pattern for one LED, as a list of timed segments.
///
/// The level at any moment is a pure function of the time elapsed since the pattern
/// began (`isOn(after:)`), so a blink loop computes the phase from absolute time: it
/// never drifts over hours and a late tick shows the current phase instead of replaying
/// a backlog.
public struct BlinkPattern: Sendable, Hashable, Codable, CustomStringConvertible {
    /// One stretch of the cycle.
    public struct Segment: Sendable, Hashable, Codable {
        public var on: Bool
        public var milliseconds: Int
        public init(on: Bool, milliseconds: Int) {
            self.on = on
            self.milliseconds = milliseconds
        }
    }

    /// A short stable name for logs, JSON and the docs table (`solid`, `blink-500-500`, …).
    public var name: String
    /// The cycle; empty or single-segment patterns are steady.
    public var segments: [Segment]

    public init(name: String, segments: [Segment]) {
        self.name = name
        self.segments = segments.filter { $0.milliseconds > 0 }
    }

    /// Always off.
    public static let off = BlinkPattern(name: "off", segments: [])
    /// Always on.
    public static let solid = BlinkPattern(name: "solid", segments: [Segment(on: true, milliseconds: 1000)])

    /// A regular blink: `on` ms lit, `off` ms dark.
    public static func blink(on: Int, off: Int) -> BlinkPattern {
        BlinkPattern(name: "blink-\(on)-\(off)", segments: [Segment(on: true, milliseconds: on), Segment(on: false, milliseconds: off)])
    }

    /// `count` short flashes then a pause: a code a technician can count (1 = disk, …).
    public static func flashes(_ count: Int, on: Int = 200, off: Int = 300, pause: Int = 1500) -> BlinkPattern {
        var segments: [Segment] = []
        for i in 0..<max(count, 1) {
            segments.append(Segment(on: true, milliseconds: on))
            segments.append(Segment(on: false, milliseconds: i == count - 1 ? pause : off))
        }
        return BlinkPattern(name: "flash-\(count)", segments: segments)
    }

    /// Length of one cycle in milliseconds (0 for steady patterns).
    public var periodMilliseconds: Int { segments.count < 2 ? 0 : segments.reduce(0) { $0 + $1.milliseconds } }

    /// True when the level never changes.
    public var isSteady: Bool { periodMilliseconds == 0 || Set(segments.map(\.on)).count < 2 }

    /// The steady level, or the level at the start of the cycle.
    public var initialLevel: Bool { segments.first?.on ?? false }

    /// A plain on/off blink that a kernel `timer` trigger can run by itself.
    public var timerDelays: (on: Int, off: Int)? {
        guard segments.count == 2, segments[0].on, !segments[1].on else { return nil }
        return (segments[0].milliseconds, segments[1].milliseconds)
    }

    /// The level `elapsed` after the pattern began, and how long until it next changes
    /// (nil when it never does).
    public func level(after elapsed: Duration) -> (on: Bool, changesIn: Duration?) {
        if isSteady { return (initialLevel, nil) }
        let period = Int64(periodMilliseconds)
        let ms = max(Int64(0), elapsed.milliseconds)
        var phase = ms % period
        let intoPhaseRemainder = elapsed - .milliseconds(ms)  // sub-millisecond part
        for segment in segments {
            let length = Int64(segment.milliseconds)
            if phase < length {
                return (segment.on, .milliseconds(length - phase) - intoPhaseRemainder)
            }
            phase -= length
        }
        return (initialLevel, nil)  // unreachable: phase < period
    }

    /// Convenience: the level only.
    public func isOn(after elapsed: Duration) -> Bool { level(after: elapsed).on }

    public var description: String { name }
}

extension Duration {
    /// Whole milliseconds (floor for positive durations).
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
