import ArgumentParser
import Foundation
import OutpostAPI

struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show how the daemon is: database, model, cloud, queue, LEDs, problems.",
        discussion: """
            Examples:
              outpost status
              outpost status --json | jq .outbox.pending
              outpost status --socket /run/outpost/api.sock
            Exit status: 0 healthy, 1 running with problems, 69 daemon not running.
            """
    )

    @OptionGroup var socket: SocketOptions
    @Flag(help: "Print the status as JSON (the body of GET /v1/status).") var json = false

    func run() async throws {
        let client = DaemonClient(socket)
        let response = try client.request(method: "GET", path: "/v1/status")
        guard response.status == 200 else { try client.fail(response) }
        if json {
            FileHandle.standardOutput.write(response.body + Data("\n".utf8))
        } else {
            let report: StatusReport
            do { report = try JSONDecoder().decode(StatusReport.self, from: response.body) } catch {
                Terminal.error("outpost: cannot read the daemon's status (\(error)); are CLI and daemon the same version?")
                throw ExitCode.software
            }
            print(Self.render(report))
        }
        if let problems = (try? JSONDecoder().decode(Problems.self, from: response.body))?.problems, !problems.isEmpty {
            throw ExitCode.failure
        }
    }

    /// Only `problems` of the status body (read even with --json, which prints the body as it came).
    private struct Problems: Decodable {
        var problems: [String]?
    }

    static func render(_ r: StatusReport) -> String {
        func mb(_ bytes: Int64) -> String { String(format: "%.1f MiB", Double(bytes) / 1_048_576) }
        let cloud = r.online ? Terminal.paint("online", .green) : (r.cloudConfigured ? Terminal.paint("offline", .yellow) : "local only (no cloud configured)")
        var rows: [(String, String)] = [
            ("state", r.stateDir),
            ("database", "\(r.db.path) (\(mb(r.db.sizeBytes)))" + (r.db.ok ? "" : Terminal.paint(" NOT ANSWERING", .red))),
            ("quarantined", r.db.quarantined.isEmpty ? "none" : Terminal.paint(r.db.quarantined.joined(separator: ", "), .yellow)),
            ("model", r.model.map { $0.loaded ? "\($0.path)\($0.intents.map { " (\($0) intents)" } ?? "")" : Terminal.paint("not loaded: \($0.error ?? "")", .red) } ?? "none configured"),
            ("cloud", cloud),
            ("queue", "\(r.outbox.pending) pending, \(r.outbox.dead) dead" + (r.outbox.oldestPendingAgeS.map { String(format: ", oldest %.0f s", $0) } ?? "")),
            ("disk", "\(mb(r.disk.freeBytes)) free (floor \(mb(r.disk.floorBytes)))"),
            ("lights", "\(r.lights.pattern) on board \(r.lights.board)" + (r.lights.errors.isEmpty ? "" : Terminal.paint(" (\(r.lights.errors.joined(separator: "; ")))", .yellow))),
        ]
        rows.append(("problems", r.problems.isEmpty ? Terminal.paint("none", .green) : Terminal.paint(r.problems.joined(separator: "\n             "), .red)))
        let header = Terminal.paint("outpostd \(r.version)", .bold) + " — up \(Self.duration(r.uptimeS))"
        return ([header] + rows.map { "  " + $0.0.padding(toLength: 11, withPad: " ", startingAt: 0) + $0.1 }).joined(separator: "\n")
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds)
        if s < 60 { return "\(s)s" }
        if s < 3600 { return "\(s / 60)m \(s % 60)s" }
        if s < 86400 { return "\(s / 3600)h \((s % 3600) / 60)m" }
        return "\(s / 86400)d \((s % 86400) / 3600)h"
    }
}
