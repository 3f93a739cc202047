import Foundation
import OutpostSupport
import Testing
@testable import OutpostSync

@Suite struct TraceContextTests {
    @Test(arguments: [
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00",
        " 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01 ",
    ])
    func parsesValid(header: String) throws {
        let trace = try #require(TraceContext(traceparent: header))
        #expect(trace.traceID == "4bf92f3577b34da6a3ce929d0e0e4736")
        #expect(trace.spanID == "00f067aa0ba902b7")
        #expect(trace.traceparent == header.trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: [
        "",
        "garbage",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7",         // three fields
        "00-00000000000000000000000000000000-00f067aa0ba902b7-01",      // zero trace id
        "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",      // zero span id
        "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",      // upper case
        "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",      // forbidden version
        "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01",       // short trace id
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra", // v00 with extra field
        "0-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
    ])
    func rejectsInvalid(header: String) {
        #expect(TraceContext(traceparent: header) == nil)
    }

    @Test func generatedIsValidAndChildKeepsTrace() throws {
        var random = SeededRandom(seed: 3)
        let root = TraceContext.generate(using: &random)
        #expect(TraceContext(traceparent: root.traceparent) == root)
        #expect(root.traceparent.count == 55)
        let child = root.child(using: &random)
        #expect(child.traceID == root.traceID)
        #expect(child.spanID != root.spanID)
        #expect(TraceContext(traceparent: child.traceparent) == child)
    }

    @Test func zeroRandomStillGivesNonZeroIDs() {
        struct Zeros: RandomNumberGenerator {
            var calls = 0
            mutating func next() -> UInt64 { calls += 1; return calls > 3 ? 1 : 0 }
        }
        var zeros = Zeros()
        let trace = TraceContext.generate(using: &zeros)
        #expect(TraceContext(traceparent: trace.traceparent) != nil)
    }
}
