import { describe, expect, it } from 'vitest';
import { canMove, isDecidable, isFinal, STATES, WORK_STATES } from '../../src/requests/state-rules.js';

describe('request state rules', () => {
  it.each([
    ['received', 'awaiting_approval'],
    ['received', 'needs_info'],
    ['needs_info', 'received'],
    ['awaiting_approval', 'approved'],
    ['awaiting_approval', 'rejected'],
    ['approved', 'deleting'],
    ['deleting', 'completed'],
  ] as const)('allows %s -> %s', (from, to) => {
    expect(canMove(from, to)).toBe(true);
  });

  it.each([
    ['received', 'approved'],
    ['received', 'completed'],
    ['needs_info', 'approved'],
    ['awaiting_approval', 'completed'],
    ['awaiting_approval', 'deleting'],
    ['approved', 'rejected'],
    ['rejected', 'approved'],
    ['completed', 'deleting'],
    ['deleting', 'rejected'],
  ] as const)('refuses %s -> %s', (from, to) => {
    expect(canMove(from, to)).toBe(false);
  });

  it('ends only in completed, rejected, cancelled and ignored', () => {
    expect(STATES.filter(isFinal)).toEqual(['completed', 'rejected', 'cancelled', 'ignored']);
  });

  it('lets staff decide only a request awaiting approval', () => {
    expect(STATES.filter(isDecidable)).toEqual(['awaiting_approval']);
  });

  it('re-queues only states where the bot itself has work', () => {
    expect([...WORK_STATES].sort()).toEqual(['approved', 'deleting', 'received']);
  });
});
