int ckernels_placeholder(void) { return 0; }
