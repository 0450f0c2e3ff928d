import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { PACKAGE_ROOT } from '../package-root.js';
import { loadDotenv } from '../config/dotenv.js';
import { ROLES, type Role } from '../app/roles.js';
import { runCommand } from './run-command.js';
import { PARSE_HELP } from './commands/parse-help.js';
import { CORPUS_HELP } from './commands/corpus-help.js';
// Each command's code loads when it runs: --help and usage errors answer at once.
import {
  corpusCommand, decideCommand, demoCommand, doctorCommand, extendCommand, listRequestsCommand, listTriageCommand, migrateCommand,
  parseCommand, seedDemoCommand, showRequestCommand, startCommand, triageIgnoreCommand, triageRequestCommand,
} from './lazy-commands.js';

loadDotenv();

const program = new Command('deletion-bot')
  .description('Handles Instagram data-deletion requests sent by email to PickrTech.\nConfiguration comes from the environment or a .env file (see .env.example).')
  .version((JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version)
  .showHelpAfterError('(run with --help for usage)')
  // Usage errors (unknown command, missing argument or option) exit 2; --help and --version exit 0.
  // Set before the subcommands are added, so every one of them inherits it.
  .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));

program.command('start')
  .description('Run the bot: mailbox poller, workers and HTTP server (health, readiness, metrics)')
  .addOption(new Option('--role <role>', 'which part to run in this process').choices([...ROLES]).default('all'))
  .action((opts: { role: Role }) => runCommand(() => startCommand(opts.role)));

program.command('migrate')
  .description('Apply pending database migrations from sql/ (safe to re-run)')
  .action(() => runCommand(migrateCommand));

program.command('seed-demo')
  .description('Fill the Instagram integration tables with demo accounts, tokens and logs')
  .action(() => runCommand(seedDemoCommand));

program.command('demo')
  .description('Run the whole flow on this machine with servers of its own: a request by mail, a staff APPROVE, the completion mail (needs a checkout)')
  .action(() => runCommand(demoCommand));

program.command('parse')
  .description('Print what the bot understands of each mail file: one JSON line per file, in order')
  .argument('<files...>', '.eml files (RFC 5322 messages)')
  .option('--explain', 'also print which rule found each field, and how sure it is')
  .addHelpText('after', PARSE_HELP)
  .action((files: string[], opts: { explain?: boolean }) => runCommand(() => parseCommand(files, opts.explain === true)));

program.command('corpus')
  .description('Score labelled mail folders (labels.json + .eml): per-field accuracy, every miss, the slowest read')
  .argument('<dirs...>', 'folders holding .eml files and a labels.json')
  .addHelpText('after', CORPUS_HELP)
  .action((dirs: string[]) => runCommand(() => corpusCommand(dirs)));

const requests = program.command('requests').description('Look at deletion requests');
requests.command('list')
  .description('List requests with state, age and due date, newest first')
  .option('--state <state>', 'only requests in this state')
  .option('--overdue', 'only open requests past their due date')
  .option('--limit <n>', 'at most this many', '100')
  .option('--json', 'one JSON object per line')
  .action((opts) => runCommand(() => listRequestsCommand(opts)));
requests.command('show')
  .description('Show one request and its timeline: every event with time, type, actor and detail')
  .argument('<reference>', 'e.g. DR-2026-00001')
  .option('--json', 'as JSON')
  .action((ref: string, opts) => runCommand(() => showRequestCommand(ref, opts)));

const triage = program.command('triage').description('Possible requests the reader could not settle: staff say whether each is a request');
triage.command('list')
  .description('List possible requests waiting for triage, oldest first, with age, due date and language (no personal data)')
  .option('--limit <n>', 'at most this many', '100')
  .option('--json', 'one JSON object per line')
  .action((opts: { limit?: string; json?: boolean }) => runCommand(() => listTriageCommand(opts)));
triage.command('request')
  .description(
    'It is a request (the twin of replying REQUEST @handle or REQUEST): for --username, it is checked and the sender ' +
      'acknowledged, then staff approve as usual; without it, the sender is asked for their username',
  )
  .argument('<reference>', 'e.g. DR-2026-00001')
  .option('--username <handle>', 'the Instagram username the request is for (with or without @)')
  .option('--by <name>', 'who decides (recorded in the audit trail)')
  .action((ref: string, opts: { username?: string; by?: string }) => runCommand(() => triageRequestCommand(ref, opts)));
triage.command('ignore')
  .description('It is not a request (the twin of replying IGNORE): recorded, nothing is sent, the mail stays in the mailbox')
  .argument('<reference...>', 'e.g. DR-2026-00001; several are decided one after the other, a refusal does not stop the rest')
  .option('--by <name>', 'who decides (recorded in the audit trail)')
  .action((refs: string[], opts: { by?: string }) => runCommand(() => triageIgnoreCommand(refs, opts)));

program.command('approve')
  .description('Approve requests waiting for approval: their data is then deleted and each requester told')
  .argument('<reference...>', 'e.g. DR-2026-00001; several are decided one after the other, a refusal does not stop the rest')
  .option('--by <name>', 'who decides (recorded in the audit trail)')
  .option('--redact-mentions', "also rewrite @mentions of a username no connected account has (as the mail command APPROVE REDACT)")
  .action((refs: string[], opts: { by?: string; redactMentions?: boolean }) =>
    runCommand(() => decideCommand(refs, { action: 'approve', redactMentions: opts.redactMentions === true }, opts.by)));

program.command('reject')
  .description('Reject requests waiting for approval: nothing is deleted, each requester is told why')
  .argument('<reference...>', 'e.g. DR-2026-00001; several get the same reason')
  .requiredOption('--reason <text>', 'why, in words the requester will read')
  .option('--by <name>', 'who decides (recorded in the audit trail)')
  .action((refs: string[], opts: { reason: string; by?: string }) =>
    runCommand(() => decideCommand(refs, { action: 'reject', reason: opts.reason }, opts.by)));

program.command('extend')
  .description(
    'Extend the due date of an open request once, by two calendar months (GDPR Art. 12(3)); ' +
      'the requester is told the reason and the new date, and the request keeps its state. ' +
      'Exit code 1 when the request is unknown, closed or already extended.',
  )
  .argument('<reference>', 'e.g. DR-2026-00001')
  .requiredOption('--reason <text>', 'why more time is needed, in words the requester will read')
  .option('--by <name>', 'who decides (recorded in the audit trail)')
  .action((ref: string, opts: { reason: string; by?: string }) => runCommand(() => extendCommand(ref, opts.reason, opts.by)));

program.command('oauth').description('OAuth2 logins of the mailbox (MAIL_AUTH=oauth2; docs/PROVIDERS.md)').command('login')
  .description("Sign in once as the mailbox's user and store the refresh token: device code (microsoft) or a loopback redirect (google)")
  .addOption(new Option('--provider <provider>', 'who issues the tokens').choices(['google', 'microsoft']).makeOptionMandatory())
  .option('--port <n>', 'google: the local port the browser is sent back to (default: any free one)')
  .action((opts: { provider: 'google' | 'microsoft'; port?: string }) => runCommand(async () => (await import('./commands/oauth.js')).oauthLoginCommand(opts)));

program.command('doctor')
  .description('Check Postgres, Redis, IMAP, SMTP and the mail templates; exit non-zero if any check fails')
  .action(() => runCommand(doctorCommand));

await program.parseAsync(process.argv);
