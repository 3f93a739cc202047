import CKernels

/// The instruction-set path the C kernels use (picked at run time from the CPU).
public struct KernelISA: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: Int32

    public static let scalar = KernelISA(rawValue: Int32(CK_ISA_SCALAR))
    public static let avx2 = KernelISA(rawValue: Int32(CK_ISA_AVX2))
    public static let avx512vnni = KernelISA(rawValue: Int32(CK_ISA_AVX512VNNI))
    public static let neon = KernelISA(rawValue: Int32(CK_ISA_NEON))
    public static let dotprod = KernelISA(rawValue: Int32(CK_ISA_DOTPROD))
    static let all: [KernelISA] = [.scalar, .avx2, .avx512vnni, .neon, .dotprod]

    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The fastest path on this CPU (`OUTPOST_KERNELS=scalar|avx2|…` overrides it).
    public static var best: KernelISA { KernelISA(rawValue: ck_isa_best()) }
    /// Every path this CPU can run (always includes `.scalar`).
    public static var available: [KernelISA] { all.filter(\.isAvailable) }
    public var isAvailable: Bool { ck_isa_available(rawValue) != 0 }
    public var description: String { String(cString: ck_isa_name(rawValue)) }
}
