#!/bin/sh
# Cross-compiles the CKernels C sources plus a small C test driver for aarch64 and runs it
# under qemu-user: every ARM64 path (NEON, dotprod, ARMv8 CRC32C) against its scalar twin
# over odd sizes, on a CPU with dotprod (-cpu max) and one without (-cpu cortex-a53, which
# must fall back to NEON). Exit 0 when every check passes.
#
# Needs: gcc-aarch64-linux-gnu (or clang with an aarch64 sysroot) and qemu-user
#   apt-get install -y gcc-aarch64-linux-gnu qemu-user
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CC=${CC_AARCH64:-aarch64-linux-gnu-gcc}
QEMU=${QEMU_AARCH64:-qemu-aarch64}
command -v "$CC" >/dev/null || { echo "missing $CC: apt-get install -y gcc-aarch64-linux-gnu" >&2; exit 2; }
command -v "$QEMU" >/dev/null || { echo "missing $QEMU: apt-get install -y qemu-user" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

cat > "$WORK/driver.c" <<'C'
#include "ckernels.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long long rng = 88172645463325252ull;
static unsigned long long next(void) { rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17; return rng; }
static float uniform(void) { return (float)((next() >> 11) * (1.0 / 9007199254740992.0)) * 2.f - 1.f; }
static int failures = 0;
#define CHECK(cond, ...) do { if (!(cond)) { failures++; printf("FAIL: " __VA_ARGS__); printf("\n"); } } while (0)

static void gemm_case(int isa, int m, int n, int k) {
    int kp = ck_padded_k(k);
    int8_t *a = calloc((size_t)m * kp, 1), *w = malloc((size_t)n * k), *wp = malloc(ck_packed_size(n, k));
    int32_t *ws = malloc(sizeof(int32_t) * n), *c0 = malloc(sizeof(int32_t) * m * n), *c1 = malloc(sizeof(int32_t) * m * n);
    for (int r = 0; r < m; r++) for (int i = 0; i < k; i++) a[r * kp + i] = (int8_t)((int)(next() % 255) - 127);
    for (int i = 0; i < n * k; i++) w[i] = (int8_t)((int)(next() % 255) - 127);
    ck_pack_s8(w, n, k, wp, ws);
    ck_gemm_s8_scalar(a, m, kp, wp, ws, n, k, c0, n);
    memset(c1, 0xAB, sizeof(int32_t) * m * n);
    ck_gemm_s8(isa, a, m, kp, wp, ws, n, k, c1, n);
    CHECK(memcmp(c0, c1, sizeof(int32_t) * m * n) == 0, "gemm_s8 %s m=%d n=%d k=%d", ck_isa_name(isa), m, n, k);
    free(a); free(w); free(wp); free(ws); free(c0); free(c1);
}

int main(void) {
    static const int sizes[] = {1, 3, 7, 15, 16, 17, 31, 33, 255, 1023};
    int isas[] = {CK_ISA_NEON, CK_ISA_DOTPROD};
    int ran = 0;
    printf("best path: %s\n", ck_isa_name(ck_isa_best()));
    CHECK(ck_isa_available(CK_ISA_NEON), "NEON must be available on aarch64");
    for (int t = 0; t < 2; t++) {
        int isa = isas[t];
        if (!ck_isa_available(isa)) { printf("skip %s (not on this CPU)\n", ck_isa_name(isa)); continue; }
        ran++;
        for (int s = 0; s < 10; s++) {
            int z = sizes[s];
            gemm_case(isa, z, 17, 33); gemm_case(isa, 3, z, 31); gemm_case(isa, 7, 16, z); gemm_case(isa, z % 5 + 1, z, z);
            /* quantization: exact */
            int m = 3, ld = ck_padded_k(z);
            float *x = malloc(sizeof(float) * m * z);
            for (int i = 0; i < m * z; i++) x[i] = uniform() * 3;
            int8_t *q0 = malloc((size_t)m * ld), *q1 = malloc((size_t)m * ld);
            float s0[3], s1[3];
            ck_quantize_rows_scalar(x, m, z, q0, ld, s0);
            ck_quantize_rows(isa, x, m, z, q1, ld, s1);
            CHECK(memcmp(q0, q1, (size_t)m * ld) == 0 && memcmp(s0, s1, sizeof s0) == 0, "quantize %s k=%d", ck_isa_name(isa), z);
            /* GELU: absolute budget 8e-6 vs erff */
            float *g0 = malloc(sizeof(float) * z), *g1 = malloc(sizeof(float) * z);
            for (int i = 0; i < z; i++) g0[i] = g1[i] = uniform() * 8;
            ck_gelu_scalar(g0, z);
            ck_gelu(isa, g1, z);
            for (int i = 0; i < z; i++) CHECK(fabsf(g0[i] - g1[i]) <= 8e-6f, "gelu %s i=%d %g vs %g", ck_isa_name(isa), i, g0[i], g1[i]);
            /* float GEMM: relative budget 1e-5 of sum |products| */
            int fm = 5, fn = 9;
            float *fa = malloc(sizeof(float) * fm * z), *fw = malloc(sizeof(float) * fn * z), fb[9], f0[45], f1[45];
            for (int i = 0; i < fm * z; i++) fa[i] = uniform();
            for (int i = 0; i < fn * z; i++) fw[i] = uniform();
            for (int i = 0; i < fn; i++) fb[i] = uniform();
            ck_gemm_f32_scalar(fa, fm, fw, fb, fn, z, f0);
            ck_gemm_f32(isa, fa, fm, fw, fb, fn, z, f1);
            for (int r = 0; r < fm; r++) for (int c = 0; c < fn; c++) {
                float mag = fabsf(fb[c]);
                for (int i = 0; i < z; i++) mag += fabsf(fa[r * z + i] * fw[c * z + i]);
                CHECK(fabsf(f0[r * fn + c] - f1[r * fn + c]) <= 1e-5f * mag, "gemm_f32 %s k=%d", ck_isa_name(isa), z);
            }
            free(x); free(q0); free(q1); free(g0); free(g1); free(fa); free(fw);
        }
    }
    /* CRC32C: known vector and hardware vs table */
    CHECK(ck_crc32c(0, "123456789", 9) == 0xE3069283u, "crc32c check value");
    for (int s = 0; s < 10; s++) {
        unsigned char buf[1023];
        for (int i = 0; i < sizes[s]; i++) buf[i] = (unsigned char)next();
        CHECK(ck_crc32c(0, buf, sizes[s]) == ck_crc32c_scalar(0, buf, sizes[s]), "crc32c n=%d", sizes[s]);
    }
    printf("%s: %d SIMD paths checked, %d failures\n", failures ? "FAIL" : "ok", ran, failures);
    return failures ? 1 : 0;
}
C

"$CC" -O2 -static -std=c11 -I"$ROOT/Sources/CKernels/include" -I"$ROOT/Sources/CKernels" \
    "$ROOT"/Sources/CKernels/*.c "$WORK/driver.c" -lm -o "$WORK/kernels-test"
status=0
for cpu in max cortex-a53; do
    echo "== qemu-aarch64 -cpu $cpu"
    "$QEMU" -cpu "$cpu" "$WORK/kernels-test" || status=1
done
exit $status
