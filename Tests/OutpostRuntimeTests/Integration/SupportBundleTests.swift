import Foundation
import OutpostTesting
import OutpostTestingDaemon
import Testing

/// The support bundle has what support needs and nothing that identifies a person: no request
/// text, no vault contents, no key.
@Suite(.serialized, .offThePool, .enabled(if: BuiltProducts.exists("outpostd") && BuiltProducts.exists("outpost"), "needs the built outpostd and outpost"))
struct SupportBundleTests {
    @Test func bundleHoldsNoIdentifierOrKey() throws {
        let dir = try TempDirectory(prefix: "sb")
        defer { dir.remove() }
        let harness = try DaemonHarness(directory: dir.path, config: "state_dir = \"\(dir.file("state"))\"")
        try harness.start()
        let secrets = ["Oyelaran", "Brzezinski", "617-555-0143", "00731942", "GB82WEST12345698765432"]
        #expect(harness.submit("Patient Tunde Oyelaran, MRN 00731942, call 617-555-0143", conversation: "sb")?.status == 201)
        #expect(harness.submit("Transfer for Piotr Brzezinski to IBAN GB82WEST12345698765432", conversation: "sb")?.status == 201)
        let out = dir.file("bundle.tar.gz")
        let run = try ChildProcess(BuiltProducts.path("outpost"), arguments: [
            "support-bundle", "--out", out, "--config", harness.configPath, "--socket", harness.socketPath,
            "--log-file", dir.file("daemon.log"), "--json",
        ]).runToEnd(timeout: 60)
        #expect(run.status == 0, "\(run.stderr)")
        _ = harness.stop()
        let extract = dir.file("x")
        try FileManager.default.createDirectory(atPath: extract, withIntermediateDirectories: true)
        #expect(try ChildProcess("/bin/tar", arguments: ["-xzf", out, "-C", extract]).runToEnd().status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: extract + "/outpost-support").sorted()
        for expected in ["status.json", "metrics.txt", "db-stats.json", "doctor.json", "logs.txt", "outpost.toml", "queue-stats.json"] {
            #expect(files.contains(expected), "missing \(expected) in \(files)")
        }
        let key = try Data(contentsOf: URL(fileURLWithPath: dir.file("state/vault.key")))
        for file in files {
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(extract)/outpost-support/\(file)"))
            for secret in secrets { #expect(data.range(of: Data(secret.utf8)) == nil, "\(secret) in \(file)") }
            #expect(data.range(of: key) == nil, "vault key bytes in \(file)")
            #expect(data.range(of: Data(key.base64EncodedString().utf8)) == nil)
        }
        let stats = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(extract)/outpost-support/db-stats.json"))) as? [String: Any]
        #expect((stats?["rows"] as? [String: Int])?["request"] == 2)
    }
}
