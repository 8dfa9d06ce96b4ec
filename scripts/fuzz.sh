#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer on the STABLE toolchain (no nightly,
# no cargo-fuzz needed). Builds fuzz/ with SanitizerCoverage instrumentation
# through RUSTFLAGS, then runs every target on a scratch copy of its seed
# corpus (fuzz/corpus/<target> is never written to).
#
#   scripts/fuzz.sh                    30 seconds per target
#   scripts/fuzz.sh 20                 20 seconds per target
#   scripts/fuzz.sh --runs 1000000     1,000,000 executions per target
#   scripts/fuzz.sh --only csv_import 60          one target (repeatable)
#   scripts/fuzz.sh 60 -- -use_value_profile=1    extra libFuzzer flags
#   scripts/fuzz.sh --build-only
#
# fuzz/dict/<target>.dict, if present, is passed as -dict= (JSON keys, CSV
# headers; regenerate with `cargo run --manifest-path fuzz/Cargo.toml
# --example gen_seeds`, which also rewrites the generated seeds).
#
# Environment: FUZZ_MAX_LEN (default 65536), FUZZ_TIMEOUT (seconds per input
# before libFuzzer calls it a hang, default 25), FUZZ_KEEP_CORPUS=1 (grow the
# scratch corpus across runs instead of starting from the seeds).
#
# Prints, per target, libFuzzer's "Done N runs" line, its final stats and
# whether it crashed; exits non-zero if any target crashed, hung or ran out
# of memory. Crash inputs land in fuzz/target/fuzz-artifacts/<target>/;
# reproduce one with
#   fuzz/target/<host>/release/<target> <crash-file>
# and minimise it with
#   fuzz/target/<host>/release/<target> -minimize_crash=1 -runs=100000 <crash-file>
# With nightly and cargo-fuzz, `cargo fuzz run <target>` works on the same
# fuzz/ directory.
#
# Needs: rustup/cargo (stable), a C++ compiler for libFuzzer's runtime (g++
# or clang++; libfuzzer-sys builds it with the `cc` crate), crates.io access
# on the first build.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

TARGETS_ALL=(profile_json csv_import share_link stored_state)
seconds=30
runs=""
only=()
build_only=0
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --runs=*) runs="${1#--runs=}"; shift ;;
    --only) only+=("$2"); shift 2 ;;
    --only=*) only+=("${1#--only=}"); shift ;;
    --build-only) build_only=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    --) shift; extra=("$@"); break ;;
    *[!0-9]*|'') echo "fuzz.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    *) seconds="$1"; shift ;;
  esac
done
if [ -n "$runs" ] && ! [[ "$runs" =~ ^[0-9]+$ ]]; then
  echo "fuzz.sh: --runs wants a number" >&2; exit 2
