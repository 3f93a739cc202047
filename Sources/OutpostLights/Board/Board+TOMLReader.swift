import OutpostSupport
import Foundation
import TOMLKit

/// Reading board files.
///
/// Keys (anything else is rejected with its line number):
///
/// | key | type | default | meaning |
/// |---|---|---|---|
/// | `name` | string | file name | board name |
/// | `description` | string | — | free text |
/// | `[leds.<role>]` | table | — | one per LED; role ∈ status, online, fault, rgb.red, rgb.green, rgb.blue |
/// | `backend` | string | required | `"gpio"`, `"sysfs"` or `"sim"` |
/// | `chip` | string | required for gpio | GPIO chip label (e.g. `pinctrl-rp1`) or `/dev/gpiochipN` |
/// | `line` | string or integer | required for gpio | line name (`"GPIO17"`) or offset (`17`) |
/// | `active_low` | bool | false | gpio only: the LED lights when the line is low |
/// | `sysfs` | array of strings (or one string) | required for sysfs | LED class names, first present wins |
/// | `description` | string | — | per LED: colour, position |
extension Board {
    /// Parses a board file's text. `source` names it in errors (e.g. `board/sim.toml`).
    public static func parse(_ text: String, source: String, defaultName: String? = nil) throws(LightsError) -> Board {
        try precheck(text, source: source)
        let index = TOMLSourceIndex(text)
        func where_(_ path: [String]) -> String {
            index.line(of: path).map { "\(source):\($0)" } ?? source
        }
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw LightsError(.boardSyntax, "not valid TOML: \(error.description)",
                              entry: "\(source):\(error.source.begin.line):\(error.source.begin.column)")
        } catch {
            throw LightsError(.boardSyntax, "not valid TOML: \(error)", entry: source)
        }

