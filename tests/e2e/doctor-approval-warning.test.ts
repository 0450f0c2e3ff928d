import { describe, expect, it } from 'vitest';
import { runCli } from '../../harness/bot-process.js';

/** `doctor` says when a staff decision would count on the From header alone. */

const bot = { BOT_ADDRESS: 'contact@pickrtech.com', STAFF_EMAILS: 'staff@pickrtech.com', APPROVAL_SECRET: 'x'.repeat(32) };

describe('doctor and staff mail authentication', () => {
  it('warns when STAFF_REQUIRE_DMARC=false leaves approval resting on From alone', async () => {
    const r = await runCli(['doctor'], { ...bot, TRUSTED_AUTHSERV_ID: 'mx.pickrtech.com', STAFF_REQUIRE_DMARC: 'false' });
    expect(r.stdout).toMatch(/^Approval\s+WARN\s+approval rests on the From header alone: STAFF_REQUIRE_DMARC=false/m);
  });

  it('warns when no TRUSTED_AUTHSERV_ID is set, and is quiet once staff mail must pass DMARC', async () => {
    expect((await runCli(['doctor'], bot)).stdout).toMatch(/^Approval\s+WARN\s+.*set TRUSTED_AUTHSERV_ID/m);
    expect((await runCli(['doctor'], { ...bot, TRUSTED_AUTHSERV_ID: 'mx.pickrtech.com' })).stdout).not.toMatch(/^Approval/m);
  });
});
