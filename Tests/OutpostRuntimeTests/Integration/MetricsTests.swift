import Foundation
import OutpostAPI
import OutpostTesting
import OutpostTestingDaemon
import Testing

/// `GET /metrics` is valid Prometheus text format (checked by a strict parser here, and by the
/// reference `prometheus_client` parser when $OUTPOST_PYTHON has it) and counts what happened.
@Suite(.serialized, .offThePool, .enabled(if: BuiltProducts.exists("outpostd"), "needs the built outpostd"))
struct MetricsTests {
    /// Parses the text format 0.0.4: `# HELP`/`# TYPE` lines, then `name{label="v",…} value`.
    /// Returns samples by name (with labels) or throws on the first malformed line.
    static func parse(_ text: String) throws -> [String: [(labels: [String: String], value: Double)]] {
        struct Malformed: Error { let line: String }
        var samples: [String: [(labels: [String: String], value: Double)]] = [:]
        var typed: [String: String] = [:]
        let name = #/^[a-zA-Z_:][a-zA-Z0-9_:]*/#
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("# TYPE ") {
                let parts = line.split(separator: " ")
                guard parts.count == 4, ["counter", "gauge", "histogram", "summary", "untyped"].contains(parts[3]) else { throw Malformed(line: String(line)) }
                typed[String(parts[2])] = String(parts[3])
                continue
            }
            if line.hasPrefix("#") { continue }
            guard let m = line.prefixMatch(of: name) else { throw Malformed(line: String(line)) }
            let metric = String(m.output)
            var rest = line[m.range.upperBound...]
            var labels: [String: String] = [:]
            if rest.hasPrefix("{") {
                guard let close = rest.firstIndex(of: "}") else { throw Malformed(line: String(line)) }
                for pair in rest[rest.index(after: rest.startIndex)..<close].split(separator: ",") where !pair.isEmpty {
                    let kv = pair.split(separator: "=", maxSplits: 1)
                    guard kv.count == 2, kv[1].hasPrefix("\""), kv[1].hasSuffix("\"") else { throw Malformed(line: String(line)) }
                    labels[String(kv[0])] = String(kv[1].dropFirst().dropLast())
                }
                rest = rest[rest.index(after: close)...]
            }
            guard rest.hasPrefix(" "), let value = Double(rest.trimmingCharacters(in: .whitespaces).split(separator: " ")[0]) else {
                throw Malformed(line: String(line))
            }
            let family = ["_bucket", "_sum", "_count", "_total"].reduce(metric) { $0.hasSuffix($1) && typed[String($0.dropLast($1.count))] != nil ? String($0.dropLast($1.count)) : $0 }
            guard typed[family] != nil || typed[metric] != nil else { throw Malformed(line: "no # TYPE before \(line)") }
            samples[metric, default: []].append((labels, value))
        }
        return samples
    }

    @Test func metricsParseAndCount() throws {
        let dir = try TempDirectory(prefix: "met")
        defer { dir.remove() }
        let harness = try DaemonHarness(directory: dir.path, config: "state_dir = \"\(dir.file("state"))\"")
        try harness.start()
        defer { _ = harness.stop() }
        for i in 0..<3 { #expect(harness.submit("question number \(i) about the clinic")?.status == 201) }
        #expect(try harness.client().request("POST", "/v1/requests", body: Data("{}".utf8)).status == 400)
        var text = ""
        let ready = DaemonHarness.eventually(timeout: 10) {
            text = String(decoding: (try? harness.client().request("GET", "/metrics"))?.body ?? Data(), as: UTF8.self)
            // The gauges are refreshed once a second: wait until they show the three queued requests.
            return (try? Self.parse(text))?["outpost_outbox_items"]?.contains { $0.labels["state"] == "pending" && $0.value == 3 } == true
        }
        #expect(ready, "\(text)")
        let samples = try Self.parse(text)
        let requests = samples["outpost_requests_total"]?.reduce(0) { $0 + $1.value } ?? 0
        #expect(requests == 3)
        #expect(samples["outpost_analyze_seconds_count"]?.first?.value == 3)
        #expect(samples["outpost_outbox_items"]?.first { $0.labels["state"] == "pending" }?.value == 3)
        for gauge in ["outpost_online", "outpost_disk_free_bytes", "outpost_vault_entries", "outpost_outbox_oldest_age_seconds"] {
            #expect(samples[gauge] != nil, "missing \(gauge)")
        }
        // The reference parser, when available.
        if let python = ProcessInfo.processInfo.environment["OUTPOST_PYTHON"],
           (try? ChildProcess(python, arguments: ["-c", "import prometheus_client"]).runToEnd().status) == 0 {
            let file = try dir.write("metrics.txt", text)
            let check = try ChildProcess(python, arguments: ["-c", """
                import sys
                from prometheus_client.parser import text_string_to_metric_families
                n = sum(len(f.samples) for f in text_string_to_metric_families(open(sys.argv[1]).read()))
                print(n)
                """, file]).runToEnd()
            #expect(check.status == 0, "\(check.stderr)")
        }
        // Prometheus's own linter (Debian's prometheus package), when installed: no findings at all.
        if let promtool = ["/usr/bin/promtool", "/usr/local/bin/promtool"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            let file = try dir.write("metrics-lint.txt", text)
            let lint = try ChildProcess("/bin/sh", arguments: ["-c", "\"$0\" check metrics < \"$1\" 2>&1", promtool, file]).runToEnd()
            #expect(lint.status == 0 && lint.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "promtool: \(lint.stdout)")
        } else {
            print("MetricsTests: promtool not installed (apt install prometheus); lint skipped")
        }
    }
}
