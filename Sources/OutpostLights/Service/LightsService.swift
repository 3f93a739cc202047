public import Logging
public import ServiceLifecycle
import OutpostSupport
import Synchronization

/// Drives a board's LEDs from the box's health: a `Service` for the daemon's `ServiceGroup`.
///
/// The runtime calls `update(_:)` on every health change; `identify(seconds:)`, `test()`
/// and `setOverride(_:)` serve the local API. LEDs that fail to open (missing chip, line
/// held by another process, no permission, no libgpiod) stay dark, show their error in
/// `snapshot`, are retried every `retryInterval`, and never stop the daemon: `run()` does
/// not throw for them. On shutdown every LED is turned off and released.
public final class LightsService<C: Clock>: Service, @unchecked Sendable where C.Duration == Duration {
    /// Opens the driver for one board entry.
    public typealias DriverFactory = @Sendable (BoardLED, Board) throws(LightsError) -> any LEDDriver

    private struct Slot {
        var driver: (any LEDDriver)?
        var error: LightsError?
        var applied: Bool?            // last level written in software
        var hardwarePattern: BlinkPattern?  // pattern the kernel timer runs
    }

    private struct State {
        var machine: LightsStateMachine<C.Instant>
        var slots: [LEDRole: Slot] = [:]
        var frame: LightsStateMachine<C.Instant>.Frame?
        var started = false
        var nextRetry: C.Instant?
    }

    public let board: Board
    /// How often LEDs that failed to open are tried again.
    public let retryInterval: Duration
    private let clock: C
    private let logger: Logger
    private let factory: DriverFactory
    private let gpioSummary: @Sendable () -> String?
    private let state: Mutex<State>
    private let wake = WakeSignal()

    /// A service whose drivers come from `options` (real hardware, sysfs or simulated).
    public convenience init(board: Board, options: LightsOptions = LightsOptions(), clock: C, logger: Logger,
                            retryInterval: Duration = .seconds(30)) {
        let factory = LEDDriverFactory(options: options)
        self.init(board: board, clock: clock, logger: logger, retryInterval: retryInterval,
                  gpioSummary: { factory.gpioLibrary?.summary }, simPanel: factory.simPanel,
                  driverFactory: { (led, board) throws(LightsError) in try factory.open(led, board: board) })
    }

    /// A service with injected drivers (tests).
    public init(board: Board, clock: C, logger: Logger, retryInterval: Duration = .seconds(30),
                gpioSummary: @escaping @Sendable () -> String? = { nil }, simPanel: SimPanel? = nil,
                driverFactory: @escaping DriverFactory) {
        self.simPanel = simPanel
        self.board = board
        self.clock = clock
        self.logger = logger
        self.retryInterval = retryInterval
        self.factory = driverFactory
        self.gpioSummary = gpioSummary
        self.state = Mutex(State(machine: LightsStateMachine(roles: board.roles, now: clock.now)))
    }

    /// The simulated LEDs, when built from options.
    public let simPanel: SimPanel?

    // MARK: Inputs (any thread)

    /// Shows a new health. Applied at once (and by the blink loop from then on).
    public func update(_ health: LightsHealth) {
        change { machine, now in machine.update(health, now: now) }
    }

    /// Forces a health state for demos and tests (nil: follow the real health).
    public func setOverride(_ state: LightsState?) {
        change { machine, now in machine.setOverride(state, now: now) }
    }

    /// Blinks every LED for `seconds` so a technician finds the box (0 stops it).
    public func identify(seconds: Double) {
        let duration = Duration.milliseconds(Int64((max(0, min(seconds, 3600)) * 1000).rounded()))
        change { machine, now in machine.identify(for: duration, now: now) }
        logger.info("identify", metadata: ["outpost.lights.seconds": "\(seconds)"])
    }

    /// Lights each LED in turn, once (LED order of the board file roles).
    public func test() {
        change { machine, now in machine.startTest(now: now) }
        logger.info("led test", metadata: ["outpost.lights.leds": "\(board.roles.count)"])
    }

    /// What the LEDs show now.
    public var snapshot: LightsSnapshot {
        let now = clock.now
        return state.withLock { s in
            let frame = s.frame ?? s.machine.tick(now: now)
            let remaining = s.machine.identifyUntil.map { now.duration(to: $0) } ?? .zero
            let leds = board.roles.map { role in
                let slot = s.slots[role]
                let f = frame.leds[role]
                let on = f.map { $0.pattern.isOn(after: $0.since.duration(to: now)) } ?? false
                return LightsSnapshot.LED(role: role.rawValue, pattern: f?.pattern.name ?? "off",
                                          on: slot?.driver == nil ? false : on, driver: slot?.driver?.summary,
                                          hardwareBlink: slot?.hardwarePattern != nil, error: slot?.error.map(LightsSnapshot.ErrorInfo.init))
            }
            return LightsSnapshot(board: board.name, state: frame.state.rawValue, override: s.machine.override?.rawValue,
                                  identifyRemainingSeconds: max(0, Double(remaining.milliseconds) / 1000),
                                  health: s.machine.health, gpioLibrary: gpioSummary(), leds: leds)
        }
    }

