// Run-time ISA detection and dispatch.
#include "ck_internal.h"
#include <stdlib.h>
#include <string.h>

#if CK_X86
#include <cpuid.h>
static int x86_has_avx2(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    int osxsave = (c >> 27) & 1, fma = (c >> 12) & 1;
    if (!osxsave || !fma) return 0;
    unsigned lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    if ((lo & 0x6) != 0x6) return 0;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
    return (b >> 5) & 1;
}
static int x86_has_vnni(void) {
    if (!x86_has_avx2()) return 0;
    unsigned a, b, c, d, lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    if ((lo & 0xE6) != 0xE6) return 0; /* opmask + ZMM state enabled by the OS */
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
    int f = (b >> 16) & 1, bw = (b >> 30) & 1, vl = (b >> 31) & 1, vnni = (c >> 11) & 1;
    return f && bw && vl && vnni;
}
int ck_x86_has_sse42(void) {
    static int cached = -1;
    int v = __atomic_load_n(&cached, __ATOMIC_RELAXED);
    if (v < 0) {
        unsigned a, b, c, d;
        v = __get_cpuid(1, &a, &b, &c, &d) ? (int)((c >> 20) & 1) : 0;
        __atomic_store_n(&cached, v, __ATOMIC_RELAXED);
    }
    return v;
}
#endif

#if CK_ARM64
#include <sys/auxv.h>
#ifndef HWCAP_ASIMDDP
#define HWCAP_ASIMDDP (1 << 20)
#endif
#ifndef HWCAP_CRC32
#define HWCAP_CRC32 (1 << 7)
#endif
int ck_arm_has_crc(void) { return (getauxval(AT_HWCAP) & HWCAP_CRC32) != 0; }
#endif

static int isa_available_uncached(int isa) {
    switch (isa) {
    case CK_ISA_SCALAR: return 1;
#if CK_X86
    case CK_ISA_AVX2: return x86_has_avx2();
    case CK_ISA_AVX512VNNI: return x86_has_vnni();
#endif
#if CK_ARM64
    case CK_ISA_NEON: return 1;
    case CK_ISA_DOTPROD: return (getauxval(AT_HWCAP) & HWCAP_ASIMDDP) != 0;
#endif
    default: return 0;
    }
}

int ck_isa_available(int isa) {
    static int mask = -1; /* benign race: every thread computes the same value */
    int m = __atomic_load_n(&mask, __ATOMIC_RELAXED);
    if (m < 0) {
        m = 0;
        for (int i = 0; i < CK_ISA_COUNT; i++)
            if (isa_available_uncached(i)) m |= 1 << i;
        __atomic_store_n(&mask, m, __ATOMIC_RELAXED);
    }
    return isa >= 0 && isa < CK_ISA_COUNT && ((m >> isa) & 1);
}

const char *ck_isa_name(int isa) {
    static const char *names[CK_ISA_COUNT] = {"scalar", "avx2", "avx512vnni", "neon", "dotprod"};
    return (isa >= 0 && isa < CK_ISA_COUNT) ? names[isa] : "unknown";
}

static int best_uncached(void) {
    const char *forced = getenv("OUTPOST_KERNELS");
    if (forced) {
        for (int i = 0; i < CK_ISA_COUNT; i++)
            if (strcmp(forced, ck_isa_name(i)) == 0 && ck_isa_available(i)) return i;
    }
    int order[] = {CK_ISA_AVX512VNNI, CK_ISA_DOTPROD, CK_ISA_AVX2, CK_ISA_NEON};
    for (int i = 0; i < 4; i++)
        if (ck_isa_available(order[i])) return order[i];
    return CK_ISA_SCALAR;
}

int ck_isa_best(void) {
    static int cached = -1; /* benign race: every thread computes the same value */
    int v = __atomic_load_n(&cached, __ATOMIC_RELAXED);
    if (v < 0) {
        v = best_uncached();
        __atomic_store_n(&cached, v, __ATOMIC_RELAXED);
    }
    return v;
}

void ck_gemm_s8(int isa, const int8_t *a, int m, int lda, const int8_t *wp, const int32_t *wsum,
                int n, int k, int32_t *c, int ldc) {
    if (!ck_isa_available(isa)) isa = CK_ISA_SCALAR;
    switch (isa) {
#if CK_X86
    case CK_ISA_AVX2: ck_gemm_s8_avx2(a, m, lda, wp, n, k, c, ldc); return;
    case CK_ISA_AVX512VNNI: ck_gemm_s8_vnni(a, m, lda, wp, wsum, n, k, c, ldc); return;
#endif
#if CK_ARM64
    case CK_ISA_NEON: ck_gemm_s8_neon(a, m, lda, wp, n, k, c, ldc); return;
    case CK_ISA_DOTPROD: ck_gemm_s8_dotprod(a, m, lda, wp, n, k, c, ldc); return;
#endif
    default: ck_gemm_s8_scalar(a, m, lda, wp, wsum, n, k, c, ldc); return;
    }
}

void ck_gemm_f32(int isa, const float *a, int m, const float *w, const float *bias, int n, int k, float *c) {
    if (!ck_isa_available(isa)) isa = CK_ISA_SCALAR;
#if CK_X86
    if (isa == CK_ISA_AVX2 || isa == CK_ISA_AVX512VNNI) { ck_gemm_f32_avx2(a, m, w, bias, n, k, c); return; }
#endif
#if CK_ARM64
    if (isa == CK_ISA_NEON || isa == CK_ISA_DOTPROD) { ck_gemm_f32_neon(a, m, w, bias, n, k, c); return; }
#endif
    ck_gemm_f32_scalar(a, m, w, bias, n, k, c);
}

void ck_gelu(int isa, float *x, size_t count) {
    if (!ck_isa_available(isa)) isa = CK_ISA_SCALAR;
#if CK_X86
    if (isa == CK_ISA_AVX2 || isa == CK_ISA_AVX512VNNI) { ck_gelu_avx2(x, count); return; }
#endif
#if CK_ARM64
    if (isa == CK_ISA_NEON || isa == CK_ISA_DOTPROD) { ck_gelu_neon(x, count); return; }
#endif
    ck_gelu_scalar(x, count);
}

void ck_quantize_rows(int isa, const float *x, int m, int k, int8_t *q, int ldq, float *scale) {
    if (!ck_isa_available(isa)) isa = CK_ISA_SCALAR;
#if CK_X86
    if (isa == CK_ISA_AVX2 || isa == CK_ISA_AVX512VNNI) { ck_quantize_rows_avx2(x, m, k, q, ldq, scale); return; }
#endif
#if CK_ARM64
    if (isa == CK_ISA_NEON || isa == CK_ISA_DOTPROD) { ck_quantize_rows_neon(x, m, k, q, ldq, scale); return; }
#endif
    ck_quantize_rows_scalar(x, m, k, q, ldq, scale);
}
