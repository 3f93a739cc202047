import Foundation
public import OutpostAPI

extension UnixHTTPClient.Response {
    /// The body as a loosely typed JSON object, for tests' assertions (test-only code).
    public var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] }
}
