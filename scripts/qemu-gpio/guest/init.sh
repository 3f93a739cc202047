#!/bin/sh
# /init of the QEMU guest (scripts/qemu-gpio/run.sh). Creates a gpio-sim chip, a leds-gpio
# LED on it, then runs the program under test (outpostd, or the dev probe) once with
# libgpiod v1 and once with v2, forces health states and reads the simulated lines back.
# Prints "PASS name" / "FAIL name: why" lines and "GUEST-DONE"; the host counts them.
export PATH=/bin:/usr/bin:/sbin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
mkdir -p /tmp /run /var/lib/outpost1 /var/lib/outpost2 /root
export HOME=/root
. /etc/outpost-test.env

pass() { echo "PASS $1"; }
fail() { echo "FAIL $1: $2"; }

# --- kernel side: gpio-sim chip "outpost-leds" and a leds-gpio LED "fault:red" on line 7
cd /lib/modules
insmod configfs.ko && mount -t configfs configfs /sys/kernel/config
insmod outpost-gpio-sim.ko || fail gpio-sim "module did not load"
G=/sys/kernel/config/gpio-sim/outpost
mkdir -p $G/gpio-bank0
echo 8 > $G/gpio-bank0/num_lines
echo outpost-leds > $G/gpio-bank0/label
mkdir $G/gpio-bank0/line0 && echo led-status > $G/gpio-bank0/line0/name
mkdir $G/gpio-bank0/line1 && echo led-online > $G/gpio-bank0/line1/name
echo 1 > $G/live
insmod leds-gpio.ko; insmod ledtrig-timer.ko
insmod outpost-leds-sim.ko chip=outpost-leds line=7 name=fault:red
cd /
SIM=$(ls -d /sys/devices/platform/gpio-sim.*/gpiochip* 2>/dev/null | head -1)
LED=/sys/class/leds/fault:red
if [ -n "$SIM" ] && [ -e $LED/brightness ]; then pass "kernel: gpio-sim chip and leds-gpio LED"; else fail kernel "no gpio-sim chip or LED"; fi

val() { cat $SIM/sim_gpio$1/value; }
levels() { echo "$(val 0)$(val 1)$(val 2)$(val 7)"; }   # status online(active-low) rgb.green fault

# --- driving the program under test
start_dut() {  # $1 instance (1|2), $2 LD_LIBRARY_PATH
    if [ "$MODE" = daemon ]; then
        LD_LIBRARY_PATH=$2 $DUT $(echo "$DUT_ARGS" | sed "s/@N@/$1/g") > /tmp/dut$1.log 2>&1 &
    else
        rm -f /run/probe$1.fifo /tmp/snap$1.json   # no stale snapshot from the previous run
        mkfifo /run/probe$1.fifo
        LD_LIBRARY_PATH=$2 $DUT /etc/outpost/board/qemu-gpio-sim.toml /run/probe$1.fifo /tmp/snap$1.json > /tmp/dut$1.log 2>&1 &
    fi
    eval "PID$1=$!"
    pid=$!
    i=0
    while [ $i -lt 100 ]; do
        kill -0 $pid 2>/dev/null || return 1
        snapshot $1 > /tmp/snap$1.out 2>/dev/null && grep -q '"leds"' /tmp/snap$1.out && return 0
        usleep 200000; i=$((i + 1))
    done
    return 1
}
command_dut() {  # $1 instance, $2 "state X" | "identify S" | "test"
    if [ "$MODE" = daemon ]; then
        set -- "$1" $2
        case $2 in
        state) uxhttp /run/outpost$1.sock POST /v1/lights/override "{\"state\":\"$3\"}" > /dev/null ;;
        identify) uxhttp /run/outpost$1.sock POST /v1/lights/identify "{\"seconds\":$3}" > /dev/null ;;
        test) uxhttp /run/outpost$1.sock POST /v1/lights/test "{}" > /dev/null ;;
        esac
    else
        timeout 2 sh -c "echo '$2' > /run/probe$1.fifo"
    fi
}
snapshot() {  # $1 instance → snapshot JSON on stdout
    if [ "$MODE" = daemon ]; then
        uxhttp /run/outpost$1.sock GET /v1/lights
    else
        [ -p /run/probe$1.fifo ] || return 1
        timeout 2 sh -c "echo snapshot > /run/probe$1.fifo" && usleep 100000 && cat /tmp/snap$1.json
    fi
}
stop_dut() {
    if [ "$MODE" = daemon ]; then eval "kill -TERM \$PID$1"; else echo quit > /run/probe$1.fifo; fi
    eval "wait \$PID$1"
}

expect_levels() {  # $1 check name, $2 expected "status online rgb fault" physical levels
    usleep 300000
    got=$(levels)
    if [ "$got" = "$2" ]; then pass "$1 (lines $got)"; else fail "$1" "lines status/online/rgb/fault = $got, want $2"; fi
}
expect_blinking() {  # $1 check name, $2 line: both levels seen within 2.4 s
    seen=""
    i=0
    while [ $i -lt 24 ]; do seen="$seen$(val $2)"; usleep 100000; i=$((i + 1)); done
    case $seen in *0*1*|*1*0*) pass "$1 (line $2: $seen)" ;; *) fail "$1" "line $2 did not blink: $seen" ;; esac
}

for API in 1 2; do
    if [ $API = 1 ]; then LIB=""; else LIB=/opt/libgpiod2/lib; fi
    T="libgpiod v$API"
    if ! start_dut 1 "$LIB"; then fail "$T: start" "no snapshot; log: $(tail -5 /tmp/dut1.log)"; continue; fi
    if grep -q "libgpiod v$API" /tmp/snap1.out; then pass "$T: loaded"; else fail "$T: loaded" "$(cat /tmp/snap1.out)"; fi

    command_dut 1 "state online";   expect_levels "$T: online" 1010
    command_dut 1 "state fatal";    expect_levels "$T: fatal" 0101
    command_dut 1 "state offline";  expect_levels "$T: offline" 1110
    command_dut 1 "state offline_queued"; expect_blinking "$T: offline_queued blinks the online LED" 1
    command_dut 1 "state degraded_db"
    expect_blinking "$T: degraded_db flashes the fault LED (sysfs, software)" 7
    grep -q '\[none\]' $LED/trigger && pass "$T: flash code runs in software" || fail "$T: flash code" "trigger $(cat $LED/trigger)"
    command_dut 1 "identify 5"
    usleep 300000
    grep -q '\[timer\]' $LED/trigger && pass "$T: identify uses the kernel timer trigger" || fail "$T: identify timer" "trigger: $(cat $LED/trigger)"
    expect_blinking "$T: identify blinks the gpio LEDs" 0

    # A second instance finds the lines busy: a clear error, and it keeps serving.
    if [ $API = 2 ]; then
        if start_dut 2 "$LIB"; then
            if grep -q gpio_line_busy /tmp/snap2.out; then pass "$T: busy line reported (gpio_line_busy), still serving"
            else fail "$T: busy line" "$(cat /tmp/snap2.out)"; fi
            stop_dut 2
        else
            fail "$T: second instance" "did not serve; log: $(tail -5 /tmp/dut2.log)"
        fi
    fi

    command_dut 1 "state online"; usleep 300000
    stop_dut 1
    if [ "$(cat $LED/brightness)" = 0 ]; then pass "$T: shutdown turns the LEDs off"; else fail "$T: shutdown" "fault:red brightness $(cat $LED/brightness)"; fi
done
echo GUEST-DONE
poweroff -f
