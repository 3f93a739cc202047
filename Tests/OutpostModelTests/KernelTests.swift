import CKernels
import OutpostSupport
import Testing
@testable import OutpostModel

/// Every available SIMD path against its scalar reference twin over odd sizes.
@Suite("C kernels vs scalar twins")
struct KernelTests {
    /// Named error budgets.
    enum Budget {
        /// Integer GEMM and quantization are exact on every path.
        static let int8Exact: Int32 = 0
        /// GELU polynomial erf vs libm erff, absolute.
        static let gelu: Float = 2e-6
        /// Float GEMM: relative to the sum of |products| (different summation order).
        static let f32Relative: Float = 1e-5
        /// Attention outputs (convex combinations of values of size ~1), absolute.
        static let attention: Float = 2e-5
    }

    static let sizes = [1, 3, 7, 15, 16, 17, 31, 33, 255, 1023]
    static let simd = KernelISA.available.filter { $0 != .scalar }

    static func randomInt8(_ count: Int, _ rng: inout SplitMix64) -> [Int8] {
        (0..<count).map { _ in Int8(truncatingIfNeeded: Int(rng.next() % 255) - 127) }
    }

    @Test("scalar is always available; the best path is available")
    func availability() {
        #expect(KernelISA.scalar.isAvailable)
        #expect(KernelISA.best.isAvailable)
        #expect(KernelISA.available.contains(KernelISA.best))
    }

    @Test("packed layout size: ceil(n/16) blocks x k rounded up to 4 x 16", arguments: [(1, 1, 64), (16, 4, 64), (17, 5, 256), (33, 384, 3 * 384 * 16)])
    func packedSize(n: Int, k: Int, expected: Int) {
        #expect(ck_packed_size(Int32(n), Int32(k)) == expected)
    }

    @Test("int8 GEMM: every path equals the scalar twin exactly", arguments: sizes)
    func gemm(size: Int) {
        var rng = SplitMix64(seed: UInt64(size))
        for (m, n, k) in [(size, 17, 33), (3, size, 31), (7, 16, size), (size % 5 + 1, size, size)] {
            let kp = Int(ck_padded_k(Int32(k)))
            var a = [Int8](repeating: 0, count: m * kp)
            for r in 0..<m { for c in 0..<k { a[r * kp + c] = Int8(truncatingIfNeeded: Int(rng.next() % 255) - 127) } }
            let w = Self.randomInt8(n * k, &rng)
            var packed = [Int8](repeating: 0, count: ck_packed_size(Int32(n), Int32(k)))
            var wsum = [Int32](repeating: 0, count: n)
            ck_pack_s8(w, Int32(n), Int32(k), &packed, &wsum)
            var reference = [Int32](repeating: 0, count: m * n)
            ck_gemm_s8_scalar(a, Int32(m), Int32(kp), packed, wsum, Int32(n), Int32(k), &reference, Int32(n))
            // the twin itself against the plain definition
            var naive = [Int32](repeating: 0, count: m * n)
            for r in 0..<m { for c in 0..<n { for i in 0..<k { naive[r * n + c] += Int32(a[r * kp + i]) * Int32(w[c * k + i]) } } }
            #expect(reference == naive, "scalar twin m=\(m) n=\(n) k=\(k)")
            for isa in Self.simd {
                var out = [Int32](repeating: -1, count: m * n)
                ck_gemm_s8(isa.rawValue, a, Int32(m), Int32(kp), packed, wsum, Int32(n), Int32(k), &out, Int32(n))
                let worst = zip(out, reference).map { abs($0 - $1) }.max() ?? 0
                #expect(worst <= Budget.int8Exact, "\(isa) m=\(m) n=\(n) k=\(k)")
            }
        }
    }

    @Test("GEMM with extreme values (+-127 everywhere) does not overflow or saturate")
    func gemmExtremes() {
        let m = 5, n = 33, k = 1536, kp = k
        let a = [Int8](repeating: -127, count: m * kp)
        let w = (0..<(n * k)).map { Int8($0 % 2 == 0 ? 127 : -127) }
        var packed = [Int8](repeating: 0, count: ck_packed_size(Int32(n), Int32(k)))
        var wsum = [Int32](repeating: 0, count: n)
        ck_pack_s8(w, Int32(n), Int32(k), &packed, &wsum)
        var reference = [Int32](repeating: 0, count: m * n)
        ck_gemm_s8_scalar(a, Int32(m), Int32(kp), packed, wsum, Int32(n), Int32(k), &reference, Int32(n))
        for isa in KernelISA.available {
            var out = [Int32](repeating: 0, count: m * n)
            ck_gemm_s8(isa.rawValue, a, Int32(m), Int32(kp), packed, wsum, Int32(n), Int32(k), &out, Int32(n))
            #expect(out == reference, "\(isa)")
        }
    }

