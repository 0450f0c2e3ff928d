import { subjectFor, type RenderedMail } from './rendered-mail.js';

/** Tells staff that something needs a human: a refused decision, a failed delivery. */
export function renderStaffAlert(reference: string | null, headline: string, details: string[]): RenderedMail {
  const text = `${headline}\n\n${details.map((d) => `- ${d}`).join('\n')}\n\nNothing was changed by this message.\n`;
  return {
    subject: reference ? subjectFor(reference, `Alert: ${headline}`) : `[deletion-bot] Alert: ${headline}`,
    text,
    html: null,
  };
}
