import Foundation

/// The few protobuf wire-format operations OTLP needs (varint, fixed64, length-delimited), so
/// events go out as protobuf without a code generator. Field numbers live with the messages
/// (`OTLPLogs`); the official `.proto` files check them in tests.
struct ProtobufWriter {
    private(set) var bytes: [UInt8] = []

    mutating func varint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    private mutating func tag(_ field: Int, wireType: UInt64) {
        varint(UInt64(field) << 3 | wireType)
    }

    /// An `int64`, `uint32`, enum or `bool` field (omitted when zero, as proto3 does).
    mutating func varintField(_ field: Int, _ value: Int64) {
        guard value != 0 else { return }
        tag(field, wireType: 0)
        varint(UInt64(bitPattern: value))
    }

    mutating func fixed64Field(_ field: Int, _ value: UInt64) {
        guard value != 0 else { return }
        tag(field, wireType: 1)
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    mutating func fixed32Field(_ field: Int, _ value: UInt32) {
        guard value != 0 else { return }
        tag(field, wireType: 5)
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    /// A varint field holding 0, written although proto3 would omit it: inside a `oneof`
    /// (`AnyValue.int_value = 0`, `bool_value = false`) presence is the value.
    mutating func zeroVarintField(_ field: Int) {
        tag(field, wireType: 0)
        varint(0)
    }

    mutating func doubleField(_ field: Int, _ value: Double) {
        tag(field, wireType: 1)
        let bits = value.bitPattern
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
    }

    mutating func bytesField(_ field: Int, _ value: [UInt8], always: Bool = false) {
        guard always || !value.isEmpty else { return }
        tag(field, wireType: 2)
        varint(UInt64(value.count))
        bytes.append(contentsOf: value)
    }

    mutating func stringField(_ field: Int, _ value: String, always: Bool = false) {
        bytesField(field, Array(value.utf8), always: always)
    }

    /// An embedded message, written by `body` (present even when empty).
    mutating func messageField(_ field: Int, _ body: (inout ProtobufWriter) -> Void) {
        var inner = ProtobufWriter()
        body(&inner)
        bytesField(field, inner.bytes, always: true)
    }
}

/// Reads the top-level fields of a protobuf message (enough for OTLP's small responses).
struct ProtobufReader {
    enum Field {
        case varint(UInt64)
        case bytes([UInt8])
        case fixed(UInt64)
    }

    /// The fields by number, in order; `nil` when the bytes are not a well-formed message.
    static func fields(_ data: [UInt8]) -> [(number: Int, value: Field)]? {
        var fields: [(Int, Field)] = []
        var index = 0
        func readVarint() -> UInt64? {
            var result: UInt64 = 0
            var shift: UInt64 = 0
            while index < data.count, shift < 64 {
                let byte = data[index]
                index += 1
                result |= UInt64(byte & 0x7F) << shift
                if byte & 0x80 == 0 { return result }
                shift += 7
            }
            return nil
        }
        while index < data.count {
            guard let key = readVarint(), key >> 3 > 0 else { return nil }
            let number = Int(key >> 3)
            switch key & 7 {
            case 0:
                guard let value = readVarint() else { return nil }
                fields.append((number, .varint(value)))
            case 1, 5:
                let width = key & 7 == 1 ? 8 : 4
                guard index + width <= data.count else { return nil }
                var value: UInt64 = 0
                for offset in 0..<width { value |= UInt64(data[index + offset]) << UInt64(8 * offset) }
                index += width
                fields.append((number, .fixed(value)))
            case 2:
                guard let length = readVarint(), length <= UInt64(data.count - index) else { return nil }
                fields.append((number, .bytes(Array(data[index..<index + Int(length)]))))
                index += Int(length)
            default:
                return nil
            }
        }
        return fields
    }
}
