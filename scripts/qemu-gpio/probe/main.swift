// lights-probe: a stand-in for outpostd in the QEMU harness (run.sh --probe), for testing
// OutpostLights on a real kernel without the rest of the daemon. Runs LightsService on a
// board file and takes commands from a FIFO, one per line: "state <name>", "identify <s>",
// "test", "snapshot" (writes the snapshot JSON to the snapshot file), "quit".
// Built by build-probe.sh (static Swift stdlib) in a throwaway package outside the checkout.
import Foundation
import Logging
import OutpostLights
import ServiceLifecycle

let args = CommandLine.arguments
guard args.count >= 3 else { print("usage: lights-probe <board.toml> <fifo> [snapshot-file]"); exit(2) }
LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
let logger = Logger(label: "probe")
let board: Board
do { board = try Board.load(path: args[1]) } catch { print("board error: \(error)"); exit(1) }
let service = LightsService(board: board, options: LightsOptions(), clock: ContinuousClock(), logger: logger)
let snapshotFile = args.count > 3 ? args[3] : "/tmp/snapshot.json"

struct Commands: Service {
    let fifo: String
    let service: LightsService<ContinuousClock>
    let snapshotFile: String
    func run() async throws {
        while !Task.isShuttingDownGracefully {
            let text: String = await Task.detached { readFIFO(fifo) }.value
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: " ").map(String.init)
                switch parts.first {
                case "state": service.setOverride(parts.count > 1 ? LightsState(rawValue: parts[1]) : nil)
                case "identify": service.identify(seconds: Double(parts.count > 1 ? parts[1] : "5") ?? 5)
                case "test": service.test()
                case "quit": return
                default: break
                }
                let data = try JSONEncoder().encode(service.snapshot)
                try data.write(to: URL(fileURLWithPath: snapshotFile))
            }
        }
    }
}

let group = ServiceGroup(configuration: .init(
    services: [.init(service: service), .init(service: Commands(fifo: args[2], service: service, snapshotFile: snapshotFile), successTerminationBehavior: .gracefullyShutdownGroup)],
    gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
try await group.run()

func readFIFO(_ path: String) -> String {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return "" }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n <= 0 { break }
        bytes += buffer[..<n]
    }
    return String(decoding: bytes, as: UTF8.self)
}
