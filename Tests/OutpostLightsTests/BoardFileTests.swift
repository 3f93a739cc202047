import OutpostSupport
import Foundation
import Testing
@testable import OutpostLights

/// The repository's board/ directory, located from this file.
let boardDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../board").standardized.path

@Suite struct BoardFileTests {
    static let shipped = ["raspberry-pi-4", "raspberry-pi-5", "cm4-carrier", "beaglebone-black", "x86-generic", "sim", "qemu-gpio-sim"]

    @Test(arguments: shipped)
    func shippedBoardsParse(_ name: String) throws {
        let board = try BoardLocator(directories: [boardDirectory]).load(name)
        #expect(board.name == name)
        #expect(!board.leds.isEmpty)
        #expect(board.leds.allSatisfy { $0.sourceLine > 0 })
    }

    @Test func everyFileInBoardDirectoryParses() throws {
        let names = BoardLocator(directories: [boardDirectory]).available()
        #expect(Set(Self.shipped).isSubset(of: Set(names)))
        for name in names {
            #expect(throws: Never.self, "board/\(name).toml") { _ = try BoardLocator(directories: [boardDirectory]).load(name) }
        }
    }

    @Test func raspberryPi5UsesTheRP1Label() throws {
        let board = try BoardLocator(directories: [boardDirectory]).load("raspberry-pi-5")
        for led in board.leds {
            guard case .gpio(let chip, _, _) = led.backend else { Issue.record("\(led.role) is not gpio"); continue }
            #expect(chip == "pinctrl-rp1")
        }
    }

    @Test func fullExampleParses() throws {
        let text = """
            name = "demo"
            [leds.status]
            backend = "gpio"
            chip = "pinctrl-rp1"
            line = "GPIO17"
            active_low = true
            [leds.online]
            backend = "gpio"
            chip = "/dev/gpiochip0"
            line = 5
            [leds.fault]
            backend = "sysfs"
            sysfs = "ACT"
            [leds.rgb.blue]
            backend = "sim"
            """
        let b = try Board.parse(text, source: "demo.toml")
        #expect(b.roles == [.status, .online, .fault, .rgbBlue])
        #expect(b[.status]?.backend == .gpio(chip: "pinctrl-rp1", line: .name("GPIO17"), activeLow: true))
        #expect(b[.online]?.backend == .gpio(chip: "/dev/gpiochip0", line: .offset(5), activeLow: false))
        #expect(b[.fault]?.backend == .sysfs(names: ["ACT"]))
        #expect(b[.rgbBlue]?.sourceLine == 14)
        #expect(b[.status]?.entry(in: b) == "demo.toml:2 [leds.status]")
    }

    struct BadCase: Sendable, CustomTestStringConvertible {
        var label: String
        var text: String
        var code: LightsError.Code
        var line: Int
        var testDescription: String { label }
    }

    static let bad: [BadCase] = [
        BadCase(label: "typo in key", text: """
            [leds.status]
            backend = "gpio"
            chip = "x"
            lnie = "GPIO17"
            """, code: .boardUnknownKey, line: 4),
        BadCase(label: "wrong type", text: """
            # comment
            [leds.status]
            backend = "gpio"
            chip = "x"
            line = "a"
            active_low = "yes"
            """, code: .boardWrongType, line: 6),
        BadCase(label: "line is a float", text: """
            [leds.fault]
            backend = "gpio"
            chip = "x"

            line = 1.5
            """, code: .boardWrongType, line: 5),
        BadCase(label: "unknown LED", text: """
            [leds.status]
            backend = "sim"

            [leds.stauts]
            backend = "sim"
            """, code: .boardUnknownLED, line: 4),
        BadCase(label: "unknown rgb channel", text: """
            [leds.rgb.red]
            backend = "sim"
            [leds.rgb.purple]
            backend = "sim"
            """, code: .boardUnknownLED, line: 3),
        BadCase(label: "unknown top-level key", text: """
            name = "x"
            colour = "red"
            [leds.status]
            backend = "sim"
            """, code: .boardUnknownKey, line: 2),
        BadCase(label: "bad backend", text: """
            [leds.status]
            backend = "spi"
            """, code: .boardInvalidValue, line: 2),
        BadCase(label: "gpio without chip", text: """
            [leds.status]
            backend = "gpio"
            line = 3
            """, code: .boardMissingKey, line: 1),
        BadCase(label: "key of another backend", text: """
            [leds.status]
            backend = "sysfs"
            sysfs = ["ACT"]
            chip = "x"
            """, code: .boardUnknownKey, line: 4),
        BadCase(label: "sysfs list of numbers", text: """
            [leds.status]
            backend = "sysfs"
            sysfs = [1, 2]
            """, code: .boardWrongType, line: 3),
        BadCase(label: "syntax error", text: """
            [leds.status]
            backend = "sim"
            chip = "unterminated
            """, code: .boardSyntax, line: 3),
        BadCase(label: "dotted key typo", text: """
            leds.status.backend = "sim"
            leds.status.colour = "red"
            """, code: .boardUnknownKey, line: 2),
        BadCase(label: "no leds", text: """
            name = "empty"
            """, code: .boardMissingKey, line: 0),
    ]

