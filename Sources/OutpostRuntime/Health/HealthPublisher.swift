import Foundation
import Logging
import OutpostLights
import OutpostStore
import OutpostSync
import ServiceLifecycle
import OutpostAPI

/// Once a second, tells the LEDs how the box is (booting → ready/online, offline with queue,
/// syncing, degraded, fatal); every few minutes, expires outbox work past its TTL and purges vault
/// mappings past their retention. Releases leases left by a previous run at start.
struct HealthPublisher<C: Clock>: Service where C.Duration == Duration {
    let health: HealthMonitor
    let lights: LightsService<ContinuousClock>
    let ready: ReadinessGate
    let sync: SyncService<ContinuousClock>?
    let store: Store
    let vault: Vault
    let clock: C
    let logger: Logger
    let metrics = StoreMetricsExporter()
    var interval: Duration = .seconds(1)
    var maintenanceEvery = 300

    func run() async throws {
        if let released = try? await store.releaseAllLeases(), released > 0 {
            logger.notice("released leases left by the previous run", metadata: ["outpost.outbox.released": "\(released)"])
        }
        await maintenance()
        await cancelWhenGracefulShutdown {
            var tick = 0
            while !Task.isCancelled {
                // One read of the outbox counts per tick, shared by the report (LEDs) and the metrics.
                let counts = try? await store.outboxCounts()
                let report = await health.report(counts: counts ?? OutboxCounts())
                lights.update(snapshot(report))
                if let counts { await exportMetrics(report, counts: counts) }
                do { try await clock.sleep(for: interval) } catch { return }
                tick += 1
                if tick % maintenanceEvery == 0 { await maintenance() }
            }
        }
    }

    func snapshot(_ report: StatusReport) -> LightsHealth {
        var degraded: Set<LightsHealth.Degradation> = []
        if !report.db.ok { degraded.insert(.db) }
        if report.disk.freeBytes >= 0 && report.disk.freeBytes < report.disk.floorBytes { degraded.insert(.disk) }
        if let model = report.model, !model.loaded { degraded.insert(.model) }
        let syncing = (sync?.status.online ?? false) && report.outbox.pending > 0
        return LightsHealth(booting: !ready.isOpen, online: report.online, queueDepth: report.outbox.pending, syncing: syncing,
                            degraded: degraded, fatal: nil)
    }

    func exportMetrics(_ report: StatusReport, counts: OutboxCounts) async {
        guard let counters = try? await store.counters() else { return }
        metrics.update(report: report, counts: counts, counters: counters, vaultEntries: (try? await store.vaultCount()) ?? 0)
    }

    func maintenance() async {
        do {
            let expired = try await store.expireDue(now: .now())
            let purged = try await store.purgeVault(vault)
            if expired + purged > 0 {
                logger.info("maintenance", metadata: ["outpost.outbox.expired": "\(expired)", "outpost.vault.purged": "\(purged)"])
            }
        } catch {
            logger.error("maintenance failed", metadata: ["outpost.error": "\(error)"])
        }
    }
}
