import Foundation
import OutpostTesting
import OutpostTestingDaemon
import Testing

/// `POST /v1/requests` on the real daemon: redacted, re-identified, stable placeholders, and no
/// plaintext in the database files. (Bad input is tested in-process: `Routes/RequestRoutesTests`.)
@Suite(.serialized, .offThePool, .enabled(if: BuiltProducts.exists("outpostd"), "needs the built outpostd"))
struct RequestAPITests {
    @Test func redactsAndReidentifiesWithStablePlaceholders() throws {
        let dir = try TempDirectory(prefix: "api")
        defer { dir.remove() }
        let harness = try DaemonHarness(directory: dir.path, config: "state_dir = \"\(dir.file("state"))\"")
        try harness.start()
        defer { _ = harness.stop() }
        let first = try #require(harness.submit("Patient Maria Lindqvist, MRN 00482913, phone 617-555-0134, needs a refill.", conversation: "conv-1"))
        #expect(first.status == 201)
        let redacted = try #require(first.json["redacted"] as? String)
        for secret in ["Lindqvist", "00482913", "617-555-0134"] { #expect(!redacted.contains(secret)) }
        #expect(first.json["status"] as? String == "queued")  // no model, no cloud configured: queued
        let second = try #require(harness.submit("Is the refill for Maria Lindqvist ready?", conversation: "conv-1"))
        let r2 = try #require(second.json["redacted"] as? String)
        let placeholder = try #require((first.json["entities"] as? [[String: Any]])?.first { $0["type"] as? String == "PERSON" }?["placeholder"] as? String)
        #expect(r2.contains(placeholder), "the same person keeps \(placeholder) in the conversation: \(r2)")
        // The key file exists with mode 0600; the database holds no plaintext identifier.
        let attrs = try FileManager.default.attributesOfItem(atPath: dir.file("state/vault.key"))
        #expect((attrs[.posixPermissions] as? Int) == 0o600)
        _ = harness.stop()
        for file in ["outpost.db", "outpost.db-wal"] {
            let data = (try? Data(contentsOf: URL(fileURLWithPath: dir.file("state/\(file)")))) ?? Data()
            for secret in ["Lindqvist", "00482913", "617-555-0134"] {
                #expect(data.range(of: Data(secret.utf8)) == nil, "\(secret) in \(file) in clear")
            }
        }
    }
}
