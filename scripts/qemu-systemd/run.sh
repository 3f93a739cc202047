#!/usr/bin/env bash
# Boots the installed package under real systemd: a Debian 12 root (the pristine debootstrap root
# of scripts/deb-root-test.sh plus Debian's kernel, an initramfs made inside the root, udev and
# libgpiod2), the outpost .deb installed with dpkg, and a test unit (guest/outpost-boot-test.*)
# that runs after outpostd.service. The image boots under QEMU with systemd as PID 1; the guest
# checks, and prints on the serial console:
#   (a) outpostd.service reaches active/running through READY=1 (Type=notify), feeds the watchdog;
#   (b) a daemon frozen with SIGSTOP is killed and restarted by the watchdog (WatchdogSec=30s);
#   (c) a configuration error (unknown key) ends the unit `failed` with status 78 and no restart
#       loop (RestartPreventExitStatus=78); fixed, it starts again;
#   and that the hardened unit reaches its socket and state directory, AF_INET (the sync service
#   connects to a listener at 127.0.0.1:8099 in the guest), and, when the qemu-gpio cache holds a
#   gpio-sim module for the guest's kernel, a GPIO chip (/dev/gpiochipN through the gpio group).
# Prints PASS/FAIL per check and "N passed, N failed"; exits non-zero on a failure or a timeout,
# with the tail of the serial log.
#
# Usage: sudo scripts/qemu-systemd/run.sh [--deb PATH] [--timeout SECONDS]
#   --deb PATH       the package to test (default: build one with scripts/build-deb.sh)
#   --timeout SECS   limit for the boot and guest test (default 900)
# Time (TCG, no KVM, 2 cores): cold about 3.5 min (debootstrap, then kernel and initramfs, cached
#   as tarballs in $OUTPOST_CACHE/debroot keyed on suite, arch, package list and kernel version);
#   warm about 1 min 45 s, of it ~95 s boot and guest test (the watchdog alone takes ~35 s).
# Environment: OUTPOST_CACHE (default ~/.cache/outpost), DEBROOT_MIRROR, DEBROOT_SUITE.
# Needs root (debootstrap, chroot, mounts); installs qemu-system-x86, debootstrap and zstd with apt
# (--no-install-recommends) if they are missing.
set -euo pipefail
START=$(date +%s)
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
DEB=""
TIMEOUT=900
while [ $# -gt 0 ]; do
    case $1 in
    --deb) DEB=$(realpath "$2"); shift 2 ;;
    --timeout) TIMEOUT=$2; shift 2 ;;
    -h|--help) sed -n '2,28p' "$0"; exit 0 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
say() { echo "[qemu-systemd $(($(date +%s) - START))s] $*" >&2; }
[ "$(id -u)" = 0 ] || { echo "qemu-systemd needs root (debootstrap, chroot, mounts)" >&2; exit 2; }

