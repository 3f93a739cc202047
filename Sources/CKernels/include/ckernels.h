// CKernels: int8/float kernels for the Outpost encoder.
//
// Every optimized kernel has a scalar reference twin (`*_scalar`) and the tests run every
// ISA available on the running CPU against it. ISA paths are compiled with per-function
// target attributes (no build flags) and picked at run time (cpuid on x86-64, getauxval
// on aarch64).
#pragma once
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Instruction-set paths. Values are stable (tests and logs print them).
enum {
    CK_ISA_SCALAR = 0,
    CK_ISA_AVX2 = 1,
    CK_ISA_AVX512VNNI = 2,
    CK_ISA_NEON = 3,
    CK_ISA_DOTPROD = 4,
    CK_ISA_COUNT = 5
};

/// 1 when `isa` can run on this CPU (scalar always can).
int ck_isa_available(int isa);
/// The fastest ISA available on this CPU; `OUTPOST_KERNELS=scalar|avx2|avx512vnni|neon|dotprod`
/// overrides it when that path is available.
int ck_isa_best(void);
/// A short name ("scalar", "avx2", ...).
const char *ck_isa_name(int isa);

// MARK: - int8 GEMM
//
// Packed weight layout ("N16K4"): a weight matrix W[n][k] (int8, row = output channel) is
// stored as ceil(n/16) blocks; each block holds kp/4 groups of 64 bytes, a group being
// 16 output channels x 4 consecutive k values ([16][4]). kp = k rounded up to 4; missing
// channels and k values are zero. `wsum[n]` is the sum of row n (used by the VNNI path).

/// k rounded up to a multiple of 4.
int ck_padded_k(int k);
/// Bytes needed for a packed n x k weight matrix.
size_t ck_packed_size(int n, int k);
/// Packs row-major W[n][k] into `out` (ck_packed_size bytes) and writes the row sums.
void ck_pack_s8(const int8_t *w, int n, int k, int8_t *out, int32_t *wsum);

/// C[m][n] = sum_k A[m][k] * W[n][k] (exact int32).
/// A is row-major with stride `lda` (>= kp, multiple of 4), values in [-127, 127], and
/// zero in columns k..kp-1. `wp`/`wsum` come from ck_pack_s8. C has stride `ldc` (>= n).
void ck_gemm_s8(int isa, const int8_t *a, int m, int lda, const int8_t *wp, const int32_t *wsum,
                int n, int k, int32_t *c, int ldc);
/// The scalar reference twin (same contract, works on the packed layout).
void ck_gemm_s8_scalar(const int8_t *a, int m, int lda, const int8_t *wp, const int32_t *wsum,
                       int n, int k, int32_t *c, int ldc);

// MARK: - float GEMM (reference forward pass)

/// C[m][n] = sum_k A[m][k] * W[n][k] + bias[n] (bias may be NULL). Row-major, strides = k / n.
void ck_gemm_f32(int isa, const float *a, int m, const float *w, const float *bias, int n, int k, float *c);
void ck_gemm_f32_scalar(const float *a, int m, const float *w, const float *bias, int n, int k, float *c);

// MARK: - quantization and float helpers

/// Per-row symmetric quantization: q[i][j] = round(x[i][j] / scale[i]) in [-127, 127],
/// scale[i] = max|x[i]| / 127 (1 when the row is all zero). Columns k..ldq-1 are zeroed.
void ck_quantize_rows(int isa, const float *x, int m, int k, int8_t *q, int ldq, float *scale);
void ck_quantize_rows_scalar(const float *x, int m, int k, int8_t *q, int ldq, float *scale);
/// y[i][j] = c[i][j] * sa[i] * sw[j] + bias[j] (bias may be NULL); then GELU if `gelu`.
void ck_dequantize(const int32_t *c, int m, int n, const float *sa, const float *sw, const float *bias,
                   int gelu, float *y);
/// Exact-erf GELU in place (x * 0.5 * (1 + erf(x / sqrt 2))).
void ck_gelu(int isa, float *x, size_t count);
void ck_gelu_scalar(float *x, size_t count);
/// x[i] = LayerNorm(x[i] + residual[i]) * gamma + beta for each of m rows of width n
/// (residual may be NULL).
void ck_add_layernorm(float *x, const float *residual, int m, int n, const float *gamma, const float *beta, float eps);
/// Multi-head self-attention on fused QKV rows: qkv[t] = [q(dim) | k(dim) | v(dim)],
/// out[t] = concat over heads of softmax(q k^T / sqrt(hd)) v. `scratch` holds t * (2 * head_dim + 1) floats
/// (scores, and one head's K and V packed contiguously by the SIMD paths).
/// x86 paths compile the same loops for AVX2/FMA; `ck_attention_scalar` is the baseline twin.
void ck_attention(int isa, const float *qkv, int t, int heads, int head_dim, float *out, float *scratch);
void ck_attention_scalar(const float *qkv, int t, int heads, int head_dim, float *out, float *scratch);

// MARK: - checksum

/// CRC32C (Castagnoli), continuing from `crc` (start with 0). Hardware path (SSE4.2 or ARMv8
/// CRC) when available, table-driven otherwise.
uint32_t ck_crc32c(uint32_t crc, const void *data, size_t length);
uint32_t ck_crc32c_scalar(uint32_t crc, const void *data, size_t length);

#ifdef __cplusplus
}
#endif
