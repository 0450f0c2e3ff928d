import { describe, it, expect } from 'vitest';
import { lineAround, searchableText } from '../../../src/understanding/search-text.js';

describe('searchableText', () => {
  it.each([
    ['ユーザー名：hanako_t', 'ユーザー名: hanako_t'],
    ['アカウントは@hanako_tです。', 'アカウントは @hanako_t です. '],
    ['hanako@example.jpまでご連絡ください', 'hanako@example.jp までご連絡ください'],
    ['（@taro.y）', ' (@taro.y) '],
    ['「sakura_m」', ' "sakura_m" '],
    ['＠aoi_y', '@aoi_y'],
    ['İnstagram hesabım', 'Instagram hesabım'],
    ['Please delete my data. IG: alice', 'Please delete my data. IG: alice'],
  ])('prepares %j', (input, expected) => {
    expect(searchableText(input)).toBe(expected);
  });

  it('leaves full-width letters alone so the handle rules can refuse them', () => {
    expect(searchableText('ユーザー名：ｈａｎａｋｏ')).toContain('ｈａｎａｋｏ');
  });
});

describe('lineAround', () => {
  it('gives the rest of the line on both sides', () => {
    const text = 'first line\nsend it to a@b.com please\nlast';
    const start = text.indexOf('a@b.com');
    expect(lineAround(text, start, start + 7)).toEqual({ before: 'send it to ', after: ' please' });
  });

  it('stops at the reach on a very long line', () => {
    const text = `${'x'.repeat(1000)}@${'y'.repeat(1000)}`;
    const { before, after } = lineAround(text, 1000, 1001, 50);
    expect(before).toHaveLength(50);
    expect(after).toHaveLength(50);
  });

  it('works at the edges of the text', () => {
    expect(lineAround('@a', 0, 2)).toEqual({ before: '', after: '' });
  });
});
