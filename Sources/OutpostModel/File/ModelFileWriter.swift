import CKernels
public import Foundation

/// Builds a model file: start empty or from an existing file, add or replace metadata,
/// tensors and byte sections, then `write(to:)` (atomic rename) or `data()`.
///
/// This is how heads are added to an encoder file: the intent trainer, the redaction
/// name tagger and keyword settings each copy the file and set their own sections.
///
/// ```swift
/// var writer = ModelFileWriter(copying: model.file)
/// writer.setSection("keywords.config", Data(json))
/// writer.setFloats("tagger.weights", weights, shape: [labels, dim])
/// try writer.write(to: "model.outpost")
/// ```
public struct ModelFileWriter: Sendable {
    struct Entry: Sendable {
        var dtype: TensorDType
        var shape: [Int]
        var layout: String?
        var data: Data
    }

    public var metadata: [String: String] = [:]
    private(set) var entries: [String: Entry] = [:]
    private var order: [String] = []

    public init() {}

    /// Starts from every tensor, section and metadata entry of `file`.
    public init(copying file: ModelFile) {
        metadata = file.metadata
        for t in file.tensors.values.sorted(by: { $0.offset < $1.offset }) {
            let bytes = file.bytes(t.name) ?? UnsafeRawBufferPointer(start: nil, count: 0)
            put(t.name, Entry(dtype: t.dtype, shape: t.shape, layout: t.layout, data: Data(bytes)))
        }
    }

    /// Names of everything the file will contain, in write order.
    public var names: [String] { order }

    private mutating func put(_ name: String, _ entry: Entry) {
        if entries[name] == nil { order.append(name) }
        entries[name] = entry
    }

    /// Adds or replaces a float tensor.
    public mutating func setFloats(_ name: String, _ values: [Float], shape: [Int]) {
        precondition(shape.reduce(1, *) == values.count, "shape \(shape) does not match \(values.count) values")
        put(name, Entry(dtype: .f32, shape: shape, data: values.withUnsafeBytes { Data($0) }))
    }

    /// Adds or replaces a row-major int8 tensor.
    public mutating func setInt8(_ name: String, _ values: [Int8], shape: [Int]) {
        precondition(shape.reduce(1, *) == values.count, "shape \(shape) does not match \(values.count) values")
        put(name, Entry(dtype: .i8, shape: shape, data: values.withUnsafeBytes { Data($0) }))
    }

    /// Adds or replaces an int32 tensor.
    public mutating func setInt32(_ name: String, _ values: [Int32], shape: [Int]) {
        precondition(shape.reduce(1, *) == values.count, "shape \(shape) does not match \(values.count) values")
        put(name, Entry(dtype: .i32, shape: shape, data: values.withUnsafeBytes { Data($0) }))
    }

    /// Adds or replaces a byte section (text, JSON, anything opaque).
    public mutating func setSection(_ name: String, _ bytes: Data) {
        put(name, Entry(dtype: .u8, shape: [bytes.count], data: bytes))
    }

    /// Adds an int8 weight matrix `w[n][k]` in the packed GEMM layout (`name`, plus
    /// `name.wsum` row sums). Scales and bias are separate float tensors.
    mutating func setPackedWeights(_ name: String, _ w: [Int8], n: Int, k: Int) {
        precondition(w.count == n * k)
        var packed = Data(count: ck_packed_size(Int32(n), Int32(k)))
        var wsum = [Int32](repeating: 0, count: n)
        packed.withUnsafeMutableBytes { out in
            w.withUnsafeBufferPointer { src in
                ck_pack_s8(src.baseAddress, Int32(n), Int32(k), out.baseAddress!.assumingMemoryBound(to: Int8.self), &wsum)
            }
        }
        put(name, Entry(dtype: .i8, shape: [n, k], layout: "n16k4", data: packed))
        setInt32(name + ".wsum", wsum, shape: [n])
    }

    /// Removes a tensor or section (no-op when absent).
    public mutating func remove(_ name: String) {
        guard entries.removeValue(forKey: name) != nil else { return }
        order.removeAll { $0 == name }
    }

    /// Removes every tensor/section whose name starts with `prefix`.
    public mutating func removeAll(prefix: String) {
        for name in order where name.hasPrefix(prefix) { entries[name] = nil }
        order.removeAll { $0.hasPrefix(prefix) }
    }

    /// The complete file bytes.
    public func data() throws(ModelError) -> Data {
        // Offsets depend on the header size and the header holds the offsets: grow the
        // reserved header area until the encoded header fits in it.
        var dataStart = ModelFileFormat.align(ModelFileFormat.fixedHeaderSize)
        var infos: [TensorInfo] = []
        var json = Data()
        while true {
            var offset = dataStart
            infos = order.map { name in
                let e = entries[name]!
                let info = TensorInfo(name: name, dtype: e.dtype, shape: e.shape, offset: offset, length: e.data.count, layout: e.layout)
                offset = ModelFileFormat.align(offset + e.data.count)
                return info
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            do {
                json = try encoder.encode(ModelFileFormat.Header(metadata: metadata, tensors: infos))
            } catch {
                throw ModelError(.io, "cannot encode model header", cause: error)
            }
            let needed = ModelFileFormat.align(ModelFileFormat.fixedHeaderSize + json.count)
            if needed <= dataStart { break }
            dataStart = needed
        }
        let total = infos.last.map { $0.offset + $0.length } ?? dataStart
        var out = Data(count: total)
        out.withUnsafeMutableBytes { raw in
            let p = raw.baseAddress!
            p.copyMemory(from: ModelFileFormat.magic, byteCount: 8)
            p.storeBytes(of: ModelFileFormat.version.littleEndian, toByteOffset: 8, as: UInt32.self)
            p.storeBytes(of: UInt32(json.count).littleEndian, toByteOffset: 12, as: UInt32.self)
            p.storeBytes(of: UInt64(total).littleEndian, toByteOffset: 16, as: UInt64.self)
            json.withUnsafeBytes { p.advanced(by: ModelFileFormat.fixedHeaderSize).copyMemory(from: $0.baseAddress!, byteCount: json.count) }
            for info in infos {
                let d = entries[info.name]!.data
                d.withUnsafeBytes { src in
                    if let s = src.baseAddress { p.advanced(by: info.offset).copyMemory(from: s, byteCount: d.count) }
                }
            }
            let crc = ck_crc32c(0, p + ModelFileFormat.fixedHeaderSize, total - ModelFileFormat.fixedHeaderSize)
            p.storeBytes(of: crc.littleEndian, toByteOffset: 24, as: UInt32.self)
        }
        return out
    }

    /// Writes the file atomically (temporary file + rename).
    public func write(to path: String) throws(ModelError) {
        let bytes = try data()
        do {
            try bytes.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw ModelError(.io, "cannot write model file \(path); check the directory exists and is writable", cause: error)
        }
    }
}
