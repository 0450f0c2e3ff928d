#!/bin/sh
set -eu
sed -i "s/password=.*/password=${MAIL_PASSWORD:-demo}/" /etc/dovecot/mailserver.conf
mkdir -p /var/mail && chown vmail:vmail /var/mail
dovecot -c /etc/dovecot/mailserver.conf
exec node /mail/smtp-to-lmtp.mjs
