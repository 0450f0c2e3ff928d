/** The question marks of the packs' scripts: Latin, full-width, Arabic. */
export const QUESTION_MARKS = '?？؟';

/** Whether `text` ends, after any white space, with a question mark. */
export function endsWithQuestionMark(text: string): boolean {
  const end = text.trimEnd();
  return end.length > 0 && QUESTION_MARKS.includes(end[end.length - 1]!);
}
