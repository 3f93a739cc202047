import Testing
@testable import OutpostSync

@Suite struct ConnectivityTests {
    let network = SyncFailure(code: .network, message: "refused")
    let server = SyncFailure(code: .serverError, message: "503", httpStatus: 503)
    let rejected = SyncFailure(code: .rejected, message: "400", httpStatus: 400)
    let refused = SyncFailure(code: .guardRefused, message: "guard")

    func machine(threshold: Int = 2) -> Connectivity {
        Connectivity(policy: .init(failuresToOffline: threshold, probeBackoff: Backoff(base: .seconds(1), cap: .seconds(8))))
    }

    @Test func startsUnknownAndGoesOnlineOnSuccess() {
        var machine = machine()
        #expect(machine.state == .unknown)
        #expect(machine.allowance == .batch)
        #expect(machine.recordReached() == .wentOnline)
        #expect(machine.state == .online)
        #expect(machine.recordReached() == .none)
    }

    @Test func goesOfflineAfterThresholdThenProbesWithGrowingDelay() {
        var machine = machine()
        _ = machine.recordReached()
        #expect(machine.recordFailure(network) == .none)
        #expect(machine.state == .online)
        #expect(machine.recordFailure(server) == .wentOffline(probeAfter: .seconds(1)))
        #expect(machine.state == .offline)
        #expect(machine.allowance == .probeOnly)
        #expect(machine.recordFailure(network) == .probe(after: .seconds(2)))
        #expect(machine.recordFailure(network) == .probe(after: .seconds(4)))
        #expect(machine.recordFailure(network) == .probe(after: .seconds(8)))
        #expect(machine.recordFailure(network) == .probe(after: .seconds(8)))
        #expect(machine.recordReached() == .wentOnline)
        #expect(machine.allowance == .batch)
        #expect(machine.consecutiveFailures == 0)
    }

    @Test func successInBetweenResetsTheStreak() {
        var machine = machine(threshold: 3)
        _ = machine.recordFailure(network)
        _ = machine.recordFailure(network)
        _ = machine.recordReached()
        _ = machine.recordFailure(network)
        _ = machine.recordFailure(network)
        #expect(machine.state == .online)
    }

    @Test func unknownCanGoStraightOffline() {
        var machine = machine(threshold: 1)
        #expect(machine.recordFailure(network) == .wentOffline(probeAfter: .seconds(1)))
    }

    @Test func aPermanentRejectionProvesTheLinkWorks() {
        var machine = machine(threshold: 1)
        _ = machine.recordFailure(network)
        #expect(machine.state == .offline)
        #expect(machine.recordFailure(rejected) == .wentOnline)
    }

    @Test func aGuardRefusalSaysNothingAboutTheLink() {
        var machine = machine(threshold: 1)
        _ = machine.recordFailure(network)
        #expect(machine.recordFailure(refused) == .none)
        #expect(machine.state == .offline)
    }
}
