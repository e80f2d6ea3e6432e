#!/usr/bin/env bash
# The one build: Trunk, release profile, wasm-opt -Oz, into dist/. The demo server and every
# browser test use exactly this output.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# The size build's settings (build-std and friends): see wasm-size-env.sh.
source scripts/wasm-size-env.sh
trunk build --release "$@"

# A second wasm-opt run to a fixed point without --flatten/--rereloop (Trunk's run above needs
# those for its own passes): −0.9 KB brotli measured on 2026-12-02.
wasm-opt --enable-bulk-memory --enable-reference-types --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-multivalue -Oz --converge dist/core/waymark_bg.wasm -o dist/core/waymark_bg.wasm

# The QR code module, apart from the widget so the first question loads without it; the widget
# imports dist/qr/waymark_qr.js when a result page shows.
cargo build --quiet --release --locked --target wasm32-unknown-unknown -p waymark-qr
wasm-bindgen --target web --no-typescript --out-dir dist/qr target/wasm32-unknown-unknown/release/waymark_qr.wasm
wasm-opt -Oz --converge dist/qr/waymark_qr_bg.wasm -o dist/qr/waymark_qr_bg.wasm

# Every service's title (one small words file instead of nine), the recordings' index, and the
# languages (from locales/*/widget.ftl) written into waymark.js: before minifying, which would
# rename the line `waymark index` rewrites.
env -u RUSTC_BOOTSTRAP -u CARGO_UNSTABLE_BUILD_STD \
  cargo run --quiet --locked -p waymark-cli -- index --dist dist

# Every script the browser downloads, minified (comments and long names out; the readable
# sources stay in public/ and src/platform/): about 3 KB brotli off the first question, most of
# it wasm-bindgen's glue. esbuild from npm (package.json), module by module, no bundling.
find dist -name '*.js' ! -name sw.js -print0 | while IFS= read -r -d '' js; do
  esbuild "$js" --minify --format=esm --legal-comments=none --log-level=error --outfile="$js" --allow-overwrite
done

# The content as the widget reads it: every service, region and the home page compiled and
# type-checked by the editors' CLI (built natively) into dist/compiled/, so the wasm carries no
# parser, type checker or flow compiler. No one keeps a list of services by hand.
env -u RUSTC_BOOTSTRAP -u CARGO_UNSTABLE_BUILD_STD \
  cargo run --quiet --locked -p waymark-cli -- compile --dist dist

# The service worker, with the list of files it keeps for offline use (made from dist/ itself,
# after everything above is in place).
env -u RUSTC_BOOTSTRAP -u CARGO_UNSTABLE_BUILD_STD \
  cargo run --quiet --locked -p waymark-cli -- precache --dist dist
