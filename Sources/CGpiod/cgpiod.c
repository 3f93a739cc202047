// CGpiod — see include/cgpiod.h. dlopen()s libgpiod.so.3 (v2 API) or libgpiod.so.2
// (v1 API) and declares the prototypes it needs for each generation itself.
#define _GNU_SOURCE
#include "cgpiod.h"

#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// MARK: - Opaque libgpiod types (never dereferenced here)

struct gpiod_chip;
struct gpiod_line;            // v1
struct gpiod_chip_info;       // v2
struct gpiod_line_settings;   // v2
struct gpiod_line_config;     // v2
struct gpiod_request_config;  // v2
struct gpiod_line_request;    // v2

// v1 request flag (gpiod.h 1.6: GPIOD_LINE_REQUEST_FLAG_ACTIVE_LOW = BIT(2)).
#define V1_FLAG_ACTIVE_LOW (1 << 2)
// v2 enums (gpiod.h 2.x).
#define V2_DIRECTION_OUTPUT 3   // AS_IS = 1, INPUT, OUTPUT
#define V2_VALUE_INACTIVE 0
#define V2_VALUE_ACTIVE 1

// MARK: - Function tables

struct v1_api {
    struct gpiod_chip *(*chip_open)(const char *path);
    void (*chip_close)(struct gpiod_chip *chip);
    const char *(*chip_label)(struct gpiod_chip *chip);
    unsigned int (*chip_num_lines)(struct gpiod_chip *chip);
    struct gpiod_line *(*chip_get_line)(struct gpiod_chip *chip, unsigned int offset);
    struct gpiod_line *(*chip_find_line)(struct gpiod_chip *chip, const char *name);
    int (*line_request_output_flags)(struct gpiod_line *line, const char *consumer, int flags, int default_val);
    int (*line_set_value)(struct gpiod_line *line, int value);
    void (*line_release)(struct gpiod_line *line);
    unsigned int (*line_offset)(struct gpiod_line *line);
};

struct v2_api {
    struct gpiod_chip *(*chip_open)(const char *path);
    void (*chip_close)(struct gpiod_chip *chip);
    struct gpiod_chip_info *(*chip_get_info)(struct gpiod_chip *chip);
    const char *(*chip_info_get_label)(struct gpiod_chip_info *info);
    size_t (*chip_info_get_num_lines)(struct gpiod_chip_info *info);
    void (*chip_info_free)(struct gpiod_chip_info *info);
    int (*chip_get_line_offset_from_name)(struct gpiod_chip *chip, const char *name);
    struct gpiod_line_settings *(*line_settings_new)(void);
    void (*line_settings_free)(struct gpiod_line_settings *s);
    int (*line_settings_set_direction)(struct gpiod_line_settings *s, int direction);
    void (*line_settings_set_active_low)(struct gpiod_line_settings *s, bool active_low);
    int (*line_settings_set_output_value)(struct gpiod_line_settings *s, int value);
    struct gpiod_line_config *(*line_config_new)(void);
    void (*line_config_free)(struct gpiod_line_config *c);
    int (*line_config_add_line_settings)(struct gpiod_line_config *c, const unsigned int *offsets,
                                         size_t num_offsets, struct gpiod_line_settings *s);
    struct gpiod_request_config *(*request_config_new)(void);
    void (*request_config_free)(struct gpiod_request_config *c);
    void (*request_config_set_consumer)(struct gpiod_request_config *c, const char *consumer);
    struct gpiod_line_request *(*chip_request_lines)(struct gpiod_chip *chip, struct gpiod_request_config *rc,
                                                     struct gpiod_line_config *lc);
    int (*line_request_set_value)(struct gpiod_line_request *r, unsigned int offset, int value);
    void (*line_request_release)(struct gpiod_line_request *r);
};

struct cgpiod_lib {
    void *handle;
    int api;
    char name[256];
    struct v1_api v1;
    struct v2_api v2;
};

struct cgpiod_line {
    cgpiod_lib *lib;
    unsigned int offset;
    struct gpiod_chip *chip;            // v1: owns the line; v2: NULL (request is independent)
    struct gpiod_line *v1_line;
    struct gpiod_line_request *v2_request;
};

// MARK: - Last error (per thread)

static __thread char last_error[512];

const char *cgpiod_last_error(void) { return last_error; }

