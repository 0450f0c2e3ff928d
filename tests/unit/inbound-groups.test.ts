import { describe, expect, it } from 'vitest';
import { INBOUND_GROUP, inboundGroups, jobIds } from '../../src/queue/queues.js';

describe('inbound groups', () => {
  const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `m${from + i}`);

  it('keeps mailbox order and cuts at the group size', () => {
    const groups = inboundGroups(ids(250), () => undefined);
    expect(groups.map((g) => g.length)).toEqual([INBOUND_GROUP, INBOUND_GROUP, 50]);
    expect(groups.flat()).toEqual(ids(250));
  });

  it('starts a new group where the priority changes, so a flood never rides with a newcomer', () => {
    const priority: Record<string, number | undefined> = { m0: undefined, m1: undefined, m2: 3, m3: 4, m4: 4, m5: undefined };
    expect(inboundGroups(ids(6), (id) => priority[id])).toEqual([['m0', 'm1'], ['m2'], ['m3', 'm4'], ['m5']]);
  });

  it('gives nothing for no ids', () => {
    expect(inboundGroups([], () => undefined)).toEqual([]);
  });

  it('names a group by its first id, its size and its last id: the same group twice is one job', () => {
    expect(jobIds.inboundGroup(['a', 'b', 'c'])).toBe('inbound-a-3-c');
    expect(jobIds.inboundGroup(['a', 'b', 'c'])).toBe(jobIds.inboundGroup(['a', 'b', 'c']));
    expect(jobIds.inboundGroup(['a', 'c'])).not.toBe(jobIds.inboundGroup(['a', 'b', 'c']));
  });
});
