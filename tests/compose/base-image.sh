#!/usr/bin/env bash
# Makes localhost/debian:bookworm with debootstrap (no registry here); the tarball is kept
# under ~/.cache so later runs only import it.
set -euo pipefail
CACHE="${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/deletion-bot-compose"
TARBALL="$CACHE/debian-bookworm-minbase.tar"
if podman image exists localhost/debian:bookworm; then exit 0; fi
mkdir -p "$CACHE"
if [[ ! -s $TARBALL ]]; then
  rootfs="$(mktemp -d /tmp/deletion-bot-rootfs.XXXXXX)"
  trap 'rm -rf "$rootfs"' EXIT
  debootstrap --variant=minbase bookworm "$rootfs" http://deb.debian.org/debian
  tar -C "$rootfs" -cf "$TARBALL.partial" .
  mv "$TARBALL.partial" "$TARBALL"
fi
podman import "$TARBALL" localhost/debian:bookworm