need=()
command -v qemu-system-x86_64 >/dev/null || need+=(qemu-system-x86)
command -v zstd >/dev/null || need+=(zstd)
command -v mkfs.ext4 >/dev/null || need+=(e2fsprogs)
if [ ${#need[@]} -gt 0 ]; then
    say "installing ${need[*]}"
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# shellcheck source-path=SCRIPTDIR source=../lib/debroot.sh
. "$REPO/scripts/lib/debroot.sh"
debroot_init
trap debroot_cleanup EXIT
trap 'exit 130' INT TERM
in_root() { chroot "$R" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

debroot_mktemp T
DEB=$(debroot_package "$DEB" "$T")
say "package $(basename "$DEB")"

# --- 1. the bootable root: pristine root + kernel, initramfs, udev, libgpiod2 (cached) ----------
debroot_pristine
PRISTINE=$DEBROOT_TARBALL
BOOT_PKGS="linux-image-amd64 initramfs-tools systemd-sysv udev kmod libgpiod2"
KPKG_VER=$(apt-cache policy linux-image-amd64 2>/dev/null | sed -n 's/^ *Candidate: //p')
[ -n "$KPKG_VER" ] && [ "$KPKG_VER" != "(none)" ] || KPKG_VER=unknown
BOOT_KEY=$(debroot_key)-boot-$KPKG_VER-$(echo "$BOOT_PKGS" | md5sum | cut -c1-8)
BOOT_TARBALL=$DEBROOT_CACHE/$BOOT_KEY.tar.zst
R=$T/root
if [ ! -s "$BOOT_TARBALL" ]; then
    say "making the bootable root: apt-get install $BOOT_PKGS in the pristine root (cached as $(basename "$BOOT_TARBALL"))"
    debroot_unpack "$PRISTINE" "$R"
    debroot_mount "$R"
    # apt in the chroot needs the host's resolver; the root's own resolv.conf comes back after.
    if [ -e "$R/etc/resolv.conf" ] || [ -L "$R/etc/resolv.conf" ]; then mv "$R/etc/resolv.conf" "$T/resolv.conf.root"; fi
    cp -L /etc/resolv.conf "$R/etc/resolv.conf" 2>/dev/null || true
    # The initramfs is made inside the chroot: MODULES=dep would look at the host's devices, so
    # take MODULES=most (Debian's default) and name the guest's disk drivers explicitly.
    mkdir -p "$R/etc/initramfs-tools/conf.d"
    echo "MODULES=most" >"$R/etc/initramfs-tools/conf.d/outpost-qemu.conf"
    printf '%s\n' virtio_pci virtio_blk ext4 >>"$R/etc/initramfs-tools/modules"
    # shellcheck disable=SC2086
    if ! { in_root apt-get update -qq && in_root apt-get install -y -qq --no-install-recommends $BOOT_PKGS; } >"$T/boot-apt.log" 2>&1; then
        tail -20 "$T/boot-apt.log" >&2; echo "installing the kernel into the root failed" >&2; exit 1
    fi
    in_root apt-get clean
    rm -rf "$R"/var/lib/apt/lists/* "$R/etc/resolv.conf"
    if [ -e "$T/resolv.conf.root" ] || [ -L "$T/resolv.conf.root" ]; then mv "$T/resolv.conf.root" "$R/etc/resolv.conf"; fi
    ls "$R"/boot/vmlinuz-* "$R"/boot/initrd.img-* >/dev/null || { echo "no kernel or initramfs in the root" >&2; exit 1; }
    debroot_umount_all
    debroot_pack "$R" "$BOOT_TARBALL"
else
    say "unpacking the bootable root $(basename "$BOOT_TARBALL")"
    debroot_unpack "$BOOT_TARBALL" "$R"
fi

# --- 2. install the package and the test unit -------------------------------------------------
debroot_mount "$R"
cp "$DEB" "$R/tmp/outpost.deb"
say "dpkg -i $(basename "$DEB") in the root"
in_root dpkg -i /tmp/outpost.deb >"$T/install.log" 2>&1 || { cat "$T/install.log" >&2; echo "dpkg -i failed" >&2; exit 1; }
rm -f "$R/tmp/outpost.deb"
install -m 755 "$HERE/guest/outpost-boot-test.sh" "$R/usr/local/sbin/outpost-boot-test"
install -m 644 "$HERE/guest/outpost-boot-test.service" "$R/etc/systemd/system/"
ln -sf /etc/systemd/system/outpost-boot-test.service "$R/etc/systemd/system/multi-user.target.wants/"
# A fixed machine id (not first boot: no firstboot prompts), a host name, fstab, no getty on ttyS0.
od -An -N16 -tx1 /dev/urandom | tr -d ' \n' >"$R/etc/machine-id" && echo >>"$R/etc/machine-id"
echo outpost-qemu >"$R/etc/hostname"
echo "/dev/vda / ext4 rw,errors=remount-ro 0 1" >"$R/etc/fstab"
ln -sf /dev/null "$R/etc/systemd/system/serial-getty@ttyS0.service"
ENV_FILE=$R/etc/outpost-boot-test.env
: >"$ENV_FILE"

# Network: a listener on 127.0.0.1:8099 (socket activation, one instance per connection, logs the
# first line it gets) and [cloud] pointing at it, so the sync service has to connect over AF_INET.
install -m 644 "$HERE/guest/outpost-test-listener.socket" "$HERE/guest/outpost-test-listener@.service" "$R/etc/systemd/system/"
mkdir -p "$R/etc/systemd/system/sockets.target.wants"
ln -sf /etc/systemd/system/outpost-test-listener.socket "$R/etc/systemd/system/sockets.target.wants/"
sed -i 's|^\[cloud\]$|[cloud]\nbase_url = "http://127.0.0.1:8099/v1"\nmodel = "boot-test"|' "$R/etc/outpost/outpost.toml"
grep -q '^base_url = "http://127.0.0.1:8099/v1"' "$R/etc/outpost/outpost.toml" && echo NET_TEST=1 >>"$ENV_FILE"

# GPIO: only with a gpio-sim module built for exactly this kernel by scripts/qemu-gpio/run.sh.
KABI=$(find "$R/lib/modules" -mindepth 1 -maxdepth 1 -name '*-amd64' -printf '%f\n' | sort | tail -1)   # e.g. 6.1.0-57-amd64
KVER=$(in_root dpkg-query -W -f "\${Version}" "linux-image-$KABI" 2>/dev/null || true)
GPIOSIM=$(find "${OUTPOST_CACHE:-$HOME/.cache/outpost}/qemu/kernel-${KABI%-amd64}-$KVER" -path '*/outpost-*/outpost-gpio-sim.ko' 2>/dev/null | head -1 || true)
if [ -n "$GPIOSIM" ] && [ -n "$KVER" ]; then
    say "gpio-sim module for $KABI $KVER from the qemu-gpio cache"
    install -D -m 644 "$GPIOSIM" "$R/lib/modules/$KABI/extra/outpost-gpio-sim.ko"
    in_root depmod "$KABI"
    install -m 755 "$HERE/guest/outpost-test-gpiosim" "$R/usr/local/sbin/"
    install -m 644 "$HERE/guest/outpost-test-gpiosim.service" "$R/etc/systemd/system/"
    ln -sf /etc/systemd/system/outpost-test-gpiosim.service "$R/etc/systemd/system/multi-user.target.wants/"
    install -m 644 "$HERE/guest/gpio-sim-board.toml" "$R/etc/outpost/board-gpio-sim.toml"
    sed -i 's|^board = .*|board = "/etc/outpost/board-gpio-sim.toml"|' "$R/etc/outpost/outpost.toml"
    echo GPIO_TEST=1 >>"$ENV_FILE"
else
    say "no gpio-sim module for $KABI $KVER in the qemu-gpio cache (run scripts/qemu-gpio/run.sh once): GPIO check skipped"
fi
cp "$R/boot/vmlinuz-$KABI" "$T/vmlinuz"
cp "$R/boot/initrd.img-$KABI" "$T/initrd.img"
debroot_umount_all

# --- 3. disk image and boot ---------------------------------------------------------------------
say "making the ext4 image (mkfs.ext4 -d)"
truncate -s 2G "$T/image.raw"
mkfs.ext4 -q -F -L outpost-root -d "$R" "$T/image.raw"
debroot_rmtree "$R"
ACCEL=(-accel tcg -cpu max)
if grep -qE 'vmx|svm' /proc/cpuinfo && [ -w /dev/kvm ] && ! grep -q '^kvm_pvm' /proc/modules; then ACCEL=(-accel kvm -cpu host); fi
LOG=${OUTPOST_CACHE:-$HOME/.cache/outpost}/qemu-systemd-serial.log
say "booting ($(echo "${ACCEL[@]}" | cut -d' ' -f2), limit ${TIMEOUT}s; serial log $LOG)"
BOOT=$(date +%s)
rc=0
# In the background and waited for, so an interrupt reaches the clean-up (which stops it) at once.
timeout "$TIMEOUT" qemu-system-x86_64 "${ACCEL[@]}" -m 1024 -smp 2 -kernel "$T/vmlinuz" -initrd "$T/initrd.img" \
    -drive "file=$T/image.raw,format=raw,if=virtio" \
    -append "root=/dev/vda rootfstype=ext4 rw console=ttyS0 panic=-1 systemd.show_status=1" \
    -nographic -no-reboot -nic none </dev/null >"$LOG" 2>&1 &
QPID=$!
DEBROOT_PIDS+=("$QPID")
wait "$QPID" || rc=$?
DEBROOT_PIDS=()
BOOT_S=$(($(date +%s) - BOOT))
tr -d '\r' <"$LOG" | grep -o 'OUTPOST-TEST: \(PASS\|FAIL\) .*' | sed 's/^OUTPOST-TEST: //' || true
passed=$(tr -d '\r' <"$LOG" | grep -c 'OUTPOST-TEST: PASS ' || true)
failed=$(tr -d '\r' <"$LOG" | grep -c 'OUTPOST-TEST: FAIL ' || true)
if ! tr -d '\r' <"$LOG" | grep -q 'OUTPOST-TEST: DONE'; then
    echo "FAIL guest did not finish (qemu exit $rc$([ "$rc" = 124 ] && echo ": timeout after ${TIMEOUT}s"))"
    failed=$((failed + 1))
fi
if [ "$failed" -gt 0 ]; then echo "--- serial log tail ($LOG)"; tr -d '\r' <"$LOG" | tail -60; fi
echo "qemu-systemd: boot+test ${BOOT_S}s, total $(($(date +%s) - START))s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
