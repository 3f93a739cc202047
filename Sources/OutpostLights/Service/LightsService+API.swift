public import Foundation

/// An HTTP answer from the LED endpoints, independent of the server library.
public struct LightsAPIResponse: Sendable, Equatable {
    public var status: Int
    /// JSON: the snapshot, or `{"error":{"code","message"}}`.
    public var body: Data
}

/// Body of `POST /v1/lights/identify`.
public struct LightsIdentifyRequest: Codable, Sendable {
    /// 0–3600; nil means 30; 0 stops identify.
    public var seconds: Double?
    public init(seconds: Double?) { self.seconds = seconds }
}

/// Body of `POST /v1/lights/override`.
public struct LightsOverrideRequest: Codable, Sendable {
    /// A `LightsState.overridable` name, or nil to follow the real health again.
    public var state: String?
    public init(state: String?) { self.state = state }
}

/// The local API's LED endpoints, transport-free, so the daemon's HTTP layer only routes:
///
/// | method | path | body | answer |
/// |---|---|---|---|
/// | GET | `/v1/lights` | — | 200 snapshot |
/// | POST | `/v1/lights/identify` | `{"seconds": N}` (0–3600, default 30; 0 stops) | 200 snapshot |
/// | POST | `/v1/lights/test` | — | 200 snapshot |
/// | POST | `/v1/lights/override` | `{"state": "<health state>" \| null}` | 200 snapshot |
///
/// Bad bodies get 400 with `{"error":{"code":"bad_request","message":…}}`; other paths 404,
/// other methods 405.
extension LightsService {
    public func handleAPI(method: String, path: String, body: Data) -> LightsAPIResponse {
        let route = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? path
        let routes: [String: String] = ["/v1/lights": "GET", "/v1/lights/identify": "POST", "/v1/lights/test": "POST", "/v1/lights/override": "POST"]
        guard let allowed = routes[route] else { return Self.error(404, "not_found", "no LED endpoint \(route)") }
        guard method.uppercased() == allowed else { return Self.error(405, "method_not_allowed", "\(route) takes \(allowed)") }
        switch route {
        case "/v1/lights/identify":
            let parsed: LightsIdentifyRequest
            do { parsed = try Self.decode(LightsIdentifyRequest.self, body) } catch { return Self.error(400, "bad_request", "\(error.message) (expected {\"seconds\": 0-3600})") }
            let seconds = parsed.seconds ?? 30
            guard seconds.isFinite, (0...3600).contains(seconds) else {
                return Self.error(400, "bad_request", "\"seconds\" must be a number from 0 to 3600, not \(seconds)")
            }
            identify(seconds: seconds)
        case "/v1/lights/test":
            test()
        case "/v1/lights/override":
            let names = LightsState.overridable.map(\.rawValue).joined(separator: ", ")
            let parsed: LightsOverrideRequest
            do { parsed = try Self.decode(LightsOverrideRequest.self, body) } catch {
                return Self.error(400, "bad_request", "\(error.message) (expected {\"state\": one of \(names), or null})")
            }
            if let name = parsed.state {
                guard let state = LightsState(rawValue: name), LightsState.overridable.contains(state) else {
                    return Self.error(400, "bad_request", "unknown state \"\(name)\" (use one of \(names), or null)")
                }
                setOverride(state)
            } else {
                setOverride(nil)
            }
        default:
            break
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(snapshot) else { return Self.error(500, "internal", "cannot encode the LED snapshot") }
        return LightsAPIResponse(status: 200, body: data)
    }

    private struct BadBody: Error { var message: String }

    /// An empty body is `{}`; anything else must be a small JSON object of the right shape.
    private static func decode<T: Decodable>(_ type: T.Type, _ body: Data) throws(BadBody) -> T {
        let blank = body.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        guard body.count <= 4096 else { throw BadBody(message: "body too large (at most 4096 bytes)") }
        do {
            return try JSONDecoder().decode(T.self, from: blank ? Data("{}".utf8) : body)
        } catch DecodingError.typeMismatch(_, let context) {
            throw BadBody(message: "wrong type for \"\(context.codingPath.map(\.stringValue).joined(separator: "."))\"")
        } catch {
            throw BadBody(message: "body must be a JSON object")
        }
    }

    private static func error(_ status: Int, _ code: String, _ message: String) -> LightsAPIResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(["error": ["code": code, "message": message]])) ?? Data()
        return LightsAPIResponse(status: status, body: data)
    }
}
