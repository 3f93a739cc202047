// Portable kernels: weight packing, the scalar reference twins, and the float helpers
// that are cheap enough not to need SIMD paths (quantize, dequantize, LayerNorm, attention).
#include "ck_internal.h"
#include <math.h>
#include <string.h>

int ck_padded_k(int k) { return (k + 3) & ~3; }

size_t ck_packed_size(int n, int k) {
    size_t blocks = (size_t)((n + 15) / 16);
    return blocks * (size_t)ck_padded_k(k) * 16;
}

void ck_pack_s8(const int8_t *w, int n, int k, int8_t *out, int32_t *wsum) {
    int kp = ck_padded_k(k), groups = kp / 4, blocks = (n + 15) / 16;
    memset(out, 0, ck_packed_size(n, k));
    for (int b = 0; b < blocks; b++)
        for (int g = 0; g < groups; g++)
            for (int j = 0; j < 16; j++) {
                int row = b * 16 + j;
                if (row >= n) continue;
                for (int i = 0; i < 4; i++) {
                    int col = g * 4 + i;
                    if (col < k) out[((size_t)b * groups + g) * 64 + j * 4 + i] = w[(size_t)row * k + col];
                }
            }
    for (int r = 0; r < n; r++) {
        int32_t s = 0;
        for (int i = 0; i < k; i++) s += w[(size_t)r * k + i];
        wsum[r] = s;
    }
}

void ck_gemm_s8_scalar(const int8_t *a, int m, int lda, const int8_t *wp, const int32_t *wsum,
                       int n, int k, int32_t *c, int ldc) {
    (void)wsum;
    int groups = ck_padded_k(k) / 4;
    for (int r = 0; r < m; r++)
        for (int col = 0; col < n; col++) {
            int b = col / 16, j = col % 16;
            int32_t acc = 0;
            for (int g = 0; g < groups; g++) {
                const int8_t *wg = wp + ((size_t)b * groups + g) * 64 + j * 4;
                const int8_t *ag = a + (size_t)r * lda + g * 4;
                for (int i = 0; i < 4; i++) acc += (int32_t)ag[i] * (int32_t)wg[i];
            }
            c[(size_t)r * ldc + col] = acc;
        }
}

void ck_gemm_f32_scalar(const float *a, int m, const float *w, const float *bias, int n, int k, float *c) {
    for (int r = 0; r < m; r++)
        for (int col = 0; col < n; col++) {
            float acc = 0;
            for (int i = 0; i < k; i++) acc += a[(size_t)r * k + i] * w[(size_t)col * k + i];
            c[(size_t)r * n + col] = acc + (bias ? bias[col] : 0.0f);
        }
}

void ck_quantize_rows_scalar(const float *x, int m, int k, int8_t *q, int ldq, float *scale) {
    for (int r = 0; r < m; r++) {
        const float *row = x + (size_t)r * k;
        float mx = 0;
        for (int i = 0; i < k; i++) { float v = fabsf(row[i]); mx = v > mx ? v : mx; }
        float s = mx > 0 ? mx / 127.0f : 1.0f, inv = 1.0f / s;
        int8_t *out = q + (size_t)r * ldq;
        for (int i = 0; i < k; i++) {
            float v = nearbyintf(row[i] * inv);
            v = v > 127.f ? 127.f : (v < -127.f ? -127.f : v);
            out[i] = (int8_t)v;
        }
        for (int i = k; i < ldq; i++) out[i] = 0;
        scale[r] = s;
    }
}

void ck_dequantize(const int32_t *c, int m, int n, const float *sa, const float *sw, const float *bias,
                   int gelu, float *y) {
    for (int r = 0; r < m; r++) {
        float s = sa[r];
        const int32_t *cr = c + (size_t)r * n;
        float *yr = y + (size_t)r * n;
        if (bias)
            for (int j = 0; j < n; j++) yr[j] = (float)cr[j] * s * sw[j] + bias[j];
        else
            for (int j = 0; j < n; j++) yr[j] = (float)cr[j] * s * sw[j];
    }
    if (gelu) ck_gelu(ck_isa_best(), y, (size_t)m * n);
}

void ck_gelu_scalar(float *x, size_t count) {
    for (size_t i = 0; i < count; i++) x[i] = 0.5f * x[i] * (1.0f + erff(x[i] * 0.70710678118654752f));
}

/* Lets clang vectorize float reductions in the helpers below (not in the reference twins). */
#if defined(__clang__)
#define CK_REASSOCIATE _Pragma("clang fp reassociate(on)")
#else
#define CK_REASSOCIATE
#endif

void ck_add_layernorm(float *x, const float *residual, int m, int n, const float *gamma, const float *beta, float eps) {
    CK_REASSOCIATE
    for (int r = 0; r < m; r++) {
        float *row = x + (size_t)r * n;
        if (residual) {
            const float *res = residual + (size_t)r * n;
            for (int j = 0; j < n; j++) row[j] += res[j];
        }
        float sum = 0;
        for (int j = 0; j < n; j++) sum += row[j];
        float mean = sum / (float)n, var = 0;
        for (int j = 0; j < n; j++) { float d = row[j] - mean; var += d * d; }
        var /= (float)n;
        float inv = 1.0f / sqrtf(var + eps);
        for (int j = 0; j < n; j++) row[j] = (row[j] - mean) * inv * gamma[j] + beta[j];
    }
}

