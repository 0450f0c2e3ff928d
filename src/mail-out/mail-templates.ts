import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { ConfigError } from '../config/config.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { subjectFor, type RenderedMail } from './templates/rendered-mail.js';

/**
 * Every mail to requesters is written as files ops can edit: `<dir>/<lang>/<kind>.<part>.hbs`
 * (Handlebars), plus `<lang>/categories.json` translating the deletion plan's
 * category of each step id. English (`en/`) is complete and is the fallback for
 * any language, or kind, a folder does not provide. Templates are read once
 * and compiled strictly: a placeholder that does not exist fails, and every
 * template is rendered against sample data when the bot starts, so a broken
 * file stops the start with its name rather than a completion mail later.
 */

export const DEFAULT_MAIL_TEMPLATES_DIR = join(PACKAGE_ROOT, 'templates', 'mail');
export const FALLBACK_LANGUAGE = 'en';

/** One per mail a requester gets; the file names use the same words (`needs-info.txt.hbs`). */
export const MAIL_KINDS = ['acknowledgment', 'needs-info', 'duplicate-notice', 'extension', 'completion', 'rejection'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/** subject: one line, the renderer puts "[REF] " before it; txt: the plain text; html: the HTML part. */
export const MAIL_PARTS = ['subject', 'txt', 'html'] as const;
export type MailPart = (typeof MAIL_PARTS)[number];

export const CATEGORIES_FILE = 'categories.json';

type Render = (view: object) => string;

interface CompiledKind {
  parts: Record<MailPart, Render>;
  /** Files by part, for errors that name the file. */
  files: Record<MailPart, string>;
}

export interface LanguageTemplates {
  kinds: Partial<Record<MailKind, CompiledKind>>;
  /** Plan step id -> category label in this language. */
  categories: Record<string, string>;
  categoriesFile: string | null;
}

export interface MailTemplates {
  dir: string;
  languages: ReadonlyMap<string, LanguageTemplates>;
}

/** A ConfigError, so the CLI reports it like a bad setting: the message alone, exit code 78. */
export class MailTemplateError extends ConfigError {
  constructor(problems: string[]) {
    super(problems);
    this.name = 'MailTemplateError';
    this.message =
      `Mail templates are broken:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
      'Fix the files named above, or point MAIL_TEMPLATES_DIR at a folder laid out like templates/mail/ (see docs/TEMPLATES.md).';
  }
}

const LANGUAGE_DIR = /^[a-z]{2,3}$/;
const TEMPLATE_FILE = /^([a-z]+(?:-[a-z]+)*)\.([a-z]+)\.hbs$/;

function fileName(kind: MailKind, part: MailPart): string {
  return `${kind}.${part}.hbs`;
}

/** ISO 639-1 code of a language tag: "pt-BR" -> "pt". */
export function baseLanguage(tag: string | null | undefined): string {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] || FALLBACK_LANGUAGE;
}

function compile(source: string, part: MailPart): Render {
  // HTML escapes every value; the subject and the plain text are not HTML.
  const template = Handlebars.compile(source, { strict: true, noEscape: part !== 'html' });
  return (view) => template(view);
}

function readCategories(file: string, problems: string[], shown: string): Record<string, string> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    problems.push(`${shown}: ${(err as Error).message}`);
    return {};
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || Object.values(json).some((v) => typeof v !== 'string' || !v.trim())) {
    problems.push(`${shown}: must be a JSON object of plan step id -> label, e.g. {"access_tokens": "access tokens"}`);
    return {};
  }
  return json as Record<string, string>;
}

function loadLanguage(dir: string, lang: string, problems: string[]): LanguageTemplates {
  const folder = join(dir, lang);
  const shown = (f: string) => join(folder, f);
  const found = new Set(readdirSync(folder).filter((f) => f.endsWith('.hbs')));
  for (const f of found) {
    const m = TEMPLATE_FILE.exec(f);
    if (!m || !(MAIL_KINDS as readonly string[]).includes(m[1]!) || !(MAIL_PARTS as readonly string[]).includes(m[2]!)) {
      problems.push(`${shown(f)}: unknown template file; expected names like ${MAIL_KINDS.flatMap((k) => MAIL_PARTS.map((p) => fileName(k, p))).join(', ')}`);
    }
  }
  const kinds: LanguageTemplates['kinds'] = {};
  for (const kind of MAIL_KINDS) {
    const present = MAIL_PARTS.filter((p) => found.has(fileName(kind, p)));
    if (present.length === 0) {
      if (lang === FALLBACK_LANGUAGE) problems.push(`${shown(fileName(kind, 'txt'))}: missing; English is the fallback and needs every template`);
      continue;
    }
    const missing = MAIL_PARTS.filter((p) => !present.includes(p));
    if (missing.length > 0) {
      problems.push(`${missing.map((p) => shown(fileName(kind, p))).join(', ')}: missing; a language provides all of ${kind}.subject/txt/html.hbs or none`);
      continue;
    }
    const parts = {} as Record<MailPart, Render>;
    const files = {} as Record<MailPart, string>;
    let ok = true;
    for (const part of MAIL_PARTS) {
      const file = fileName(kind, part);
      files[part] = shown(file);
      try {
        const source = readFileSync(join(folder, file), 'utf8');
        Handlebars.parse(source); // syntax errors now, not at the first mail
        parts[part] = compile(source, part);
      } catch (err) {
        problems.push(`${shown(file)}: ${(err as Error).message.replace(/\s+/g, ' ').trim()}`);
        ok = false;
      }
    }
    if (ok) kinds[kind] = { parts, files };
  }
  const categoriesPath = join(folder, CATEGORIES_FILE);
  const hasCategories = existsSync(categoriesPath);
  return {
    kinds,
    categories: hasCategories ? readCategories(categoriesPath, problems, shown(CATEGORIES_FILE)) : {},
    categoriesFile: hasCategories ? shown(CATEGORIES_FILE) : null,
  };
}

/**
 * Reads and compiles every template under `dir`, collecting every problem
 * (a template that does not compile is left out); throws only when the
 * folder itself is missing.
 */
export function readMailTemplates(dir: string): { templates: MailTemplates; problems: string[] } {
  const problems: string[] = [];
  const languages = new Map<string, LanguageTemplates>();
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new MailTemplateError([`${dir}: no such folder (MAIL_TEMPLATES_DIR)`]);
  }
  const folders = readdirSync(dir).filter((f) => LANGUAGE_DIR.test(f) && statSync(join(dir, f)).isDirectory());
  if (!folders.includes(FALLBACK_LANGUAGE)) problems.push(`${join(dir, FALLBACK_LANGUAGE)}: missing; English templates are the fallback`);
  for (const lang of folders.sort()) languages.set(lang, loadLanguage(dir, lang, problems));
  return { templates: { dir, languages }, problems };
}

/** Reads and compiles every template under `dir`; throws MailTemplateError listing every problem. */
export function loadMailTemplates(dir: string): MailTemplates {
  const { templates, problems } = readMailTemplates(dir);
  if (problems.length > 0) throw new MailTemplateError(problems);
  return templates;
}

/** The language whose `kind` templates a mail for `language` uses: itself when it has them, else English. */
export function languageFor(t: MailTemplates, kind: MailKind, language: string | null | undefined): string {
  const lang = baseLanguage(language);
  return t.languages.get(lang)?.kinds[kind] ? lang : FALLBACK_LANGUAGE;
}

/** The label of a plan step's category in `lang`, or the plan's own (English) category. */
export function categoryLabel(t: MailTemplates, lang: string, stepId: string, planCategory: string): string {
  return t.languages.get(lang)?.categories[stepId] ?? planCategory;
}

/** Renders one part; an error names the template file. */
export function renderPart(t: MailTemplates, kind: MailKind, lang: string, part: MailPart, view: object): string {
  const compiled = t.languages.get(lang)?.kinds[kind];
  if (!compiled) throw new MailTemplateError([`${join(t.dir, lang, fileName(kind, part))}: missing`]);
  try {
    return compiled.parts[part](view);
  } catch (err) {
    throw new MailTemplateError([`${compiled.files[part]}: ${explain((err as Error).message, kind)}`]);
  }
}

/**
 * The three parts of a `kind` mail in `lang` (a language languageFor chose),
 * with "[REF] " before the subject, which is kept to one line.
 */
export function renderMail(t: MailTemplates, kind: MailKind, lang: string, view: { reference: string }): RenderedMail {
  return {
    subject: subjectFor(view.reference, renderPart(t, kind, lang, 'subject', view).replace(/\s+/g, ' ').trim()),
    text: renderPart(t, kind, lang, 'txt', view),
    html: renderPart(t, kind, lang, 'html', view),
  };
}

/** Handlebars' strict-mode message ("x" not defined in [object Object] - 1:5) in words ops can act on. */
function explain(message: string, kind: MailKind): string {
  const m = /^"([^"]+)" not defined in .* - (\d+):(\d+)$/.exec(message);
  // Handlebars counts columns from 0.
  return m ? `{{${m[1]}}} at line ${m[2]}, column ${Number(m[3]) + 1} is not a placeholder of ${kind} mails (see docs/TEMPLATES.md for the list)` : message;
}
