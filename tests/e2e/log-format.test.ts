import { describe, expect, it } from 'vitest';
import { useBotStack } from '../support/bot-stack.js';

/** Logs: JSON lines with a component by default; LOG_PRETTY=1 turns them into readable lines. */

const t = useBotStack({ start: false });

describe('log format', () => {
  it('writes JSON lines naming their component, and readable lines with LOG_PRETTY=1', async () => {
    const json = await t.start();
    const code = await t.stop();
    expect(code).toBe(0);
    const started = json.output.map((l) => { try { return JSON.parse(l) as Record<string, unknown>; } catch { return null; } })
      .find((l) => l?.msg === 'deletion-bot started');
    expect(started).toMatchObject({ component: 'http', role: 'all', service: 'deletion-bot' });

    t.env = { ...t.env, LOG_PRETTY: '1' };
    const pretty = await t.start();
    expect(await t.stop()).toBe(0);
    const line = pretty.output.find((l) => l.includes('deletion-bot started'));
    expect(line).toBeDefined();
    expect(line!.trimStart().startsWith('{')).toBe(false);
    expect(line).toMatch(/INFO/);
  });
});