    @Test("row quantization: every path equals the scalar twin", arguments: sizes)
    func quantize(size: Int) {
        var rng = SplitMix64(seed: 99 &+ UInt64(size))
        let m = 3
        var x = (0..<(m * size)).map { _ in rng.normal() * 3 }
        x[0] = 0
        if size > 1 { for i in 0..<size { x[size + i] = 0 } }  // an all-zero row
        let ld = Int(ck_padded_k(Int32(size)))
        var q0 = [Int8](repeating: 9, count: m * ld), s0 = [Float](repeating: 0, count: m)
        ck_quantize_rows_scalar(x, Int32(m), Int32(size), &q0, Int32(ld), &s0)
        for r in 0..<m {
            for i in size..<ld { #expect(q0[r * ld + i] == 0, "padding zeroed") }
            for i in 0..<size { #expect(abs(Float(q0[r * ld + i]) * s0[r] - x[r * size + i]) <= s0[r] / 2 + 1e-6) }
        }
        for isa in Self.simd {
            var q = [Int8](repeating: 9, count: m * ld), s = [Float](repeating: 0, count: m)
            ck_quantize_rows(isa.rawValue, x, Int32(m), Int32(size), &q, Int32(ld), &s)
            #expect(q == q0, "\(isa)")
            #expect(s == s0, "\(isa)")
        }
    }

    @Test("GELU: every path within budget of exact erf", arguments: sizes)
    func gelu(size: Int) {
        var rng = SplitMix64(seed: 7 &+ UInt64(size))
        let x = (0..<size).map { _ in rng.normal() * 4 } + [0, -10, 10, 3.9, -3.9, 5.7]
        var reference = x
        ck_gelu_scalar(&reference, reference.count)
        for isa in Self.simd {
            var y = x
            ck_gelu(isa.rawValue, &y, y.count)
            let worst = zip(y, reference).map { abs($0 - $1) }.max() ?? 0
            #expect(worst <= Budget.gelu * 4, "\(isa) worst \(worst)")  // |x| <= ~40 scales the erf error
        }
    }

    @Test("float GEMM: every path within budget of the scalar twin", arguments: sizes)
    func gemmF32(size: Int) {
        var rng = SplitMix64(seed: 3 &+ UInt64(size))
        let m = 5, n = 9, k = size
        let a = (0..<(m * k)).map { _ in rng.normal() }, w = (0..<(n * k)).map { _ in rng.normal() }
        let bias = (0..<n).map { _ in rng.normal() }
        var reference = [Float](repeating: 0, count: m * n)
        ck_gemm_f32_scalar(a, Int32(m), w, bias, Int32(n), Int32(k), &reference)
        for isa in Self.simd {
            var out = [Float](repeating: 0, count: m * n)
            ck_gemm_f32(isa.rawValue, a, Int32(m), w, bias, Int32(n), Int32(k), &out)
            for r in 0..<m {
                for c in 0..<n {
                    var mag: Float = abs(bias[c])
                    for i in 0..<k { mag += abs(a[r * k + i] * w[c * k + i]) }
                    #expect(abs(out[r * n + c] - reference[r * n + c]) <= Budget.f32Relative * mag, "\(isa)")
                }
            }
        }
    }

    @Test("attention: every path within budget of the scalar twin (head_dim 32 fast path and generic)",
          arguments: [1, 3, 7, 15, 16, 17, 31, 33, 255])
    func attention(t: Int) {
        for headDim in [32, 24] {
            let heads = 3, dim = heads * headDim
            var rng = SplitMix64(seed: UInt64(t * 100 + headDim))
            let qkv = (0..<(t * 3 * dim)).map { _ in rng.normal() * 2 }
            var reference = [Float](repeating: 0, count: t * dim)
            var scratch = [Float](repeating: 0, count: t * (2 * headDim + 1))
            ck_attention_scalar(qkv, Int32(t), Int32(heads), Int32(headDim), &reference, &scratch)
            // the twin against the definition for one row and head
            let q = Array(qkv[0..<headDim])
            let scores = (0..<t).map { j in zip(q, qkv[(j * 3 * dim + dim)..<(j * 3 * dim + dim + headDim)]).map(*).reduce(0, +) / Float(headDim).squareRoot() }
            let p = IntentMath.softmax(scores)
            for d in 0..<headDim {
                let expected = (0..<t).map { p[$0] * qkv[$0 * 3 * dim + 2 * dim + d] }.reduce(0, +)
                #expect(abs(expected - reference[d]) <= Budget.attention)
            }
            for isa in KernelISA.available {
                var out = [Float](repeating: 0, count: t * dim)
                ck_attention(isa.rawValue, qkv, Int32(t), Int32(heads), Int32(headDim), &out, &scratch)
                let worst = zip(out, reference).map { abs($0 - $1) }.max() ?? 0
                #expect(worst <= Budget.attention, "\(isa) head_dim \(headDim) worst \(worst)")
            }
        }
    }

    @Test("CRC32C: known vector, hardware path equals the table twin", arguments: sizes)
    func crc(size: Int) {
        let check = Array("123456789".utf8)
        #expect(ck_crc32c_scalar(0, check, check.count) == 0xE306_9283)
        #expect(ck_crc32c(0, check, check.count) == 0xE306_9283)
        var rng = SplitMix64(seed: UInt64(size))
        let data = (0..<size).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        #expect(ck_crc32c(0, data, data.count) == ck_crc32c_scalar(0, data, data.count))
        // chaining
        let half = size / 2
        let chained = data.withUnsafeBytes { raw in
            ck_crc32c(ck_crc32c(0, raw.baseAddress, half), raw.baseAddress! + half, size - half)
        }
        #expect(chained == ck_crc32c_scalar(0, data, data.count))
    }
}
