// ARM64 paths: NEON (widening multiply + pairwise add) and dotprod (SDOT) int8 GEMM,
// NEON float GEMM and GELU, ARMv8 CRC32C. Compiled with per-function target attributes;
// dispatch.c picks them with getauxval. Tested under qemu by scripts/test-kernels-aarch64.sh.
#include "ck_internal.h"
#if CK_ARM64
#include <arm_acle.h>
#include <arm_neon.h>
#include <math.h>
#include <string.h>

#define DOT_ATTR __attribute__((target("arch=armv8.2-a+dotprod")))
#define CRC_ATTR __attribute__((target("arch=armv8-a+crc")))
#define INLINE static inline __attribute__((always_inline))

INLINE DOT_ATTR void dot_tile(const int8_t *a, int lda, const int8_t *wb, int groups, int n0, int n, int32_t *c, int ldc,
                              const int MR) {
    int32x4_t acc[4][4];
    for (int i = 0; i < MR; i++)
        for (int q = 0; q < 4; q++) acc[i][q] = vdupq_n_s32(0);
    for (int g = 0; g < groups; g++) {
        const int8_t *wg = wb + (size_t)g * 64;
        int8x16_t w[4];
        for (int q = 0; q < 4; q++) w[q] = vld1q_s8(wg + q * 16);
        for (int i = 0; i < MR; i++) {
            int32_t av;
            memcpy(&av, a + (size_t)i * lda + g * 4, 4);
            int8x16_t ab = vreinterpretq_s8_s32(vdupq_n_s32(av));
            for (int q = 0; q < 4; q++) acc[i][q] = vdotq_s32(acc[i][q], w[q], ab);
        }
    }
    for (int i = 0; i < MR; i++) {
        int32_t tmp[16];
        for (int q = 0; q < 4; q++) vst1q_s32(tmp + q * 4, acc[i][q]);
        int cnt = n - n0 < 16 ? n - n0 : 16;
        memcpy(c + (size_t)i * ldc + n0, tmp, sizeof(int32_t) * (size_t)cnt);
    }
}

DOT_ATTR void ck_gemm_s8_dotprod(const int8_t *a, int m, int lda, const int8_t *wp, int n, int k, int32_t *c, int ldc) {
    int groups = ck_padded_k(k) / 4, blocks = (n + 15) / 16;
    for (int b = 0; b < blocks; b++) {
        const int8_t *wb = wp + (size_t)b * groups * 64;
        int r = 0;
        for (; r + 4 <= m; r += 4) dot_tile(a + (size_t)r * lda, lda, wb, groups, b * 16, n, c + (size_t)r * ldc, ldc, 4);
        for (; r < m; r++) dot_tile(a + (size_t)r * lda, lda, wb, groups, b * 16, n, c + (size_t)r * ldc, ldc, 1);
    }
}

INLINE void neon_tile(const int8_t *a, int lda, const int8_t *wb, int groups, int n0, int n, int32_t *c, int ldc,
                      const int MR) {
    int32x4_t acc[2][8];
    for (int i = 0; i < MR; i++)
        for (int q = 0; q < 8; q++) acc[i][q] = vdupq_n_s32(0);
    for (int g = 0; g < groups; g++) {
        const int8_t *wg = wb + (size_t)g * 64;
        int8x16_t w[4];
        for (int q = 0; q < 4; q++) w[q] = vld1q_s8(wg + q * 16);
        for (int i = 0; i < MR; i++) {
            int32_t av;
            memcpy(&av, a + (size_t)i * lda + g * 4, 4);
            int8x8_t ab = vreinterpret_s8_s32(vdup_n_s32(av));
            for (int q = 0; q < 4; q++) {
                /* [n0 k0..k3, n1 k0..k3] -> int32 pair sums [n0 k01, n0 k23, n1 k01, n1 k23] */
                acc[i][2 * q] = vpadalq_s16(acc[i][2 * q], vmull_s8(vget_low_s8(w[q]), ab));
                acc[i][2 * q + 1] = vpadalq_s16(acc[i][2 * q + 1], vmull_s8(vget_high_s8(w[q]), ab));
            }
        }
    }
    for (int i = 0; i < MR; i++) {
        int32_t tmp[16];
        for (int q = 0; q < 4; q++) vst1q_s32(tmp + q * 4, vpaddq_s32(acc[i][2 * q], acc[i][2 * q + 1]));
        int cnt = n - n0 < 16 ? n - n0 : 16;
        memcpy(c + (size_t)i * ldc + n0, tmp, sizeof(int32_t) * (size_t)cnt);
    }
}

void ck_gemm_s8_neon(const int8_t *a, int m, int lda, const int8_t *wp, int n, int k, int32_t *c, int ldc) {
    int groups = ck_padded_k(k) / 4, blocks = (n + 15) / 16;
    for (int b = 0; b < blocks; b++) {
        const int8_t *wb = wp + (size_t)b * groups * 64;
        int r = 0;
        for (; r + 2 <= m; r += 2) neon_tile(a + (size_t)r * lda, lda, wb, groups, b * 16, n, c + (size_t)r * ldc, ldc, 2);
        if (r < m) neon_tile(a + (size_t)r * lda, lda, wb, groups, b * 16, n, c + (size_t)r * ldc, ldc, 1);
    }
}

