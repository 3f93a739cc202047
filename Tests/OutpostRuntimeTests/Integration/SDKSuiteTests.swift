import Foundation
import OutpostTesting
import OutpostTestingDaemon
import Testing

/// The client suite in `Tests/sdk/suite.py` (written blind, from the interface's contract: the
/// official `openai` SDK and LangChain's `ChatOpenAI`/`OpenAIEmbeddings`) against the real daemon
/// with the imported encoder, escalating to a real `outpost-hq` over TCP; then every byte hq
/// received is searched for the identifiers the suite planted in any message of any turn. Then
/// `Tests/sdk/conformance.py` validates the raw responses against the SDK's generated types.
@Suite(.serialized, .offThePool, .enabled(if: SDKSuite.ready, """
    needs the built binaries, $OUTPOST_PYTHON with openai and langchain-openai (Tests/sdk/requirements.txt) \
    and the encoder model in the cache (demo-intents.outpost or minilm-l6.outpost)
    """))
struct SDKSuiteTests {
    @Test func theBlindClientSuitePassesAndNoPlantedIdentifierReachesTheCloud() throws {
        try SDKSuite.run()
    }
}

enum SDKSuite {
    static var suite: String { script("suite.py") }
    static var conformance: String { script("conformance.py") }
    static func script(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../sdk/\(name)").standardized.path
    }

    /// The model the daemon loads: the demo's intent model when built (so the local intent model is
    /// listed), else the bare encoder.
    static var model: String? {
        let env = ProcessInfo.processInfo.environment
        let cache = env["OUTPOST_CACHE"] ?? NSHomeDirectory() + "/.cache/outpost"
        return [cache + "/demo-intents.outpost", env["OUTPOST_ENCODER"] ?? cache + "/minilm-l6.outpost"].first { FileManager.default.fileExists(atPath: $0) }
    }

    static var ready: Bool {
        guard BuiltProducts.exists("outpostd"), BuiltProducts.exists("outpost-hq"), model != nil,
              FileManager.default.fileExists(atPath: suite), let python = SDKPython.path else { return false }
        return (try? ChildProcess(python, arguments: ["-c", "import openai, langchain_openai"]).runToEnd().status) == 0
    }

    static func run() throws {
        let dir = try TempDirectory(prefix: "sdksuite")
        defer { dir.remove() }
        let hq = try HQProcess(dataDir: dir.file("hq"), logPath: dir.file("hq.log"))
        defer { hq.stop() }
        let port = freeLoopbackPort()
        let token = try dir.write("token", "suite-token\n")
        let harness = try DaemonHarness(directory: dir.path, config: """
            state_dir = "\(dir.file("state"))"
            [model]
            path = "\(try #require(Self.model))"
            [cloud]
            base_url = "\(hq.baseURL)"
            facade_wait_s = 30
            [outbox]
            startup_delay_s = 0
            initial_rate = 50
            max_rate = 200
            """, api: "listen = \"127.0.0.1:\(port)\"\ntoken_file = \"\(token)\"")
        try harness.start()
        defer { _ = harness.stop() }
        let run = try ChildProcess(try #require(SDKPython.path), arguments: [Self.suite, "http://127.0.0.1:\(port)/v1", "suite-token"]).runToEnd(timeout: 600)
        let out = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "suite printed no JSON: \(run.stderr.suffix(2000))")
        let checks = try #require(out["checks"] as? [[String: Any]])
        let failed = checks.filter { $0["ok"] as? Bool != true }
        for check in failed { Issue.record("\(check["name"] ?? "?"): \(check["detail"] ?? "")") }
        #expect(run.status == 0 || !failed.isEmpty, "\(run.stderr.suffix(2000))")
        #expect(checks.count >= 10, "the suite ran \(checks.count) checks")
        // The raw responses against OpenAI's API description as the SDK's generated types encode it.
        let conformance = try ChildProcess(try #require(SDKPython.path), arguments: [Self.conformance, "http://127.0.0.1:\(port)/v1", "suite-token"]).runToEnd(timeout: 300)
        let verdict = try #require(try JSONSerialization.jsonObject(with: Data(conformance.stdout.utf8)) as? [String: Any], "conformance printed no JSON: \(conformance.stderr.suffix(2000))")
        for check in (verdict["checks"] as? [[String: Any]] ?? []) where check["ok"] as? Bool != true {
            Issue.record("conformance: \(check["name"] ?? "?"): \(check["detail"] ?? "")")
        }
        #expect(conformance.status == 0)
        // Nothing planted in any turn, system prompt or tool description reached hq.
        let received = hq.received().map { "\($0)" }.joined(separator: "\n")
        #expect(!received.isEmpty)
        for secret in (out["planted"] as? [String] ?? []) where secret.count >= 4 {
            #expect(!received.contains(secret), "hq received the planted identifier \(secret)")
        }
    }
}
