#!/usr/bin/env bash
# The one build: Trunk, release profile, wasm-opt -Oz, into dist/. The demo server and every
# browser test use exactly this output.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# Size: rebuild the standard library for the widget with panics that abort at once, with no
# message formatting and no source paths (about 15 KB brotli off the wasm, measured). These
# are unstable options; RUSTC_BOOTSTRAP lets the pinned stable toolchain accept them, for the
# wasm target only (host tools and native tests are built as usual). Panics in the widget are
# bugs either way; debug builds (the browser component tests) keep their messages.
# -Zlocation-detail=none: no file/line/column for #[track_caller] locations either (nothing
# in a release build shows them; panics abort without a message anyway).
# WAYMARK_STABLE_BUILD=1 builds with stable options only (larger; fails the size budget).
if [ "${WAYMARK_STABLE_BUILD:-0}" != 1 ]; then
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  # The standard library's smaller (slower) variants of sorting and formatting: −3.6 KB brotli.
  export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none --cfg erase_components"
fi
trunk build --release "$@"

# The QR code module, apart from the widget so the first question loads without it; the widget
# imports dist/qr/waymark_qr.js when a result page shows.
cargo build --quiet --release --locked --target wasm32-unknown-unknown -p waymark-qr
wasm-bindgen --target web --no-typescript --out-dir dist/qr target/wasm32-unknown-unknown/release/waymark_qr.wasm
wasm-opt -Oz --converge dist/qr/waymark_qr_bg.wasm -o dist/qr/waymark_qr_bg.wasm

# The home page's index of life events and their services, and every service's title (one small
# words file instead of nine), made from the service files by the
# editors' CLI (built natively), so no one keeps a list of services by hand.
env -u RUSTC_BOOTSTRAP -u CARGO_UNSTABLE_BUILD_STD \
  cargo run --quiet --locked -p waymark-cli -- index --dist dist

# The service worker, with the list of files it keeps for offline use (made from dist/ itself,
# after everything above is in place).
env -u RUSTC_BOOTSTRAP -u CARGO_UNSTABLE_BUILD_STD \
  cargo run --quiet --locked -p waymark-cli -- precache --dist dist
