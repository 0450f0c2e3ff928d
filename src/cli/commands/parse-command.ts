import { PICKRTECH_HANDLES } from '../../understanding/types.js';
import { parseFiles } from './parse.js';

/**
 * `parse` needs no server and no configuration; it takes STAFF_EMAILS,
 * BOT_ADDRESS and OWN_INSTAGRAM_HANDLES from the environment when they are set,
 * so it answers exactly as the running bot would.
 */
export async function parseCommand(files: string[], explain = false): Promise<number> {
  const list = (v: string | undefined) => (v ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bot = process.env.BOT_ADDRESS?.trim().toLowerCase() || null;
  const handles = list(process.env.OWN_INSTAGRAM_HANDLES).map((h) => h.replace(/^@/, ''));
  return parseFiles(files, {
    staffEmails: list(process.env.STAFF_EMAILS),
    botAddress: bot,
    ownHandles: handles.length ? handles : PICKRTECH_HANDLES,
  }, (line) => process.stdout.write(line + '\n'), explain);
}
