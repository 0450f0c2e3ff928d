#!/usr/bin/env bash
# `npm run demo:packages`: installs the Debian (or Ubuntu) packages `npm run demo` starts its own
# servers from, and the user that owns the demo's mailboxes:
#   postgresql      initdb and pg_ctl for a throwaway Postgres cluster
#   redis-server    a throwaway Redis
#   dovecot-imapd   Dovecot's IMAP server (the bot's mailbox and the people's)
#   dovecot-lmtpd   Dovecot's LMTP delivery (the demo's SMTP relay delivers through it)
# The demo runs its own instances on free ports and removes them when it ends; it uses none of
# the system services these packages start. This script turns off the system Dovecot when it
# installed it (an IMAP server on port 143 that nothing here needs) and leaves PostgreSQL and
# Redis running (an install without Docker can use them). Needs root: it asks sudo otherwise.
# `--list` prints the packages and changes nothing.
set -euo pipefail

PACKAGES=(postgresql redis-server dovecot-imapd dovecot-lmtpd)

if [[ ${1:-} == --list ]]; then
  printf '%s\n' "${PACKAGES[@]}"
  exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null; then exec sudo -- "$0" "$@"; fi
  echo "install-demo-packages: run it as root (apt-get needs root, and there is no sudo)" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null; then
  echo "install-demo-packages: apt-get not found; this script is for Debian and Ubuntu. Install the equivalents of: ${PACKAGES[*]}" >&2
  exit 1
fi

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
missing=()
for pkg in "${PACKAGES[@]}"; do installed "$pkg" || missing+=("$pkg"); done

if ((${#missing[@]} > 0)); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "${missing[@]}"
  if [[ " ${missing[*]} " == *" dovecot-imapd "* ]] && [[ -d /run/systemd/system ]]; then
    systemctl disable --now dovecot.service || true
  fi
fi

if ! id vmail >/dev/null 2>&1; then
  useradd -r -M -d /nonexistent -s /usr/sbin/nologin vmail
fi

echo "The demo's packages are installed (${PACKAGES[*]}). Run the demo as root: npm run demo"
