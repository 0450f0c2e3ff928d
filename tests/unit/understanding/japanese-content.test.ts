/**
 * Japanese names where a post is ("アカウントで予約した投稿", "アカウントの写真") with the account: the
 * thing to delete is what stands before を削除, a post or a photo, not the account or its data.
 * Such a sentence asks about content and is no request; "アカウントとデータを削除" still is one.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string) => understandWithEvidence(personMail(text, 'お問い合わせ'), READER_OPTS).understanding;

describe('Japanese: a post or a photo in the account', () => {
  const CONTENT: string[] = [
    'アカウントで昨日予約した投稿を削除したいのですが、うまくいきません。',
    '私のアカウントの写真を削除してください。',
    'インスタのアカウントに残っている動画だけ消してほしいです。',
  ];
  for (const text of CONTENT) {
    it(`${text}: other`, () => {
      expect(read(text).kind).toBe('other');
    });
  }

  const DATA: string[] = ['私のアカウントとデータを削除してください。', '投稿もデータもすべて削除してください。'];
  for (const text of DATA) {
    it(`${text}: a request`, () => {
      expect(read(text).kind).toMatch(/request/);
    });
  }
});