    @Test(arguments: bad)
    func badBoardIsRejectedWithLineNumber(_ c: BadCase) {
        do {
            _ = try Board.parse(c.text, source: "bad.toml")
            Issue.record("accepted")
        } catch {
            #expect(error.code == c.code, "\(error)")
            if c.line > 0 {
                #expect(error.entry?.hasPrefix("bad.toml:\(c.line)") == true, "\(error)")
            } else {
                #expect(error.entry == "bad.toml")
            }
        }
    }

    @Test func typosGetASuggestion() {
        do {
            _ = try Board.parse("[leds.status]\nbackend = \"gpio\"\nchip = \"x\"\nlnie = 3\n", source: "b.toml")
        } catch {
            #expect(error.message.contains("did you mean \"line\"?"), "\(error)")
        }
        do {
            _ = try Board.parse("[leds.onlnie]\nbackend = \"sim\"\n", source: "b.toml")
        } catch {
            #expect(error.message.contains("did you mean \"online\"?"), "\(error)")
        }
        #expect(Board.editDistance("sysf", "sysfs") == 1)
        #expect(Board.editDistance("fault", "fault") == 0)
        #expect(Board.editDistance("xyz", "online") > 2)
    }

    @Test(arguments: [
        "\u{0}\u{1}\u{2}garbage\u{FF}",
        "[leds.status\nbackend=",
        "[[leds]]\nbackend = \"sim\"",
        "leds = 3",
        "[leds]\nstatus = \"sim\"",
        "[leds.rgb]\nred = 1",
        String(repeating: "[", count: 5000),
    ])
    func garbageIsAnErrorNotACrash(_ text: String) {
        #expect(throws: LightsError.self) { _ = try Board.parse(text, source: "junk.toml") }
    }

    @Test func precheckFindsWhatCrashesTOMLKit() {
        #expect(TOMLPrecheck.problem(in: String(repeating: "[", count: 5000))?.column == 3)
        #expect(TOMLPrecheck.problem(in: "ok = 1\n[[[a]]]")?.line == 2)
        #expect(TOMLPrecheck.problem(in: "a = \"\u{1}\"")?.message.contains("control character") == true)
        #expect(TOMLPrecheck.problem(in: "a = [[1, 2], [3]]\n[[b]]\nx = \"[[[[\" # [[[[[\n") == nil)
    }

    @Test func oversizeFileIsRefused() throws {
        let path = NSTemporaryDirectory() + "outpost-big-\(UUID().uuidString).toml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try String(repeating: "# padding\n", count: 30_000).write(toFile: path, atomically: false, encoding: .utf8)
        do { _ = try Board.load(path: path); Issue.record("loaded") } catch { #expect(error.message.contains("too big")) }
    }

    @Test func locatorFindsNamesAndPaths() throws {
        let locator = BoardLocator(directories: ["/nonexistent", boardDirectory])
        #expect(try locator.path(for: "sim") == boardDirectory + "/sim.toml")
        #expect(try locator.path(for: boardDirectory + "/sim.toml") == boardDirectory + "/sim.toml")
        #expect(locator.available().contains("raspberry-pi-5"))
        #expect(throws: LightsError.self) { try locator.path(for: "nope") }
        do { _ = try locator.path(for: "nope") } catch { #expect(error.code == .boardNotFound); #expect(error.message.contains("available")) }
    }

    @Test func sourceIndexHandlesQuotesAndSpaces() {
        let index = TOMLSourceIndex("""
            [ leds . "rgb" . red ]
            "backend" = "sim"
            x = "a = b"
            """)
        #expect(index.line(of: ["leds", "rgb", "red"]) == 1)
        #expect(index.line(of: ["leds", "rgb", "red", "backend"]) == 2)
        #expect(index.line(of: ["leds", "rgb", "red", "x"]) == 3)
        #expect(index.line(of: ["leds", "rgb", "red", "missing"]) == 1)
    }
}
