#!/usr/bin/env bash
# A fleet against one cloud (issue 16): N boxes (the real sync service, each with its own outbox,
# in one process) with work queued, an outpost-hq with a capacity limit that answers 429 +
# Retry-After beyond it, an outage while the boxes run, then recovery. Measured twice in the same
# run: the shipped rules, then a plain SDK client's retry schedule (openai-python's defaults). Then a
# site power cycle: every box starting within one second against a cloud that is up.
# Prints, per run, hq's peak request rate after recovery against its capacity, the 429 share, the
# time to drain every backlog, and hq's unique/duplicate counts against what the boxes acknowledged.
#   Benchmarks/fleet/run.sh [--boxes 1000] [--queued 10] [--capacity 100] [--outage-s 600] [--debug] [--json FILE]
set -euo pipefail
cd "$(dirname "$0")/../.."
BOXES=1000; QUEUED=10; CAPACITY=100; OUTAGE=600; CONF=release; JSON=""
while [ $# -gt 0 ]; do case $1 in
  --boxes) BOXES=$2; shift 2;; --queued) QUEUED=$2; shift 2;; --capacity) CAPACITY=$2; shift 2;;
  --outage-s) OUTAGE=$2; shift 2;; --debug) CONF=debug; shift;; --json) JSON=$2; shift 2;;
  *) echo "unknown $1" >&2; exit 2;; esac; done
swift build -c "$CONF" --product outpost >/dev/null && swift build -c "$CONF" --product outpost-hq >/dev/null
BIN=$(swift build -c "$CONF" --show-bin-path)
DIR=$(mktemp -d /var/tmp/outpost-fleet.XXXXXX)
trap 'kill $(cat "$DIR"/*.pid 2>/dev/null) 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$DIR"' EXIT
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
echo "fleet: $BOXES boxes x $QUEUED queued, hq capacity $CAPACITY/s (429 + Retry-After: 5 beyond), outage $OUTAGE s, $CONF build, $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" >&2

# scenario NAME RULES OUTAGE_S: a fresh hq (offline for OUTAGE_S), the fleet, hq's counts.
scenario() {
  local name=$1 rules=$2 outage=$3 port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  local until; until=$(python3 -c "import time; print(f'{time.time() + $outage:.3f}')")
  "$BIN/outpost-hq" --listen "127.0.0.1:$port" --data "$DIR/$name-hq" --capacity "$CAPACITY" --overload-retry-after 5 \
    --offline-until "$until" --log-level error 2>"$DIR/$name-hq.log" & echo $! > "$DIR/hq.pid"
  for _ in $(seq 100); do curl -sf "127.0.0.1:$port/hq/health" >/dev/null && break; sleep 0.1; done
  "$BIN/outpost" bench fleet --cloud "http://127.0.0.1:$port" --boxes "$BOXES" --queued "$QUEUED" --rules "$rules" \
    --deadline $((outage + 900)) --json > "$DIR/$name-boxes.json" || true
  curl -sf "127.0.0.1:$port/hq/rate" > "$DIR/$name-rate.json"
  curl -sf "127.0.0.1:$port/hq/stats" > "$DIR/$name-stats.json"
  kill "$(cat "$DIR/hq.pid")"; wait "$(cat "$DIR/hq.pid")" 2>/dev/null || true
  python3 - "$DIR" "$name" "$until" "$CAPACITY" <<'PY'
import json, sys
d, name, until, capacity = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
boxes = json.load(open(f"{d}/{name}-boxes.json"))
rate = json.load(open(f"{d}/{name}-rate.json"))["seconds"]
stats = json.load(open(f"{d}/{name}-stats.json"))
after = [(t, a, r) for t, a, r in rate if t >= int(until)]
arrived = sum(a for _, a, _ in after); refused = sum(r for _, _, r in after)
first = [a for t, a, _ in after if t < int(until) + 60]
out = {
  "scenario": name, "rules": boxes["rules"], "boxes": boxes["boxes"], "queued": boxes["queued"],
  "acknowledged": boxes["acknowledged"], "hq_unique": stats["unique"], "hq_duplicate_requests": stats["duplicates"],
  "duplicates_applied": max(0, stats["unique"] - boxes["acknowledged"]),
  "capacity_per_s": capacity, "peak_per_s_after_recovery": max([a for _, a, _ in after] or [0]),
  "peak_over_capacity": round(max([a for _, a, _ in after] or [0]) / capacity, 2),
  "first_minute_requests": sum(first), "first_minute_peak_per_s": max(first or [0]),
  "refused_share": round(refused / arrived, 3) if arrived else 0,
  "requests_after_recovery": arrived,
  # The fleet starts with hq (within a second of it); the drain is counted from hq's recovery.
  "drain_s_after_recovery": None if boxes["drainedAfterSeconds"] is None else round(boxes["drainedAfterSeconds"], 1),
  "per_second_after_recovery": [[a, r] for _, a, r in after[:180]],
  "box_sends": boxes["sends"], "box_failed": boxes["failed"], "box_deferred": boxes["deferred"],
}
json.dump(out, open(f"{d}/{name}.json", "w"))
PY
}
scenario outage-fleet fleet "$OUTAGE"
scenario outage-plain plain "$OUTAGE"
scenario powercycle-fleet fleet 0
scenario powercycle-plain plain 0
python3 - "$DIR" "$OUTAGE" "${JSON}" <<'PY'
import json, sys
d, outage, out = sys.argv[1], float(sys.argv[2]), sys.argv[3]
rows = [json.load(open(f"{d}/{n}.json")) for n in ("outage-fleet", "outage-plain", "powercycle-fleet", "powercycle-plain")]
print(f"{'scenario':18} {'acked':>13} {'hq unique':>9} {'dup req':>7} {'dup applied':>11} {'peak/s':>7} {'x cap':>6} {'refused':>7} {'1st min':>8} {'drain s':>8}")
for r in rows:
    drain = r["drain_s_after_recovery"]
    if drain is not None and r["scenario"].startswith("outage"): drain = round(drain - outage, 1)
    r["drain_s_after_recovery"] = drain
    print(f"{r['scenario']:18} {r['acknowledged']:>6}/{r['queued']:<6} {r['hq_unique']:>9} {r['hq_duplicate_requests']:>7} {r['duplicates_applied']:>11} "
          f"{r['peak_per_s_after_recovery']:>7} {r['peak_over_capacity']:>6} {r['refused_share']:>7} {r['first_minute_requests']:>8} {str(drain):>8}")
if out: json.dump(rows, open(out, "w"), indent=1)
PY
