#!/usr/bin/env bash
# Package test in a fresh Debian root: installs the outpost .deb into a debootstrap'ed Debian 12
# (bookworm) chroot, checks what the maintainer scripts set up, starts the installed daemon the
# way the unit would (as user outpost, StateDirectory/RuntimeDirectory in the environment),
# asks it for its status with the installed CLI over the socket, stops it with SIGTERM, then
# removes and purges the package and compares the file tree with the one before the install.
#
# Usage: sudo scripts/deb-root-test.sh [--deb PATH] [--keep]
#   --deb PATH  the package to test (default: build one with scripts/build-deb.sh)
#   --keep      keep the temporary root (its path is printed) for a look after the run
# Checks: dpkg -i succeeds with no running systemd; user outpost exists and is in group gpio;
#   the unit, sysusers.d, tmpfiles.d and udev files are installed and the unit passes
#   systemd-analyze verify; /etc/outpost/outpost.toml is root:outpost 0640 and passes
#   `outpost config check`; /etc/outpost/credentials is root 0700; the unit is enabled
#   (multi-user.target.wants); the daemon starts, `outpost status --json` answers over
#   /run/outpost/api.sock, the socket is 0660 group outpost, SIGTERM exits 0; dpkg -r keeps
#   configuration, state and the user; dpkg --purge leaves nothing behind except the shared
#   gpio group (printed as an expected difference) and shadow's backup files (/etc/passwd- …).
#   Prints PASS/FAIL per check and "N passed, N failed"; exits non-zero on any failure.
# Time: cold (debootstrap from deb.debian.org, cached as a tarball in $OUTPOST_CACHE/debroot)
#   about 45 s here (more on a slow mirror), warm about 10 s; plus the package build when --deb
#   is not given.
# Environment: OUTPOST_CACHE (default ~/.cache/outpost), DEBROOT_MIRROR, DEBROOT_SUITE.
# Needs root (debootstrap, chroot, mounts); installs debootstrap with apt if it is missing.
set -euo pipefail
START=$(date +%s)
HERE=$(cd "$(dirname "$0")" && pwd)
DEB=""
KEEP=0
while [ $# -gt 0 ]; do
    case $1 in
    --deb) DEB=$(realpath "$2"); shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
say() { echo "[deb-root $(($(date +%s) - START))s] $*" >&2; }
[ "$(id -u)" = 0 ] || { echo "deb-root-test needs root (debootstrap, chroot, mounts)" >&2; exit 2; }
# shellcheck source-path=SCRIPTDIR source=lib/debroot.sh
. "$HERE/lib/debroot.sh"
debroot_init
trap debroot_cleanup EXIT
trap 'exit 130' INT TERM

passed=0 failed=0
pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1: $2"; failed=$((failed + 1)); }
quiet() { "$@" >/dev/null 2>&1; }
check() {  # NAME WHY-IF-FAILED COMMAND...
    local name=$1 why=$2; shift 2
    if "$@"; then pass "$name"; else fail "$name" "$why"; fi
}

debroot_mktemp T
DEB=$(debroot_package "$DEB" "$T")
say "package $(basename "$DEB")"

