#!/usr/bin/env bash
# Fuzz the content parser and condition language for a while (default 300 s):
#   scripts/fuzz.sh [seconds]
# cargo-fuzz needs unstable compiler flags (sanitizers); RUSTC_BOOTSTRAP lets the one
# stable toolchain on these machines accept them. Not part of the test command.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
SECONDS_TO_RUN="${1:-300}"
RUSTC_BOOTSTRAP=1 cargo fuzz run content fuzz/corpus/content -- -max_total_time="$SECONDS_TO_RUN" -max_len=8192
