// Kept apart from corpus.ts so that `--help` loads no mail reader.

/** No mail may take longer than this to read (MIME parsing plus understanding). */
export const READ_BUDGET_MS = 100;

/** Shown under `deletion-bot corpus --help`. */
export const CORPUS_HELP = `
Each DIR holds .eml files and a labels.json:
  {"file.eml": {"kind": ..., "instagramUsername": ..., "confirmationEmail": ..., "confirmationSource": ...}}
Every labelled mail is read as 'parse' reads it (with STAFF_EMAILS=staff@pickrtech.com,anna@pickrtech.com,
BOT_ADDRESS=contact@pickrtech.com, OWN_INSTAGRAM_HANDLES=pickrtech), then per DIR:
the accuracy of each field (a possible_request is right for a labelled request: staff
triage it), every miss (file, field, got, want), the requests ignored (read as other or
auto_reply), the mails opened as requests that are none, the requests read with a wrong
handle and the share sent to triage, per language group when the file names carry a
language (part-language-description.eml: q1-pl-outlook.eml), and the slowest read
(after one untimed warm-up read); a read over ${READ_BUDGET_MS} ms is flagged SLOW. .eml files
without a label are named, not scored.

Exit status: 0 when every mail was read; 1 when a mail crashed the reader; 2 when a folder, its labels.json or a labelled file cannot be read.

Example:
  deletion-bot corpus tests/fixtures/mail tests/fixtures/mail-blind
`;
