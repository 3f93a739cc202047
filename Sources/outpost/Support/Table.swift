import Foundation
/// A plain text table for terminals: padded columns, a bold header on a colour terminal.
struct Table {
    var headers: [String]
    var rows: [[String]] = []

    init(_ headers: String...) { self.headers = headers }

    mutating func add(_ cells: String...) { rows.append(cells) }

    func render() -> String {
        let widths = headers.indices.map { i in
            ([headers[i]] + rows.map { i < $0.count ? $0[i] : "" }).map(\.count).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in i == cells.count - 1 ? c : c.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                .joined(separator: "  ")
        }
        let header = Terminal.paint(line(headers), .bold)
        return ([header] + rows.map(line)).joined(separator: "\n")
    }
}
