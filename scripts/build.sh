#!/usr/bin/env bash
# The one build: Trunk, release profile, wasm-opt -Oz, into dist/. The demo server and every
# browser test use exactly this output.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Panic locations embed source paths; shorten the long registry ones (bytes on every phone).
REGISTRY="${CARGO_HOME:-$HOME/.cargo}/registry/src"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=$REGISTRY=crates --remap-path-prefix=$PWD=waymark"
trunk build --release "$@"