debroot_pristine
TARBALL=$DEBROOT_TARBALL
R=$T/root
say "unpacking the pristine root"
debroot_unpack "$TARBALL" "$R"
if [ "$KEEP" = 1 ]; then DEBROOT_TEMPS=("${DEBROOT_TEMPS[@]/$T}"); echo "keeping $T"; fi
debroot_mount "$R"
in_root() { chroot "$R" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

debroot_snapshot "$R" "$T/before"
for f in passwd group shadow gshadow; do cp -p "$R/etc/$f" "$T/$f.before"; done

# --- install -------------------------------------------------------------------------------
cp "$DEB" "$R/tmp/outpost.deb"
say "dpkg -i"
if in_root dpkg -i /tmp/outpost.deb >"$T/install.log" 2>&1; then pass "dpkg -i installs into a fresh root"
else fail "dpkg -i installs into a fresh root" "exit $? ($(tail -3 "$T/install.log" | tr '\n' ' '))"; fi
rm -f "$R/tmp/outpost.deb"
if grep -qiE 'warning|error' "$T/install.log"; then
    fail "dpkg -i prints no warnings" "$(grep -iE 'warning|error' "$T/install.log" | head -3 | tr '\n' ' ')"
else pass "dpkg -i prints no warnings"; fi

check "user outpost exists" "getent passwd outpost found nothing" quiet in_root getent passwd outpost
groups_of_outpost=$(in_root id -nG outpost 2>/dev/null || true)
check "user outpost is in group gpio" "groups: '$groups_of_outpost'" grep -qw gpio <<<"$groups_of_outpost"
check "outpost has no login shell" "$(in_root getent passwd outpost | cut -d: -f7)" \
    test "$(in_root getent passwd outpost | cut -d: -f7)" = /usr/sbin/nologin
check "unit file installed" "no /lib/systemd/system/outpostd.service" test -f "$R/lib/systemd/system/outpostd.service"
check "sysusers.d file installed" "no /usr/lib/sysusers.d/outpost.conf" test -f "$R/usr/lib/sysusers.d/outpost.conf"
check "tmpfiles.d file installed" "no /usr/lib/tmpfiles.d/outpost.conf" test -f "$R/usr/lib/tmpfiles.d/outpost.conf"
check "udev rule for /dev/gpiochipN installed" "no /lib/udev/rules.d/60-outpost-gpio.rules" test -f "$R/lib/udev/rules.d/60-outpost-gpio.rules"
if in_root systemd-analyze verify /lib/systemd/system/outpostd.service >"$T/verify.log" 2>&1 \
    && ! grep -v -e 'network-online.target' -e 'time-sync.target' "$T/verify.log" | grep -q .; then
    pass "systemd-analyze verify outpostd.service"
else fail "systemd-analyze verify outpostd.service" "$(head -5 "$T/verify.log" | tr '\n' ' ')"; fi
cfg_stat=$(in_root stat -c '%U:%G %a' /etc/outpost/outpost.toml 2>/dev/null || echo missing)
check "/etc/outpost/outpost.toml is root:outpost 0640" "it is $cfg_stat" test "$cfg_stat" = "root:outpost 640"
cred_stat=$(in_root stat -c '%U:%G %a' /etc/outpost/credentials 2>/dev/null || echo missing)
check "/etc/outpost/credentials is root:root 0700" "it is $cred_stat" test "$cred_stat" = "root:root 700"
check "shipped config passes outpost config check" "$(in_root outpost config check /etc/outpost/outpost.toml 2>&1 | tail -2 | tr '\n' ' ')" \
    quiet in_root outpost config check /etc/outpost/outpost.toml
wants=/etc/systemd/system/multi-user.target.wants/outpostd.service
check "unit enabled (multi-user.target.wants)" "$wants is $(readlink "$R$wants" || echo missing)" \
    test "$(in_root readlink -f "$wants")" = /usr/lib/systemd/system/outpostd.service

# --- start the installed daemon as the unit would -----------------------------------------
# StateDirectory=outpost, RuntimeDirectory=outpost (0750, owned by the service user), UMask=0077.
install -d -m 0750 "$R/var/lib/outpost" "$R/run/outpost"
in_root chown outpost:outpost /var/lib/outpost /run/outpost
say "starting /usr/bin/outpostd in the root as outpost:outpost"
(umask 0077; exec chroot --userspec=outpost:outpost "$R" /usr/bin/env -i PATH=/usr/bin:/bin LANG=C.UTF-8 \
    HOME=/var/lib/outpost STATE_DIRECTORY=/var/lib/outpost RUNTIME_DIRECTORY=/run/outpost \
    OUTPOST_SOCKET=/run/outpost/api.sock /usr/bin/outpostd --config /etc/outpost/outpost.toml) \
    >"$T/daemon.log" 2>&1 &
DPID=$!
DEBROOT_PIDS+=("$DPID")
status_ok=0
deadline=$(($(date +%s) + 60))
while [ "$(date +%s)" -lt "$deadline" ] && kill -0 "$DPID" 2>/dev/null; do
    # the CLI as an operator runs it: no --socket, it finds /run/outpost/api.sock
    if in_root outpost status --json >"$T/status.json" 2>"$T/status.err" && python3 -m json.tool "$T/status.json" >/dev/null 2>&1; then
        status_ok=1; break
    fi
    sleep 0.5
done
if [ "$status_ok" = 1 ]; then pass "installed daemon starts; outpost status --json answers over the socket"
else fail "installed daemon starts; outpost status --json answers over the socket" \
    "$(kill -0 "$DPID" 2>/dev/null && echo "no answer in 60 s: $(tail -2 "$T/status.err" | tr '\n' ' ')" || echo "daemon exited: $(tail -5 "$T/daemon.log" | tr '\n' ' ')")"; fi
sock_stat=$(in_root stat -c '%U:%G %a %F' /run/outpost/api.sock 2>/dev/null || echo missing)
check "API socket is outpost:outpost 0660" "it is $sock_stat" test "$sock_stat" = "outpost:outpost 660 socket"
state_files=$(in_root find /var/lib/outpost -mindepth 1 ! -user outpost 2>/dev/null | head -3)
check "state directory written, all owned by outpost" "not owned by outpost: $state_files" \
    test -n "$(ls -A "$R/var/lib/outpost")" -a -z "$state_files"
kill -TERM "$DPID" 2>/dev/null || true
rc=0
deadline=$(($(date +%s) + 30))
while kill -0 "$DPID" 2>/dev/null && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.2; done
if kill -0 "$DPID" 2>/dev/null; then kill -KILL "$DPID"; rc=timeout; fi
wait "$DPID" || rc=$?
DEBROOT_PIDS=()
check "SIGTERM: daemon exits 0" "exit $rc; $(tail -3 "$T/daemon.log" | tr '\n' ' ')" test "$rc" = 0

# --- remove keeps configuration, state and user; purge removes them -----------------------
if in_root dpkg -r outpost >"$T/remove.log" 2>&1; then pass "dpkg -r"
else fail "dpkg -r" "$(tail -3 "$T/remove.log" | tr '\n' ' ')"; fi
check "dpkg -r keeps config, state and user" "something is gone" \
    test -f "$R/etc/outpost/outpost.toml" -a -d "$R/var/lib/outpost" -a -n "$(in_root getent passwd outpost)"
check "dpkg -r removes the binaries" "/usr/bin/outpostd still there" test ! -e "$R/usr/bin/outpostd"
if in_root dpkg --purge outpost >"$T/purge.log" 2>&1; then pass "dpkg --purge"
else fail "dpkg --purge" "$(tail -3 "$T/purge.log" | tr '\n' ' ')"; fi
check "purge: user outpost is gone" "still in passwd" test -z "$(in_root getent passwd outpost || true)"
check "purge: group outpost is gone" "still in group" test -z "$(in_root getent group outpost || true)"

debroot_snapshot "$R" "$T/after"
# Expected differences: the gpio group (shared with other software, created by sysusers when
# missing, stays by design: exactly one added line with no members) and shadow's backup files.
expected=() unexplained=()
while IFS= read -r line; do
    path=${line#[<>] }; path=${path%% *}
    case $path in
    ./etc/group|./etc/gshadow)
        f=${path#./etc/}
        added=$(diff "$T/$f.before" "$R/etc/$f" | grep '^>' || true)
        removed=$(diff "$T/$f.before" "$R/etc/$f" | grep '^<' || true)
        if [ -z "$removed" ] && printf '%s\n' "$added" | grep -qE '^> gpio:[^:]*:[^:]*:$' && [ "$(printf '%s\n' "$added" | wc -l)" = 1 ]; then
            expected+=("$path: ${added#> } (the gpio group is shared and stays)")
        else unexplained+=("$line ($( (diff "$T/$f.before" "$R/etc/$f" || true) | grep '^[<>]' | tr '\n' ' '))"); fi ;;
    ./etc/passwd-|./etc/group-|./etc/shadow-|./etc/gshadow-)
        expected+=("$path: shadow's backup copy, rewritten by useradd/userdel") ;;
    *) unexplained+=("$line") ;;
    esac
done < <(diff "$T/before" "$T/after" | grep '^[<>]' || true)
mapfile -t expected < <(printf '%s\n' "${expected[@]}" | sort -u | sed '/^$/d')
for e in "${expected[@]}"; do echo "  expected difference: $e"; done
if [ ${#unexplained[@]} -eq 0 ]; then pass "purge leaves nothing behind (file tree as before, ${#expected[@]} expected differences)"
else
    fail "purge leaves nothing behind" "${#unexplained[@]} unexplained differences"
    printf '  %s\n' "${unexplained[@]}" | head -40
fi

debroot_umount_all
echo "deb-root-test: $(($(date +%s) - START))s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
