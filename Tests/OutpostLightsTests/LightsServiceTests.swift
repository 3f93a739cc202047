import Foundation
import Logging
import OutpostTesting
import ServiceLifecycle
import Synchronization
import Testing
@testable import OutpostLights

/// A counter a driver factory bumps from any thread.
final class Counted: Sendable {
    private let value = Mutex(0)
    func withLock<R>(_ body: (inout Int) -> R) -> R { value.withLock { body(&$0) } }
}

/// A driver that records what it was told (levels and hardware blinks).
final class RecordingDriver: LEDDriver, @unchecked Sendable {
    let lock = NSLock()
    private(set) var levels: [Bool] = []
    private(set) var blinks: [(Int, Int)] = []
    private(set) var closed = false
    let hardware: Bool
    var failWrites = false

    init(hardware: Bool = false) { self.hardware = hardware }
    var summary: String { "recording" }
    var last: Bool? { lock.withLock { levels.last } }

    func set(_ on: Bool) throws(LightsError) {
        if failWrites { throw LightsError(.io, "write failed") }
        lock.withLock { levels.append(on) }
    }
    func blink(onMilliseconds: Int, offMilliseconds: Int) throws(LightsError) -> Bool {
        guard hardware else { return false }
        lock.withLock { blinks.append((onMilliseconds, offMilliseconds)) }
        return true
    }
    func close() { lock.withLock { closed = true; levels.append(false) } }
}

private let board3 = try! Board.parse("""
    [leds.status]
    backend = "sim"
    [leds.online]
    backend = "sim"
    [leds.fault]
    backend = "sim"
    """, source: "test.toml")

private func makeService(_ drivers: [LEDRole: RecordingDriver], clock: ManualClock, failing: Set<LEDRole> = [])
    -> LightsService<ManualClock>
{
    LightsService(board: board3, clock: clock, logger: quietLogger, retryInterval: .seconds(30)) { led, board throws(LightsError) in
        if failing.contains(led.role) {
            throw LightsError(.lineBusy, "line held by another process").at(led.entry(in: board))
        }
        return drivers[led.role]!
    }
}

/// Runs `service` in a task group for the duration of `body`, then shuts it down gracefully.
private func withRunning<C: Clock>(_ service: LightsService<C>, _ body: () async throws -> Void) async throws {
    let group = ServiceGroup(configuration: .init(services: [service], logger: quietLogger))
    try await withThrowingTaskGroup(of: Void.self) { tasks in
        tasks.addTask { try await group.run() }
        try await body()
        await group.triggerGracefulShutdown()
        try await tasks.waitForAll()
    }
}

@Suite struct LightsServiceTests {
    @Test func failingLEDDegradesAndServiceKeepsRunning() async throws {
        let clock = ManualClock()
        let status = RecordingDriver(), fault = RecordingDriver()
        let service = makeService([.status: status, .fault: fault], clock: clock, failing: [.online])
        try await withRunning(service) {
            #expect(await eventually { status.last != nil })
            service.update(.showing(.fatal))
            #expect(fault.last == true)
            let snap = service.snapshot
            #expect(snap.state == "fatal")
            #expect(!snap.ok)
            let online = snap.leds.first { $0.role == "online" }
            #expect(online?.error?.code == "gpio_line_busy")
            #expect(online?.error?.entry == "test.toml:3 [leds.online]")
            #expect(online?.driver == nil)
        }
        #expect(status.closed && fault.closed)
        #expect(status.last == false && fault.last == false)
    }

    @Test func blinkLoopFollowsTheInjectedClock() async throws {
        let clock = ManualClock()
        let status = RecordingDriver(), online = RecordingDriver(), fault = RecordingDriver()
        let service = makeService([.status: status, .online: online, .fault: fault], clock: clock)
        service.update(LightsHealth(booting: false, online: false, queueDepth: 4))  // online LED blinks 500/500
        try await withRunning(service) {
            #expect(await eventually { online.last == true && clock.sleeperCount > 0 })
            clock.advance(by: .milliseconds(500))
            #expect(await eventually { online.last == false })
            clock.advance(by: .milliseconds(500))
            #expect(await eventually { online.last == true })
            // A very late tick (the box was busy): one write of the current phase, no backlog.
            let writes = online.levels.count
            #expect(await eventually { clock.sleeperCount > 0 })
            clock.advance(by: .milliseconds(10_750))  // phase 750 → off
            #expect(await eventually { online.last == false })
            #expect(online.levels.count == writes + 1)
            #expect(status.levels == [true])  // solid: written once
        }
    }

