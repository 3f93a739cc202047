import Foundation
import OutpostTesting
import Testing

@testable import OutpostRuntime

@Suite struct DoctorTests {
    @Test func badConfigFailsWithNextStep() async throws {
        let dir = try TempDirectory(prefix: "doc")
        defer { dir.remove() }
        let path = try dir.write("bad.toml", "[api]\nsokcet = 1\n")
        let checks = await Doctor(configPath: path, socketPath: nil).run()
        #expect(checks.first?.name == "config" && checks.first?.verdict == .fail)
        #expect(checks.first?.next?.isEmpty == false)
    }

    @Test func healthyStateDirectoryPasses() async throws {
        let dir = try TempDirectory(prefix: "doc")
        defer { dir.remove() }
        let path = try dir.write("ok.toml", "state_dir = \"\(dir.path)\"\n[outbox]\nmin_free_bytes = 1\n")
        let checks = await Doctor(configPath: path, socketPath: dir.file("none.sock")).run()
        let byName = Dictionary(uniqueKeysWithValues: checks.map { ($0.name, $0) })
        #expect(byName["config"]?.verdict == .ok)
        #expect(byName["state directory"]?.verdict == .ok)
        #expect(byName["disk"]?.verdict == .ok)
        #expect(byName["daemon"]?.verdict == .warn)
        #expect(byName["cloud"]?.verdict == .skip)
        #expect(!checks.contains { $0.verdict == .fail })
    }
}
