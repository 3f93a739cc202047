// x86-64 paths: AVX2 (int16 madd) and AVX-512 VNNI (u8 x s8 dot products) int8 GEMM,
// AVX2/FMA float GEMM and GELU, SSE4.2 CRC32C. Compiled with per-function target
// attributes; dispatch.c only calls them when cpuid says the CPU has the feature.
#include "ck_internal.h"
#if CK_X86
#include <immintrin.h>
#include <math.h>
#include <string.h>

#define VNNI_ATTR __attribute__((target("avx512f,avx512bw,avx512vl,avx512vnni")))
#define AVX2_ATTR __attribute__((target("avx2,fma")))
#define INLINE static inline __attribute__((always_inline))

// MARK: - AVX-512 VNNI

/// One MR x (NR*16) tile. Activations are made unsigned by flipping the sign bit
/// (a + 128); the extra 128 * sum(w) is subtracted at the end.
INLINE VNNI_ATTR void vnni_tile(const int8_t *a, int lda, const int8_t *wb, size_t bstride, const int32_t *wsum,
                                int groups, int n0, int n, int32_t *c, int ldc, const int MR, const int NR) {
    __m512i acc[4][4];
    for (int i = 0; i < MR; i++)
        for (int j = 0; j < NR; j++) acc[i][j] = _mm512_setzero_si512();
    const __m512i flip = _mm512_set1_epi32((int)0x80808080u);
    for (int g = 0; g < groups; g++) {
        __m512i w[4];
        for (int j = 0; j < NR; j++) w[j] = _mm512_loadu_si512((const void *)(wb + j * bstride + (size_t)g * 64));
        for (int i = 0; i < MR; i++) {
            int32_t av;
            memcpy(&av, a + (size_t)i * lda + g * 4, 4);
            __m512i ab = _mm512_xor_si512(_mm512_set1_epi32(av), flip);
            for (int j = 0; j < NR; j++) acc[i][j] = _mm512_dpbusd_epi32(acc[i][j], ab, w[j]);
        }
    }
    for (int j = 0; j < NR; j++) {
        int base = n0 + j * 16, cnt = n - base;
        __mmask16 mask = cnt >= 16 ? (__mmask16)0xFFFF : (__mmask16)((1u << cnt) - 1);
        __m512i comp = _mm512_slli_epi32(_mm512_maskz_loadu_epi32(mask, wsum + base), 7);
        for (int i = 0; i < MR; i++)
            _mm512_mask_storeu_epi32(c + (size_t)i * ldc + base, mask, _mm512_sub_epi32(acc[i][j], comp));
    }
}

#define VNNI_CASE(MR, NR) case (MR) * 8 + (NR): vnni_tile(ar, lda, wb, bstride, wsum, groups, b * 16, n, cr, ldc, MR, NR); break;

VNNI_ATTR void ck_gemm_s8_vnni(const int8_t *a, int m, int lda, const int8_t *wp, const int32_t *wsum, int n, int k,
                               int32_t *c, int ldc) {
    int groups = ck_padded_k(k) / 4, blocks = (n + 15) / 16;
    size_t bstride = (size_t)groups * 64;
    for (int b = 0; b < blocks; b += 4) {
        int nr = blocks - b < 4 ? blocks - b : 4;
        const int8_t *wb = wp + (size_t)b * bstride;
        for (int r = 0; r < m; r += 4) {
            int mr = m - r < 4 ? m - r : 4;
            const int8_t *ar = a + (size_t)r * lda;
            int32_t *cr = c + (size_t)r * ldc;
            switch (mr * 8 + nr) {
                VNNI_CASE(1, 1) VNNI_CASE(1, 2) VNNI_CASE(1, 3) VNNI_CASE(1, 4)
                VNNI_CASE(2, 1) VNNI_CASE(2, 2) VNNI_CASE(2, 3) VNNI_CASE(2, 4)
                VNNI_CASE(3, 1) VNNI_CASE(3, 2) VNNI_CASE(3, 3) VNNI_CASE(3, 4)
                VNNI_CASE(4, 1) VNNI_CASE(4, 2) VNNI_CASE(4, 3) VNNI_CASE(4, 4)
            }
        }
    }
}