static int fail(int err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(int err, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(last_error, sizeof last_error, fmt, ap);
    va_end(ap);
    return err > 0 ? -err : (err == 0 ? -EIO : err);
}

static int errno_or(int fallback) { return errno > 0 ? errno : fallback; }

// MARK: - Loading

#define LOAD(table, field, symbol)                                                   \
    do {                                                                             \
        *(void **)(&lib->table.field) = dlsym(lib->handle, symbol);                  \
        if (lib->table.field == NULL) { missing = symbol; goto missing_symbol; }    \
    } while (0)

static int load_symbols(cgpiod_lib *lib) {
    const char *missing = NULL;
    if (dlsym(lib->handle, "gpiod_chip_request_lines") != NULL) {
        lib->api = 2;
        LOAD(v2, chip_open, "gpiod_chip_open");
        LOAD(v2, chip_close, "gpiod_chip_close");
        LOAD(v2, chip_get_info, "gpiod_chip_get_info");
        LOAD(v2, chip_info_get_label, "gpiod_chip_info_get_label");
        LOAD(v2, chip_info_get_num_lines, "gpiod_chip_info_get_num_lines");
        LOAD(v2, chip_info_free, "gpiod_chip_info_free");
        LOAD(v2, chip_get_line_offset_from_name, "gpiod_chip_get_line_offset_from_name");
        LOAD(v2, line_settings_new, "gpiod_line_settings_new");
        LOAD(v2, line_settings_free, "gpiod_line_settings_free");
        LOAD(v2, line_settings_set_direction, "gpiod_line_settings_set_direction");
        LOAD(v2, line_settings_set_active_low, "gpiod_line_settings_set_active_low");
        LOAD(v2, line_settings_set_output_value, "gpiod_line_settings_set_output_value");
        LOAD(v2, line_config_new, "gpiod_line_config_new");
        LOAD(v2, line_config_free, "gpiod_line_config_free");
        LOAD(v2, line_config_add_line_settings, "gpiod_line_config_add_line_settings");
        LOAD(v2, request_config_new, "gpiod_request_config_new");
        LOAD(v2, request_config_free, "gpiod_request_config_free");
        LOAD(v2, request_config_set_consumer, "gpiod_request_config_set_consumer");
        LOAD(v2, chip_request_lines, "gpiod_chip_request_lines");
        LOAD(v2, line_request_set_value, "gpiod_line_request_set_value");
        LOAD(v2, line_request_release, "gpiod_line_request_release");
    } else {
        lib->api = 1;
        LOAD(v1, chip_open, "gpiod_chip_open");
        LOAD(v1, chip_close, "gpiod_chip_close");
        LOAD(v1, chip_label, "gpiod_chip_label");
        LOAD(v1, chip_num_lines, "gpiod_chip_num_lines");
        LOAD(v1, chip_get_line, "gpiod_chip_get_line");
        LOAD(v1, chip_find_line, "gpiod_chip_find_line");
        LOAD(v1, line_request_output_flags, "gpiod_line_request_output_flags");
        LOAD(v1, line_set_value, "gpiod_line_set_value");
        LOAD(v1, line_release, "gpiod_line_release");
        LOAD(v1, line_offset, "gpiod_line_offset");
    }
    return 0;
missing_symbol:
    return fail(ENOSYS, "%s does not export %s (neither a libgpiod 1.x nor 2.x library?)", lib->name, missing);
}
#undef LOAD

static int try_open(const char *path, cgpiod_lib **out) {
    void *handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        const char *why = dlerror();
        return fail(ELIBACC, "cannot load %s: %s", path, why ? why : "unknown dlopen error");
    }
    cgpiod_lib *lib = calloc(1, sizeof *lib);
    if (lib == NULL) { dlclose(handle); return fail(ENOMEM, "out of memory"); }
    lib->handle = handle;
    snprintf(lib->name, sizeof lib->name, "%s", path);
    int rc = load_symbols(lib);
    if (rc < 0) { dlclose(handle); free(lib); return rc; }
    *out = lib;
    last_error[0] = 0;
    return 0;
}

int cgpiod_lib_open(const char *path, cgpiod_lib **out) {
    *out = NULL;
    if (path != NULL) return try_open(path, out);
    const char *env = getenv("OUTPOST_LIBGPIOD");
    if (env != NULL && env[0] != 0) return try_open(env, out);
    if (try_open("libgpiod.so.3", out) == 0) return 0;
    char first[sizeof last_error];
    snprintf(first, sizeof first, "%s", last_error);
    if (try_open("libgpiod.so.2", out) == 0) return 0;
    char second[sizeof last_error];
    snprintf(second, sizeof second, "%s", last_error);
    return fail(ELIBACC, "libgpiod is not installed (install libgpiod3 or libgpiod2): %s; %s", first, second);
}

void cgpiod_lib_close(cgpiod_lib *lib) {
    if (lib == NULL) return;
    dlclose(lib->handle);
    free(lib);
}

int cgpiod_lib_api(const cgpiod_lib *lib) { return lib->api; }
const char *cgpiod_lib_name(const cgpiod_lib *lib) { return lib->name; }

