import Foundation

/// The on-disk layout of an Outpost model file (format version 1), little-endian:
///
/// ```
/// 0   8 bytes  magic "OUTPOSTM"
/// 8   u32      format version (1)
/// 12  u32      header length H (bytes of JSON)
/// 16  u64      file length
/// 24  u32      CRC32C (Castagnoli) of bytes [32, file length)
/// 28  u32      reserved (0)
/// 32  H bytes  header JSON {"metadata": {String: String}, "tensors": [TensorInfo]}
///     padding  zeros up to a multiple of 64
///     data     tensors, each starting at a 64-byte aligned offset
/// ```
///
/// CRC32C runs at memory speed with SSE4.2 / ARMv8 CRC instructions (~25 MB in a few ms),
/// so every load verifies the whole file.
enum ModelFileFormat {
    static let magic: [UInt8] = Array("OUTPOSTM".utf8)
    static let version: UInt32 = 1
    static let fixedHeaderSize = 32
    static let alignment = 64

    struct Header: Codable {
        var metadata: [String: String]
        var tensors: [TensorInfo]
    }

    static func align(_ value: Int) -> Int { (value + alignment - 1) / alignment * alignment }
}