// MARK: - AVX2

/// One MR x 16 tile: weights widened to int16, `madd` gives pair sums per channel that
/// are folded with `hadd` at the end (exact: products fit easily in int32).
INLINE AVX2_ATTR void avx2_tile(const int8_t *a, int lda, const int8_t *wb, int groups, int n0, int n, int32_t *c,
                                int ldc, const int MR) {
    __m256i acc[2][4];
    for (int i = 0; i < MR; i++)
        for (int q = 0; q < 4; q++) acc[i][q] = _mm256_setzero_si256();
    for (int g = 0; g < groups; g++) {
        const int8_t *wg = wb + (size_t)g * 64;
        __m256i w[4];
        for (int q = 0; q < 4; q++) w[q] = _mm256_cvtepi8_epi16(_mm_loadu_si128((const __m128i *)(wg + q * 16)));
        for (int i = 0; i < MR; i++) {
            int32_t av;
            memcpy(&av, a + (size_t)i * lda + g * 4, 4);
            __m256i ab = _mm256_broadcastq_epi64(_mm_cvtepi8_epi16(_mm_cvtsi32_si128(av)));
            for (int q = 0; q < 4; q++) acc[i][q] = _mm256_add_epi32(acc[i][q], _mm256_madd_epi16(w[q], ab));
        }
    }
    for (int i = 0; i < MR; i++) {
        __m256i lo = _mm256_permute4x64_epi64(_mm256_hadd_epi32(acc[i][0], acc[i][1]), 0xD8);
        __m256i hi = _mm256_permute4x64_epi64(_mm256_hadd_epi32(acc[i][2], acc[i][3]), 0xD8);
        int32_t *out = c + (size_t)i * ldc + n0;
        if (n - n0 >= 16) {
            _mm256_storeu_si256((__m256i *)out, lo);
            _mm256_storeu_si256((__m256i *)(out + 8), hi);
        } else {
            int32_t tmp[16];
            _mm256_storeu_si256((__m256i *)tmp, lo);
            _mm256_storeu_si256((__m256i *)(tmp + 8), hi);
            memcpy(out, tmp, sizeof(int32_t) * (size_t)(n - n0));
        }
    }
}

AVX2_ATTR void ck_gemm_s8_avx2(const int8_t *a, int m, int lda, const int8_t *wp, int n, int k, int32_t *c, int ldc) {
    int groups = ck_padded_k(k) / 4, blocks = (n + 15) / 16;
    for (int b = 0; b < blocks; b++) {
        const int8_t *wb = wp + (size_t)b * groups * 64;
        int r = 0;
        for (; r + 2 <= m; r += 2) avx2_tile(a + (size_t)r * lda, lda, wb, groups, b * 16, n, c + (size_t)r * ldc, ldc, 2);
        if (r < m) avx2_tile(a + (size_t)r * lda, lda, wb, groups, b * 16, n, c + (size_t)r * ldc, ldc, 1);
    }
}

AVX2_ATTR static inline float hsum256(__m256 v) {
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_shuffle_ps(s, s, 1));
    return _mm_cvtss_f32(s);
}

AVX2_ATTR void ck_gemm_f32_avx2(const float *a, int m, const float *w, const float *bias, int n, int k, float *c) {
    int k8 = k & ~7;
    for (int r = 0; r < m; r++) {
        const float *ar = a + (size_t)r * k;
        int col = 0;
        for (; col + 4 <= n; col += 4) {
            __m256 acc[4] = {_mm256_setzero_ps(), _mm256_setzero_ps(), _mm256_setzero_ps(), _mm256_setzero_ps()};
            for (int i = 0; i < k8; i += 8) {
                __m256 av = _mm256_loadu_ps(ar + i);
                for (int j = 0; j < 4; j++) acc[j] = _mm256_fmadd_ps(av, _mm256_loadu_ps(w + (size_t)(col + j) * k + i), acc[j]);
            }
            for (int j = 0; j < 4; j++) {
                float s = hsum256(acc[j]);
                for (int i = k8; i < k; i++) s += ar[i] * w[(size_t)(col + j) * k + i];
                c[(size_t)r * n + col + j] = s + (bias ? bias[col + j] : 0.0f);
            }
        }
        for (; col < n; col++) {
            float s = 0;
            for (int i = 0; i < k; i++) s += ar[i] * w[(size_t)col * k + i];
            c[(size_t)r * n + col] = s + (bias ? bias[col] : 0.0f);
        }
    }
}

