#!/usr/bin/env bash
# Builds the stand-in images named like the official ones (no registry here); compose builds the
# rest (the bot and the demo's mail server). Layers are cached by podman, the base tarball and
# the Node 24 install under ~/.cache.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE="${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/deletion-bot-compose"
"$HERE/base-image.sh"
if [[ ! -x $CACHE/node24/node_modules/node/bin/node ]]; then
  npm install --prefix "$CACHE/node24" --no-audit --no-fund node@24 npm@11
fi
ctx="$(mktemp -d /tmp/deletion-bot-node-image.XXXXXX)"
trap 'rm -rf "$ctx"' EXIT
cp "$HERE/images/node/Containerfile" "$ctx/"
cp -a "$CACHE/node24" "$ctx/node24"
mkdir -p "$ctx/certs"
cp /usr/local/share/ca-certificates/*.crt "$ctx/certs/" 2>/dev/null || true
podman build -q -t docker.io/library/node:24-bookworm-slim "$ctx"
podman build -q -t docker.io/library/postgres:17 "$HERE/images/postgres"
podman build -q -t docker.io/library/redis:7 "$HERE/images/redis"
