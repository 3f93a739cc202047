int cgpiod_placeholder(void) { return 0; }
