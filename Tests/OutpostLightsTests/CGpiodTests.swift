import Foundation
import Testing
@testable import OutpostLights

/// Whether the build machine has some libgpiod (the tests that need one skip otherwise).
let hostHasLibgpiod: Bool = (try? GpioLibrary()) != nil

@Suite struct CGpiodTests {
    @Test func missingLibraryIsAClearError() {
        do {
            _ = try GpioLibrary(path: "/nonexistent/libgpiod.so.3")
            Issue.record("loaded a library that does not exist")
        } catch {
            #expect(error.code == .libraryMissing)
            #expect(error.message.contains("/nonexistent/libgpiod.so.3"))
        }
    }

    @Test func aLibraryWithoutGpiodSymbolsIsRejected() {
        // libm is present everywhere and exports none of libgpiod's symbols.
        do {
            _ = try GpioLibrary(path: "libm.so.6")
            Issue.record("accepted libm as libgpiod")
        } catch {
            #expect(error.code == .libraryMissing)
            #expect(error.message.contains("does not export"))
        }
    }

    @Test func gpioLEDWithoutLibraryDegradesWithBoardEntry() throws {
        var options = LightsOptions()
        options.libgpiodPath = "/nonexistent/libgpiod.so.2"
        let board = try Board.parse("""
            [leds.online]
            backend = "gpio"
            chip = "pinctrl-rp1"
            line = "GPIO27"
            """, source: "board/raspberry-pi-5.toml")
        do {
            _ = try LEDDriverFactory(options: options).open(board.leds[0], board: board)
            Issue.record("opened without libgpiod")
        } catch {
            #expect(error.code == .libraryMissing)
            #expect(error.entry == "board/raspberry-pi-5.toml:1 [leds.online]")
        }
    }

    @Test(.enabled(if: hostHasLibgpiod, "needs libgpiod.so.2 or .so.3 on the build machine (apt install libgpiod2)"))
    func missingChipIsNamedByLabel() throws {
        let library = try GpioLibrary()
        #expect([1, 2].contains(library.apiVersion))
        let emptyDev = NSTemporaryDirectory() + "outpost-dev-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: emptyDev, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: emptyDev) }
        do {
            _ = try library.requestOutput(chip: "pinctrl-rp1", line: .name("GPIO17"), activeLow: false, deviceDirectory: emptyDev)
            Issue.record("found a chip in an empty directory")
        } catch {
            #expect(error.code == .chipNotFound)
            #expect(error.message.contains("pinctrl-rp1"))
        }
    }

    @Test(.enabled(if: hostHasLibgpiod, "needs libgpiod.so.2 or .so.3 on the build machine (apt install libgpiod2)"))
    func nonCharacterDevicePathIsRefused() throws {
        let library = try GpioLibrary()
        #expect(throws: LightsError.self) {
            _ = try library.requestOutput(chip: "/dev/null", line: .offset(0), activeLow: false)
        }
    }
}
