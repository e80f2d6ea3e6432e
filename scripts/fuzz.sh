#!/usr/bin/env bash
# Fuzz every decoder of untrusted text, one target after another:
#   scripts/fuzz.sh [seconds-per-target] [target …]       (default 60 s, every target)
#   RUNS=1000000 scripts/fuzz.sh 0 [target …]              (a number of executions instead)
# Targets: content (service files), conditions, share (fragments), draft, catalog, region,
# compiled (what `waymark compile` writes and the widget reads), fluent (words files), answers (dates and what a person types). Prints, per target,
# the executions, the seconds taken and whether it crashed; a crash's input is kept in
# fuzz/artifacts/<target>/. cargo-fuzz needs unstable compiler flags (sanitizers);
# RUSTC_BOOTSTRAP lets the one stable toolchain on these machines accept them. Not part of the
# test command.
set -uo pipefail
cd "$(dirname "$0")/../fuzz"
export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
SECONDS_PER_TARGET="${1:-60}"
shift || true
ALL=(content conditions share draft catalog region compiled fluent answers)
if [ $# -gt 0 ]; then TARGETS=("$@"); else TARGETS=("${ALL[@]}"); fi
# Release builds with debug assertions and overflow checks (cargo-fuzz's default).
RUSTC_BOOTSTRAP=1 cargo fuzz build || exit 1
LIMIT=(-max_total_time="$SECONDS_PER_TARGET")
if [ -n "${RUNS:-}" ]; then LIMIT=(-runs="$RUNS"); fi
status=0
printf '%-11s %12s %8s  %s\n' target executions seconds result
for t in "${TARGETS[@]}"; do
    mkdir -p "corpus/$t"
    seeds=()
    [ -d "seeds/$t" ] && seeds=("seeds/$t")
    log="$(mktemp)"
    start=$(date +%s)
    RUSTC_BOOTSTRAP=1 cargo fuzz run "$t" "corpus/$t" "${seeds[@]}" -- \
        "${LIMIT[@]}" -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1
    code=$?
    took=$(( $(date +%s) - start ))
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    if [ $code -eq 0 ]; then result="0 crashes"; else result="CRASH (exit $code, see fuzz/artifacts/$t/)"; status=1; tail -30 "$log"; fi
    printf '%-11s %12s %8s  %s\n' "$t" "${runs:-?}" "$took" "$result"
    rm -f "$log"
done
exit $status
