#!/bin/bash
# Guest side of scripts/qemu-systemd/run.sh: runs under real systemd (PID 1) once outpostd.service
# has started, checks the unit's behaviour, prints "OUTPOST-TEST: PASS|FAIL …" lines on the serial
# console and powers the guest off. TCG is slow: every wait is a poll loop with a generous deadline.
set -u
START=$(date +%s)
passed=0 failed=0
say() { echo "OUTPOST-TEST: [$(($(date +%s) - START))s] $*"; }
pass() { echo "OUTPOST-TEST: PASS $1"; passed=$((passed + 1)); }
fail() { echo "OUTPOST-TEST: FAIL $1: $2"; failed=$((failed + 1)); }
check() { local name=$1 why=$2; shift 2; if "$@"; then pass "$name"; else fail "$name" "$why"; fi; }
prop() { systemctl show -p "$1" --value outpostd.service; }
props() { systemctl show -p ActiveState,SubState,Result,MainPID,NRestarts,ExecMainStatus,StatusText outpostd.service | tr '\n' ' '; }
# wait_until SECONDS COMMAND...: polls every 0.5 s; returns 0 once COMMAND succeeds, 1 at the deadline
wait_until() {
    local deadline=$(($(date +%s) + $1)); shift
    while [ "$(date +%s)" -lt "$deadline" ]; do "$@" && return 0; sleep 0.5; done
    "$@"
}
is_running() { [ "$(prop ActiveState)/$(prop SubState)" = active/running ]; }
finish() {
    say "journal of outpostd.service (last 25 lines):"
    journalctl -u outpostd.service --no-pager -o short-monotonic 2>&1 | tail -25 | sed 's/^/OUTPOST-JOURNAL: /'
    echo "OUTPOST-TEST: DONE $passed passed, $failed failed"
    sync
    systemctl poweroff --force --no-block 2>/dev/null || poweroff -f
    sleep 30
    echo o >/proc/sysrq-trigger
}
trap finish EXIT
say "boot test started; $(systemd --version | head -1); kernel $(uname -r)"
# NET_TEST=1, GPIO_TEST=1 when run.sh set those up
# shellcheck disable=SC1091
[ -r /etc/outpost-boot-test.env ] && . /etc/outpost-boot-test.env

# --- (a) Type=notify: active only after READY=1 --------------------------------------------
if wait_until 180 is_running; then
    pass "outpostd.service active/running via READY=1 (Type=$(prop Type), $(props))"
else
    fail "outpostd.service reaches active/running" "$(props)"
    exit 1
fi
check "no restart during boot" "NRestarts=$(prop NRestarts)" [ "$(prop NRestarts)" = 0 ]
status_text=$(prop StatusText)
check "daemon reports a status text ('$status_text')" "StatusText is empty" [ -n "$status_text" ]
# The watchdog is fed: WatchdogTimestamp moves (WatchdogSec=30s: pings at least every 15 s).
w0=$(prop WatchdogTimestampMonotonic)
if wait_until 60 sh -c "[ \"\$(systemctl show -p WatchdogTimestampMonotonic --value outpostd)\" != '$w0' ]"; then
    pass "daemon feeds the watchdog (WatchdogUSec=$(prop WatchdogUSec))"
else fail "daemon feeds the watchdog" "WatchdogTimestampMonotonic stayed $w0"; fi

# errno=1 (EPERM) is the syscall filter; errno=13 (EACCES, a higher priority without CAP_SYS_NICE)
# is what any unprivileged process gets, outside systemd too.
noise=$(journalctl -u outpostd.service --no-pager | grep -c 'Failed to set thread priority.*errno=1$' || true)
check "no EPERM from the syscall filter in the journal (setpriority allowed)" "$noise 'Failed to set thread priority … errno=1' lines" [ "$noise" = 0 ]

# --- stretch: the hardened unit reaches its socket, its state dir, the network, a GPIO chip -----
if out=$(outpost status --socket /run/outpost/api.sock 2>&1); then
    pass "outpost status over /run/outpost/api.sock ($(echo "$out" | head -1))"
else fail "outpost status over /run/outpost/api.sock" "$(echo "$out" | tail -2 | tr '\n' ' ')"; fi
sock=$(stat -c '%U:%G %a' /run/outpost/api.sock 2>/dev/null || echo missing)
check "socket is outpost:outpost 0660" "it is $sock" [ "$sock" = "outpost:outpost 660" ]
state=$(find /var/lib/outpost -mindepth 1 -maxdepth 1 -user outpost 2>/dev/null | wc -l)
check "state directory written by the service ($state entries owned by outpost in /var/lib/outpost)" \
    "$(find /var/lib/outpost -maxdepth 1 -printf '%p %u %m; ' 2>&1)" [ "$state" -gt 0 ]
if [ "${NET_TEST:-0}" = 1 ]; then
    # [cloud] points at 127.0.0.1:8099 (outpost-test-listener.socket, Accept=yes, logs each
    # connection); a submitted request is queued for the cloud, so the sync service connects.
    outpost bench submit --socket /run/outpost/api.sock --state-dir /tmp --seconds 1 --clients 1 >/dev/null 2>&1 || true
    if wait_until 120 test -s /run/outpost-test-listener.log; then
        pass "hardened unit connects over AF_INET (sync reached 127.0.0.1:8099: $(head -c 60 /run/outpost-test-listener.log | head -1))"
    else fail "hardened unit connects over AF_INET" "no connection to 127.0.0.1:8099 in 120 s; queue: $(outpost queue --socket /run/outpost/api.sock 2>&1 | tail -2 | tr '\n' ' ')"; fi
