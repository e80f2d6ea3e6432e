#!/usr/bin/env bash
# Serves the release build exactly as scripts/serve.sh does, plus test-only host pages, a
# deliberately broken compiled service and a service using every typed question kind, copied beside it
# into target/e2e-site (dist/ stays untouched).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${1:-8081}"
SITE=target/e2e-site
[ -f dist/core/waymark_bg.wasm ] || { echo "dist/ is empty: run scripts/build.sh first" >&2; exit 1; }
rm -rf "$SITE"
mkdir -p "$SITE"
cp -r dist/. "$SITE/"
# The test-only service, compiled as the build compiles content (on its own, so the home page
# does not list it), and a compiled file the widget cannot read (it must say so, kindly).
CONTENT=target/e2e-content
rm -rf "$CONTENT"
mkdir -p "$CONTENT/services"
cp -r public/catalog.json public/regions "$CONTENT/"
cp tests/fixtures/services/kinds.json "$CONTENT/services/"
env -u RUSTC_BOOTSTRAP -u CARGO_UNSTABLE_BUILD_STD cargo run --quiet --locked -p waymark-cli -- compile --content "$CONTENT" --dist "$CONTENT" >/dev/null
cp "$CONTENT/compiled/services/kinds.bin" tests/fixtures/compiled/broken.bin "$SITE/compiled/services/"
cp tests/fixtures/locales/zh-CN/services/kinds.ftl "$SITE/locales/zh-CN/services/"
# A recording of one zh-CN question (a third of a second of silence), listed by the same
# `waymark index` the build runs: read aloud must play it instead of the device's voice.
mkdir -p "$SITE/audio/zh-CN"
python3 -c 'import wave,sys; w=wave.open(sys.argv[1],"wb"); w.setnchannels(1); w.setsampwidth(1); w.setframerate(8000); w.writeframes(bytes([128])*2400); w.close()' "$SITE/audio/zh-CN/dibao-hukou.wav"
env -u RUSTC_BOOTSTRAP -u CARGO_UNSTABLE_BUILD_STD cargo run --quiet --locked -p waymark-cli -- index --dist "$SITE" >/dev/null
# The iframe embed may tell its events to pages on http://localhost:PORT (the same server under
# another name, hence another origin); pages on http://127.0.0.1:PORT framing
# http://localhost:PORT/frame.html are not listed.
printf '["http://localhost:%s"]\n' "$PORT" >"$SITE/embed-origins.json"
# This site is a deployment of its own (the files above changed): its worker's file list and
# hashes, made as the build makes them. The test-only pages below are not part of it.
env -u RUSTC_BOOTSTRAP -u CARGO_UNSTABLE_BUILD_STD cargo run --quiet --locked -p waymark-cli -- precache --dist "$SITE" >/dev/null
# A fifth language added with files alone, as an editor would: /kk/ is the build plus
# tests/fixtures/locales/kk (Kazakh words for the widget and one service), with the languages
# listed by the same `waymark index` the build runs, run on the unminified waymark.js as the
# build runs it. No Rust change, no new wasm.
KK_SRC=target/e2e-kk
rm -rf "$KK_SRC" "$SITE/kk"
mkdir -p "$KK_SRC/public" "$SITE/kk"
cp -r public/catalog.json public/services "$KK_SRC/public/"
cp -r locales "$KK_SRC/"
cp -r tests/fixtures/locales/kk "$KK_SRC/locales/"
cp -r dist/. "$SITE/kk/"
cp public/waymark.js "$SITE/kk/"
cp -r tests/fixtures/locales/kk "$SITE/kk/locales/"
(cd "$KK_SRC" && env -u RUSTC_BOOTSTRAP -u CARGO_UNSTABLE_BUILD_STD cargo run --quiet --locked \
  --manifest-path "$OLDPWD/Cargo.toml" -p waymark-cli -- index --dist "$OLDPWD/$SITE/kk" >/dev/null)
env -u RUSTC_BOOTSTRAP -u CARGO_UNSTABLE_BUILD_STD cargo run --quiet --locked -p waymark-cli -- precache --dist "$SITE/kk" >/dev/null
# Copies of the build, each its own service-worker scope, which tests redeploy over (so no other
# test sees the change): /update/ (a new build mid-guide), /tabs/ (two tabs, one mid-journey),
# /half/ (a deployment caught half-way).
cp -r e2e/hosts "$SITE/e2e"
for copy in update tabs half; do
  mkdir -p "$SITE/$copy"
  cp -r dist/. "$SITE/$copy/"
done
# The access log goes to a file: it would drown the test report.
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$SITE" 2>target/e2e-server.log