AVX2_ATTR void ck_gelu_avx2(float *x, size_t count) {
    const __m256 lim = _mm256_set1_ps(4.0f), nlim = _mm256_set1_ps(-4.0f), rs2 = _mm256_set1_ps(0.70710678118654752f);
    const __m256 half = _mm256_set1_ps(0.5f), one = _mm256_set1_ps(1.0f);
    size_t i = 0;
    for (; i + 8 <= count; i += 8) {
        __m256 v = _mm256_loadu_ps(x + i);
        __m256 u = _mm256_max_ps(_mm256_min_ps(_mm256_mul_ps(v, rs2), lim), nlim);
        __m256 u2 = _mm256_mul_ps(u, u);
        __m256 p = _mm256_set1_ps(CK_ERF_A13);
        p = _mm256_fmadd_ps(p, u2, _mm256_set1_ps(CK_ERF_A11));
        p = _mm256_fmadd_ps(p, u2, _mm256_set1_ps(CK_ERF_A9));
        p = _mm256_fmadd_ps(p, u2, _mm256_set1_ps(CK_ERF_A7));
        p = _mm256_fmadd_ps(p, u2, _mm256_set1_ps(CK_ERF_A5));
        p = _mm256_fmadd_ps(p, u2, _mm256_set1_ps(CK_ERF_A3));
        p = _mm256_fmadd_ps(p, u2, _mm256_set1_ps(CK_ERF_A1));
        p = _mm256_mul_ps(p, u);
        __m256 q = _mm256_set1_ps(CK_ERF_B8);
        q = _mm256_fmadd_ps(q, u2, _mm256_set1_ps(CK_ERF_B6));
        q = _mm256_fmadd_ps(q, u2, _mm256_set1_ps(CK_ERF_B4));
        q = _mm256_fmadd_ps(q, u2, _mm256_set1_ps(CK_ERF_B2));
        q = _mm256_fmadd_ps(q, u2, _mm256_set1_ps(CK_ERF_B0));
        __m256 erf = _mm256_div_ps(p, q);
        _mm256_storeu_ps(x + i, _mm256_mul_ps(_mm256_mul_ps(half, v), _mm256_add_ps(one, erf)));
    }
    if (i < count) ck_gelu_scalar(x + i, count - i);
}

/// Attention for head_dim 32 (MiniLM): q.k dot products four keys at a time with one
/// shared horizontal reduction, the output row held in four registers.
/* exp(x) for 8 floats (Cephes polynomial, range-reduced by ln 2): relative error about 2e-7,
 * 0 below -88. Used for the softmax in attention, where scalar expf was the O(t^2) cost. */
static inline AVX2_ATTR __m256 exp256(__m256 x) {
    x = _mm256_min_ps(_mm256_max_ps(x, _mm256_set1_ps(-88.3762626647949f)), _mm256_set1_ps(88.3762626647949f));
    __m256 fx = _mm256_floor_ps(_mm256_fmadd_ps(x, _mm256_set1_ps(1.44269504088896341f), _mm256_set1_ps(0.5f)));
    x = _mm256_fnmadd_ps(fx, _mm256_set1_ps(0.693359375f), x);
    x = _mm256_fnmadd_ps(fx, _mm256_set1_ps(-2.12194440e-4f), x);
    __m256 z = _mm256_mul_ps(x, x);
    __m256 y = _mm256_set1_ps(1.9875691500E-4f);
    y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(1.3981999507E-3f));
    y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(8.3334519073E-3f));
    y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(4.1665795894E-2f));
    y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(1.6666665459E-1f));
    y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(5.0000001201E-1f));
    y = _mm256_add_ps(_mm256_fmadd_ps(y, z, x), _mm256_set1_ps(1.0f));
    __m256i n = _mm256_slli_epi32(_mm256_add_epi32(_mm256_cvttps_epi32(fx), _mm256_set1_epi32(0x7f)), 23);
    return _mm256_mul_ps(y, _mm256_castsi256_ps(n));
}