/* One head for every query row. With HD a compile-time constant the per-row accumulator
 * stays in registers; the generic path passes the run-time head_dim. */
static inline __attribute__((always_inline)) void attention_head(const float *qkv, int t, int dim, int h, int HD,
                                                                 float scale, float *out, float *scores) {
    CK_REASSOCIATE
    int stride = 3 * dim;
    for (int i = 0; i < t; i++) {
        const float *q = qkv + (size_t)i * stride + h * HD;
        float mx = -INFINITY;
        for (int j = 0; j < t; j++) {
            const float *k = qkv + (size_t)j * stride + dim + h * HD;
            float s = 0;
            for (int d = 0; d < HD; d++) s += q[d] * k[d];
            s *= scale;
            scores[j] = s;
            mx = s > mx ? s : mx;
        }
        float sum = 0;
        for (int j = 0; j < t; j++) { scores[j] = expf(scores[j] - mx); sum += scores[j]; }
        float inv = 1.0f / sum;
        float acc[HD];
        for (int d = 0; d < HD; d++) acc[d] = 0;
        for (int j = 0; j < t; j++) {
            const float *v = qkv + (size_t)j * stride + 2 * dim + h * HD;
            float p = scores[j] * inv;
            for (int d = 0; d < HD; d++) acc[d] += p * v[d];
        }
        float *o = out + (size_t)i * dim + h * HD;
        for (int d = 0; d < HD; d++) o[d] = acc[d];
    }
}

static inline __attribute__((always_inline)) void attention_body(const float *qkv, int t, int heads, int head_dim, float *out, float *scratch) {
    int dim = heads * head_dim;
    float scale = 1.0f / sqrtf((float)head_dim);
    for (int h = 0; h < heads; h++) {
        switch (head_dim) {
        case 32: attention_head(qkv, t, dim, h, 32, scale, out, scratch); break;
        case 64: attention_head(qkv, t, dim, h, 64, scale, out, scratch); break;
        default: attention_head(qkv, t, dim, h, head_dim, scale, out, scratch); break;
        }
    }
}

/* The twin: the same loops compiled for the baseline ISA. */
void ck_attention_scalar(const float *qkv, int t, int heads, int head_dim, float *out, float *scratch) {
    attention_body(qkv, t, heads, head_dim, out, scratch);
}

#if CK_X86
__attribute__((target("avx2,fma"))) static void attention_avx2(const float *qkv, int t, int heads, int head_dim, float *out, float *scratch) {
    attention_body(qkv, t, heads, head_dim, out, scratch);
}
#endif

void ck_attention(int isa, const float *qkv, int t, int heads, int head_dim, float *out, float *scratch) {
#if CK_X86
    if ((isa == CK_ISA_AVX2 || isa == CK_ISA_AVX512VNNI) && ck_isa_available(isa)) {
        if (head_dim == 32) ck_attention32_avx2(qkv, t, heads, out, scratch);
        else attention_avx2(qkv, t, heads, head_dim, out, scratch);
        return;
    }
#endif
    (void)isa;
    attention_body(qkv, t, heads, head_dim, out, scratch);
}

// MARK: - CRC32C

static uint32_t crc_table[8][256];
static int crc_table_ready = 0;

static void crc_init(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int j = 0; j < 8; j++) c = (c >> 1) ^ (0x82F63B78u & (0u - (c & 1)));
        crc_table[0][i] = c;
    }
    for (uint32_t i = 0; i < 256; i++)
        for (int t = 1; t < 8; t++) crc_table[t][i] = (crc_table[t - 1][i] >> 8) ^ crc_table[0][crc_table[t - 1][i] & 0xFF];
    __atomic_store_n(&crc_table_ready, 1, __ATOMIC_RELEASE);
}

uint32_t ck_crc32c_scalar(uint32_t crc, const void *data, size_t length) {
    if (!__atomic_load_n(&crc_table_ready, __ATOMIC_ACQUIRE)) crc_init();
    const uint8_t *p = (const uint8_t *)data;
    crc = ~crc;
    while (length >= 8) {
        uint32_t lo = crc ^ ((uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24);
        uint32_t hi = (uint32_t)p[4] | (uint32_t)p[5] << 8 | (uint32_t)p[6] << 16 | (uint32_t)p[7] << 24;
        crc = crc_table[7][lo & 0xFF] ^ crc_table[6][(lo >> 8) & 0xFF] ^ crc_table[5][(lo >> 16) & 0xFF] ^
              crc_table[4][lo >> 24] ^ crc_table[3][hi & 0xFF] ^ crc_table[2][(hi >> 8) & 0xFF] ^
              crc_table[1][(hi >> 16) & 0xFF] ^ crc_table[0][hi >> 24];
        p += 8;
        length -= 8;
    }
    while (length--) crc = (crc >> 8) ^ crc_table[0][(crc ^ *p++) & 0xFF];
    return ~crc;
}

#if CK_X86
int ck_x86_has_sse42(void);
#endif
#if CK_ARM64
int ck_arm_has_crc(void);
#endif

uint32_t ck_crc32c(uint32_t crc, const void *data, size_t length) {
#if CK_X86
    if (ck_x86_has_sse42()) return ck_crc32c_sse42(crc, data, length);
#endif
#if CK_ARM64
    if (ck_arm_has_crc()) return ck_crc32c_armv8(crc, data, length);
#endif
    return ck_crc32c_scalar(crc, data, length);
}