fi
if [ ${#only[@]} -gt 0 ]; then
  for t in "${only[@]}"; do
    [[ " ${TARGETS_ALL[*]} " == *" $t "* ]] || { echo "fuzz.sh: no target '$t' (${TARGETS_ALL[*]})" >&2; exit 2; }
  done
  TARGETS=("${only[@]}")
else
  TARGETS=("${TARGETS_ALL[@]}")
fi

if ! command -v c++ >/dev/null && ! command -v g++ >/dev/null && ! command -v clang++ >/dev/null; then
  echo "fuzz.sh: no C++ compiler; libFuzzer's runtime needs one." >&2
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "fuzz.sh: installing g++ with apt-get" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq g++ >/dev/null
  else
    echo "fuzz.sh: install g++ or clang++ and retry" >&2; exit 2
  fi
fi

export CARGO_TARGET_DIR="$PWD/fuzz/target"
host="$(rustc -vV | sed -n 's/^host: //p')"
# The flags cargo-fuzz passes, minus the nightly-only ones (-Zsanitizer=…):
# SanitizerCoverage edge counters, a PC table and comparison tracing for
# libFuzzer, `cfg(fuzzing)`, and debug assertions plus overflow checks so
# that arithmetic overflow panics instead of wrapping.
# --target is passed explicitly so that RUSTFLAGS reach only the fuzzed code,
# not build scripts or proc macros (which have no libFuzzer runtime to link).
export RUSTFLAGS="-Cpasses=sancov-module \
 -Cllvm-args=-sanitizer-coverage-level=4 \
 -Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
 -Cllvm-args=-sanitizer-coverage-pc-table \
 -Cllvm-args=-sanitizer-coverage-trace-compares \
 --cfg fuzzing -Cdebug-assertions -Coverflow-checks -Cforce-frame-pointers=yes"
# cargo-fuzz also sets this; harmless elsewhere.
export CARGO_PROFILE_RELEASE_DEBUG_ASSERTIONS=true

bins=()
for t in "${TARGETS[@]}"; do bins+=(--bin "$t"); done
echo "== build (stable $(rustc --version | cut -d' ' -f2), target dir fuzz/target)" >&2
build_start=$SECONDS
cargo build --release --manifest-path fuzz/Cargo.toml --target "$host" "${bins[@]}"
echo "== built in $((SECONDS - build_start)) s" >&2
[ "$build_only" = 1 ] && exit 0

bin_dir="$CARGO_TARGET_DIR/$host/release"
scratch="$CARGO_TARGET_DIR/fuzz-corpus"
artifacts="$CARGO_TARGET_DIR/fuzz-artifacts"
logs="$CARGO_TARGET_DIR/fuzz-logs"
mkdir -p "$scratch" "$artifacts" "$logs"

if [ -n "$runs" ]; then limit=(-runs="$runs"); else limit=(-max_total_time="$seconds"); fi

failed=()
summary=()
for t in "${TARGETS[@]}"; do
  corpus="$scratch/$t"
  if [ "${FUZZ_KEEP_CORPUS:-0}" != 1 ]; then rm -rf "$corpus"; fi
  mkdir -p "$corpus" "$artifacts/$t"
  cp -n fuzz/corpus/"$t"/* "$corpus"/ 2>/dev/null || true
  dict=()
  if [ -f "fuzz/dict/$t.dict" ]; then dict=(-dict="fuzz/dict/$t.dict"); fi
  log="$logs/$t.log"
  echo "== fuzz $t (${limit[*]}) — log: ${log#"$PWD"/}" >&2
  start=$(date +%s.%N)
  set +e
  "$bin_dir/$t" "$corpus" \
    "${limit[@]}" \
    -max_len="${FUZZ_MAX_LEN:-65536}" \
    -timeout="${FUZZ_TIMEOUT:-25}" \
    -print_final_stats=1 \
    -artifact_prefix="$artifacts/$t/" \
    "${dict[@]}" "${extra[@]}" >"$log" 2>&1
  rc=$?
  set -e
  wall=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
  done_line=$(grep -E '^Done [0-9]+ runs' "$log" | tail -1 || true)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  eps=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  new_units=$(sed -n 's/^stat::new_units_added: *//p' "$log" | tail -1)
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9]+[a-zA-Z]*' "$log" | tail -1 || true)
  if [ "$rc" = 0 ]; then
    verdict="no crash"
  else
    verdict="CRASH (exit $rc)"
    failed+=("$t")
  fi
  echo "${done_line:-(no \"Done\" line)}"
  grep -E '^stat::' "$log" || true
  line="$t: ${execs:-?} execs, ${eps:-?} exec/s, ${wall} s wall, ${cov:-cov ?}, new units ${new_units:-?}, peak RSS ${rss:-?} MB: $verdict"
  summary+=("$line")
  echo "$line"
  if [ "$rc" != 0 ]; then
    # The panic message, the location and the input libFuzzer saved.
    grep -E "panicked at|^thread '|^==[0-9]+== ERROR|SUMMARY:|Test unit written to|^Base64:" "$log" >&2 || tail -40 "$log" >&2
  fi
done

echo
echo "== summary"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED: ${failed[*]} (inputs in ${artifacts#"$PWD"/}/, logs in ${logs#"$PWD"/}/)" >&2
  exit 1
fi
echo "no crashes"
