/**
 * HTML tokens (start tags with their attributes, end tags, text, comments) as
 * a browser's tokenizer finds them, from htmlparser2's tokenizer: a state
 * machine that walks the markup once. It knows what a hand-written scanner
 * gets wrong: a `>` inside a quoted attribute value does not end the tag,
 * `<script>`, `<style>`, `<title>` and `<textarea>` hold raw text, every HTML
 * entity is decoded, and a tag or comment left open at the end is dropped.
 *
 * Only the tokenizer is used: htmlparser2's tree builder keeps open elements
 * in an array it searches and shifts on every tag, which costs the square of
 * the nesting depth on hostile markup. The tree is built by html-tree.ts.
 */
import { Tokenizer } from 'htmlparser2';

export interface TokenHandler {
  /** A start tag; `name` lowercase, attributes by lowercase name (the first of a repeated name wins), values decoded. */
  start(name: string, attributes: Map<string, string>): void;
  /** An end tag; `name` lowercase. */
  end(name: string): void;
  /** Text, entities decoded, in as many pieces as the tokenizer gives. */
  text(text: string): void;
  /** A comment (including `<!...>` and `<?...>` bogus ones). */
  comment(text: string): void;
}

export function tokenize(html: string, handler: TokenHandler): void {
  let tagName = '';
  let attributes = new Map<string, string>();
  let attributeName = '';
  let attributeValue: string[] = [];
  const slice = (start: number, end: number): string => html.slice(start, end);
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        tagName = slice(start, end).toLowerCase();
        attributes = new Map();
      },
      onattribname(start, end) {
        attributeName = slice(start, end).toLowerCase();
        attributeValue = [];
      },
      onattribdata(start, end) {
        attributeValue.push(slice(start, end));
      },
      onattribentity(codepoint) {
        attributeValue.push(String.fromCodePoint(codepoint));
      },
      onattribend() {
        if (!attributes.has(attributeName)) attributes.set(attributeName, attributeValue.join(''));
        attributeValue = [];
      },
      onopentagend() {
        handler.start(tagName, attributes);
      },
      // HTML ignores the slash of `<div/>`: the div stays open, as in a browser.
      onselfclosingtag() {
        handler.start(tagName, attributes);
      },
      onclosetag(start, end) {
        handler.end(slice(start, end).toLowerCase());
      },
      ontext(start, end) {
        handler.text(slice(start, end));
      },
      ontextentity(codepoint) {
        handler.text(String.fromCodePoint(codepoint));
      },
      oncomment(start, end) {
        handler.comment(slice(start, end));
      },
      oncdata(start, end) {
        handler.comment(slice(start, end));
      },
      ondeclaration(start, end) {
        handler.comment(slice(start, end));
      },
      onprocessinginstruction(start, end) {
        handler.comment(slice(start, end));
      },
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
}
