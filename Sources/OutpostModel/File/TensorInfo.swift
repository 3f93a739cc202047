/// Element type of a tensor stored in a model file.
public enum TensorDType: String, Codable, Sendable {
    case f32, i8, i32
    /// Raw bytes (text, JSON, opaque sections).
    case u8

    /// Bytes per element.
    public var size: Int {
        switch self {
        case .f32, .i32: 4
        case .i8, .u8: 1
        }
    }
}

/// Description of one named tensor (or byte section) in a model file.
public struct TensorInfo: Codable, Sendable, Equatable {
    public var name: String
    public var dtype: TensorDType
    public var shape: [Int]
    /// Byte offset from the start of the file (64-byte aligned).
    public var offset: Int
    /// Length in bytes.
    public var length: Int
    /// Memory layout tag: `nil` = row-major; `"n16k4"` = packed int8 GEMM weights.
    public var layout: String?

    public var elementCount: Int { shape.reduce(1, *) }
}