    // MARK: Service

    public func run() async throws {
        openDrivers()
        await cancelWhenGracefulShutdown { [self] in
            while !Task.isCancelled {
                let next = step()
                await sleep(until: next)
            }
        }
        shutdown()
    }

    // MARK: Internals

    private func change(_ body: (inout LightsStateMachine<C.Instant>, C.Instant) -> LightsStateMachine<C.Instant>.Frame) {
        let now = clock.now
        state.withLock { s in
            let frame = body(&s.machine, now)
            if s.started { apply(frame, to: &s, now: now) } else { s.frame = frame }
        }
        wake.signal()
    }

    /// Opens every LED; failures are logged and kept for the snapshot.
    private func openDrivers() {
        let now = clock.now
        state.withLock { s in
            s.started = true
            for led in board.leds { open(led, into: &s) }
            if s.slots.values.contains(where: { $0.driver == nil }) { s.nextRetry = now.advanced(by: retryInterval) }
            apply(s.machine.tick(now: now), to: &s, now: now)
        }
    }

    private func open(_ led: BoardLED, into s: inout State) {
        do throws(LightsError) {
            let driver = try factory(led, board)
            s.slots[led.role] = Slot(driver: driver)
            logger.info("led opened", metadata: ["outpost.led.role": "\(led.role)", "outpost.led.driver": "\(driver.summary)"])
        } catch {
            let previous = s.slots[led.role]?.error
            s.slots[led.role] = Slot(error: error)
            if previous != error {
                logger.error("led unavailable", metadata: [
                    "outpost.led.role": "\(led.role)", "outpost.led.entry": "\(error.entry ?? led.entry(in: board))",
                    "outpost.error.code": "\(error.code)", "outpost.error.message": "\(error.message)",
                ])
            }
        }
    }

    /// One blink-loop step: retry failed LEDs when due, apply the current frame, return the next wake-up.
    private func step() -> C.Instant {
        let now = clock.now
        return state.withLock { s in
            if let retry = s.nextRetry, now >= retry {
                for led in board.leds where s.slots[led.role]?.driver == nil { open(led, into: &s) }
                s.nextRetry = s.slots.values.contains { $0.driver == nil } ? now.advanced(by: retryInterval) : nil
            }
            let frame = s.machine.tick(now: now)
            apply(frame, to: &s, now: now)
            var next = now.advanced(by: .seconds(60))
            if let retry = s.nextRetry, retry < next { next = retry }
            if let end = s.machine.identifyUntil, end < next { next = end }
            for (role, led) in frame.leds {
                guard s.slots[role]?.hardwarePattern == nil, let change = led.nextChange else { continue }
                if change < next { next = change }
            }
            if let change = frame.nextChange, frame.state == .test, change < next { next = change }
            return next
        }
    }

    /// Writes a frame to the drivers: hardware blink for plain blinks where the LED can,
    /// otherwise the level, written only when it changed.
    private func apply(_ frame: LightsStateMachine<C.Instant>.Frame, to s: inout State, now: C.Instant) {
        let previous = s.frame
        s.frame = frame
        for role in board.roles {
            guard var slot = s.slots[role], let driver = slot.driver, let led = frame.leds[role] else { continue }
            do throws(LightsError) {
                if slot.hardwarePattern == led.pattern, led.since == previous?.leds[role]?.since { continue }
                if let delays = led.pattern.timerDelays, led.pattern.name != "test-walk",
                   try driver.blink(onMilliseconds: delays.on, offMilliseconds: delays.off) {
                    slot.hardwarePattern = led.pattern
                    slot.applied = nil
                } else if slot.applied != led.on || slot.hardwarePattern != nil {
                    try driver.set(led.on)
                    slot.applied = led.on
                    slot.hardwarePattern = nil
                }
                slot.error = nil
            } catch {
                if slot.error != error {
                    logger.error("led write failed", metadata: [
                        "outpost.led.role": "\(role)", "outpost.error.code": "\(error.code)", "outpost.error.message": "\(error.message)",
                    ])
                }
                slot.error = error.entry == nil ? error.at(board[role]?.entry(in: board) ?? board.source) : error
                slot.applied = nil
                // The device may be gone (USB GPIO unplugged, driver unbound): drop it and
                // let the retry timer open it again.
                slot.driver?.close()
                slot.driver = nil
                slot.hardwarePattern = nil
                if s.nextRetry == nil { s.nextRetry = now.advanced(by: retryInterval) }
            }
            s.slots[role] = slot
        }
    }

    private func sleep(until deadline: C.Instant) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { [clock] in try? await clock.sleep(until: deadline, tolerance: nil) }
            group.addTask { [wake] in await wake.wait() }
            await group.next()
            group.cancelAll()
        }
    }

    /// Turns every LED off and releases it.
    private func shutdown() {
        let now = clock.now
        state.withLock { s in
            apply(s.machine.shutdown(now: now), to: &s, now: now)
            for (role, slot) in s.slots {
                slot.driver?.close()
                s.slots[role]?.driver = nil
            }
            s.started = false
        }
        logger.info("leds off")
    }
}
