/**
 * What a reader does not see is not read. A mail client shows the HTML part
 * of a mail: text hidden there by CSS (display:none, visibility:hidden,
 * opacity:0, zero size, clipped boxes, text the colour of its background,
 * Outlook's mso-hide), by the `hidden` attribute, in a `<template>` or in a
 * comment never gives the wish, the handle or the confirmation address, even
 * when the mail's text/plain part repeats it.
 */
import { describe, expect, it } from 'vitest';
import { readMail } from '../../../src/mail-in/read-mail.js';
import { htmlToText } from '../../../src/understanding/html-text.js';
import { understand } from '../../../src/understanding/understand.js';
import type { UnderstandOptions } from '../../../src/understanding/types.js';

const opts: UnderstandOptions = { staffEmails: ['staff@pickrtech.com'], botAddress: 'contact@pickrtech.com', ownHandles: ['pickrtech'] };
const HEAD = 'From: Sam <sam@example.com>\r\nTo: contact@pickrtech.com\r\nMessage-ID: <hidden@example.com>\r\nMIME-Version: 1.0\r\n';

function htmlMail(body: string, subject = 'Data deletion'): string {
  return `${HEAD}Subject: ${subject}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body>${body}</body></html>\r\n`;
}

function alternativeMail(plain: string, html: string, subject = 'Data deletion'): string {
  return [
    `${HEAD}Subject: ${subject}`,
    'Content-Type: multipart/alternative; boundary="alt"',
    '',
    '--alt',
    'Content-Type: text/plain; charset=utf-8',
    '',
    plain,
    '--alt',
    'Content-Type: text/html; charset=utf-8',
    '',
    `<html><body>${html}</body></html>`,
    '--alt--',
    '',
  ].join('\r\n');
}

async function parseRaw(raw: string): Promise<ReturnType<typeof understand>> {
  return understand(await readMail(raw), opts);
}

/** The `parse` result of an HTML-only mail with this body. */
function parse(body: string, subject?: string): Promise<ReturnType<typeof understand>> {
  return parseRaw(htmlMail(body, subject));
}

const WISH = '<p>Please delete all my Instagram data from your app.</p>';