// MARK: - Chips

static const char *chip_label(cgpiod_lib *lib, struct gpiod_chip *chip, char *buf, size_t len) {
    if (lib->api == 1) {
        const char *l = lib->v1.chip_label(chip);
        snprintf(buf, len, "%s", l ? l : "");
    } else {
        struct gpiod_chip_info *info = lib->v2.chip_get_info(chip);
        if (info == NULL) { buf[0] = 0; return buf; }
        const char *l = lib->v2.chip_info_get_label(info);
        snprintf(buf, len, "%s", l ? l : "");
        lib->v2.chip_info_free(info);
    }
    return buf;
}

static void chip_close(cgpiod_lib *lib, struct gpiod_chip *chip) {
    if (lib->api == 1) lib->v1.chip_close(chip); else lib->v2.chip_close(chip);
}

static struct gpiod_chip *chip_open_path(cgpiod_lib *lib, const char *path) {
    return lib->api == 1 ? lib->v1.chip_open(path) : lib->v2.chip_open(path);
}

/// Opens the chip named by `chip` (label, or absolute path). Returns NULL with *err set.
static struct gpiod_chip *find_chip(cgpiod_lib *lib, const char *dev_dir, const char *chip, int *err) {
    if (chip[0] == '/') {
        struct gpiod_chip *c = chip_open_path(lib, chip);
        if (c == NULL) {
            int e = errno_or(ENODEV);
            *err = fail(e == ENOENT ? ENODEV : e, "cannot open GPIO chip %s: %s", chip, strerror(e));
        }
        return c;
    }
    const char *dir = dev_dir ? dev_dir : "/dev";
    DIR *d = opendir(dir);
    if (d == NULL) {
        *err = fail(ENODEV, "no GPIO chip labelled \"%s\": cannot list %s: %s", chip, dir, strerror(errno));
        return NULL;
    }
    int denied = 0, seen = 0;
    char denied_path[300] = "";
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strncmp(e->d_name, "gpiochip", 8) != 0) continue;
        char path[300];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct gpiod_chip *c = chip_open_path(lib, path);
        if (c == NULL) {
            if (errno == EACCES || errno == EPERM) { denied = errno; snprintf(denied_path, sizeof denied_path, "%s", path); }
            continue;
        }
        seen++;
        char label[128];
        if (strcmp(chip_label(lib, c, label, sizeof label), chip) == 0) { closedir(d); return c; }
        chip_close(lib, c);
    }
    closedir(d);
    if (denied)
        *err = fail(denied, "no readable GPIO chip labelled \"%s\": permission denied on %s "
                    "(run as root or add the user to the gpio group)", chip, denied_path);
    else
        *err = fail(ENODEV, "no GPIO chip labelled \"%s\" (%d chip(s) in %s)", chip, seen, dir);
    return NULL;
}

// MARK: - Lines

static int request_v1(cgpiod_lib *lib, struct gpiod_chip *chip, const char *chip_name, const char *line_name,
                      int offset, int active_low, int initial, const char *consumer, cgpiod_line *l) {
    struct gpiod_line *line;
    if (line_name != NULL) {
        errno = 0;
        line = lib->v1.chip_find_line(chip, line_name);
        if (line == NULL)
            return fail(ENOENT, "no line named \"%s\" on GPIO chip \"%s\"", line_name, chip_name);
    } else {
        unsigned int n = lib->v1.chip_num_lines(chip);
        if (offset < 0 || (unsigned int)offset >= n)
            return fail(EINVAL, "line offset %d out of range on GPIO chip \"%s\" (%u lines)", offset, chip_name, n);
        line = lib->v1.chip_get_line(chip, (unsigned int)offset);
        if (line == NULL)
            return fail(errno_or(EINVAL), "cannot get line %d on GPIO chip \"%s\": %s", offset, chip_name, strerror(errno_or(EINVAL)));
    }
    int flags = active_low ? V1_FLAG_ACTIVE_LOW : 0;
    if (lib->v1.line_request_output_flags(line, consumer, flags, initial ? 1 : 0) < 0) {
        int e = errno_or(EIO);
        return fail(e, "cannot request line %s%s%d on GPIO chip \"%s\": %s%s", line_name ? line_name : "",
                    line_name ? " / offset " : "", (int)lib->v1.line_offset(line), chip_name, strerror(e),
                    e == EBUSY ? " (held by another process)" : "");
    }
    l->v1_line = line;
    l->offset = lib->v1.line_offset(line);
    return 0;
}

