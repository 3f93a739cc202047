import Foundation
import Testing
@testable import OutpostLights

/// A fake /sys/class/leds in a temp directory.
struct FakeLEDClass {
    let root: String

    init(leds: [String: Bool]) throws {  // name → has timer trigger
        root = NSTemporaryDirectory() + "outpost-leds-\(UUID().uuidString)"
        for (name, timer) in leds {
            let dir = root + "/" + name
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try "0\n".write(toFile: dir + "/brightness", atomically: false, encoding: .utf8)
            try "255\n".write(toFile: dir + "/max_brightness", atomically: false, encoding: .utf8)
            try (timer ? "[none] timer heartbeat\n" : "[none] heartbeat\n").write(toFile: dir + "/trigger", atomically: false, encoding: .utf8)
            if timer {
                try "500\n".write(toFile: dir + "/delay_on", atomically: false, encoding: .utf8)
                try "500\n".write(toFile: dir + "/delay_off", atomically: false, encoding: .utf8)
            }
        }
    }

    func read(_ name: String, _ attribute: String) -> String? {
        try? String(contentsOfFile: "\(root)/\(name)/\(attribute)", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

@Suite struct SysfsBackendTests {
    @Test func picksFirstPresentNameAndWritesBrightness() throws {
        let fake = try FakeLEDClass(leds: ["ACT": false])
        defer { fake.remove() }
        var options = LightsOptions()
        options.sysfsRoot = fake.root
        let led = try SysfsLED(names: ["led0", "ACT"], options: options)
        #expect(led.directory == fake.root + "/ACT")
        try led.set(true)
        #expect(fake.read("ACT", "brightness") == "255")
        try led.set(false)
        #expect(fake.read("ACT", "brightness") == "0")
        #expect(try led.blink(onMilliseconds: 100, offMilliseconds: 100) == false)  // no timer trigger offered
    }

    @Test func timerTriggerBlinksInHardware() throws {
        let fake = try FakeLEDClass(leds: ["status:green": true])
        defer { fake.remove() }
        var options = LightsOptions()
        options.sysfsRoot = fake.root
        let led = try SysfsLED(names: ["status:green"], options: options)
        #expect(try led.blink(onMilliseconds: 150, offMilliseconds: 350))
        #expect(fake.read("status:green", "trigger") == "timer")
        #expect(fake.read("status:green", "delay_on") == "150")
        #expect(fake.read("status:green", "delay_off") == "350")
        try led.set(true)  // a steady level cancels the timer
        #expect(fake.read("status:green", "trigger") == "none")
        #expect(fake.read("status:green", "brightness") == "255")
    }

    /// delay_on/delay_off not writable (root-owned after the trigger attached): software blink.
    @Test func unwritableTimerFallsBackToSoftwareBlink() throws {
        let fake = try FakeLEDClass(leds: ["status:red": true])
        defer { fake.remove() }
        try FileManager.default.removeItem(atPath: fake.root + "/status:red/delay_on")
        try FileManager.default.createDirectory(atPath: fake.root + "/status:red/delay_on", withIntermediateDirectories: false)
        var options = LightsOptions()
        options.sysfsRoot = fake.root
        let led = try SysfsLED(names: ["status:red"], options: options)
        #expect(try led.blink(onMilliseconds: 150, offMilliseconds: 350) == false)
        #expect(fake.read("status:red", "trigger") == "none")
        #expect(try led.blink(onMilliseconds: 150, offMilliseconds: 350) == false)  // not tried again
        try led.set(true)
        #expect(fake.read("status:red", "brightness") == "255")
    }

    @Test func missingLEDNamesWhatWasTried() throws {
        let fake = try FakeLEDClass(leds: [:])
        defer { fake.remove() }
        var options = LightsOptions()
        options.sysfsRoot = fake.root
        do {
            _ = try SysfsLED(names: ["ACT", "led0"], options: options)
            Issue.record("opened a missing LED")
        } catch {
            #expect(error.code == .sysfsLEDNotFound)
            #expect(error.message.contains("ACT or led0"))
        }
    }

    @Test func factoryErrorsNameTheBoardEntry() throws {
        let fake = try FakeLEDClass(leds: [:])
        defer { fake.remove() }
        var options = LightsOptions()
        options.sysfsRoot = fake.root
        let board = try Board.parse("""
            [leds.status]
            backend = "sysfs"
            sysfs = ["ACT"]
            """, source: "board/pi.toml")
        do {
            _ = try LEDDriverFactory(options: options).open(board.leds[0], board: board)
            Issue.record("opened")
        } catch {
            #expect(error.entry == "board/pi.toml:1 [leds.status]")
            #expect(error.description.hasPrefix("board/pi.toml:1 [leds.status]: "))
        }
    }
}

@Suite struct SimBackendTests {
    @Test func simPanelWritesJSONOnChange() throws {
        let file = NSTemporaryDirectory() + "outpost-sim-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: file) }
        let panel = SimPanel(file: file)
        let status = try SimLED(role: .status, panel: panel)
        let fault = try SimLED(role: .fault, panel: panel)
        try status.set(true)
        try status.set(true)  // no change, no write
        try fault.set(false)
        #expect(panel.snapshot == [.status: true, .fault: false])
        #expect(panel.changeCount == 3)  // two initial "off" + status on
        let decoded = try JSONDecoder().decode(SimPanelFile.self, from: Data(contentsOf: URL(fileURLWithPath: file)))
        #expect(decoded.leds == ["status": true, "fault": false])
        status.close()
        #expect(panel.snapshot[.status] == false)
    }

    @Test func unwritableSimFileIsAnError() {
        let panel = SimPanel(file: "/nonexistent-dir/leds.json")
        #expect(throws: LightsError.self) { _ = try SimLED(role: .status, panel: panel) }
    }
}