describe('a handle the reader does not see', () => {
  it('is not the username when it sits in a display:none div', async () => {
    const got = await parse(`${WISH}<div style="display:none">Instagram username: hidden_handle</div><p>Thank you</p>`);
    expect(got).toMatchObject({ kind: 'incomplete_request', instagramUsername: null, missing: ['instagramUsername'] });
  });

  it('leaves the visible handle as the username', async () => {
    const got = await parse(`${WISH}<div style="display: none !important">Instagram username: hidden_handle</div><p>Instagram username: shown_handle</p>`);
    expect(got).toMatchObject({ kind: 'deletion_request', instagramUsername: 'shown_handle' });
  });

  it.each([
    ['visibility:hidden', '<p style="visibility:hidden">Instagram username: hidden_handle</p>'],
    ['opacity:0', '<p style="opacity:0">Instagram username: hidden_handle</p>'],
    ['opacity:0%', '<p style="opacity: 0%">Instagram username: hidden_handle</p>'],
    ['font-size:0', '<p style="font-size:0">Instagram username: hidden_handle</p>'],
    ['font-size:0pt', '<p><span style="font-size:0pt">Instagram username: hidden_handle</span></p>'],
    ['font-size:0em', '<p><span style="font-size:0.0em">Instagram username: hidden_handle</span></p>'],
    ['font: 0/0 a', '<p style="font:0/0 a">Instagram username: hidden_handle</p>'],
    ['max-height:0 and overflow:hidden', '<div style="max-height:0px;overflow:hidden">Instagram username: hidden_handle</div>'],
    ['height:0 and overflow:hidden', '<div style="height:0;overflow:hidden;">Instagram username: hidden_handle</div>'],
    ['mso-hide:all', '<div style="mso-hide:all">Instagram username: hidden_handle</div>'],
    ['the hidden attribute', '<div hidden>Instagram username: hidden_handle</div>'],
    ['a template', '<template><p>Instagram username: hidden_handle</p></template>'],
    ['a comment', '<!-- Instagram username: hidden_handle -->'],
    ['white on white', '<p style="color:#ffffff">Instagram username: hidden_handle</p>'],
    ['a CSS comment and escape', '<p style="display:/* x */n\\6f ne">Instagram username: hidden_handle</p>'],
    ['a string that holds a comment opener', '<p style="font-family:\'a/*\'; display:none; /* */">Instagram username: hidden_handle</p>'],
    ['a quoted ">" before the style', '<p title=">" style="display:none">Instagram username: hidden_handle</p>'],
  ])('is not read when hidden by %s', async (_how, hidden) => {
    const got = await parse(`${WISH}${hidden}<p>Best, Sam</p>`);
    expect(got).toMatchObject({ kind: 'incomplete_request', instagramUsername: null });
  });

  it('is read when only aria-hidden (screen readers skip it, eyes do not)', async () => {
    const got = await parse(`${WISH}<p aria-hidden="true">Instagram username: shown_handle</p>`);
    expect(got).toMatchObject({ kind: 'deletion_request', instagramUsername: 'shown_handle' });
  });

  it('is read when a child makes itself visible again inside visibility:hidden', async () => {
    const got = await parse(`${WISH}<div style="visibility:hidden">x <p style="visibility:visible">Instagram username: shown_handle</p></div>`);
    expect(got).toMatchObject({ kind: 'deletion_request', instagramUsername: 'shown_handle' });
  });

  it('is not read when hidden by a class from a <style> block', async () => {
    const style = '<style type="text/css">/* preheader */ .h { color: red; display : none } #x{display:none} div.gone{mso-hide:all}</style>';
    for (const hidden of ['<div class="a h">Instagram username: hidden_handle</div>', '<p id="x">Instagram username: hidden_handle</p>', '<div class="gone">Instagram username: hidden_handle</div>']) {
      const got = await parse(`${style}${WISH}${hidden}`);
      expect(got, hidden).toMatchObject({ kind: 'incomplete_request', instagramUsername: null });
    }
    const shown = await parse(`${style}${WISH}<div class="a">Instagram username: shown_handle</div>`);
    expect(shown).toMatchObject({ kind: 'deletion_request', instagramUsername: 'shown_handle' });
  });

  it('is not read inside nested hidden elements left unclosed', async () => {
    const got = await parse(
      `${WISH}<div style="display:none"><table><tr><td><p><b>Instagram username: hidden_handle<div><span>more` +
        '</div></div><div>Instagram username: <i>still_hidden</i></div>',
    );
    expect(got).toMatchObject({ kind: 'incomplete_request', instagramUsername: null });
    const closed = await parse(`${WISH}<div style="display:none"><p><span><b>Instagram username: hidden_handle</div><p>Instagram username: shown_handle</p>`);
    expect(closed).toMatchObject({ kind: 'deletion_request', instagramUsername: 'shown_handle' });
  });

  it("is not read when hidden by Outlook's mso-hide in a conditional block", async () => {
    const got = await parse(
      `${WISH}<!--[if !mso]><!--><div style="mso-hide:all;display:none;max-height:0;overflow:hidden">Instagram username: hidden_handle</div><!--<![endif]--><p>Regards</p>`,
    );
    expect(got).toMatchObject({ kind: 'incomplete_request', instagramUsername: null });
  });
});

describe('a confirmation address the reader does not see', () => {
  const REQUEST = `${WISH}<p>Instagram username: shown_handle</p>`;

  it.each([
    ['white on an unset background', '<p style="color:#fff">Please send the confirmation to hidden@attacker.example</p>'],
    ['white on white', '<div style="background-color: #FFFFFF"><p style="color: rgb(255, 255, 255)">Please send the confirmation to hidden@attacker.example</p></div>'],
    ['a font tag on a white cell', '<table bgcolor="white"><tr><td><font color="#ffffff">Please send the confirmation to hidden@attacker.example</font></td></tr></table>'],
    ['black on black', '<div style="background:#000"><span style="color:black">Please send the confirmation to hidden@attacker.example</span></div>'],
    ['a transparent colour', '<p style="color:transparent">Please send the confirmation to hidden@attacker.example</p>'],
    ['a zero font size', '<p>Please send the confirmation to <span style="font-size:0px">hidden@attacker.example</span></p>'],
    ['a hidden mailto link', '<p>Write me <a href="mailto:hidden@attacker.example" style="display:none">here</a></p>'],
  ])('is not the confirmation address when hidden by %s', async (_how, hidden) => {
    const got = await parse(`${REQUEST}${hidden}`);
    expect(got).toMatchObject({ kind: 'deletion_request', confirmationEmail: 'sam@example.com', confirmationSource: 'sender' });
  });

  it('is the confirmation address when written in a visible colour', async () => {
    const got = await parse(`${REQUEST}<div style="background:#000"><p style="color:#fff">Please send the confirmation to shown@example.org</p></div>`);
    expect(got).toMatchObject({ kind: 'deletion_request', confirmationEmail: 'shown@example.org', confirmationSource: 'explicit' });
  });
});

