// CKernels: int8 SIMD kernels with per-architecture paths (placeholder).
#pragma once
int ckernels_placeholder(void);
