// CGpiod — a tiny, uniform C API over libgpiod, loaded at run time with dlopen().
//
// One binary serves both libgpiod generations found in the field:
//   * v2 (libgpiod.so.3, 2.x: Debian trixie, bookworm-backports, newer Ubuntu), and
//   * v1 (libgpiod.so.2, 1.6.x: Debian / Raspberry Pi OS bookworm, older Ubuntu).
// The two gpiod.h headers cannot both be included, so cgpiod.c declares the few
// prototypes it uses for each itself. Nothing is linked at build time except libdl.
//
// Conventions: functions return 0 (or a positive value) on success and a NEGATIVE errno
// on failure; a human-readable detail for the last failure on the calling thread is
// available from cgpiod_last_error(). Read it right after the failing call.
#pragma once

#ifdef __cplusplus
extern "C" {
#endif

/// A loaded libgpiod (either API generation). Thread-safe to share; lines are not.
typedef struct cgpiod_lib cgpiod_lib;

/// One requested output line, held until cgpiod_line_release().
typedef struct cgpiod_line cgpiod_line;

/// Loads libgpiod. `path` NULL: $OUTPOST_LIBGPIOD when set, else "libgpiod.so.3", else
/// "libgpiod.so.2" (normal dlopen search, so LD_LIBRARY_PATH works). A non-NULL `path`
/// loads exactly that file. On success stores the handle in *out and returns 0;
/// -ELIBACC when no library could be loaded, -ENOSYS when one lacks a needed symbol.
int cgpiod_lib_open(const char *path, cgpiod_lib **out);

/// Unloads a library opened by cgpiod_lib_open (after releasing its lines).
void cgpiod_lib_close(cgpiod_lib *lib);

/// 1 or 2: the libgpiod API generation that was loaded.
int cgpiod_lib_api(const cgpiod_lib *lib);

/// The file name that was loaded (e.g. "libgpiod.so.2").
const char *cgpiod_lib_name(const cgpiod_lib *lib);

/// Requests one line as an output.
///  - chip: a chip LABEL (searched over <dev_dir>/gpiochip*), or an absolute path to a
///    character device ("/dev/gpiochip0").
///  - line_name: the line's name, or NULL to use `offset`.
///  - dev_dir: directory holding the gpiochip nodes; NULL means "/dev".
///  - active_low: non-zero when the LED lights with the line driven low.
///  - initial: the initial LOGICAL value (1 = LED on).
/// Errors: -ENODEV no chip with that label, -ENOENT no line with that name,
/// -EINVAL offset out of range, -EBUSY line held by another consumer,
/// -EACCES/-EPERM no permission on the chip device, other negative errno from the kernel.
int cgpiod_line_request_output(cgpiod_lib *lib, const char *dev_dir, const char *chip,
                               const char *line_name, int offset, int active_low,
                               int initial, const char *consumer, cgpiod_line **out);

/// Sets the LOGICAL value (1 = on) of a requested line. 0 or negative errno.
int cgpiod_line_set(cgpiod_line *line, int value);

/// The hardware offset of a requested line on its chip.
int cgpiod_line_offset(const cgpiod_line *line);

/// Releases the line (the kernel returns it to its default) and frees the handle.
void cgpiod_line_release(cgpiod_line *line);

/// Detail of the last failure on this thread ("" when none).
const char *cgpiod_last_error(void);

#ifdef __cplusplus
}
#endif