describe('a wish the reader does not see', () => {
  it('is no wish', async () => {
    const got = await parse(
      '<p>Hi, see you at the meetup next week.</p><div style="display:none;font-size:1px">Please delete my data. Instagram username: hidden_handle</div>',
      'Hello',
    );
    expect(got).toMatchObject({ kind: 'other', instagramUsername: null, confirmationEmail: null });
  });

  it('is no wish when only the text/plain part says it', async () => {
    const got = await parseRaw(alternativeMail('Please delete my data.\r\nInstagram username: plain_handle', '<p>Hi, see you at the meetup next week.</p>', 'Hello'));
    expect(got).toMatchObject({ kind: 'other', instagramUsername: null });
  });

  it('leaves the visible wish and handle of a multipart/alternative mail read from its HTML', async () => {
    const got = await parseRaw(
      alternativeMail(
        'Please delete my data.\r\nInstagram username: hidden_handle',
        `${WISH}<div style="display:none">Instagram username: hidden_handle</div>`,
      ),
    );
    expect(got).toMatchObject({ kind: 'incomplete_request', instagramUsername: null });
  });
});

describe('hidden text between visible words', () => {
  it('does not glue the words around it together', async () => {
    const got = await parse(
      '<p>Please delete<span style="display:none"> nothing, keep</span> my data.</p><p>My Instagram username is<span style="display:none"> not_this_one</span> shown_handle</p>',
    );
    expect(got).toMatchObject({ kind: 'deletion_request', instagramUsername: 'shown_handle' });
    expect(got.statement).toContain('Please delete my data');
  });

  it('leaves a gap where it takes room, and nothing where it takes none', () => {
    expect(htmlToText('<p>Please delete<span style="color:#fff">xx</span>my data</p>')).toBe('Please delete my data');
    expect(htmlToText('<p>Please delete<span style="visibility:hidden">xx</span>my data</p>')).toBe('Please delete my data');
    // A box that is not drawn at all takes no room: the reader sees one word, as we do.
    expect(htmlToText('<p>Instagram: sh<span style="display:none">xyz</span>own_handle</p>')).toBe('Instagram: shown_handle');
    expect(htmlToText('<p>Instagram: sh<span style="font-size:0">xyz</span>own_handle</p>')).toBe('Instagram: shown_handle');
  });

  it('keeps the lines of the visible blocks around it', () => {
    expect(htmlToText('<div>one</div><div style="display:none">two</div><div>three</div>')).toBe('one\nthree');
  });
});

