import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { whichBinary } from '../../harness/system.js';

const RULES = new URL('../../docs/alerts.yml', import.meta.url).pathname;

// promtool's rule unit test: the series as /metrics gives them, the alerts expected at each time.
const TEST = `rule_files: [${JSON.stringify(RULES)}]
evaluation_interval: 1m
tests:
  - interval: 1m
    input_series:
      # IMAP keeps working; from minute 3 the refresh token is revoked and SMTP's login fails too.
      - series: 'deletion_bot_mail_auth_ok{direction="imap", instance="bot:8080"}'
        values: '1 1 1 0x12'
      - series: 'deletion_bot_mail_auth_ok{direction="smtp", instance="bot:8080"}'
        values: '1x15'
    alert_rule_test:
      - eval_time: 5m
        alertname: DeletionMailboxLoginRefused
        exp_alerts: []
      - eval_time: 10m
        alertname: DeletionMailboxLoginRefused
        exp_alerts:
          - exp_labels: { severity: critical, direction: imap }
            exp_annotations:
              summary: "The mailbox cannot log in to imap with OAuth2"
              description: "The token endpoint refused the bot (revoked or expired refresh token, secret, consent) or the server refused its token; /readyz names the mailbox and the step. Run \`deletion-bot doctor\`, then \`deletion-bot oauth login\` if it says so: the running bot resumes without a restart."
`;

describe('the OAuth2 login alert', () => {
  it('fires for the direction whose login is refused, once it has lasted 5 minutes', () => {
    const promtool = whichBinary('promtool');
    if (!promtool) throw new Error("promtool not found: install Debian's prometheus package (apt-get install -y --no-install-recommends prometheus)");
    const file = join(mkdtempSync(join(tmpdir(), 'dbot-alert-')), 'mail-auth.test.yml');
    writeFileSync(file, TEST);
    const r = spawnSync(promtool, ['test', 'rules', file], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('SUCCESS');
  });
});