    @Test func hardwareBlinkIsUsedForPlainBlinks() async throws {
        let clock = ManualClock()
        let status = RecordingDriver(hardware: true), online = RecordingDriver(), fault = RecordingDriver(hardware: true)
        let service = makeService([.status: status, .online: online, .fault: fault], clock: clock)
        try await withRunning(service) {
            #expect(await eventually { status.blinks.count == 1 })  // booting 500/500 on the timer trigger
            #expect(status.blinks.first! == (500, 500))
            service.update(.showing(.degradedDB))  // flash-2 cannot run on the timer: software
            #expect(fault.blinks.isEmpty)
            #expect(fault.last == true)
            #expect(service.snapshot.leds.first { $0.role == "status" }?.hardwareBlink == false)
        }
    }

    @Test func identifyEndsByItselfUnderTheClock() async throws {
        let clock = ManualClock()
        let drivers = [LEDRole.status: RecordingDriver(), .online: RecordingDriver(), .fault: RecordingDriver()]
        let service = makeService(drivers, clock: clock)
        service.update(.showing(.online))
        try await withRunning(service) {
            #expect(await eventually { drivers[.online]!.last == true })
            service.identify(seconds: 2)
            #expect(service.snapshot.state == "identify")
            #expect(service.snapshot.identifyRemainingSeconds == 2)
            for _ in 0..<20 {
                #expect(await eventually { clock.sleeperCount > 0 })
                clock.advance(by: .milliseconds(150))
            }
            #expect(await eventually { service.snapshot.state == "online" })
            #expect(await eventually { drivers[.online]!.last == true && drivers[.fault]!.last == false })
        }
    }

    @Test func failedLEDIsRetried() async throws {
        let clock = ManualClock()
        let status = RecordingDriver(), online = RecordingDriver(), fault = RecordingDriver()
        let attempts = Counted()
        let service = LightsService(board: board3, clock: clock, logger: quietLogger, retryInterval: .seconds(30)) { led, board throws(LightsError) in
            if led.role == .fault, attempts.withLock({ $0 += 1; return $0 }) == 1 {
                throw LightsError(.permissionDenied, "no permission")
            }
            return [LEDRole.status: status, .online: online, .fault: fault][led.role]!
        }
        service.update(.showing(.fatal))
        try await withRunning(service) {
            #expect(await eventually { service.snapshot.leds.contains { $0.error != nil } && clock.sleeperCount > 0 })
            clock.advance(by: .seconds(30))
            #expect(await eventually { fault.last == true })
            #expect(service.snapshot.ok)
        }
    }

    @Test func ledThatStopsWorkingIsReopened() async throws {
        let clock = ManualClock()
        let broken = RecordingDriver(), fresh = RecordingDriver(), other = RecordingDriver()
        broken.failWrites = true
        let opens = Counted()
        let service = LightsService(board: board3, clock: clock, logger: quietLogger, retryInterval: .seconds(30)) { led, board throws(LightsError) in
            guard led.role == .fault else { return other }
            return opens.withLock { $0 += 1; return $0 } == 1 ? broken : fresh
        }
        service.update(.showing(.fatal))
        try await withRunning(service) {
            #expect(await eventually { service.snapshot.leds.first { $0.role == "fault" }?.error?.code == "io_error" })
            #expect(broken.closed)
            #expect(await eventually { clock.sleeperCount > 0 })
            clock.advance(by: .seconds(30))
            #expect(await eventually { fresh.last == true })
            #expect(await eventually { service.snapshot.ok })
        }
    }

    @Test func snapshotIsSnakeCaseJSON() throws {
        let clock = ManualClock()
        let service = makeService([.status: RecordingDriver(), .online: RecordingDriver(), .fault: RecordingDriver()], clock: clock)
        service.setOverride(.offlineQueued)
        let json = String(decoding: try JSONEncoder().encode(service.snapshot), as: UTF8.self)
        #expect(json.contains("\"identify_remaining_seconds\""))
        #expect(json.contains("\"queue_depth\""))
        #expect(json.contains("\"override\":\"offline_queued\""))
        let back = try JSONDecoder().decode(LightsSnapshot.self, from: Data(json.utf8))
        #expect(back.state == "offline_queued")
    }

    @Test func simBoardFromOptionsWritesItsFile() async throws {
        let file = NSTemporaryDirectory() + "outpost-sim-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: file) }
        var options = LightsOptions()
        options.simStateFile = file
        let board = try BoardLocator(directories: [boardDirectory]).load("sim")
        let service = LightsService(board: board, options: options, clock: ManualClock(), logger: quietLogger)
        service.update(.showing(.online))
        try await withRunning(service) {
            #expect(await eventually { service.simPanel?.snapshot[.rgbGreen] == true })
            let decoded = try JSONDecoder().decode(SimPanelFile.self, from: Data(contentsOf: URL(fileURLWithPath: file)))
            #expect(decoded.leds["rgb.green"] == true)
            #expect(decoded.leds["rgb.red"] == false)
        }
        #expect(service.simPanel?.snapshot.values.allSatisfy { !$0 } == true)
    }
}
