import Foundation
import OutpostTesting
import Testing
@testable import OutpostLights

@Suite struct LightsAPITests {
    private func service() throws -> LightsService<ManualClock> {
        let board = try Board.parse("[leds.status]\nbackend = \"sim\"\n[leds.fault]\nbackend = \"sim\"\n", source: "api.toml")
        return LightsService(board: board, options: LightsOptions(), clock: ManualClock(), logger: quietLogger)
    }

    private func json(_ r: LightsAPIResponse) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: r.body)) as? [String: Any] ?? [:]
    }

    @Test func getReturnsTheSnapshot() throws {
        let s = try service()
        let r = s.handleAPI(method: "GET", path: "/v1/lights", body: Data())
        #expect(r.status == 200)
        let snap = try JSONDecoder().decode(LightsSnapshot.self, from: r.body)
        #expect(snap.board == "api")
        #expect(snap.state == "booting")
        #expect(snap.leds.map(\.role) == ["status", "fault"])
    }

    @Test func overrideSetsAndClears() throws {
        let s = try service()
        var r = s.handleAPI(method: "POST", path: "/v1/lights/override", body: Data(#"{"state":"degraded_disk"}"#.utf8))
        #expect(r.status == 200)
        #expect(json(r)["state"] as? String == "degraded_disk")
        r = s.handleAPI(method: "POST", path: "/v1/lights/override", body: Data(#"{"state":null}"#.utf8))
        #expect(json(r)["state"] as? String == "booting")
    }

    @Test func identifyAndTest() throws {
        let s = try service()
        var r = s.handleAPI(method: "POST", path: "/v1/lights/identify", body: Data(#"{"seconds":12}"#.utf8))
        #expect(r.status == 200)
        #expect(json(r)["identify_remaining_seconds"] as? Double == 12)
        r = s.handleAPI(method: "POST", path: "/v1/lights/identify", body: Data())
        #expect(json(r)["identify_remaining_seconds"] as? Double == 30)
        r = s.handleAPI(method: "POST", path: "/v1/lights/test", body: Data())
        #expect(json(r)["state"] as? String == "test")
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        var method: String, path: String, body: String, status: Int
        var testDescription: String { "\(method) \(path) \(body)" }
    }

    @Test(arguments: [
        Bad(method: "POST", path: "/v1/lights/identify", body: #"{"seconds":-1}"#, status: 400),
        Bad(method: "POST", path: "/v1/lights/identify", body: #"{"seconds":99999}"#, status: 400),
        Bad(method: "POST", path: "/v1/lights/identify", body: #"{"seconds":"ten"}"#, status: 400),
        Bad(method: "POST", path: "/v1/lights/identify", body: #"{"seconds":true}"#, status: 400),
        Bad(method: "POST", path: "/v1/lights/identify", body: #"{"seconds":"#, status: 400),
        Bad(method: "POST", path: "/v1/lights/identify", body: "[1,2]", status: 400),
        Bad(method: "POST", path: "/v1/lights/override", body: #"{"state":"identify"}"#, status: 400),
        Bad(method: "POST", path: "/v1/lights/override", body: #"{"state":"onlien"}"#, status: 400),
        Bad(method: "POST", path: "/v1/lights/override", body: #"{"state":3}"#, status: 400),
        Bad(method: "POST", path: "/v1/lights/override", body: String(repeating: " ", count: 5000) + "{}", status: 400),
        Bad(method: "DELETE", path: "/v1/lights", body: "", status: 405),
        Bad(method: "GET", path: "/v1/lights/identify", body: "", status: 405),
        Bad(method: "GET", path: "/v1/lightz", body: "", status: 404),
    ])
    func badRequestsGetTheErrorShape(_ bad: Bad) throws {
        let s = try service()
        let r = s.handleAPI(method: bad.method, path: bad.path, body: Data(bad.body.utf8))
        #expect(r.status == bad.status)
        let error = json(r)["error"] as? [String: Any]
        #expect(error?["code"] is String)
        #expect((error?["message"] as? String)?.isEmpty == false)
        #expect(s.snapshot.state == "booting")  // nothing changed
    }
}
