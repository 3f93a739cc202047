#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CKernels
public import Foundation

/// A loaded model file: the header (metadata and tensor directory) and the raw bytes,
/// memory-mapped read-only when loaded from disk. Tensor accessors return pointers into
/// the mapping, so loading does no per-weight work beyond one checksum pass.
///
/// Immutable after init, hence `Sendable`; pointers stay valid while the object lives.
public final class ModelFile: @unchecked Sendable {
    /// Free-form metadata (`encoder.*`, `intent.*`, `source`, ...).
    public let metadata: [String: String]
    /// Every tensor and byte section, by name.
    public let tensors: [String: TensorInfo]
    /// Start of the file bytes.
    let base: UnsafeRawPointer
    /// Total length in bytes.
    public let length: Int
    private let release: @Sendable () -> Void

    /// Memory-maps and verifies the model file at `path`.
    public convenience init(path: String) throws(ModelError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let err = errno
            if err == ENOENT {
                throw ModelError(.notFound, "model file \(path) does not exist; import one with `outpost model import` (scripts/fetch-encoder.sh)")
            }
            throw ModelError(.io, "cannot open model file \(path): \(String(cString: strerror(err)))")
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw ModelError(.io, "cannot stat model file \(path)") }
        let size = Int(st.st_size)
        guard size >= ModelFileFormat.fixedHeaderSize else {
            throw ModelError(.truncated, "model file \(path) is \(size) bytes, too short to be a model file; copy it again")
        }
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), mapped != MAP_FAILED else {
            throw ModelError(.io, "cannot memory-map model file \(path): \(String(cString: strerror(errno)))")
        }
        let ptr = UnsafeRawPointer(mapped)
        let address = UInt(bitPattern: mapped)
        try self.init(base: ptr, length: size, name: path) { munmap(UnsafeMutableRawPointer(bitPattern: address), size) }
    }

    /// A model file from bytes in memory (tests, freshly built models). Copies the bytes into
    /// a 64-byte aligned buffer.
    public convenience init(data: Data, name: String = "<memory>") throws(ModelError) {
        let size = max(data.count, 1)
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: ModelFileFormat.alignment)
        data.withUnsafeBytes { raw in
            if let src = raw.baseAddress { buffer.copyMemory(from: src, byteCount: data.count) }
        }
        let address = UInt(bitPattern: buffer)
        try self.init(base: UnsafeRawPointer(buffer), length: data.count, name: name) {
            UnsafeMutableRawPointer(bitPattern: address)?.deallocate()
        }
    }

    private init(base: UnsafeRawPointer, length: Int, name: String, release: @escaping @Sendable () -> Void) throws(ModelError) {
        do {
            let header = try Self.parse(base: base, length: length, name: name)
            self.base = base
            self.length = length
            self.release = release
            self.metadata = header.metadata
            var byName: [String: TensorInfo] = [:]
            for t in header.tensors { byName[t.name] = t }
            self.tensors = byName
        } catch {
            release()
            throw error
        }
    }

    deinit { release() }

    private static func parse(base: UnsafeRawPointer, length: Int, name: String) throws(ModelError) -> ModelFileFormat.Header {
        guard length >= ModelFileFormat.fixedHeaderSize else {
            throw ModelError(.truncated, "model file \(name) is \(length) bytes, too short to be a model file; copy it again")
        }
        let magic = Array(UnsafeRawBufferPointer(start: base, count: 8))
        guard magic == ModelFileFormat.magic else {
            throw ModelError(.badMagic, "\(name) is not an Outpost model file (bad magic); pass a file written by `outpost model import` or `outpost model train`")
        }
        let version = base.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian
        guard version == ModelFileFormat.version else {
            throw ModelError(.unsupportedVersion, "model file \(name) has format version \(version); this build reads version \(ModelFileFormat.version): re-import the model or update outpost")
        }
        let headerLength = Int(base.loadUnaligned(fromByteOffset: 12, as: UInt32.self).littleEndian)
        let declared = base.loadUnaligned(fromByteOffset: 16, as: UInt64.self).littleEndian
        let crc = base.loadUnaligned(fromByteOffset: 24, as: UInt32.self).littleEndian
        guard declared <= UInt64(Int.max), Int(declared) == length else {
            if declared > UInt64(length) {
                throw ModelError(.truncated, "model file \(name) is truncated: \(length) of \(declared) bytes present; copy it again")
            }
            throw ModelError(.malformed, "model file \(name) has \(length) bytes but its header says \(declared); copy it again")
        }
        guard headerLength <= length - ModelFileFormat.fixedHeaderSize else {
            throw ModelError(.truncated, "model file \(name) is truncated inside its header; copy it again")
        }
        let actual = ck_crc32c(0, base + ModelFileFormat.fixedHeaderSize, length - ModelFileFormat.fixedHeaderSize)
        guard actual == crc else {
            throw ModelError(.checksumMismatch, "model file \(name) is corrupt (CRC32C \(String(actual, radix: 16)) != \(String(crc, radix: 16))); copy or re-import it")
        }
        let json = Data(bytes: base + ModelFileFormat.fixedHeaderSize, count: headerLength)
        let header: ModelFileFormat.Header
        do {
            header = try JSONDecoder().decode(ModelFileFormat.Header.self, from: json)
        } catch {
            throw ModelError(.malformed, "model file \(name) has an unreadable header; re-import it", cause: error)
        }
        let dataStart = ModelFileFormat.align(ModelFileFormat.fixedHeaderSize + headerLength)
        for t in header.tensors {
            let (bytes, overflow) = t.shape.reduce((t.dtype.size, false)) { acc, d in
                let r = acc.0.multipliedReportingOverflow(by: max(d, 0))
                return (r.partialValue, acc.1 || r.overflow || d < 0)
            }
            let packedOK = t.layout == "n16k4" && t.shape.count == 2 && t.length == ck_packed_size(Int32(t.shape[0]), Int32(t.shape[1]))
            guard !overflow, t.layout == nil ? bytes == t.length : packedOK,
                  t.offset >= dataStart, t.offset % ModelFileFormat.alignment == 0,
                  t.length >= 0, t.offset <= length, t.length <= length - t.offset
            else {
                throw ModelError(.malformed, "model file \(name): tensor \(t.name) has an inconsistent shape, offset or length; re-import it")
            }
        }
        return header
    }

    // MARK: - access

    /// Raw bytes of a tensor or section.
    public func bytes(_ name: String) -> UnsafeRawBufferPointer? {
        guard let t = tensors[name] else { return nil }
        return UnsafeRawBufferPointer(start: base + t.offset, count: t.length)
    }

    /// A byte section as `Data` (copied), e.g. the vocabulary or a JSON config.
    public func section(_ name: String) -> Data? {
        bytes(name).map { Data($0) }
    }

    /// A tensor as a typed pointer after checking dtype and (optionally) shape.
    func pointer<T>(_ name: String, _ dtype: TensorDType, shape: [Int]? = nil, as: T.Type) throws(ModelError) -> UnsafePointer<T> {
        guard let t = tensors[name] else {
            throw ModelError(.missingTensor, "model file lacks tensor \(name); re-import the encoder")
        }
        guard t.dtype == dtype, shape == nil || t.shape == shape! else {
            throw ModelError(.malformed, "tensor \(name) is \(t.dtype.rawValue)\(t.shape), expected \(dtype.rawValue)\(shape ?? []); re-import the encoder")
        }
        return (base + t.offset).assumingMemoryBound(to: T.self)
    }

    /// A float tensor copied into an array.
    public func floats(_ name: String) -> [Float]? {
        guard let t = tensors[name], t.dtype == .f32 else { return nil }
        let p = (base + t.offset).assumingMemoryBound(to: Float.self)
        return Array(UnsafeBufferPointer(start: p, count: t.elementCount))
    }
}
