#!/usr/bin/env bash
# Installs whatever is missing to build, serve and test Waymark, at pinned versions.
# Idempotent: each step checks first and skips what is already there at the right version,
# so the second run takes seconds. Needs network access to crates.io, npm and Debian only.
#
# Pinned here or derived from the project files:
#   wasm-bindgen-cli  = the wasm-bindgen version in Cargo.lock (Trunk.toml must match)
#   trunk             = 0.21.14 (0.22 needs a newer rustc than these machines have)
#   wasm-opt          = npm `binaryen` from package.json (Debian's binaryen 108 emits broken wasm)
#   chromium, chromium-driver, fonts = Debian packages
set -euo pipefail
cd "$(dirname "$0")/.."
# Tools go to ~/.cargo/bin whatever CARGO_HOME says (the test command may point CARGO_HOME at an
# empty folder to prove that a fresh machine can fetch every crate: see scripts/test.sh).
TOOLS="$HOME/.cargo"
export PATH="$TOOLS/bin:$PATH"

TRUNK_VERSION=0.21.14
APT_PACKAGES=(chromium chromium-driver fonts-noto-cjk fonts-noto-core fonts-tibetan-machine)

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

# 1. Debian packages: a browser and its driver for the tests, and fonts for Chinese,
#    Uyghur (Arabic script) and Tibetan so screenshots show real glyphs.
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  say "installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  say "Debian packages present"
fi

# 2. The wasm target, and the standard library's source (the release build rebuilds std for
#    size: see scripts/build.sh).
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if ! rustup component list --installed | grep -q '^rust-src'; then
  say "adding the rust-src component"
  rustup component add rust-src
fi

# 3. wasm-bindgen-cli at exactly the version Cargo.lock uses (no --locked: see toolchain notes).
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WBG_VERSION" ]; then
  say "installing wasm-bindgen-cli $WBG_VERSION (about 4 minutes)"
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force --root "$TOOLS"
else
  say "wasm-bindgen-cli $WBG_VERSION present"
fi
grep -q "wasm_bindgen = \"$WBG_VERSION\"" Trunk.toml || { echo "Trunk.toml [tools] wasm_bindgen must be $WBG_VERSION" >&2; exit 1; }

# 4. Trunk, built without LTO (10 minutes instead of 25; same behaviour).
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install trunk --version "$TRUNK_VERSION" --locked --force --root "$TOOLS"
else
  say "trunk $TRUNK_VERSION present"
fi

# 5. Every crate the builds need, in the cargo cache: Trunk builds offline, and the release
#    build's rebuilt standard library has crates of its own that no other step fetches (a
#    machine that never built the project failed here once). Fetched with the size build's
#    own settings; seconds when everything is already there.
say "fetching crates (the workspace, and the standard library's own for the size build)"
cargo fetch --locked --quiet
( source scripts/wasm-size-env.sh && cargo fetch --locked --quiet --target wasm32-unknown-unknown )

# 6. npm packages: Playwright (driving Debian's chromium), axe, binaryen's wasm-opt, esbuild
#    (minifies the build's scripts), eslint, and Lighthouse (scripts/bench.mjs only; 12.x,
#    since 13 needs Node 22).
LOCK_SUM=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.waymark-lock 2>/dev/null)" != "$LOCK_SUM" ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$LOCK_SUM" > node_modules/.waymark-lock
else
  say "npm packages present"
fi
WASM_OPT_WANT=$(awk -F'"' '/^wasm_opt/ {print $2}' Trunk.toml)
WASM_OPT_HAVE=$(node_modules/.bin/wasm-opt --version | sed -E 's/.*\((.*)\).*/\1/')
[ "$WASM_OPT_HAVE" = "$WASM_OPT_WANT" ] || { echo "wasm-opt is $WASM_OPT_HAVE, Trunk.toml wants $WASM_OPT_WANT" >&2; exit 1; }

say "ready"
