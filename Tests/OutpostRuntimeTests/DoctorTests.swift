import Foundation
import OutpostTesting
import Testing

@testable import OutpostRuntime
@testable import OutpostDoctor

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

    @Test func openVaultKeyFailsAndFixMakesItPrivate() async throws {
        let dir = try TempDirectory(prefix: "doc")
        defer { dir.remove() }
        let key = dir.file("vault.key")
        try Data(repeating: 7, count: 32).write(to: URL(fileURLWithPath: key))
        chmod(key, 0o644)
        let path = try dir.write("ok.toml", "state_dir = \"\(dir.path)\"\n[outbox]\nmin_free_bytes = 1\n")
        let before = await Doctor(configPath: path, socketPath: dir.file("none.sock")).run().first { $0.name == "permissions" }
        #expect(before?.verdict == .fail)
        #expect(before?.detail.contains("vault.key") == true && before?.next?.contains("chmod 600") == true, "\(String(describing: before))")

        let fixed = await Doctor(configPath: path, socketPath: dir.file("none.sock"), fix: true).run().first { $0.name == "permissions" }
        #expect(fixed?.verdict == .fixed, "\(String(describing: fixed))")
        var st = stat()
        #expect(stat(key, &st) == 0 && st.st_mode & 0o777 == 0o600)
        let after = await Doctor(configPath: path, socketPath: dir.file("none.sock")).run().first { $0.name == "permissions" }
        #expect(after?.verdict == .ok)
    }

    @Test func accountModesAreReadFromOwnerGroupAndOther() throws {
        let dir = try TempDirectory(prefix: "doc")
        defer { dir.remove() }
        let file = try dir.write("f", "x")
        let nobody = Doctor.Account(name: "someone", uid: 54321, gid: 54321, groups: [54321])
        chmod(file, 0o600)
        #expect(!nobody.may(file, write: false))
        chmod(file, 0o604)
        #expect(nobody.may(file, write: false) && !nobody.may(file, write: true))
        let owner = Doctor.Account(name: "me", uid: getuid() == 0 ? 54322 : getuid(), gid: 1, groups: [])
        if getuid() != 0 { chmod(file, 0o600); #expect(owner.may(file, write: true)) }
    }
}
