import { join } from 'node:path';
import {
  CATEGORIES_FILE, FALLBACK_LANGUAGE, MAIL_KINDS, MAIL_PARTS, MailTemplateError, readMailTemplates, renderPart,
  type MailKind, type MailTemplates,
} from './mail-templates.js';
import { ACKNOWLEDGMENT_SAMPLES } from './templates/acknowledgment.js';
import { COMPLETION_SAMPLES } from './templates/completion.js';
import { DUPLICATE_NOTICE_SAMPLES } from './templates/duplicate-notice.js';
import { EXTENSION_SAMPLES } from './templates/extension.js';
import { NEEDS_INFO_SAMPLES } from './templates/needs-info.js';
import { REJECTION_SAMPLES } from './templates/rejection.js';

/**
 * Proves the templates work before the bot relies on them: every template is
 * rendered against sample data (so a misspelt placeholder fails now, naming
 * its file), and every language that writes completion mails has a label for
 * each category of the deletion plan.
 */

/** What the check needs of the deletion plan: its step ids, which the category labels are keyed by. */
export interface PlanSteps {
  readonly steps: readonly { readonly id: string }[];
}

const SAMPLES: Record<MailKind, readonly object[]> = {
  acknowledgment: ACKNOWLEDGMENT_SAMPLES,
  'needs-info': NEEDS_INFO_SAMPLES,
  'duplicate-notice': DUPLICATE_NOTICE_SAMPLES,
  extension: EXTENSION_SAMPLES,
  completion: COMPLETION_SAMPLES,
  rejection: REJECTION_SAMPLES,
};

export function templateProblems(t: MailTemplates, plan: PlanSteps): string[] {
  const problems: string[] = [];
  const stepIds = plan.steps.map((s) => s.id);
  for (const [lang, l] of t.languages) {
    for (const kind of MAIL_KINDS) {
      if (!l.kinds[kind]) continue;
      for (const part of MAIL_PARTS) {
        for (const view of SAMPLES[kind]) {
          try {
            renderPart(t, kind, lang, part, view);
          } catch (err) {
            problems.push(...(err instanceof MailTemplateError ? err.problems : [String(err)]));
            break;
          }
        }
      }
    }
    const file = l.categoriesFile ?? join(t.dir, lang, CATEGORIES_FILE);
    const unknown = Object.keys(l.categories).filter((id) => !stepIds.includes(id));
    if (unknown.length > 0) problems.push(`${file}: ${unknown.map((id) => `"${id}"`).join(', ')} is not a step id of the deletion plan (ids: ${stepIds.join(', ')})`);
    // English labels default to the plan's own categories; other languages must translate them all.
    if (lang !== FALLBACK_LANGUAGE && l.kinds.completion) {
      const missing = stepIds.filter((id) => !(id in l.categories));
      if (missing.length > 0) problems.push(`${file}: no label for plan step ${missing.map((id) => `"${id}"`).join(', ')}; add one per step id of the deletion plan`);
    }
  }
  return [...new Set(problems)];
}

/**
 * Loads the templates under `dir` and checks them against the plan; throws MailTemplateError naming
 * every broken file. The composition root calls it once at start and hands the result to the
 * features: edits take effect when the bot restarts.
 */
export function loadCheckedMailTemplates(dir: string, plan: PlanSteps): MailTemplates {
  const { templates, problems } = readMailTemplates(dir);
  problems.push(...templateProblems(templates, plan));
  if (problems.length > 0) throw new MailTemplateError([...new Set(problems)]);
  return templates;
}

/** One line for `doctor`: the languages found, or every problem on one line. */
export function templatesSummary(dir: string, plan: PlanSteps): string {
  try {
    const t = loadCheckedMailTemplates(dir, plan);
    const langs = [...t.languages.keys()];
    return `${langs.length} language(s) (${langs.join(', ')}) in ${dir}, every template renders`;
  } catch (err) {
    if (err instanceof MailTemplateError) throw new Error(err.problems.join('; '), { cause: err });
    throw err;
  }
}
