/**
 * A word of one language is not a stem of another's erasure verb: English "quite" is no Spanish
 * "quitar". Read as one, "quite a row at dinner … to post on his Instagram" made a whole mail a
 * wish to delete a post, and the request beside it ("I would like all of that gone") was dropped.
 * Spanish keeps its forms of "quitar" (read from its pack's words: at least sent to staff).
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Hello') => understand(personMail(text, subject, { from: 'writer@example.com' }), READER_OPTS);

describe('English "quite" is no erasure word', () => {
  it('a parent whose story says "quite a row" and "post on his Instagram" still asks', () => {
    const u = read(
      'Hello,\n\nMy son is 15 and I found out (which caused quite a scene at home) that he uses your app to post on his Instagram. ' +
        'You still keep his tokens and logs, I understand. I would like all of that gone please.\n\nHis account is @tom.b_2010.\n\nRuth',
    );
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe('tom.b_2010');
  });

  it('"quite" beside a post, with no wish, stays other', () => {
    expect(read('Hi, I was quite happy with the post you scheduled for me yesterday, thanks!').kind).toBe('other');
  });
});

describe('Spanish "quitar" stays an erasure word', () => {
  it.each([
    ['quiten', 'Hola, por favor quiten todos mis datos de su aplicación. Mi usuario de Instagram es @lucia.mx'],
    ['quitar', 'Buenas, quiero quitar mis datos de su app. Instagram: @lucia.mx'],
    ['quítenme', 'Quítenme mis datos de su aplicación por favor, mi Instagram es @lucia.mx'],
  ])('%s', (_form, text) => {
    const u = read(text, 'Datos');
    expect(['deletion_request', 'possible_request']).toContain(u.kind);
    expect(u.instagramUsername).toBe('lucia.mx');
  });
});
