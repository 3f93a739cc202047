import OutpostTesting
import Testing
@testable import OutpostLights

typealias Machine = LightsStateMachine<ManualClock.Instant>

private let t0 = ManualClock.Instant(offset: .zero)
private func at(_ ms: Int64) -> ManualClock.Instant { ManualClock.Instant(offset: .milliseconds(ms)) }
private let allRoles: [LEDRole] = [.status, .online, .fault, .rgbRed, .rgbGreen, .rgbBlue]

@Suite struct StateMachineTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var state: LightsState
        var status: String, online: String, fault: String
        var rgb: Set<LEDRole>
        var testDescription: String { state.rawValue }
    }

    static let table: [Row] = [
        Row(state: .booting, status: "blink-500-500", online: "off", fault: "off", rgb: [.rgbBlue]),
        Row(state: .online, status: "solid", online: "solid", fault: "off", rgb: [.rgbGreen]),
        Row(state: .offline, status: "solid", online: "off", fault: "off", rgb: [.rgbRed, .rgbGreen]),
        Row(state: .offlineQueued, status: "solid", online: "blink-500-500", fault: "off", rgb: [.rgbRed, .rgbGreen]),
        Row(state: .syncing, status: "solid", online: "blink-100-100", fault: "off", rgb: [.rgbGreen, .rgbBlue]),
        Row(state: .degradedDisk, status: "solid", online: "solid", fault: "flash-1", rgb: [.rgbRed]),
        Row(state: .degradedDB, status: "solid", online: "solid", fault: "flash-2", rgb: [.rgbRed]),
        Row(state: .degradedModel, status: "solid", online: "solid", fault: "flash-3", rgb: [.rgbRed]),
        Row(state: .fatal, status: "off", online: "off", fault: "solid", rgb: [.rgbRed]),
    ]

    @Test(arguments: table)
    func everyHealthStateHasItsPatterns(_ row: Row) {
        var m = Machine(roles: allRoles, now: t0)
        let frame = m.update(.showing(row.state), now: at(10))
        #expect(frame.state == row.state)
        #expect(frame.leds[.status]?.pattern.name == row.status)
        #expect(frame.leds[.online]?.pattern.name == row.online)
        #expect(frame.leds[.fault]?.pattern.name == row.fault)
        for channel in [LEDRole.rgbRed, .rgbGreen, .rgbBlue] {
            #expect((frame.leds[channel]?.pattern != .off) == row.rgb.contains(channel), "\(channel)")
        }
    }

    @Test func tableCoversEveryOverridableState() {
        #expect(Set(Self.table.map(\.state)) == Set(LightsState.overridable))
    }

    @Test func healthPriority() {
        var h = LightsHealth(booting: true, online: false, queueDepth: 3, syncing: true, degraded: [.model, .db], fatal: nil)
        #expect(h.state == .degradedDB)
        h.degraded = []
        #expect(h.state == .booting)
        h.booting = false
        #expect(h.state == .syncing)
        h.syncing = false
        #expect(h.state == .offlineQueued)
        h.queueDepth = 0
        #expect(h.state == .offline)
        h.online = true
        #expect(h.state == .online)
        h.fatal = "db corrupt"
        h.degraded = [.disk]
        #expect(h.state == .fatal)
    }

    @Test func degradedShowsConnectivityOnTheOnlineLED() {
        var m = Machine(roles: allRoles, now: t0)
        let f = m.update(LightsHealth(booting: false, online: false, queueDepth: 5, degraded: [.disk]), now: at(0))
        #expect(f.state == .degradedDisk)
        #expect(f.leds[.online]?.pattern == LightsPatterns.queued)
    }

    @Test func blinkPhaseComesFromAbsoluteTimeWithoutDrift() {
        var m = Machine(roles: [.status], now: t0)  // booting: 500 on / 500 off from t0
        // Ten hours and 250 ms later: mid "on"; 750 ms: mid "off". No accumulated error.
        let tenHours: Int64 = 10 * 3600 * 1000
        #expect(m.tick(now: at(tenHours + 250)).leds[.status]?.on == true)
        #expect(m.tick(now: at(tenHours + 750)).leds[.status]?.on == false)
        #expect(m.tick(now: at(tenHours + 750)).leds[.status]?.nextChange == at(tenHours + 1000))
    }

    @Test func lateTickShowsCurrentPhaseNotBacklog() {
        var m = Machine(roles: [.online], now: t0)
        _ = m.update(.showing(.syncing), now: at(1000))  // 100/100 from t=1000
        // A tick 12_345 ms late: phase 12_345 % 200 = 145 → off, next edge at +55 ms.
        let f = m.tick(now: at(1000 + 12_345))
        #expect(f.leds[.online]?.on == false)
        #expect(f.leds[.online]?.nextChange == at(1000 + 12_400))
    }

    @Test func patternRestartsOnlyWhenItChanges() {
        var m = Machine(roles: [.status, .online], now: t0)
        _ = m.update(.showing(.offlineQueued), now: at(100))
        let since = m.tick(now: at(300)).leds[.online]?.since
        // Queue depth changes but the pattern does not: phase keeps its origin.
        _ = m.update(LightsHealth(booting: false, online: false, queueDepth: 9), now: at(700))
        #expect(m.tick(now: at(800)).leds[.online]?.since == since)
        _ = m.update(.showing(.online), now: at(900))
        #expect(m.tick(now: at(900)).leds[.online]?.since == at(900))
    }

    @Test func transitionsFollowHealth() {
        var m = Machine(roles: allRoles, now: t0)
        #expect(m.state == .booting)
        var h = LightsHealth(booting: false, online: true)
        #expect(m.update(h, now: at(1)).state == .online)
        h.online = false; h.queueDepth = 2
        #expect(m.update(h, now: at(2)).state == .offlineQueued)
        h.online = true; h.syncing = true
        #expect(m.update(h, now: at(3)).state == .syncing)
        h.syncing = false; h.queueDepth = 0
        #expect(m.update(h, now: at(4)).state == .online)
        h.fatal = "disk gone"
        let f = m.update(h, now: at(5))
        #expect(f.state == .fatal)
        #expect(f.leds[.fault]?.on == true)
        #expect(f.leds[.status]?.on == false)
    }

    @Test func identifyTimesOutByItself() {
        var m = Machine(roles: allRoles, now: t0)
        _ = m.update(.showing(.online), now: at(0))
        let f = m.identify(for: .seconds(5), now: at(1000))
        #expect(f.state == .identify)
        #expect(f.nextChange == at(1150))
        // All LEDs in step: same pattern, same origin, same level.
        #expect(Set(f.leds.values.map(\.on)) == [true])
        #expect(m.tick(now: at(1200)).leds.values.allSatisfy { !$0.on })
        #expect(m.tick(now: at(5999)).state == .identify)
        let after = m.tick(now: at(6000))
        #expect(after.state == .online)
        #expect(after.leds[.online]?.on == true)
    }

    @Test func identifyZeroCancels() {
        var m = Machine(roles: [.status], now: t0)
        _ = m.identify(for: .seconds(60), now: at(0))
        #expect(m.identify(for: .zero, now: at(10)).state == .booting)
    }

    @Test func testWalksEveryLEDOnceInOrder() {
        let roles: [LEDRole] = [.status, .online, .fault]
        var m = Machine(roles: roles, now: t0)
        _ = m.update(.showing(.online), now: at(0))
        _ = m.startTest(now: at(1000))
        for (i, role) in roles.enumerated() {
            let f = m.tick(now: at(1000 + Int64(i) * 500 + 250))
            #expect(f.state == .test)
            #expect(f.leds.filter(\.value.on).map(\.key) == [role])
        }
        #expect(m.tick(now: at(2500)).state == .online)
    }

    @Test func overrideForcesAStateUntilCleared() {
        var m = Machine(roles: allRoles, now: t0)
        _ = m.update(.showing(.online), now: at(0))
        #expect(m.setOverride(.degradedModel, now: at(1)).state == .degradedModel)
        #expect(m.update(.showing(.offline), now: at(2)).state == .degradedModel)
        #expect(m.setOverride(nil, now: at(3)).state == .offline)
        #expect(m.setOverride(.identify, now: at(4)).state == .offline)  // not a health state: ignored
    }

    @Test func shutdownTurnsEverythingOff() {
        var m = Machine(roles: allRoles, now: t0)
        _ = m.update(.showing(.fatal), now: at(0))
        let f = m.shutdown(now: at(1))
        #expect(f.state == .off)
        #expect(f.leds.values.allSatisfy { !$0.on })
        #expect(f.nextChange == nil)
    }

    @Test(arguments: [(1, 1700), (2, 2200), (3, 2700)])
    func flashCodesCanBeCounted(_ count: Int, _ period: Int) {
        let p = BlinkPattern.flashes(count)
        #expect(p.periodMilliseconds == period)
        var edges = 0
        var last = false
        for ms in stride(from: 0, to: period, by: 10) {
            let on = p.isOn(after: .milliseconds(ms))
            if on && !last { edges += 1 }
            last = on
        }
        #expect(edges == count)
        #expect(p.timerDelays == nil || count == 1)
    }

    @Test func steadyPatternsNeverWake() {
        #expect(BlinkPattern.solid.level(after: .seconds(99)).changesIn == nil)
        #expect(BlinkPattern.off.level(after: .seconds(99)) == (false, nil))
        #expect(BlinkPattern.blink(on: 100, off: 100).timerDelays! == (100, 100))
    }
}
