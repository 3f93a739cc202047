import AsyncHTTPClient
import NIOCore
import NIOHTTP1
public import OutpostConfig

/// One `GET {baseURL}/models` with the sync service's own client settings (pinned CA, client
/// certificate, timeouts): proves DNS, TCP, TLS and the server's HTTP in one step, for
/// `outpost doctor`. Any HTTP status counts as reached (401 means the key, not the link, is wrong).
public enum CloudProbe {
    public struct Reached: Sendable, Equatable {
        public var status: Int
        public var milliseconds: Int
    }

    public static func run(config: CloudConfig) async -> Result<Reached, SyncFailure> {
        let client: HTTPClient
        do { client = try CloudHTTPClient.make(config: config) } catch { return .failure(error) }
        let base = config.baseURL ?? ""
        let url = (base.hasSuffix("/") ? String(base.dropLast()) : base) + "/models"
        var request = HTTPClientRequest(url: url)
        if let key = config.apiKey, !key.isEmpty { request.headers.add(name: "Authorization", value: "Bearer \(key)") }
        let started = ContinuousClock.now
        let result: Result<Reached, SyncFailure>
        do {
            let response = try await client.execute(request, deadline: .now() + TimeAmount(config.connectTimeout) + .seconds(5))
            _ = try? await response.body.collect(upTo: 64 << 10)
            let elapsed = ContinuousClock.now - started
            result = .success(Reached(status: Int(response.status.code), milliseconds: Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)))
        } catch {
            result = .failure(SyncFailure.transport(error, url: url))
        }
        try? await client.shutdown()
        return result
    }
}
