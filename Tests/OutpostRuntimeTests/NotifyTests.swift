import Foundation
import OutpostTesting
import OutpostTestingDaemon
import Testing

@testable import OutpostRuntime
import OutpostSupport

/// The notify protocol against a real datagram socket, path and abstract namespace.
@Suite(.offThePool) struct NotifyTests {
    @Test func sendsToPathSocket() throws {
        let dir = try TempDirectory(prefix: "ntf")
        defer { dir.remove() }
        let listener = try DatagramListener(address: dir.file("notify.sock"))
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": listener.address])
        try notifier.notify("READY=1\nSTATUS=queue 0")
        #expect(listener.receive(timeout: 2) == "READY=1\nSTATUS=queue 0")
    }

    @Test func sendsToAbstractSocket() throws {
        let name = "@outpost-test-\(UUID().uuidString.prefix(8))"
        let listener = try DatagramListener(address: name)
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": name])
        try notifier.notify("WATCHDOG=1")
        #expect(listener.receive(timeout: 2) == "WATCHDOG=1")
    }

    @Test func disabledWithoutEnvironment() throws {
        let notifier = SystemdNotifier(environment: [:])
        #expect(!notifier.isEnabled)
        try notifier.notify("READY=1")  // a no-op, not an error
    }

    @Test func missingSocketIsAnError() {
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": "/nonexistent/notify.sock"])
        #expect(throws: SystemCallError.self) { try notifier.notify("READY=1") }
    }

    @Test func watchdogIntervalIsHalfOfUsec() {
        #expect(SystemdNotifier.watchdogInterval(environment: ["WATCHDOG_USEC": "4000000"]) == .seconds(2))
        #expect(SystemdNotifier.watchdogInterval(environment: [:]) == nil)
        #expect(SystemdNotifier.watchdogInterval(environment: ["WATCHDOG_USEC": "4000000", "WATCHDOG_PID": "1"]) == nil)
        #expect(SystemdNotifier.watchdogInterval(environment: ["WATCHDOG_USEC": "garbage"]) == nil)
    }

    @Test func readinessGateReleasesWaiters() async {
        let gate = ReadinessGate()
        #expect(!gate.isOpen)
        async let waited: Void = gate.wait()
        gate.open()
        await waited
        gate.open()
        await gate.wait()  // returns at once once open
        #expect(gate.isOpen)
    }
}
