import ArgumentParser
import Foundation
import OutpostAPI

struct QueueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "Inspect and act on the outbox (work waiting for the cloud).",
        discussion: """
            Items go pending → sending → delivered, or dead after too many attempts, expiry, a refusal by \
            the cloud that will never succeed, or the outbound guard. Payloads are redacted; nothing here \
            shows identifiers.
            Examples:
              outpost queue stats
              outpost queue list --state dead
              outpost queue show 42
              outpost queue retry 42      # dead → pending, fresh attempt budget
              outpost queue drop 42       # give up on it (counted)
            """,
        subcommands: [List.self, Show.self, Retry.self, Drop.self, Stats.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List outbox items, newest first.")
        @OptionGroup var socket: SocketOptions
        @Option(help: "Only this state: pending, sending, delivered, dead.") var state: String?
        @Option(help: "At most this many (1-1000).") var limit = 50
        @Flag(help: "Print JSON.") var json = false

        func validate() throws {
            guard (1...1000).contains(limit) else { throw ValidationError("--limit must be 1-1000") }
            if let state, !["pending", "sending", "delivered", "dead"].contains(state) {
                throw ValidationError("--state must be one of pending, sending, delivered, dead")
            }
        }

        func run() async throws {
            var path = "/v1/queue?limit=\(limit)"
            if let state { path += "&state=\(state)" }
            let list = try DaemonClient(socket).get(QueueList.self, path: path)
            if json { JSONOutput.printLine(list); return }
            let items = list.items
            var table = Table("ID", "KIND", "STATE", "ATTEMPTS", "NEXT", "REASON/ERROR")
            for i in items {
                let next = String(format: "%+.0fs", i.nextAttemptAt - Date().timeIntervalSince1970)
                let why = i.deadReason ?? i.lastError ?? ""
                table.add("\(i.id)", i.kind, i.state, "\(i.attempts)", i.state == "pending" ? next : "-", String(why.prefix(60)))
            }
            print(items.isEmpty ? "the outbox is empty" : table.render())
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one outbox item with its (redacted) payload, as JSON.")
        @OptionGroup var socket: SocketOptions
        @Argument(help: "Outbox item id.") var id: Int64
        func run() async throws {
            JSONOutput.printLine(try DaemonClient(socket).get(QueueItem.self, path: "/v1/queue/\(id)"))
        }
    }

    struct Retry: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Put a dead or waiting item back in line now with a fresh attempt budget.")
        @OptionGroup var socket: SocketOptions
        @Argument(help: "Outbox item id.") var id: Int64
        @Flag(help: "Print JSON.") var json = false
        func run() async throws {
            try QueueCommand.post("retry", id: id, socket: socket, json: json, done: "queued for another attempt")
        }
    }

    struct Drop: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Give up on an item that is not being sent (counted as dropped by a technician).")
        @OptionGroup var socket: SocketOptions
        @Argument(help: "Outbox item id.") var id: Int64
        @Flag(help: "Print JSON.") var json = false
        func run() async throws {
            try QueueCommand.post("drop", id: id, socket: socket, json: json, done: "dropped")
        }
    }

    /// `POST /v1/queue/{id}/{action}`: the daemon's JSON with `--json`, else one sentence.
    static func post(_ action: String, id: Int64, socket: SocketOptions, json: Bool, done: String) throws {
        let answer = try DaemonClient(socket).get(QueueAction.self, method: "POST", path: "/v1/queue/\(id)/\(action)")
        if json { JSONOutput.printLine(answer) } else { print("item \(id) \(done)") }
    }

    struct Stats: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Queue depth, age, and every counter (deliveries, failures, drops and why).")
        @OptionGroup var socket: SocketOptions
        @Flag(help: "Print JSON.") var json = false
        func run() async throws {
            let s = try DaemonClient(socket).get(QueueStats.self, path: "/v1/queue/stats")
            if json { JSONOutput.printLine(s); return }
            let age = s.oldestPendingAgeS.map { String(format: ", oldest %.0f s", $0) } ?? ""
            print("pending \(s.pending) (\(s.pendingBytes) bytes), sending \(s.sending), dead \(s.dead), delivered \(s.delivered)\(age)")
            let counters = s.counters.sorted { $0.key < $1.key }
            var table = Table("COUNTER", "VALUE")
            for (k, v) in counters { table.add(k, "\(v)") }
            if !counters.isEmpty { print(table.render()) }
        }
    }
}