static int request_v2(cgpiod_lib *lib, struct gpiod_chip *chip, const char *chip_name, const char *line_name,
                      int offset, int active_low, int initial, const char *consumer, cgpiod_line *l) {
    unsigned int off;
    if (line_name != NULL) {
        errno = 0;
        int o = lib->v2.chip_get_line_offset_from_name(chip, line_name);
        if (o < 0) return fail(ENOENT, "no line named \"%s\" on GPIO chip \"%s\"", line_name, chip_name);
        off = (unsigned int)o;
    } else {
        struct gpiod_chip_info *info = lib->v2.chip_get_info(chip);
        size_t n = info ? lib->v2.chip_info_get_num_lines(info) : 0;
        if (info) lib->v2.chip_info_free(info);
        if (offset < 0 || (size_t)offset >= n)
            return fail(EINVAL, "line offset %d out of range on GPIO chip \"%s\" (%zu lines)", offset, chip_name, n);
        off = (unsigned int)offset;
    }
    struct gpiod_line_settings *s = lib->v2.line_settings_new();
    struct gpiod_line_config *lc = lib->v2.line_config_new();
    struct gpiod_request_config *rc = lib->v2.request_config_new();
    int result = 0;
    if (s == NULL || lc == NULL || rc == NULL) { result = fail(ENOMEM, "out of memory"); goto out; }
    lib->v2.line_settings_set_direction(s, V2_DIRECTION_OUTPUT);
    lib->v2.line_settings_set_active_low(s, active_low != 0);
    lib->v2.line_settings_set_output_value(s, initial ? V2_VALUE_ACTIVE : V2_VALUE_INACTIVE);
    if (lib->v2.line_config_add_line_settings(lc, &off, 1, s) < 0) {
        result = fail(errno_or(EINVAL), "cannot configure line %u: %s", off, strerror(errno_or(EINVAL)));
        goto out;
    }
    lib->v2.request_config_set_consumer(rc, consumer);
    struct gpiod_line_request *req = lib->v2.chip_request_lines(chip, rc, lc);
    if (req == NULL) {
        int e = errno_or(EIO);
        result = fail(e, "cannot request line %s%s%u on GPIO chip \"%s\": %s%s", line_name ? line_name : "",
                      line_name ? " / offset " : "", off, chip_name, strerror(e),
                      e == EBUSY ? " (held by another process)" : "");
        goto out;
    }
    l->v2_request = req;
    l->offset = off;
out:
    if (rc) lib->v2.request_config_free(rc);
    if (lc) lib->v2.line_config_free(lc);
    if (s) lib->v2.line_settings_free(s);
    return result;
}

int cgpiod_line_request_output(cgpiod_lib *lib, const char *dev_dir, const char *chip, const char *line_name,
                               int offset, int active_low, int initial, const char *consumer, cgpiod_line **out) {
    *out = NULL;
    if (lib == NULL || chip == NULL) return fail(EINVAL, "no library or chip given");
    int err = 0;
    struct gpiod_chip *c = find_chip(lib, dev_dir, chip, &err);
    if (c == NULL) return err;
    cgpiod_line *l = calloc(1, sizeof *l);
    if (l == NULL) { chip_close(lib, c); return fail(ENOMEM, "out of memory"); }
    l->lib = lib;
    const char *who = consumer ? consumer : "outpost";
    int rc = lib->api == 1 ? request_v1(lib, c, chip, line_name, offset, active_low, initial, who, l)
                           : request_v2(lib, c, chip, line_name, offset, active_low, initial, who, l);
    if (rc < 0) { chip_close(lib, c); free(l); return rc; }
    if (lib->api == 1) l->chip = c;      // v1 lines live inside their chip
    else chip_close(lib, c);             // v2 requests hold their own file descriptor
    *out = l;
    last_error[0] = 0;
    return 0;
}

int cgpiod_line_set(cgpiod_line *line, int value) {
    cgpiod_lib *lib = line->lib;
    errno = 0;
    int rc = lib->api == 1 ? lib->v1.line_set_value(line->v1_line, value ? 1 : 0)
                           : lib->v2.line_request_set_value(line->v2_request, line->offset,
                                                            value ? V2_VALUE_ACTIVE : V2_VALUE_INACTIVE);
    if (rc < 0) {
        int e = errno_or(EIO);
        return fail(e, "cannot set line %u: %s", line->offset, strerror(e));
    }
    return 0;
}

int cgpiod_line_offset(const cgpiod_line *line) { return (int)line->offset; }

void cgpiod_line_release(cgpiod_line *line) {
    if (line == NULL) return;
    cgpiod_lib *lib = line->lib;
    if (lib->api == 1) {
        if (line->v1_line) lib->v1.line_release(line->v1_line);
        if (line->chip) lib->v1.chip_close(line->chip);
    } else if (line->v2_request) {
        lib->v2.line_request_release(line->v2_request);
    }
    free(line);
}
