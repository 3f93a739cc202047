public import Logging
public import ServiceLifecycle

/// Talks to systemd for the daemon: `READY=1` once the API accepts connections and the store is
/// open, `STATUS=` lines a human can read (queue, online), `WATCHDOG=1` every half
/// `WATCHDOG_USEC` — only while the store answers and this loop runs — and `STOPPING=1` on shutdown.
public struct SystemdService<C: Clock>: Service where C.Duration == Duration {
    let notifier: SystemdNotifier
    let ready: ReadinessGate
    let health: HealthMonitor
    let watchdogInterval: Duration?
    let statusInterval: Duration
    let clock: C
    let logger: Logger

    public init(notifier: SystemdNotifier, ready: ReadinessGate, health: HealthMonitor, watchdogInterval: Duration?,
                statusInterval: Duration = .seconds(5), clock: C, logger: Logger) {
        self.notifier = notifier
        self.ready = ready
        self.health = health
        self.watchdogInterval = watchdogInterval
        self.statusInterval = statusInterval
        self.clock = clock
        self.logger = logger
    }

    public func run() async throws {
        // The loop's sleeps end at once on graceful shutdown.
        await cancelWhenGracefulShutdown {
            await ready.wait()
            let status = await health.statusLine()
            send("READY=1\nSTATUS=\(status)")
            logger.info("ready", metadata: ["outpost.status": "\(status)"])
            await loop()
        }
        send("STOPPING=1\nSTATUS=stopping: draining requests")
    }

    private func loop() async {
        let tick = watchdogInterval.map { min($0, statusInterval) } ?? statusInterval
        var lastStatus = ""
        var sinceStatus = Duration.zero
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do { try await clock.sleep(for: tick) } catch { return }
            if Task.isShuttingDownGracefully { return }
            let storeOK = await health.checkStore()
            if watchdogInterval != nil {
                if storeOK {
                    send("WATCHDOG=1")
                } else {
                    logger.error("store not answering: withholding the watchdog ping so systemd restarts the daemon")
                }
            }
            sinceStatus += tick
            if sinceStatus >= statusInterval {
                sinceStatus = .zero
                let status = await health.statusLine()
                if status != lastStatus {
                    send("STATUS=\(status)")
                    lastStatus = status
                }
            }
        }
    }

    private func send(_ message: String) {
        guard notifier.isEnabled else { return }
        do { try notifier.notify(message) } catch {
            logger.warning("systemd notification failed", metadata: ["outpost.notify.error": "\(error)"])
        }
    }
}