AVX2_ATTR void ck_attention32_avx2(const float *qkv, int t, int heads, float *out, float *scores) {
    const int hd = 32, dim = heads * hd, stride = 3 * dim;
    const __m256 scale = _mm256_set1_ps(1.0f / sqrtf(32.0f));
    /* This head's K and V rows, packed contiguously (t x 32 each) so the inner loops stream
     * through L1 instead of striding across the fused QKV rows. */
    float *kp = scores + t, *vp = kp + (size_t)t * hd;
    for (int h = 0; h < heads; h++) {
        for (int j = 0; j < t; j++) {
            memcpy(kp + (size_t)j * hd, qkv + (size_t)j * stride + dim + h * hd, hd * sizeof(float));
            memcpy(vp + (size_t)j * hd, qkv + (size_t)j * stride + 2 * dim + h * hd, hd * sizeof(float));
        }
        for (int i = 0; i < t; i++) {
            const float *q = qkv + (size_t)i * stride + h * hd;
            __m256 q0 = _mm256_mul_ps(_mm256_loadu_ps(q), scale), q1 = _mm256_mul_ps(_mm256_loadu_ps(q + 8), scale);
            __m256 q2 = _mm256_mul_ps(_mm256_loadu_ps(q + 16), scale), q3 = _mm256_mul_ps(_mm256_loadu_ps(q + 24), scale);
            float mx = -INFINITY;
            __m128 mx4 = _mm_set1_ps(-INFINITY);  /* running max in a register: no serial scalar chain */
            int j = 0;
            for (; j + 4 <= t; j += 4) {
                __m256 acc[4];
                for (int u = 0; u < 4; u++) {
                    const float *k = kp + (size_t)(j + u) * hd;
                    __m256 a = _mm256_mul_ps(q0, _mm256_loadu_ps(k));
                    a = _mm256_fmadd_ps(q1, _mm256_loadu_ps(k + 8), a);
                    a = _mm256_fmadd_ps(q2, _mm256_loadu_ps(k + 16), a);
                    acc[u] = _mm256_fmadd_ps(q3, _mm256_loadu_ps(k + 24), a);
                }
                __m256 hsum = _mm256_hadd_ps(_mm256_hadd_ps(acc[0], acc[1]), _mm256_hadd_ps(acc[2], acc[3]));
                __m128 s4 = _mm_add_ps(_mm256_castps256_ps128(hsum), _mm256_extractf128_ps(hsum, 1));
                _mm_storeu_ps(scores + j, s4);
                mx4 = _mm_max_ps(mx4, s4);
            }
            mx4 = _mm_max_ps(mx4, _mm_movehl_ps(mx4, mx4));
            mx4 = _mm_max_ss(mx4, _mm_shuffle_ps(mx4, mx4, 1));
            mx = _mm_cvtss_f32(mx4);
            for (; j < t; j++) {
                const float *k = kp + (size_t)j * hd;
                __m256 a = _mm256_mul_ps(q0, _mm256_loadu_ps(k));
                a = _mm256_fmadd_ps(q1, _mm256_loadu_ps(k + 8), a);
                a = _mm256_fmadd_ps(q2, _mm256_loadu_ps(k + 16), a);
                a = _mm256_fmadd_ps(q3, _mm256_loadu_ps(k + 24), a);
                scores[j] = hsum256(a);
                mx = scores[j] > mx ? scores[j] : mx;
            }
            const __m256 vmx = _mm256_set1_ps(mx);
            __m256 vsum = _mm256_setzero_ps();
            for (j = 0; j + 8 <= t; j += 8) {
                __m256 e = exp256(_mm256_sub_ps(_mm256_loadu_ps(scores + j), vmx));
                _mm256_storeu_ps(scores + j, e);
                vsum = _mm256_add_ps(vsum, e);
            }
            float sum = hsum256(vsum);
            for (; j < t; j++) { scores[j] = expf(scores[j] - mx); sum += scores[j]; }
            const float inv = 1.0f / sum;
            __m256 o0 = _mm256_setzero_ps(), o1 = o0, o2 = o0, o3 = o0;
            for (j = 0; j < t; j++) {  /* unnormalized; scaled by 1/sum once at the end */
                const float *v = vp + (size_t)j * hd;
                __m256 p = _mm256_set1_ps(scores[j]);
                o0 = _mm256_fmadd_ps(p, _mm256_loadu_ps(v), o0);
                o1 = _mm256_fmadd_ps(p, _mm256_loadu_ps(v + 8), o1);
                o2 = _mm256_fmadd_ps(p, _mm256_loadu_ps(v + 16), o2);
                o3 = _mm256_fmadd_ps(p, _mm256_loadu_ps(v + 24), o3);
            }
            const __m256 vinv = _mm256_set1_ps(inv);
            float *o = out + (size_t)i * dim + h * hd;
            _mm256_storeu_ps(o, _mm256_mul_ps(o0, vinv));
            _mm256_storeu_ps(o + 8, _mm256_mul_ps(o1, vinv));
            _mm256_storeu_ps(o + 16, _mm256_mul_ps(o2, vinv));
            _mm256_storeu_ps(o + 24, _mm256_mul_ps(o3, vinv));
        }
    }
}

