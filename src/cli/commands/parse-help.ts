// Kept apart from parse.ts so that `--help` loads no mail reader.

/** Shown under `deletion-bot parse --help`. */
export const PARSE_HELP = `
Each file gives one JSON object on its own line, in the order the files were named:
  file                the path as given
  kind                deletion_request | incomplete_request | possible_request | auto_reply | staff_reply | other
                      (possible_request: signs of a request without a confident reading; staff decide)
  instagramUsername   lowercase handle without @ (deletion_request and possible_request, else null)
  confirmationEmail   where completion is confirmed (requests and possible requests, else null)
  confirmationSource  explicit (written in the mail or a mailto: link) | reply_to | sender
  statement           the words that ask for deletion, for staff to read
  missing             required fields that are absent, e.g. ["instagramUsername"]
  language            en es fr de pt it nl tr ja, or null when it cannot be told

Exit status: 0 whatever the mails say; 2 when a file cannot be read (it is named on
stderr and the other files are still printed).
STAFF_EMAILS, BOT_ADDRESS and OWN_INSTAGRAM_HANDLES are read from the environment when set.

--explain adds, under each JSON line, which rule found each field (kind, username,
confirmation address, language), how sure that rule is (high, medium, low), the
confidence of the whole reading (its weakest field), as staff see it in the notification,
and a 'doubt' line for each reason the reader is unsure.

Example:
  deletion-bot parse tests/fixtures/mail/plain-english-request-1.eml
  deletion-bot parse --explain tests/fixtures/mail/plain-english-request-1.eml
`;