fi
if [ "${GPIO_TEST:-0}" = 1 ]; then
    # /dev/gpiochipN: group gpio 0660 from the package's udev rule; the unit's DeviceAllow= lets
    # it through; outpostd (in gpio through sysusers) requests the board's lines.
    chip=$(find /sys/devices/platform/gpio-sim.*/ -maxdepth 1 -name 'gpiochip*' -printf '%f\n' 2>/dev/null | head -1)
    dev=$(stat -c '%G %a' "/dev/$chip" 2>/dev/null || echo missing)
    if [ "$dev" = "gpio 660" ]; then pass "/dev/$chip is group gpio 0660 (udev rule from the package)"
    else fail "/dev/$chip is group gpio 0660" "it is $dev"; fi
    mountpoint -q /sys/kernel/debug || mount -t debugfs debugfs /sys/kernel/debug
    if wait_until 60 grep -q 'led-status.*out' /sys/kernel/debug/gpio; then
        pass "hardened unit holds the board's GPIO lines ($(grep -h 'led-' /sys/kernel/debug/gpio | tr -s ' ' | tr '\n' ';'))"
    else fail "hardened unit holds the board's GPIO lines" "$(grep -h 'led-\|gpio' /sys/kernel/debug/gpio | head -3 | tr '\n' ' '); journal: $(journalctl -u outpostd --no-pager | grep -i 'gpio\|led' | tail -2 | tr '\n' ' ')"; fi
fi

# --- (b) a frozen daemon is restarted by the watchdog --------------------------------------
pid0=$(prop MainPID) n0=$(prop NRestarts)
say "freezing outpostd (pid $pid0) with SIGSTOP"
t0=$(date +%s)
kill -STOP "$pid0"
restarted() { local p; p=$(prop MainPID); [ "$(prop NRestarts)" -gt "$n0" ] && [ "$p" != 0 ] && [ "$p" != "$pid0" ] && is_running; }
if wait_until 180 restarted; then
    pass "watchdog restarted the frozen daemon after $(($(date +%s) - t0)) s (pid $pid0 -> $(prop MainPID), NRestarts $n0 -> $(prop NRestarts))"
else fail "watchdog restarts a frozen daemon" "after $(($(date +%s) - t0)) s: $(props)"; fi
if journalctl -u outpostd.service --no-pager | grep -q 'Watchdog timeout'; then pass "journal shows the watchdog timeout"
else fail "journal shows the watchdog timeout" "no 'Watchdog timeout' in journalctl -u outpostd"; fi
check "frozen process is gone" "pid $pid0 still exists" test ! -d "/proc/$pid0"

# --- (c) a configuration error does not restart-loop -----------------------------------------
cp -p /etc/outpost/outpost.toml /etc/outpost/outpost.toml.boot-test
sed -i '1i no_such_key_for_boot_test = 1' /etc/outpost/outpost.toml
say "config with an unknown key; systemctl restart outpostd"
systemctl restart outpostd.service >/dev/null 2>&1 || true
is_failed() { [ "$(prop ActiveState)" = failed ]; }
if wait_until 60 is_failed; then
    pass "bad config: unit ends failed ($(props))"
else fail "bad config: unit ends failed" "$(props)"; fi
st=$(prop ExecMainStatus)
check "bad config: exit status 78 (EX_CONFIG)" "ExecMainStatus=$st" [ "$st" = 78 ]
n1=$(prop NRestarts)
# RestartSec=2s: a restart loop would show within a few seconds; watch for 20.
looped=0
deadline=$(($(date +%s) + 20))
while [ "$(date +%s)" -lt "$deadline" ]; do
    [ "$(prop ActiveState)" = failed ] || looped=1
    sleep 0.5
done
if [ "$looped" = 0 ] && [ "$(prop NRestarts)" = "$n1" ]; then
    pass "bad config: no restart loop (NRestarts stays $n1 over 20 s, RestartPreventExitStatus=$(prop RestartPreventExitStatus))"
else fail "bad config: no restart loop" "NRestarts $n1 -> $(prop NRestarts), left failed state: $looped"; fi
if journalctl -u outpostd.service --no-pager | grep -q 'no_such_key_for_boot_test'; then pass "journal names the unknown key"
else fail "journal names the unknown key" "$(journalctl -u outpostd.service --no-pager | tail -3 | tr '\n' ' ')"; fi
mv /etc/outpost/outpost.toml.boot-test /etc/outpost/outpost.toml
systemctl reset-failed outpostd.service
systemctl start outpostd.service >/dev/null 2>&1 || true
if wait_until 120 is_running; then pass "fixed config: unit starts again"
else fail "fixed config: unit starts again" "$(props)"; fi

# --- credentials: a vault.key dropped into /etc/outpost/credentials reaches the daemon ---------
# (The unit already started above with that directory empty: LoadCredential= in directory form.)
umask 077
head -c 32 /dev/urandom >/etc/outpost/credentials/vault.key
systemctl stop outpostd.service
rm -f /var/lib/outpost/vault.key
systemctl start outpostd.service >/dev/null 2>&1 || true
if wait_until 120 is_running; then pass "credentials: unit starts with /etc/outpost/credentials/vault.key (LoadCredential=outpost:/etc/outpost/credentials)"
else fail "credentials: unit starts with /etc/outpost/credentials/vault.key" "$(props)"; fi
check "credentials: vault key read from the credential (none created in /var/lib/outpost)" \
    "/var/lib/outpost/vault.key was created" test ! -e /var/lib/outpost/vault.key

# --- a clean stop under systemd: SIGTERM, exit 0 within TimeoutStopSec= ---------------------
t0=$(date +%s)
systemctl stop outpostd.service
check "systemctl stop: clean exit in $(($(date +%s) - t0)) s (Result=success, status 0)" "$(props)" \
    [ "$(prop Result)/$(prop ExecMainStatus)/$(prop ActiveState)" = success/0/inactive ]