        var name = defaultName ?? (source as NSString).lastPathComponent.replacingOccurrences(of: ".toml", with: "")
        var description: String?
        var leds: [BoardLED] = []
        for (key, value) in root {
            switch key {
            case "name": name = try string(value, ["name"], where_)
            case "description": description = try string(value, ["description"], where_)
            case "leds":
                guard let table = value.table else { throw wrongType(["leds"], "a table ([leds.status] …)", value, where_) }
                leds = try readLEDs(table, source: source, index: index, where_)
            default:
                throw LightsError(.boardUnknownKey, "unknown key \"\(key)\"\(suggestion(key, ["name", "description", "leds"])) (known: name, description, [leds.<role>])", entry: where_([key]))
            }
        }
        if leds.isEmpty {
            throw LightsError(.boardMissingKey, "no LEDs: add at least one [leds.<role>] table (roles: \(roleList))", entry: source)
        }
        return Board(name: name, description: description, source: source, leds: leds)
    }

    /// Board files are a few hundred bytes; anything bigger is not one.
    public static let maximumFileSize = 256 * 1024

    /// Reads and parses a board file from disk.
    public static func load(path: String) throws(LightsError) -> Board {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= maximumFileSize else {
            throw LightsError(.boardInvalidValue, "\(size) bytes is too big for a board file (at most \(maximumFileSize))", entry: path)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LightsError(.boardNotFound, "cannot read board file \(path)", entry: path)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LightsError(.boardSyntax, "board file is not UTF-8 text", entry: path)
        }
        return try parse(text, source: path)
    }

    private static var roleList: String { LEDRole.allCases.map(\.rawValue).joined(separator: ", ") }

    private static func readLEDs(_ leds: TOMLTable, source: String, index: TOMLSourceIndex,
                                 _ where_: (([String]) -> String)) throws(LightsError) -> [BoardLED] {
        var result: [BoardLED] = []
        for (key, value) in leds {
            guard let table = value.table else {
                throw wrongType(["leds", key], "a table [leds.\(key)]", value, where_)
            }
            if key == "rgb" {
                for (channel, channelValue) in table {
                    guard let role = LEDRole(rawValue: "rgb.\(channel)") else {
                        throw LightsError(.boardUnknownLED, "unknown RGB channel \"\(channel)\"\(suggestion(channel, ["red", "green", "blue"])) (known: red, green, blue)",
                                          entry: where_(["leds", "rgb", channel]))
                    }
                    guard let channelTable = channelValue.table else {
                        throw wrongType(["leds", "rgb", channel], "a table [leds.rgb.\(channel)]", channelValue, where_)
                    }
                    result.append(try readLED(role, channelTable, path: ["leds", "rgb", channel], index: index, where_))
                }
                continue
            }
            guard let role = LEDRole(rawValue: key) else {
                throw LightsError(.boardUnknownLED, "unknown LED \"\(key)\"\(suggestion(key, LEDRole.allCases.map(\.rawValue) + ["rgb"])) (known: \(roleList))", entry: where_(["leds", key]))
            }
            result.append(try readLED(role, table, path: ["leds", key], index: index, where_))
        }
        return result
    }

    private static func readLED(_ role: LEDRole, _ table: TOMLTable, path: [String], index: TOMLSourceIndex,
                                _ where_: (([String]) -> String)) throws(LightsError) -> BoardLED {
        let known: Set<String> = ["backend", "chip", "line", "active_low", "sysfs", "description"]
        for key in table.keys where !known.contains(key) {
            throw LightsError(.boardUnknownKey, "unknown key \"\(key)\" in \(role.tableHeader)\(suggestion(key, known.sorted())) (known: \(known.sorted().joined(separator: ", ")))",
                              entry: where_(path + [key]))
        }
        guard let backendValue = table["backend"] else {
            throw LightsError(.boardMissingKey, "\(role.tableHeader) needs backend = \"gpio\", \"sysfs\" or \"sim\"", entry: where_(path))
        }
        let kind = try string(backendValue, path + ["backend"], where_)
        let description = try table["description"].map { v throws(LightsError) in try string(v, path + ["description"], where_) }
        let line = index.line(of: path) ?? 0
        func forbid(_ keys: [String]) throws(LightsError) {
            for key in keys where table[key] != nil {
                throw LightsError(.boardUnknownKey, "key \"\(key)\" is not used by backend \"\(kind)\" in \(role.tableHeader)",
                                  entry: where_(path + [key]))
            }
        }
        switch kind {
        case "gpio":
            try forbid(["sysfs"])
            guard let chipValue = table["chip"] else {
                throw LightsError(.boardMissingKey, "\(role.tableHeader) with backend \"gpio\" needs chip = \"<chip label>\"", entry: where_(path))
            }
            let chip = try string(chipValue, path + ["chip"], where_)
            guard let lineValue = table["line"] else {
                throw LightsError(.boardMissingKey, "\(role.tableHeader) with backend \"gpio\" needs line = \"<line name>\" or an offset", entry: where_(path))
            }
            let ref: GpioLineRef
            if let offset = lineValue.int, lineValue.type == .int {
                guard offset >= 0 else {
                    throw LightsError(.boardInvalidValue, "line offset must be 0 or more, not \(offset)", entry: where_(path + ["line"]))
                }
                ref = .offset(offset)
            } else if lineValue.type == .string, let name = lineValue.string, !name.isEmpty {
                ref = .name(name)
            } else {
                throw wrongType(path + ["line"], "a line name (string) or offset (integer)", lineValue, where_)
            }
            var activeLow = false
            if let v = table["active_low"] {
                guard v.type == .bool, let b = v.bool else { throw wrongType(path + ["active_low"], "true or false", v, where_) }
                activeLow = b
            }
            return BoardLED(role: role, backend: .gpio(chip: chip, line: ref, activeLow: activeLow), description: description, sourceLine: line)
        case "sysfs":
            try forbid(["chip", "line", "active_low"])
            guard let v = table["sysfs"] else {
                throw LightsError(.boardMissingKey, "\(role.tableHeader) with backend \"sysfs\" needs sysfs = [\"<led name>\", …]", entry: where_(path))
            }
            var names: [String] = []
            if v.type == .string, let s = v.string {
                names = [s]
            } else if v.type == .array, let array = v.array {
                for item in array {
                    guard item.type == .string, let s = item.string else {
                        throw wrongType(path + ["sysfs"], "a list of LED names (strings)", item, where_)
                    }
                    names.append(s)
                }
            } else {
                throw wrongType(path + ["sysfs"], "a list of LED names (strings)", v, where_)
            }
            guard !names.isEmpty, names.allSatisfy({ !$0.isEmpty && !$0.contains("/") && $0 != ".." }) else {
                throw LightsError(.boardInvalidValue, "sysfs needs at least one LED name, without \"/\"", entry: where_(path + ["sysfs"]))
            }
            return BoardLED(role: role, backend: .sysfs(names: names), description: description, sourceLine: line)
        case "sim":
            try forbid(["chip", "line", "active_low", "sysfs"])
            return BoardLED(role: role, backend: .sim, description: description, sourceLine: line)
        default:
            throw LightsError(.boardInvalidValue, "unknown backend \"\(kind)\"\(suggestion(kind, ["gpio", "sysfs", "sim"])) (use \"gpio\", \"sysfs\" or \"sim\")", entry: where_(path + ["backend"]))
        }
    }

    private static func precheck(_ text: String, source: String) throws(LightsError) {
        if let problem = TOMLPrecheck.problem(in: text) {
            throw LightsError(.boardSyntax, problem.message, entry: "\(source):\(problem.line):\(problem.column)")
        }
    }

    /// ` (did you mean "line"?)` when a known word is within 2 edits of `word`.
    static func suggestion(_ word: String, _ known: [String]) -> String {
        let best = known.map { ($0, editDistance(word.lowercased(), $0)) }.min { $0.1 < $1.1 }
        guard let best, best.1 > 0, best.1 <= 2 else { return "" }
        return " (did you mean \"\(best.0)\"?)"
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions and
    /// adjacent transpositions ("lnie" → "line") each count as one edit.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }

    private static func string(_ value: any TOMLValueConvertible, _ path: [String], _ where_: (([String]) -> String)) throws(LightsError) -> String {
        guard value.type == .string, let s = value.string else { throw wrongType(path, "a string", value, where_) }
        return s
    }

    private static func wrongType(_ path: [String], _ expected: String, _ value: any TOMLValueConvertible,
                                  _ where_: (([String]) -> String)) -> LightsError {
        LightsError(.boardWrongType, "\(path.joined(separator: ".")) must be \(expected), not \(value.type)", entry: where_(path))
    }
}
