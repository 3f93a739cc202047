import OutpostSupport
import Foundation
import Metrics
import OutpostStore
import OutpostAPI

/// The daemon's metrics, through swift-metrics (the backend — Prometheus for `GET /metrics` — is
/// bootstrapped once, in `main`). Names follow Prometheus conventions: `_total` counters,
/// `_seconds` histograms, base units.
enum OutpostMetrics {
    /// `# HELP` text of every family the daemon writes (`HelpedMetricsFactory`).
    static let help: [String: String] = [
        "outpost_requests_total": "Requests accepted, by route and intent.",
        "outpost_requests_refused_total": "Requests refused before they were stored (validation, rate, disk), by reason.",
        "outpost_analyze_seconds": "Time of the understanding step (encoder pass, redaction, intent, keywords).",
        "outpost_persist_seconds": "Time from accepted to durable (the group commit).",
        "outpost_outbox_items": "Outbox items by state.",
        "outpost_outbox_pending_bytes": "Bytes of the outbox items not yet delivered.",
        "outpost_outbox_oldest_age_seconds": "Age of the oldest outbox item not yet delivered.",
        "outpost_online": "1 when the cloud answered the last attempt, else 0.",
        "outpost_disk_free_bytes": "Free bytes on the state directory's file system.",
        "outpost_vault_entries": "Identifiers held in the encrypted vault.",
        "outpost_db_size_bytes": "Size of the SQLite database and its WAL.",
        "outpost_uptime_seconds": "Seconds since the daemon started.",
        "outpost_outbox_delivered_total": "Outbox items delivered, by kind.",
        "outpost_outbox_failed_total": "Failed delivery attempts.",
        "outpost_outbox_dead_total": "Outbox items dead-lettered, by reason (expired, max_attempts, guard refusals, unknown_kind).",
        "outpost_outbox_dropped_total": "Outbox items dropped, by who dropped them.",
        "outpost_outbox_retried_by_technician_total": "Dead outbox items a technician put back in line.",
    ]

    /// A request accepted, by route and intent.
    static func request(route: String, intent: String?) {
        Counter(label: "outpost_requests_total", dimensions: [("route", route), ("intent", intent ?? "none")]).increment()
    }

    /// A request refused before storing (validation, rate, disk), by reason code.
    static func refused(_ code: String) {
        Counter(label: "outpost_requests_refused_total", dimensions: [("reason", code)]).increment()
    }

    /// Time of the understanding step (encoder pass, redaction, intent, keywords).
    static func analyzed(_ duration: Duration) {
        Timer(label: "outpost_analyze_seconds").recordNanoseconds(Int64(duration.seconds * 1e9))
    }

    /// Time from accepted to durable (the group commit).
    static func persisted(_ duration: Duration) {
        Timer(label: "outpost_persist_seconds").recordNanoseconds(Int64(duration.seconds * 1e9))
    }
}

/// Gauges and store counters refreshed by the health publisher once a second.
final class StoreMetricsExporter: @unchecked Sendable {
    private var last: [String: Int] = [:]

    func update(report: StatusReport, counts: OutboxCounts, counters: [String: Int], vaultEntries: Int) {
        Gauge(label: "outpost_outbox_items", dimensions: [("state", "pending")]).record(counts.pending)
        Gauge(label: "outpost_outbox_items", dimensions: [("state", "sending")]).record(counts.sending)
        Gauge(label: "outpost_outbox_items", dimensions: [("state", "dead")]).record(counts.dead)
        Gauge(label: "outpost_outbox_pending_bytes").record(counts.pendingBytes)
        Gauge(label: "outpost_outbox_oldest_age_seconds").record(report.outbox.oldestPendingAgeS ?? 0)
        Gauge(label: "outpost_online").record(report.online ? 1 : 0)
        Gauge(label: "outpost_disk_free_bytes").record(report.disk.freeBytes)
        Gauge(label: "outpost_vault_entries").record(vaultEntries)
        Gauge(label: "outpost_db_size_bytes").record(report.db.sizeBytes)
        Gauge(label: "outpost_uptime_seconds").record(report.uptimeS)
        // Store counters are durable across restarts; export their growth as Prometheus counters
        // (deliveries, failures, dead letters and drops, each by reason).
        // The `requests.*` store counters are counted in process already, with labels
        // (`outpost_requests_total{route}`, `outpost_requests_refused_total{reason}`): exporting them
        // again would count a refusal twice and add one metric name per route.
        for (name, value) in counters where !name.hasPrefix("requests.") {
            let delta = value - (last[name] ?? 0)
            guard delta > 0 else { continue }
            let parts = name.split(separator: ".").map(String.init)
            let (family, labels) = Self.family(parts)
            Counter(label: family, dimensions: labels).increment(by: delta)
        }
        last = counters
    }

    /// `outbox.dead.max_attempts` → (`outpost_outbox_dead_total`, reason=max_attempts), and so on.
    static func family(_ parts: [String]) -> (String, [(String, String)]) {
        guard parts.count >= 2 else { return ("outpost_\(parts.joined())_total", []) }
        let base = "outpost_\(parts[0])_\(parts[1])_total".replacingOccurrences(of: "-", with: "_")
        let rest = parts.dropFirst(2).joined(separator: ".")
        return (base, rest.isEmpty ? [] : [("reason", rest)])
    }
}
