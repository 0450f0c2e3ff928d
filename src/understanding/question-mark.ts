/** The question marks of the packs' scripts: Latin, full-width, Arabic. */
export const QUESTION_MARKS = '?？؟';

/** Whether `text` ends, after any white space, with a question mark. */
export function endsWithQuestionMark(text: string): boolean {
  const end = text.trimEnd();
  return end.length > 0 && QUESTION_MARKS.includes(end[end.length - 1]!);
}

/** Whether `text` holds a question mark anywhere: a sentence is not cut before a handle or a lower-case word ("… for that? @ana", "… gak ya? atau …"). */
export function holdsQuestionMark(text: string): boolean {
  for (const mark of QUESTION_MARKS) if (text.includes(mark)) return true;
  return false;
}
