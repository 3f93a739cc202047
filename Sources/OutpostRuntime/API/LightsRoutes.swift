import Foundation
import Hummingbird
import NIOFoundationEssentialsCompat
import OutpostLights

/// `GET /v1/lights`, `POST /v1/lights/identify|test|override` — the LED service answers them itself
/// (transport-free), this only carries HTTP.
struct LightsRoutes {
    let lights: LightsService<ContinuousClock>

    func register(on router: Router<some RequestContext>) {
        let handler: @Sendable (Request, String) async throws -> Response = { request, path in
            let body: Data
            do { body = Data(buffer: try await request.body.collect(upTo: 4096)) } catch {
                throw APIError.tooLarge(4096)
            }
            let answer = lights.handleAPI(method: request.method.rawValue, path: path, body: body)
            return Response(status: .init(code: answer.status), headers: [.contentType: "application/json"],
                             body: .init(byteBuffer: ByteBuffer(bytes: answer.body)))
        }
        router.get("/v1/lights") { request, _ in try await handler(request, "/v1/lights") }
        for action in ["identify", "test", "override"] {
            router.post("/v1/lights/\(action)") { request, _ in try await handler(request, "/v1/lights/\(action)") }
        }
    }
}
