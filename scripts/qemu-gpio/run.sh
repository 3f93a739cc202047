#!/usr/bin/env bash
# Real-kernel LED test: boots Debian's kernel under QEMU with an out-of-tree gpio-sim
# module, runs the real outpostd on board/qemu-gpio-sim.toml and reads the simulated GPIO
# lines back for several health states, once with libgpiod v1 (apt libgpiod2 1.6.x) and
# once with v2 (libgpiod 2.3 built from the PyPI `gpiod` 2.5.0 sources), and drives a
# sysfs LED through leds-gpio. Prints PASS/FAIL per check, "N passed, N failed", and
# exits non-zero on any failure.
#
# Usage: scripts/qemu-gpio/run.sh [--binary PATH] [--probe PATH]
#   --binary PATH  outpostd to test (default: build it with
#                  swift build -c release --static-swift-stdlib --product outpostd)
#   --probe PATH   test lights-probe instead (OutpostLights alone, commands on a FIFO
#                  instead of the HTTP API): --probe "$(scripts/qemu-gpio/build-probe.sh)"
# Environment: OUTPOST_CACHE (default ~/.cache/outpost): kernel, modules and libraries are
#   cached in $OUTPOST_CACHE/qemu keyed on their versions, so later runs skip the set-up.
#   OUTPOSTD_ARGS: arguments for outpostd (@N@ = instance number 1|2), default
#   "--config /etc/outpost/outpost-@N@.toml".
# Needs root for apt-get when packages are missing (the CI machines run as root).
set -euo pipefail
START=$(date +%s)
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
CACHE=${OUTPOST_CACHE:-$HOME/.cache/outpost}/qemu
MODE=daemon
DUT=""
while [ $# -gt 0 ]; do
    case $1 in
    --binary) DUT=$2; shift 2 ;;
    --probe) DUT=$2; MODE=probe; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
OUTPOSTD_ARGS=${OUTPOSTD_ARGS:-"--config /etc/outpost/outpost-@N@.toml"}
say() { echo "[qemu-gpio $(($(date +%s) - START))s] $*" >&2; }
mkdir -p "$CACHE"

# --- 1. host packages (only what is missing) ---------------------------------------------
ABI_FILE=$CACHE/kernel-abi
if [ ! -s "$ABI_FILE" ] || [ "${OUTPOST_QEMU_REFRESH:-0}" = 1 ]; then
    apt-cache depends linux-image-amd64 2>/dev/null | sed -n 's/.*Depends: linux-image-\(.*\)-amd64$/\1/p' | head -1 > "$ABI_FILE"
