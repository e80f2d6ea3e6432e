#!/usr/bin/env bash
# Set up, build, and serve the demo at http://127.0.0.1:8080 (Ctrl-C to stop).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
PORT="${PORT:-8080}"
echo "Waymark demo: http://127.0.0.1:$PORT/"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist
