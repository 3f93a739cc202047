// CGpiod: loads libgpiod at run time (placeholder; filled in by the LED work).
#pragma once
int cgpiod_placeholder(void);
