# Sourced by scripts/build.sh (the release build) and scripts/setup.sh (which fetches what
# that build needs): the settings for the widget's size build, in one place so the fetch and
# the build can never disagree.
#
# Size: rebuild the standard library for the widget with panics that abort at once, with no
# message formatting and no source paths (about 15 KB brotli off the wasm, measured). These
# are unstable options; RUSTC_BOOTSTRAP lets the pinned stable toolchain accept them, for the
# wasm target only (host tools and native tests are built as usual). Panics in the widget are
# bugs either way; debug builds (the browser component tests) keep their messages.
# -Zlocation-detail=none: no file/line/column for #[track_caller] locations either (nothing
# in a release build shows them; panics abort without a message anyway).
# The rebuilt standard library has crates of its own (listed in rust-src's lock file), which
# Trunk's offline build cannot download: scripts/setup.sh fetches them with these settings.
# WAYMARK_STABLE_BUILD=1 builds with stable options only (larger; fails the size budget).
if [ "${WAYMARK_STABLE_BUILD:-0}" != 1 ]; then
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  # The standard library's smaller (slower) variants of sorting and formatting: −3.6 KB brotli.
  export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
  # -Zfmt-debug=none: `{:?}` formats nothing, so no Debug code is linked in (−2.7 KB brotli
  # measured; the widget shows nothing through Debug, and panics abort without a message).
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none --cfg erase_components"
fi
