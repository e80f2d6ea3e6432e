#!/usr/bin/env bash
# The one build: Trunk, release profile, wasm-opt -Oz, into dist/. The demo server and every
# browser test use exactly this output.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release "$@"