void ck_gemm_f32_neon(const float *a, int m, const float *w, const float *bias, int n, int k, float *c) {
    int k4 = k & ~3;
    for (int r = 0; r < m; r++) {
        const float *ar = a + (size_t)r * k;
        for (int col = 0; col < n; col++) {
            const float *wr = w + (size_t)col * k;
            float32x4_t acc0 = vdupq_n_f32(0), acc1 = vdupq_n_f32(0);
            int i = 0;
            for (; i + 8 <= k4; i += 8) {
                acc0 = vfmaq_f32(acc0, vld1q_f32(ar + i), vld1q_f32(wr + i));
                acc1 = vfmaq_f32(acc1, vld1q_f32(ar + i + 4), vld1q_f32(wr + i + 4));
            }
            for (; i < k4; i += 4) acc0 = vfmaq_f32(acc0, vld1q_f32(ar + i), vld1q_f32(wr + i));
            float s = vaddvq_f32(vaddq_f32(acc0, acc1));
            for (; i < k; i++) s += ar[i] * wr[i];
            c[(size_t)r * n + col] = s + (bias ? bias[col] : 0.0f);
        }
    }
}

void ck_gelu_neon(float *x, size_t count) {
    size_t i = 0;
    for (; i + 4 <= count; i += 4) {
        float32x4_t v = vld1q_f32(x + i);
        float32x4_t u = vmaxq_f32(vminq_f32(vmulq_n_f32(v, 0.70710678118654752f), vdupq_n_f32(4.0f)), vdupq_n_f32(-4.0f));
        float32x4_t u2 = vmulq_f32(u, u);
        float32x4_t p = vdupq_n_f32(CK_ERF_A13);
        p = vfmaq_f32(vdupq_n_f32(CK_ERF_A11), p, u2);
        p = vfmaq_f32(vdupq_n_f32(CK_ERF_A9), p, u2);
        p = vfmaq_f32(vdupq_n_f32(CK_ERF_A7), p, u2);
        p = vfmaq_f32(vdupq_n_f32(CK_ERF_A5), p, u2);
        p = vfmaq_f32(vdupq_n_f32(CK_ERF_A3), p, u2);
        p = vfmaq_f32(vdupq_n_f32(CK_ERF_A1), p, u2);
        p = vmulq_f32(p, u);
        float32x4_t q = vdupq_n_f32(CK_ERF_B8);
        q = vfmaq_f32(vdupq_n_f32(CK_ERF_B6), q, u2);
        q = vfmaq_f32(vdupq_n_f32(CK_ERF_B4), q, u2);
        q = vfmaq_f32(vdupq_n_f32(CK_ERF_B2), q, u2);
        q = vfmaq_f32(vdupq_n_f32(CK_ERF_B0), q, u2);
        float32x4_t erf = vdivq_f32(p, q);
        vst1q_f32(x + i, vmulq_f32(vmulq_n_f32(v, 0.5f), vaddq_f32(vdupq_n_f32(1.0f), erf)));
    }
    if (i < count) ck_gelu_scalar(x + i, count - i);
}

void ck_quantize_rows_neon(const float *x, int m, int k, int8_t *q, int ldq, float *scale) {
    for (int r = 0; r < m; r++) {
        const float *row = x + (size_t)r * k;
        float32x4_t vmax = vdupq_n_f32(0);
        int i = 0;
        for (; i + 4 <= k; i += 4) vmax = vmaxq_f32(vmax, vabsq_f32(vld1q_f32(row + i)));
        float mx = vmaxvq_f32(vmax);
        for (; i < k; i++) { float v = fabsf(row[i]); mx = v > mx ? v : mx; }
        float s = mx > 0 ? mx / 127.0f : 1.0f, inv = 1.0f / s;
        int8_t *out = q + (size_t)r * ldq;
        i = 0;
        for (; i + 8 <= k; i += 8) {
            int32x4_t a = vcvtnq_s32_f32(vmulq_n_f32(vld1q_f32(row + i), inv));
            int32x4_t b = vcvtnq_s32_f32(vmulq_n_f32(vld1q_f32(row + i + 4), inv));
            int8x8_t p = vqmovn_s16(vcombine_s16(vqmovn_s32(a), vqmovn_s32(b)));
            vst1_s8(out + i, vmax_s8(p, vdup_n_s8(-127)));
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

CRC_ATTR uint32_t ck_crc32c_armv8(uint32_t crc, const void *data, size_t length) {
    const uint8_t *p = (const uint8_t *)data;
    uint32_t c = ~crc;
    while (length >= 8) {
        uint64_t v;
        memcpy(&v, p, 8);
        c = __crc32cd(c, v);
        p += 8;
        length -= 8;
    }
    while (length--) c = __crc32cb(c, *p++);
    return ~c;
}
#endif
