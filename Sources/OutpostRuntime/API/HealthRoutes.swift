import Hummingbird
import OutpostAPI

/// `GET /v1/health` (200 healthy / 503 with problems) and `GET /v1/status`.
struct HealthRoutes {
    let health: HealthMonitor

    func register(on router: Router<some RequestContext>) {
        router.get("/v1/health") { _, _ -> Response in
            let report = await health.report()
            let healthy = report.problems.isEmpty
            return try .json(HealthBody(status: healthy ? "ok" : "degraded", problems: report.problems),
                             status: healthy ? .ok : .serviceUnavailable)
        }
        router.get("/v1/status") { _, _ -> Response in
            try .json(await health.report())
        }
    }
}
