/**
 * Each command's code, loaded only when that command runs. Loading all of it (the bot's
 * dependencies: BullMQ, imapflow, fastify, mailparser...) takes most of a second, which
 * `--help`, `--version` and a usage error have no use for; main.ts imports these instead.
 */
import type * as Corpus from './commands/corpus.js';
import type * as Decide from './commands/decide.js';
import type * as Demo from './commands/demo.js';
import type * as Doctor from './commands/doctor.js';
import type * as Migrate from './commands/migrate.js';
import type * as Parse from './commands/parse-command.js';
import type * as Requests from './commands/requests.js';
import type * as SeedDemo from './commands/seed-demo.js';
import type * as Start from './commands/start.js';
import type * as Triage from './commands/triage.js';

export const startCommand: typeof Start.startCommand = async (...a) => (await import('./commands/start.js')).startCommand(...a);
export const migrateCommand: typeof Migrate.migrateCommand = async () => (await import('./commands/migrate.js')).migrateCommand();
export const seedDemoCommand: typeof SeedDemo.seedDemoCommand = async () => (await import('./commands/seed-demo.js')).seedDemoCommand();
export const parseCommand: typeof Parse.parseCommand = async (...a) => (await import('./commands/parse-command.js')).parseCommand(...a);
export const corpusCommand: typeof Corpus.corpusCommand = async (...a) => (await import('./commands/corpus.js')).corpusCommand(...a);
export const listRequestsCommand: typeof Requests.listRequestsCommand = async (...a) => (await import('./commands/requests.js')).listRequestsCommand(...a);
export const showRequestCommand: typeof Requests.showRequestCommand = async (...a) => (await import('./commands/requests.js')).showRequestCommand(...a);
export const decideCommand: typeof Decide.decideCommand = async (...a) => (await import('./commands/decide.js')).decideCommand(...a);
export const extendCommand: typeof Decide.extendCommand = async (...a) => (await import('./commands/decide.js')).extendCommand(...a);
export const demoCommand: typeof Demo.demoCommand = async () => (await import('./commands/demo.js')).demoCommand();
export const doctorCommand: typeof Doctor.doctorCommand = async () => (await import('./commands/doctor.js')).doctorCommand();
export const listTriageCommand: typeof Triage.listTriageCommand = async (...a) => (await import('./commands/triage.js')).listTriageCommand(...a);
export const triageRequestCommand: typeof Triage.triageRequestCommand = async (...a) => (await import('./commands/triage.js')).triageRequestCommand(...a);
export const triageIgnoreCommand: typeof Triage.triageIgnoreCommand = async (...a) => (await import('./commands/triage.js')).triageIgnoreCommand(...a);
