# shellcheck shell=bash
# Sourced by scripts/deb-root-test.sh and scripts/qemu-systemd/run.sh: a pristine Debian root
# made with debootstrap and cached as a tarball, chroot mounts that are always undone, and
# file-tree snapshots for "purge leaves nothing behind".
#
# The caller defines say() and sets `trap debroot_cleanup EXIT` and `trap 'exit 130' INT TERM`
# (after debroot_init), so mounts are undone and temporary trees removed on any exit.
# Environment: OUTPOST_CACHE (default ~/.cache/outpost): tarballs live in $OUTPOST_CACHE/debroot;
#   DEBROOT_MIRROR (default http://deb.debian.org/debian), DEBROOT_SECURITY_MIRROR (default
#   http://deb.debian.org/debian-security), DEBROOT_SUITE (default bookworm).
# Functions that make things set variables (DEBROOT_TARBALL, the name given to debroot_mktemp)
# instead of printing them: a $(…) subshell would lose what they register for clean-up.

DEBROOT_SUITE=${DEBROOT_SUITE:-bookworm}
DEBROOT_ARCH=${DEBROOT_ARCH:-$(dpkg --print-architecture)}
DEBROOT_MIRROR=${DEBROOT_MIRROR:-http://deb.debian.org/debian}
DEBROOT_SECURITY_MIRROR=${DEBROOT_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
DEBROOT_CACHE=${OUTPOST_CACHE:-$HOME/.cache/outpost}/debroot
# What the package Depends on (libc6 comes with every root), and passwd for useradd/userdel
# (Priority: required, so minbase has it; named to make the dependency visible).
DEBROOT_INCLUDE=${DEBROOT_INCLUDE:-libsqlite3-0,systemd,passwd}
DEBROOT_MOUNTS=()
DEBROOT_TEMPS=()
DEBROOT_PIDS=()   # processes started in a root (killed before unmounting)

debroot_init() {
    mkdir -p "$DEBROOT_CACHE"
    if ! command -v debootstrap >/dev/null; then
        say "installing debootstrap"
        apt-get update -qq >/dev/null 2>&1 || true
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
    fi
}

# The cache key: suite, arch, and what went in (a changed list or mirror makes a new tarball).
debroot_key() {
    echo "$DEBROOT_SUITE-$DEBROOT_ARCH-$(echo "$DEBROOT_INCLUDE $DEBROOT_MIRROR $DEBROOT_SECURITY_MIRROR v2" | md5sum | cut -c1-8)"
}

# Sets DEBROOT_TARBALL to the pristine root tarball, making it with debootstrap when missing.
debroot_pristine() {
    local tarball dir
    tarball=$DEBROOT_CACHE/$(debroot_key).tar.zst
    if [ ! -s "$tarball" ]; then
        say "debootstrap $DEBROOT_SUITE/$DEBROOT_ARCH (minbase + $DEBROOT_INCLUDE; a few minutes, cached in $tarball)"
        debroot_mktemp dir
        if ! debootstrap --variant=minbase --arch="$DEBROOT_ARCH" --include="$DEBROOT_INCLUDE" \
            "$DEBROOT_SUITE" "$dir/root" "$DEBROOT_MIRROR" >"$dir/debootstrap.log" 2>&1; then
            tail -30 "$dir/debootstrap.log" >&2
            echo "debootstrap failed (log above)" >&2
            return 1
        fi
        # apt sources as an installed Debian has them (updates and security too), so packages
        # installed later (the kernel of scripts/qemu-systemd) are the current ones.
        cat >"$dir/root/etc/apt/sources.list" <<SOURCES
deb $DEBROOT_MIRROR $DEBROOT_SUITE main
deb $DEBROOT_MIRROR $DEBROOT_SUITE-updates main
deb $DEBROOT_SECURITY_MIRROR $DEBROOT_SUITE-security main
SOURCES
        rm -rf "$dir/root/var/cache/apt/archives/"*.deb "$dir/root/var/lib/apt/lists/"*_Packages
        debroot_pack "$dir/root" "$tarball"
        debroot_rmtree "$dir"
    fi
    # shellcheck disable=SC2034 # read by the scripts that source this file
    DEBROOT_TARBALL=$tarball
}

debroot_pack() {  # ROOT TARBALL (written under a temporary name, then renamed: runs may overlap)
    tar --numeric-owner --xattrs -C "$1" -cf - . | zstd -q -T0 -3 -o "$2.tmp.$$"
    mv "$2.tmp.$$" "$2"
}

debroot_unpack() {  # TARBALL ROOT
    mkdir -p "$2"
    zstd -q -dc "$1" | tar --numeric-owner --xattrs -xpf - -C "$2"
}

# debroot_package DEB TMPDIR: prints DEB when given, else builds one with scripts/build-deb.sh into
# TMPDIR/dist and prints its path; exits 2 when there is no package.
debroot_package() {
    local deb=$1 tmp=$2 repo
    if [ -z "$deb" ]; then
        echo "building the package (scripts/build-deb.sh)" >&2
        repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
        deb=$("$repo/scripts/build-deb.sh" "$tmp/dist" | tail -1)
    fi
    [ -s "$deb" ] || { echo "no package at $deb" >&2; exit 2; }
    echo "$deb"
}

# debroot_mktemp VAR: a temporary directory, removed by debroot_cleanup, into variable VAR.
debroot_mktemp() {
    local d
    d=$(mktemp -d "${TMPDIR:-/tmp}/outpost-debroot.XXXXXX")
    DEBROOT_TEMPS+=("$d")
    printf -v "$1" '%s' "$d"
}

# Mounts what dpkg and a daemon need inside ROOT: proc, sysfs (read-only), the host's /dev,
# and a fresh tmpfs on /run (not the host's: a postinst must not see the host's systemd).
debroot_mount() {  # ROOT
    local r=$1
    mount -t proc proc "$r/proc" && DEBROOT_MOUNTS+=("$r/proc")
    mount -t sysfs -o ro sysfs "$r/sys" && DEBROOT_MOUNTS+=("$r/sys")
    mount --bind /dev "$r/dev" && DEBROOT_MOUNTS+=("$r/dev")
    mount -t tmpfs -o mode=0755,nosuid,nodev tmpfs "$r/run" && DEBROOT_MOUNTS+=("$r/run")
    mkdir -p "$r/run/lock"
}

debroot_umount_all() {
    local i m
    for ((i = ${#DEBROOT_MOUNTS[@]} - 1; i >= 0; i--)); do
        m=${DEBROOT_MOUNTS[$i]}
        mountpoint -q "$m" 2>/dev/null || continue
        umount "$m" 2>/dev/null || umount -l "$m" || echo "warning: cannot unmount $m" >&2
    done
    DEBROOT_MOUNTS=()
}

# rm -rf that refuses to run while anything below the tree is mounted (a bound /dev!).
debroot_rmtree() {  # DIR
    local d
    d=$(realpath -m "$1")
    [ -e "$d" ] || return 0
    if awk '{print $5}' /proc/self/mountinfo | grep -q "^$d/"; then
        echo "warning: not removing $d: something below it is still mounted" >&2
        return 1
    fi
    rm -rf --one-file-system "$d"
}

debroot_any_alive() {
    local q
    for q in "${DEBROOT_PIDS[@]}"; do kill -0 "$q" 2>/dev/null && return 0; done
    return 1
}

debroot_cleanup() {
    local rc=$? d p
    # TERM first (timeout(1) passes it on to qemu), KILL what is left after 3 s
    for p in "${DEBROOT_PIDS[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
    for _ in $(seq 30); do debroot_any_alive || break; sleep 0.1; done
    for p in "${DEBROOT_PIDS[@]}"; do kill -KILL "$p" 2>/dev/null || true; done
    DEBROOT_PIDS=()
    debroot_umount_all
    for d in "${DEBROOT_TEMPS[@]}"; do [ -z "$d" ] || debroot_rmtree "$d" || true; done
    DEBROOT_TEMPS=()
    return $rc
}

# One line per path below ROOT: path, type+mode, numeric owner, symlink target, and for regular
# files under /etc an md5 (so a user left in /etc/passwd shows). Leaves out the virtual file
# systems, temp dirs, and dpkg's and apt's own bookkeeping and logs.
debroot_snapshot() {  # ROOT OUT
    local r=$1
    (
        cd "$r" || exit 1
        find . -xdev \( -path ./proc -o -path ./sys -o -path ./dev -o -path ./run -o -path ./tmp \
            -o -path ./var/tmp -o -path ./var/lib/dpkg -o -path ./var/log -o -path ./var/cache/apt \
            -o -path ./var/lib/apt \) -prune -o \
            -printf '%p %M %U:%G %l\n' | sort
        find ./etc -xdev -type f -print0 | sort -z | xargs -0 md5sum | sed 's/^\([0-9a-f]*\)  \(.*\)/\2 md5=\1/'
    ) >"$2"
}