AVX2_ATTR void ck_quantize_rows_avx2(const float *x, int m, int k, int8_t *q, int ldq, float *scale) {
    const __m256 absmask = _mm256_castsi256_ps(_mm256_set1_epi32(0x7FFFFFFF));
    const __m256i order = _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7);
    for (int r = 0; r < m; r++) {
        const float *row = x + (size_t)r * k;
        __m256 vmax = _mm256_setzero_ps();
        int i = 0;
        for (; i + 8 <= k; i += 8) vmax = _mm256_max_ps(vmax, _mm256_and_ps(_mm256_loadu_ps(row + i), absmask));
        float lanes[8], mx = 0;
        _mm256_storeu_ps(lanes, vmax);
        for (int j = 0; j < 8; j++) mx = lanes[j] > mx ? lanes[j] : mx;
        for (; i < k; i++) { float v = fabsf(row[i]); mx = v > mx ? v : mx; }
        float s = mx > 0 ? mx / 127.0f : 1.0f, inv = 1.0f / s;
        __m256 vinv = _mm256_set1_ps(inv);
        int8_t *out = q + (size_t)r * ldq;
        i = 0;
        for (; i + 32 <= k; i += 32) {
            __m256i v0 = _mm256_cvtps_epi32(_mm256_mul_ps(_mm256_loadu_ps(row + i), vinv));
            __m256i v1 = _mm256_cvtps_epi32(_mm256_mul_ps(_mm256_loadu_ps(row + i + 8), vinv));
            __m256i v2 = _mm256_cvtps_epi32(_mm256_mul_ps(_mm256_loadu_ps(row + i + 16), vinv));
            __m256i v3 = _mm256_cvtps_epi32(_mm256_mul_ps(_mm256_loadu_ps(row + i + 24), vinv));
            __m256i p = _mm256_packs_epi16(_mm256_packs_epi32(v0, v1), _mm256_packs_epi32(v2, v3));
            p = _mm256_max_epi8(p, _mm256_set1_epi8(-127));
            _mm256_storeu_si256((__m256i *)(out + i), _mm256_permutevar8x32_epi32(p, order));
        }
        for (; i < k; i++) {
            float v = nearbyintf(row[i] * inv);
            v = v > 127.f ? 127.f : (v < -127.f ? -127.f : v);
            out[i] = (int8_t)v;
        }
        for (i = k; i < ldq; i++) out[i] = 0;
        scale[r] = s;
    }
}

__attribute__((target("sse4.2"))) uint32_t ck_crc32c_sse42(uint32_t crc, const void *data, size_t length) {
    const uint8_t *p = (const uint8_t *)data;
    uint64_t c = ~crc;
    while (length >= 8) {
        uint64_t v;
        memcpy(&v, p, 8);
        c = _mm_crc32_u64(c, v);
        p += 8;
        length -= 8;
    }
    uint32_t c32 = (uint32_t)c;
    while (length--) c32 = _mm_crc32_u8(c32, *p++);
    return ~c32;
}
#endif