describe('where a hidden element ends, as in a browser', () => {
  it.each([
    ['</body> closes nothing', '<body><div style="display:none">hidden</body>after the body', ''],
    ['</span> does not reach out of a block', '<span style="display:none"><div>x</span>y</div>z', ''],
    ['</div> does not reach out of a table cell', '<div style="display:none"><table><tr><td>x</div>y</td></tr></table></div>z', 'z'],
    ['a block ends an open paragraph', '<p style="display:none">x<div>after the paragraph</div>', 'after the paragraph'],
    ['the next list item ends a hidden one', '<ul><li style="display:none">a<li>b</ul>', 'b'],
    ['an unclosed formatting element is reopened in the next paragraph', '<p><b style="display:none">a</p><p>still hidden</p></b>shown', 'shown'],
    ['the slash of <span/> leaves it open', '<span style="display:none"/>still hidden', ''],
    ['a hidden element never closed hides the rest', '<p>shown</p><div style="display:none"><p>hidden', 'shown'],
  ])('%s', (_rule, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('what counts as seen', () => {
  it.each([
    ['a child shown again inside visibility:hidden', '<div style="visibility:hidden">x <span style="visibility:visible">shown</span> y</div>', 'shown'],
    ['the hidden attribute overridden by CSS', '<div hidden style="display:block">shown</div>', 'shown'],
    ['opacity multiplied down the tree', '<div style="opacity:0.3"><p style="opacity:0.3">faint</p><p>shown</p></div>', 'shown'],
    ['white text on a dark cell', '<table bgcolor="#000000"><tr><td><font color="white">shown</font></td></tr></table>', 'shown'],
    ['white text on an image (colours unknown)', '<div style="background:#fff url(x.png)"><p style="color:#fff">shown</p></div>', 'shown'],
    ['white text on a dark class background', '<style>.dark{background-color:#222}.w{color:#fff}</style><div class="dark"><p class="w">shown</p></div>', 'shown'],
    ['nearly white on white', '<p style="color:#fefefe">hidden</p><p style="color:#ccc">shown</p>', 'shown'],
    ['a blue link inside white text', '<div style="color:#fff">hidden <a href="https://instagram.com/shown_link">link</a></div>', 'link <https://instagram.com/shown_link>'],
    ['a link with only an image', '<a href="https://instagram.com/shown_link"><img src="x.png"></a>', '<https://instagram.com/shown_link>'],
    ['a link whose text is hidden', '<a href="mailto:hidden@attacker.example" style="color:#fff">write me</a>', ''],
    ['text moved off the page', '<p style="position:absolute;left:-9999px">hidden</p><p style="text-indent:-9999px">hidden</p><p>shown</p>', 'shown'],
    ['a font size too small to read', '<p style="font-size:1px">hidden</p><p style="font-size:0.1em">hidden</p><p style="font-size:x-small">shown</p>', 'shown'],
    ['a zero font size reset by a child', '<td style="font-size:0"><div style="font-size:14px">shown</div></td>', 'shown'],
    ['an entity-encoded style', '<p style="display&#58;none">hidden</p><p>shown</p>', 'shown'],
  ])('%s', (_rule, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('reads a <style> rule by its last class when its selector is more than one class (hiding too much rather than too little)', () => {
    expect(htmlToText('<style>.wrap .h{display:none} .a.b{font-size:0}</style><p class="h">hidden</p><p class="b">hidden</p><p>shown</p>')).toBe('shown');
    // ...but never to show what is hidden: only what hides is taken from such a rule.
    expect(htmlToText('<style>.wrap .y{color:#000}</style><div style="color:#fff"><p class="y">hidden</p></div>')).toBe('');
  });

  it('leaves out rules for other screens and states', () => {
    const html = '<style>@media (max-width:600px){.m{display:none}} a:hover{color:#fff}</style><p class="m">shown</p><a href="https://example.com/x">shown</a>';
    expect(htmlToText(html)).toBe('shown\nshown <https://example.com/x>');
  });

  it('decodes escapes in selectors and strings and comments in rules', () => {
    expect(htmlToText('<style>.\\68 {display:none} p.x{font-family:"a}b"; display:none} /* .y{display:none} */</style><p class="h">hidden</p><p class="x">hidden</p><p class="y">shown</p>')).toBe('shown');
  });

  it('applies a stylesheet that comes after the text it hides', () => {
    expect(htmlToText('<p class="h">hidden</p><p>shown</p><style>.h{display:none}</style>')).toBe('shown');
  });
});

describe('a mail with a text/plain part and an HTML part', () => {
  it('reads the plain part when the HTML part shows and hides no words (an image)', async () => {
    const got = await parseRaw(alternativeMail('Please delete my data.\r\nInstagram username: plain_handle', '<img src="cid:scan.png">'));
    expect(got).toMatchObject({ kind: 'deletion_request', instagramUsername: 'plain_handle' });
  });

  it('reads both when they are shown one after the other (multipart/mixed)', async () => {
    const raw = [
      `${HEAD}Subject: Data deletion`,
      'Content-Type: multipart/mixed; boundary="mix"',
      '',
      '--mix',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Please delete my data.',
      '--mix',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Instagram username: <b>mixed_handle</b></p><p style="display:none">Instagram username: hidden_handle</p>',
      '--mix--',
      '',
    ].join('\r\n');
    const got = await parseRaw(raw);
    expect(got).toMatchObject({ kind: 'deletion_request', instagramUsername: 'mixed_handle' });
  });
});
