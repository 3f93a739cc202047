import Foundation
import Testing

@testable import OutpostRuntime
@testable import OutpostConfig

@Suite struct ConfigTests {
    @Test func defaultsWithoutFile() {
        let config = OutpostConfig(environment: [:])
        #expect(config.stateDir == "./var")
        #expect(config.board == "sim")
        #expect(config.socketPath(environment: [:]) == "./var/api.sock")
        #expect(config.routing.outOfScope == "cloud")
    }

    @Test func systemdDirectoriesAreHonoured() {
        let env = ["STATE_DIRECTORY": "/var/lib/outpost", "RUNTIME_DIRECTORY": "/run/outpost"]
        let config = OutpostConfig(environment: env)
        #expect(config.stateDir == "/var/lib/outpost")
        #expect(config.socketPath(environment: env) == "/run/outpost/api.sock")
    }

    @Test func readsEveryKind() throws {
        let config = try OutpostConfig.parse("""
            state_dir = "/tmp/x"
            board = "raspberry-pi-5"
            [api]
            socket = "/tmp/x/api.sock"
            max_body_bytes = 1000
            [routing]
            local_intents = ["opening_hours", "balance"]
            min_confidence = 1
            out_of_scope = "refuse"
            [routing.replies]
            opening_hours = "We are open 8-18."
            [redaction]
            patterns = [{ type = "MRN", regex = "MRN-[0-9]{8}" }]
            """, environment: [:])
        #expect(config.stateDir == "/tmp/x")
        #expect(config.api.socket == "/tmp/x/api.sock")
        #expect(config.api.maxBodyBytes == 1000)
        #expect(config.routing.localIntents == ["opening_hours", "balance"])
        #expect(config.routing.minConfidence == 1.0)
        #expect(config.routing.replies["opening_hours"] == "We are open 8-18.")
        #expect(config.redaction.patterns == [.init(type: "MRN", regex: "MRN-[0-9]{8}")])
    }

    @Test(arguments: [
        ("state_dir = \"a\"\nstate_dri = \"b\"\n", "state_dri", 2),
        ("[api]\nsocket = \"/x\"\n\nsockett = \"/y\"\n", "api.sockett", 4),
        ("[cloud]\nbase_url = \"http://h/v1\"\n[colud]\nmodel = \"m\"\n", "colud", 3),
        ("# comment\n[routing]\n  never_cloud = []\n  foo.bar = 1\n", "routing.foo", 4),
    ])
    func unknownKeyNamesKeyAndLine(source: String, key: String, line: Int) {
        #expect {
            _ = try OutpostConfig.parse(source, file: "outpost.toml", environment: [:])
        } throws: { error in
            guard let e = error as? ConfigError else { return false }
            return e.codeName == "config_unknown_key" && e.key == key && e.line == line
                && e.description.contains("'\(key)'") && e.description.hasPrefix("outpost.toml:\(line):")
        }
    }

    @Test(arguments: [
        ("[api]\nmax_body_bytes = \"big\"\n", "api.max_body_bytes", 2),
        ("board = 5\n", "board", 1),
        ("[routing]\nlocal_intents = \"a\"\n", "routing.local_intents", 2),
        ("[routing]\nlocal_intents = [1, 2]\n", "routing.local_intents", 2),
        ("api = 3\n", "api", 1),
    ])
    func wrongTypeNamesKeyAndLine(source: String, key: String, line: Int) {
        #expect {
            _ = try OutpostConfig.parse(source, environment: [:])
        } throws: { error in
            guard let e = error as? ConfigError else { return false }
            return e.codeName == "config_wrong_type" && e.key == key && e.line == line
        }
    }

    @Test func syntaxErrorHasLine() {
        #expect {
            _ = try OutpostConfig.parse("a = 1\n[api\n", environment: [:])
        } throws: { error in
            (error as? ConfigError)?.codeName == "config_syntax" && (error as? ConfigError)?.line == 2
        }
    }

    @Test func invalidValuesAreRejected() {
        for source in ["[routing]\nout_of_scope = \"maybe\"\n", "[api]\nlisten = \"0.0.0.0:8484\"\n", "log_level = \"loud\"\n",
                       "[cloud]\nbase_url = \"ftp://x\"\n", "[redaction]\npatterns = [{ type = \"X\", regex = \"([\" }]\n"] {
            #expect(throws: ConfigError.self) { _ = try OutpostConfig.parse(source, environment: [:]) }
        }
    }

    @Test func suggestsTheClosestKey() {
        #expect {
            _ = try OutpostConfig.parse("[cloud]\nbase_ulr = \"http://x/v1\"\n", environment: [:])
        } throws: { error in "\(error)".contains("did you mean 'cloud.base_url'") }
    }

    @Test func garbageAndBinaryInputFailCleanly() throws {
        let garbage = String(decoding: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }, as: UTF8.self)
        #expect(throws: ConfigError.self) { _ = try OutpostConfig.parse(garbage, environment: [:]) }
        let dir = try OutpostTestingDir()
        defer { dir.remove() }
        let binary = dir.path + "/bin.toml"
        try Data([0xff, 0xfe, 0x00, 0x41]).write(to: URL(fileURLWithPath: binary))
        #expect { _ = try OutpostConfig.load(path: binary, environment: [:]) } throws: { "\($0)".contains("not UTF-8") }
        #expect(throws: ConfigError.self) { _ = try OutpostConfig.load(path: dir.path + "/missing.toml", environment: [:]) }
    }

    @Test func pathologicalTOMLIsASyntaxErrorNotACrash() {
        for source in [String(repeating: "[", count: 5000), "a = [" + String(repeating: "[", count: 3000), "a = \"\u{0}\"\n"] {
            #expect { _ = try OutpostConfig.parse(source, environment: [:]) } throws: { ($0 as? ConfigError)?.codeName == "config_syntax" }
        }
    }

    @Test func schemaDocumentsEveryKey() {
        let paths = Set(OutpostConfig.schema.map(\.path))
        #expect(paths.count == OutpostConfig.schema.count)
        for key in OutpostConfig.schema { #expect(!key.summary.isEmpty && !key.defaultValue.isEmpty) }
    }
}

/// A temp dir without pulling OutpostTesting into this file's imports.
struct OutpostTestingDir {
    let path = FileManager.default.temporaryDirectory.path + "/cfg-\(UUID().uuidString.prefix(8))"
    init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// The README's configuration table and the schema (`outpost config keys`) list the same keys.
@Suite struct ConfigDocumentationTests {
    @Test func readmeTableMatchesTheSchema() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        var documented: Set<String> = []
        for line in text.split(separator: "\n") where line.hasPrefix("| `") {
            let firstCell = line.dropFirst(2).prefix { $0 != "|" }
            // "`cloud.ca_file`, `cloud.client_cert_file`": every backticked key of the first cell
            let parts = firstCell.split(separator: "`", omittingEmptySubsequences: false)
            for (k, part) in parts.enumerated() where k % 2 == 1 {
                let key = String(part)
                if key.allSatisfy({ $0.isLowercase || $0 == "_" || $0 == "." || $0.isNumber }) { documented.insert(key) }
            }
        }
        let schema = Set(OutpostConfig.schema.map(\.path))
        #expect(schema.subtracting(documented).isEmpty, "keys without a README row: \(schema.subtracting(documented).sorted())")
        #expect(documented.subtracting(schema).isEmpty, "README rows for keys the schema lacks: \(documented.subtracting(schema).sorted())")
    }
}
