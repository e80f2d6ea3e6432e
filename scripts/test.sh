#!/usr/bin/env bash
# Set up, then run every test: a lint of the JavaScript, native engine and CLI tests, the content check, the release
# build, browser component tests (wasm-bindgen-test in headless Chromium), the Playwright
# end-to-end and accessibility suite against the release build, and the size budget.
set -euo pipefail
cd "$(dirname "$0")/.."

# Prove the fresh-machine path: in CI (or with WAYMARK_FRESH_CARGO=1) every crate is fetched
# again into an empty cargo home, so a fetch step that only a warm machine's cache made
# unnecessary fails here instead of on a newcomer's machine. Tools installed with
# `cargo install` stay in ~/.cargo/bin (scripts/setup.sh installs them there).
case "${WAYMARK_FRESH_CARGO:-${CI:-}}" in true | 1)
  CARGO_HOME=$(mktemp -d "${TMPDIR:-/tmp}/waymark-cargo-home.XXXXXX")
  export CARGO_HOME
  trap 'rm -rf "$CARGO_HOME"' EXIT
  echo "empty cargo home for this run: $CARGO_HOME (every crate is fetched again)"
  ;;
esac
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
timed() { local t0=$SECONDS; "$@"; echo "($((SECONDS - t0)) s)"; }

step "lint the JavaScript (eslint: public/, src/, e2e/hosts/)"
timed eslint public src e2e/hosts

step "native tests (engine, CLI)"
timed cargo test --workspace --locked
# The engine as the widget builds it: without `compile` (no parser, checker or flow compiler).
timed cargo check --locked -p waymark-engine --no-default-features

step "content check"
timed cargo run --quiet --locked -p waymark-cli -- check

step "release build (trunk)"
timed bash scripts/build.sh

step "browser component tests (wasm-bindgen-test, headless Chromium)"
timed cargo test --locked -p waymark --target wasm32-unknown-unknown --test web

step "end-to-end and accessibility (Playwright + axe, headless Chromium)"
timed npx playwright test

step "size budget"
timed node scripts/size.mjs