fi
KABI=$(cat "$ABI_FILE")   # e.g. 6.1.0-57
[ -n "$KABI" ] || { echo "cannot find the kernel ABI (apt-cache depends linux-image-amd64)"; exit 1; }
need=()
command -v qemu-system-x86_64 >/dev/null || need+=(qemu-system-x86)
[ -x /bin/busybox ] && /bin/busybox --list | grep -qx mkfifo || need+=(busybox-static)
command -v cpio >/dev/null || need+=(cpio)
command -v gcc >/dev/null || need+=(gcc libc6-dev)
command -v make >/dev/null || need+=(make)
[ -d /usr/src/linux-headers-$KABI-amd64 ] || need+=(linux-headers-$KABI-amd64)
[ -e /usr/lib/x86_64-linux-gnu/libgpiod.so.2 ] || need+=(libgpiod2)
if [ ${#need[@]} -gt 0 ]; then
    say "installing ${need[*]}"
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# --- 2. kernel image and modules, keyed on the package version ---------------------------
KVER=$(apt-cache show linux-image-$KABI-amd64 2>/dev/null | sed -n 's/^Version: //p' | head -1)
[ -n "$KVER" ] || KVER=$(ls "$CACHE" | sed -n "s/^kernel-$KABI-//p" | head -1)
KDIR=$CACHE/kernel-$KABI-$KVER
if [ ! -s "$KDIR/vmlinuz" ]; then
    say "fetching linux-image-$KABI-amd64 $KVER"
    rm -rf "$KDIR.tmp" && mkdir -p "$KDIR.tmp/deb"
    (cd "$KDIR.tmp/deb" && apt-get download -qq "linux-image-$KABI-amd64=$KVER" 2>/dev/null)
    dpkg-deb -x "$KDIR.tmp"/deb/*.deb "$KDIR.tmp/x"
    M=$KDIR.tmp/x/lib/modules/$KABI-amd64/kernel
    mkdir -p "$KDIR.tmp/modules"
    cp "$M/fs/configfs/configfs.ko" "$M/drivers/leds/leds-gpio.ko" "$M/drivers/leds/trigger/ledtrig-timer.ko" "$KDIR.tmp/modules/"
    cp "$KDIR.tmp/x/boot/vmlinuz-$KABI-amd64" "$KDIR.tmp/vmlinuz"
    rm -rf "$KDIR.tmp/x" "$KDIR.tmp/deb" && rm -rf "$KDIR" && mv "$KDIR.tmp" "$KDIR"
fi

# --- 3. gpio-sim (+ irq_sim) and the leds-gpio helper, built out of tree -----------------
HELPER_SUM=$(cat "$HERE"/kmod/*/* | md5sum | cut -c1-12)
MODDIR=$KDIR/outpost-$HELPER_SUM
if [ ! -s "$MODDIR/outpost-gpio-sim.ko" ] || [ ! -s "$MODDIR/outpost-leds-sim.ko" ]; then
    SRCVER=$KVER
    SRC=$CACHE/gpio-sim-src-$SRCVER
    if [ ! -s "$SRC/gpio-sim.c" ]; then
        say "extracting gpio-sim sources from linux-source $SRCVER (the slow step, cached)"
        rm -rf "$SRC.tmp" && mkdir -p "$SRC.tmp"
        SV=$(echo "$KABI" | cut -d. -f1-2)   # 6.1
        (cd "$SRC.tmp" && apt-get download -qq "linux-source-$SV=$SRCVER" 2>/dev/null)
        dpkg-deb --fsys-tarfile "$SRC.tmp"/linux-source-*.deb | tar -xO "./usr/src/linux-source-$SV.tar.xz" \
            | xz -dc | tar -x -C "$SRC.tmp" --strip-components=3 --wildcards \
              "linux-source-$SV/drivers/gpio/gpio-sim.c" "linux-source-$SV/drivers/gpio/gpiolib.h" "linux-source-$SV/kernel/irq/irq_sim.c"
        rm -f "$SRC.tmp"/*.deb && rm -rf "$SRC" && mv "$SRC.tmp" "$SRC"
    fi
    B=$(mktemp -d)
    cp -r "$HERE/kmod/gpio-sim" "$HERE/kmod/leds-helper" "$B/"
    cp "$SRC/gpio-sim.c" "$SRC/gpiolib.h" "$SRC/irq_sim.c" "$B/gpio-sim/"
    # irq_to_desc() is not exported to modules: look the handler up by number instead.
    sed -i 's/handle_simple_irq(irq_to_desc(irqnum));/generic_handle_irq(irqnum);/' "$B/gpio-sim/irq_sim.c"
    say "building gpio-sim and leds helper modules"
    make -s -C "/usr/src/linux-headers-$KABI-amd64" M="$B/gpio-sim" modules >/dev/null 2>"$B/err" || { cat "$B/err"; exit 1; }
    make -s -C "/usr/src/linux-headers-$KABI-amd64" M="$B/leds-helper" modules >/dev/null 2>>"$B/err" || { cat "$B/err"; exit 1; }
    mkdir -p "$MODDIR" && cp "$B/gpio-sim/outpost-gpio-sim.ko" "$B/leds-helper/outpost-leds-sim.ko" "$MODDIR/"
    rm -rf "$B"
fi

# --- 4. libgpiod v2 (2.3, from the PyPI gpiod 2.5.0 sdist), uxhttp ----------------------
V2=$CACHE/libgpiod-2.3-pypi-gpiod-2.5.0
if [ ! -s "$V2/libgpiod.so.3" ]; then
    say "building libgpiod 2.3 from the PyPI gpiod 2.5.0 sources"
    B=$(mktemp -d)
    (cd "$B" && python3 -m pip download -q --no-deps --no-binary :all: gpiod==2.5.0 -d . && tar xzf gpiod-2.5.0.tar.gz)
    mkdir -p "$V2.tmp"
    gcc -O2 -shared -fPIC -D_GNU_SOURCE -DGPIOD_API_VERSION_STR='"2.3"' -I"$B/gpiod-2.5.0/include" -I"$B/gpiod-2.5.0/lib" \
        "$B"/gpiod-2.5.0/lib/*.c -Wl,-soname,libgpiod.so.3 -o "$V2.tmp/libgpiod.so.3"
    rm -rf "$B" "$V2" && mv "$V2.tmp" "$V2"
fi
UXHTTP_SUM=$(md5sum < "$HERE/guest/uxhttp.c" | cut -c1-12)
UXHTTP=$CACHE/uxhttp-$UXHTTP_SUM
[ -x "$UXHTTP" ] || gcc -static -O2 -o "$UXHTTP" "$HERE/guest/uxhttp.c"

# --- 5. the program under test ------------------------------------------------------------
if [ -z "$DUT" ]; then
    say "building outpostd (release, static Swift stdlib)"
    (cd "$REPO" && swift build -c release --static-swift-stdlib --product outpostd >/dev/null)
    DUT=$(cd "$REPO" && swift build -c release --show-bin-path)/outpostd
fi
[ -x "$DUT" ] || { echo "no program under test at $DUT"; exit 1; }

# --- 6. initramfs -------------------------------------------------------------------------
say "packing initramfs"
ROOT=$(mktemp -d)
trap 'rm -rf "$ROOT"' EXIT
mkdir -p "$ROOT"/{bin,sbin,usr/bin,proc,sys,dev,tmp,run,etc/outpost/board,lib/modules,opt/libgpiod2/lib,usr/lib/x86_64-linux-gnu}
cp /bin/busybox "$ROOT/bin/busybox"
for applet in $(/bin/busybox --list); do [ "$applet" = busybox ] || ln -sf busybox "$ROOT/bin/$applet"; done
cp "$KDIR"/modules/*.ko "$MODDIR"/*.ko "$ROOT/lib/modules/"
cp "$UXHTTP" "$ROOT/bin/uxhttp"
cp "$HERE/guest/init.sh" "$ROOT/init"
cp "$REPO/board/qemu-gpio-sim.toml" "$ROOT/etc/outpost/board/"
cp -L /usr/lib/x86_64-linux-gnu/libgpiod.so.2 "$ROOT/usr/lib/x86_64-linux-gnu/"
cp "$V2/libgpiod.so.3" "$ROOT/opt/libgpiod2/lib/"
# debug info is not needed in the guest and would make the initramfs several times bigger
strip --strip-debug -o "$ROOT/usr/bin/dut" "$DUT" 2>/dev/null || cp "$DUT" "$ROOT/usr/bin/dut"
# every library the binary links (copied to the same paths), plus the loader
ldd "$DUT" | grep -o '/[^ ]*' | while read -r lib; do mkdir -p "$ROOT$(dirname "$lib")"; cp -L "$lib" "$ROOT$lib"; done
for n in 1 2; do
    cat > "$ROOT/etc/outpost/outpost-$n.toml" <<TOML
state_dir = "/var/lib/outpost$n"
board = "/etc/outpost/board/qemu-gpio-sim.toml"
[api]
socket = "/run/outpost$n.sock"
TOML
done
cat > "$ROOT/etc/outpost-test.env" <<ENV
MODE=$MODE
DUT=/usr/bin/dut
DUT_ARGS="$OUTPOSTD_ARGS"
ENV
(cd "$ROOT" && find . | cpio -o -H newc --quiet | gzip -1) > "$CACHE/initrd.gz"

# --- 7. boot ------------------------------------------------------------------------------
ACCEL=(-accel tcg -cpu max)
if grep -qE 'vmx|svm' /proc/cpuinfo && [ -w /dev/kvm ] && ! grep -q '^kvm_pvm' /proc/modules; then ACCEL=(-accel kvm -cpu host); fi
say "booting ($(echo "${ACCEL[@]}" | cut -d' ' -f2))"
LOG=$CACHE/serial.log
BOOT=$(date +%s)
timeout 200 qemu-system-x86_64 "${ACCEL[@]}" -m 1024 -smp 2 -kernel "$KDIR/vmlinuz" -initrd "$CACHE/initrd.gz" \
    -append "console=ttyS0 panic=-1 quiet" -nographic -no-reboot -nic none > "$LOG" 2>&1 || true
tr -d '\r' < "$LOG" | grep -E '^(PASS|FAIL) ' || true
passed=$(tr -d '\r' < "$LOG" | grep -c '^PASS ' || true)
failed=$(tr -d '\r' < "$LOG" | grep -c '^FAIL ' || true)
if ! tr -d '\r' < "$LOG" | grep -q '^GUEST-DONE'; then
    echo "FAIL guest did not finish (serial log: $LOG)"; failed=$((failed + 1)); tail -30 "$LOG"
fi
echo "qemu-gpio: boot+test $(($(date +%s) - BOOT))s, total $(($(date +%s) - START))s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
