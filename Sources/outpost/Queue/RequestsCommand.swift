import ArgumentParser
import Foundation
import OutpostAPI

struct RequestsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "requests",
        abstract: "List and show requests the daemon accepted.",
        subcommands: [List.self, Show.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List requests, newest first.",
            discussion: """
                Examples:
                  outpost requests list
                  outpost requests list --status queued --limit 20
                  outpost requests list --json | jq -r '.requests[].id'
                """)
        @OptionGroup var socket: SocketOptions
        @Option(help: "Only this status: answered, queued, sending, failed, refused, expired.") var status: String?
        @Option(help: "At most this many (1-1000).") var limit = 50
        @Flag(help: "Print JSON.") var json = false

        func validate() throws {
            guard (1...1000).contains(limit) else { throw ValidationError("--limit must be 1-1000") }
            if let status, !["answered", "queued", "sending", "failed", "refused", "expired"].contains(status) {
                throw ValidationError("--status must be one of answered, queued, sending, failed, refused, expired")
            }
        }

        func run() async throws {
            var path = "/v1/requests?limit=\(limit)"
            if let status { path += "&status=\(status)" }
            let list = try DaemonClient(socket).get(RequestList.self, path: path)
            if json { JSONOutput.printLine(list); return }
            let requests = list.requests
            var table = Table("ID", "CREATED", "STATUS", "ROUTE", "INTENT", "TEXT (REDACTED)")
            for r in requests {
                let text = r.redacted.replacingOccurrences(of: "\n", with: " ")
                table.add(String(r.id.prefix(8)), r.createdAt, r.status, r.route, r.intent ?? "-", String(text.prefix(60)))
            }
            print(requests.isEmpty ? "no requests" : table.render())
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one request with its re-identified answer.",
            discussion: "Example:\n  outpost requests show 25b5c6e8-3a33-4fda-9635-babe8c7bc5f9")
        @OptionGroup var socket: SocketOptions
        @Argument(help: "The request id (from `outpost requests list --json` or the API).") var id: String
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let encoded = id.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-_."))) ?? id
            let r = try DaemonClient(socket).get(RequestView.self, path: "/v1/requests/\(encoded)")
            if json { JSONOutput.printLine(r); return }
            let keywords = r.keywords.map(\.text).joined(separator: ", ")
            let confidence = r.confidence.map { String(format: "%.2f", $0) } ?? "-"
            var rows: [(String, String)] = [
                ("id", r.id), ("status", r.status), ("route", r.route),
                ("reason", r.reason), ("intent", "\(r.intent ?? "-") (\(confidence))"),
                ("keywords", keywords), ("redacted", r.redacted), ("answer", r.answer ?? "(none yet)"),
            ]
            for call in r.toolCalls ?? [] { rows.append(("tool call", "\(call.name)(\(call.arguments))")) }
            if let usage = r.usage { rows.append(("tokens", "\(usage.promptTokens) in, \(usage.completionTokens) out")) }
            print(rows.map { Terminal.paint($0.0.padding(toLength: 10, withPad: " ", startingAt: 0), .bold) + " " + $0.1 }.joined(separator: "\n"))
        }
    }
}
