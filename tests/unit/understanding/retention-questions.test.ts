/**
 * Mail that asks what is kept and for how long ("how long do you keep my data", "保留多久",
 * "保存期間を教えてください"), often saying in so many words that it asks for no deletion
 * ("我不是要删除", "削除をお願いするものではありません"), asks for nothing: never opened. A mail
 * that asks for the deletion and asks such a question as well is still a request (or staff's).
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Hello') => understandWithEvidence(personMail(text, subject), READER_OPTS);

describe('a question about what is kept asks for no deletion', () => {
  const QUESTIONS: Array<[string, string]> = [
    ['zh', '你好，\n\n你们会保留我的数据多长时间？你们存储了我哪些信息？\n\n我不是要删除我的账号，只是想了解一下。我的IG是 @li.wei.88 。\n\n谢谢'],
    ['zh', '你好，\n\n我的数据你们保留多久？我暂时不打算删除账号。\n\n谢谢'],
    ['zh', '您好：\n\n想了解一下你们存了我哪些资料。这并不是删除请求，我的帐号还在用。\n\n谢谢'],
    ['ja', 'お世話になっております。\n\n貴社では私のデータをどのくらいの期間保存していますか。\n\nなお、今回はデータの削除をお願いするものではありません。\n\nよろしくお願いいたします。'],
    ['ja', 'お世話になっております。\n\n私のデータが削除されるまでの保存期間を教えてください。\n\nよろしくお願いいたします。'],
    ['en', 'Hi,\n\nPlease tell me how long my data is kept before it is deleted.\n\nThanks'],
    ['de', 'Hallo,\n\nbitte teilt mir mit, wie lange meine Daten gespeichert werden, bevor sie gelöscht werden.\n\nDanke'],
    ['es', 'Hola,\n\npor favor, díganme cuánto tiempo se guardan mis datos antes de que sean borrados.\n\nGracias'],
    ['ko', '안녕하세요,\n\n제 정보를 얼마나 보관하나요? 삭제를 요청하는 것은 아닙니다. 제 계정은 아직 사용 중입니다.\n\n감사합니다'],
  ];
  for (const [lang, text] of QUESTIONS) {
    it(`${lang}: ${text.split('\n')[2]}`, () => {
      const r = read(text);
      expect(r.understanding.kind).toBe('other');
      expect(r.understanding.instagramUsername).toBeNull();
    });
  }
});

describe('a polite "tell me" about how long data is kept is never opened', () => {
  const TOLD: Array<[string, string]> = [
    ['zh', '你好，\n\n请告诉我你们会把我的数据保留多久才删除。\n\n谢谢'],
    ['zh', '您好，\n\n麻烦告诉我我的资料会保存多久，多久以后会删除。\n\n谢谢'],
  ];
  for (const [lang, text] of TOLD) {
    it(`${lang}: ${text.split('\n')[2]}`, () => {
      expect(['other', 'possible_request']).toContain(read(text).understanding.kind);
    });
  }
});

describe('a wish with a question about what is kept still asks', () => {
  const WISHES: Array<[string, string]> = [
    ['zh', '你好，\n\n请删除我的账号和所有数据。另外，你们的备份会保留多久？我的IG是 @li.wei.88 。\n\n谢谢'],
    ['ja', 'お世話になっております。\n\n私のアカウントのデータを削除してください。また、バックアップの保存期間を教えてください。\n\nよろしくお願いいたします。'],
    ['en', 'Hi,\n\nPlease delete my data. Also, please tell me how long backups are kept.\n\nThanks'],
    ['de', 'Hallo,\n\nbitte löscht meine Daten. Und teilt mir bitte mit, wie lange Backups gespeichert werden.\n\nDanke'],
    ['es', 'Hola,\n\npor favor borren mis datos. Y díganme cuánto tiempo guardan las copias de seguridad.\n\nGracias'],
    ['ko', '안녕하세요,\n\n제 계정의 데이터를 삭제해 주세요. 그리고 백업은 얼마나 보관되는지 알려주세요.\n\n감사합니다'],
  ];
  for (const [lang, text] of WISHES) {
    it(`${lang}: ${text.split('\n')[2]}`, () => {
      expect(['deletion_request', 'incomplete_request', 'possible_request']).toContain(read(text).understanding.kind);
    });
  }
});
