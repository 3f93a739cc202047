// Internal declarations shared by the CKernels translation units.
#pragma once
#include "ckernels.h"

#if defined(__x86_64__) || defined(__i386__)
#define CK_X86 1
void ck_gemm_s8_avx2(const int8_t *a, int m, int lda, const int8_t *wp, int n, int k, int32_t *c, int ldc);
void ck_gemm_s8_vnni(const int8_t *a, int m, int lda, const int8_t *wp, const int32_t *wsum, int n, int k, int32_t *c, int ldc);
void ck_gemm_f32_avx2(const float *a, int m, const float *w, const float *bias, int n, int k, float *c);
void ck_gelu_avx2(float *x, size_t count);
void ck_attention32_avx2(const float *qkv, int t, int heads, float *out, float *scores);
void ck_quantize_rows_avx2(const float *x, int m, int k, int8_t *q, int ldq, float *scale);
uint32_t ck_crc32c_sse42(uint32_t crc, const void *data, size_t length);
#endif

#if defined(__aarch64__)
#define CK_ARM64 1
void ck_gemm_s8_neon(const int8_t *a, int m, int lda, const int8_t *wp, int n, int k, int32_t *c, int ldc);
void ck_gemm_s8_dotprod(const int8_t *a, int m, int lda, const int8_t *wp, int n, int k, int32_t *c, int ldc);
void ck_gemm_f32_neon(const float *a, int m, const float *w, const float *bias, int n, int k, float *c);
void ck_gelu_neon(float *x, size_t count);
void ck_quantize_rows_neon(const float *x, int m, int k, int8_t *q, int ldq, float *scale);
uint32_t ck_crc32c_armv8(uint32_t crc, const void *data, size_t length);
#endif

/// erf approximation shared by every GELU path (rational polynomial, |err| < 1e-6 on floats).
#define CK_ERF_A1 (-1.60960333262415e-02f)
#define CK_ERF_A3 (-2.95459980854025e-03f)
#define CK_ERF_A5 (-7.34990630326855e-04f)
#define CK_ERF_A7 (-5.69250639462346e-05f)
#define CK_ERF_A9 (-2.10102402082508e-06f)
#define CK_ERF_A11 (2.77068142495902e-08f)
#define CK_ERF_A13 (-2.72614225801306e-10f)
#define CK_ERF_B0 (-1.42647390514189e-02f)
#define CK_ERF_B2 (-7.37332916720468e-03f)
#define CK_ERF_B4 (-1.68282697438203e-03f)
#define CK_ERF_B6 (-2.13374055278905e-04f)
#define CK_ERF_B8 (-1.45660718464996e-05f)
