import Foundation
import OutpostSupport

/// A minimal safetensors reader: 8-byte little-endian header length, JSON header
/// `{name: {dtype, shape, data_offsets: [begin, end]}}`, then raw little-endian data.
/// Supports F32 and BF16 tensors (converted to Float); validates every offset.
struct SafeTensors {
    struct Entry: Decodable {
        let dtype: String
        let shape: [Int]
        let data_offsets: [Int]
    }

    let data: Data
    let entries: [String: Entry]
    let dataStart: Int

    init(path: String) throws(ModelError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw ModelError(.importFailed, "cannot read \(path)", cause: error)
        }
        guard data.count >= 8 else { throw ModelError(.importFailed, "\(path) is too short to be a safetensors file") }
        let n = data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 0, as: UInt64.self).littleEndian }
        guard n <= UInt64(data.count - 8), n < 100_000_000 else {
            throw ModelError(.importFailed, "\(path): safetensors header length \(n) exceeds the file; the file is truncated or not safetensors")
        }
        let headerData = data.subdata(in: 8..<(8 + Int(n)))
        guard case .object(let object)? = try? JSONValue.parse(headerData) else {
            throw ModelError(.importFailed, "\(path): safetensors header is not a JSON object")
        }
        var entries: [String: Entry] = [:]
        let start = 8 + Int(n)
        for (name, value) in object where name != "__metadata__" {
            guard let json = try? JSONEncoder().encode(value),
                  let entry = try? JSONDecoder().decode(Entry.self, from: json),
                  entry.data_offsets.count == 2, entry.data_offsets[0] >= 0,
                  entry.data_offsets[0] <= entry.data_offsets[1], entry.data_offsets[1] <= data.count - start
            else {
                throw ModelError(.importFailed, "\(path): tensor \(name) has a malformed header entry")
            }
            entries[name] = entry
        }
        self.data = data
        self.entries = entries
        self.dataStart = start
    }

    /// The tensor as floats, checking its shape.
    func floats(_ name: String, shape: [Int]) throws(ModelError) -> [Float] {
        guard let e = entries[name] else {
            throw ModelError(.importFailed, "safetensors lacks \(name); is this a BERT encoder?")
        }
        guard e.shape == shape else {
            throw ModelError(.importFailed, "safetensors tensor \(name) has shape \(e.shape), expected \(shape)")
        }
        let count = shape.reduce(1, *)
        let begin = dataStart + e.data_offsets[0], length = e.data_offsets[1] - e.data_offsets[0]
        switch e.dtype {
        case "F32":
            guard length == count * 4 else { throw ModelError(.importFailed, "safetensors tensor \(name): byte length does not match its shape") }
            return data.withUnsafeBytes { raw in
                (0..<count).map { Float(bitPattern: raw.loadUnaligned(fromByteOffset: begin + $0 * 4, as: UInt32.self).littleEndian) }
            }
        case "BF16":
            guard length == count * 2 else { throw ModelError(.importFailed, "safetensors tensor \(name): byte length does not match its shape") }
            return data.withUnsafeBytes { raw in
                (0..<count).map { Float(bitPattern: UInt32(raw.loadUnaligned(fromByteOffset: begin + $0 * 2, as: UInt16.self).littleEndian) << 16) }
            }
        default:
            throw ModelError(.importFailed, "safetensors tensor \(name) has dtype \(e.dtype); only F32 and BF16 are supported")
        }
    }

    /// Whether a tensor exists.
    func has(_ name: String) -> Bool { entries[name] != nil }
}
