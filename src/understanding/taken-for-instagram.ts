/**
 * Mail from someone who takes us for Instagram: "QUERO EXCLUIR MINHA CONTA DO INSTAGRAM @x, nao
 * consigo pelo aplicativo, pede senha e codigo que nao chega. Vcs sao do instagram né? Nunca usei
 * esse tal de pickr". The person asks, clause by clause, to erase the Instagram account itself
 * (`erasesInstagramAccount`), says a pack's `takenForInstagram` words (asks whether we are
 * Instagram, never used the app, cannot log in to Instagram, the code never arrives), and no
 * clause asks to erase data. Only Instagram deletes that account: Instagram's business, even
 * where the mail names us ("this pickr") only to say it never used us. "Delete my data from your
 * app; I already deleted my Instagram account" asks for data, and stays a request.
 */
import { CLAUSE_MARKS } from './clauses.js';
import { erasesInstagramAccount } from './instagram-itself.js';
import { fold, packListMatcher, registry } from './languages/registry.js';
import { OUR_SIDE } from './pack-intent.js';
import { readSentence } from './request-signals.js';

/** Clauses of the mail looked at, each at most this long: bounded, so the reading stays linear. */
const MAX_CLAUSES = 400;
const MAX_CLAUSE = 1_000;
/** Where a clause ends: a clause mark, a line end, a question or exclamation mark, a CJK stop. */
const CLAUSE_END = new RegExp(`[${CLAUSE_MARKS}\\n!?。！？؟]`, 'u');
/** A full stop ends a clause only before a space or the end: "@lu.fernandes_22" keeps its dots. */
const STOP = /\.(?=\s|$)/gu;

/** Whether the mail asks us, taken for Instagram, to erase the Instagram account itself. */
export function takenForInstagram(body: string): boolean {
  const text = body.slice(0, 50_000);
  if (packListMatcher(registry(), 'takenForInstagram').scan(fold(text)).length === 0) return false;
  // "Hi PickrTech, …": a mail that opens by naming us knows whom it writes to.
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  if (OUR_SIDE.scan(fold(first.slice(0, 200))).length > 0) return false;
  const clauses = text
    .replace(STOP, '\n')
    .split(CLAUSE_END)
    .filter((c) => c.trim() !== '')
    .slice(0, MAX_CLAUSES)
    .map((c) => readSentence(c.slice(0, MAX_CLAUSE)));
  // "... and delete my data": a clause that asks to erase data asks us.
  if (clauses.some((c) => c.words.has('erase') && c.words.has('data') && !c.words.has('negation'))) return false;
  return clauses.some((c) => erasesInstagramAccount(c));
}
