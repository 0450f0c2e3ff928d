import { describe, expect, it } from 'vitest';
import { useBotStack } from '../support/bot-stack.js';
import { waitForMail, type ReceivedMail } from '../../harness/mail-user.js';
import { fileRequest, reply } from './file-request.js';
import { accountId, othersOf, rowsOf, snapshot, type Snapshot } from './integration-data.js';
import { bare, STAFF } from './mail-facts.js';

/**
 * What the deletion does and what the requester reads, with the bot in its own
 * process: the rows staff approved go and nothing else changes; the completion
 * mail (text and HTML, in the request's language, threaded to the request)
 * gives the reference, what was deleted with counts, and what a legal hold kept.
 */

const t = useBotStack({ seed: true });

/** The inventory of the staff notification: "table action rows" per plan step, as staff approved it. */
function inventoryOf(note: ReceivedMail): { table: string; action: string; rows: number }[] {
  return [...note.text.matchAll(/^\s+(ig_\w+)\s+(delete|redact)\s+(\d+)/gm)].map((m) => ({ table: m[1]!, action: m[2]!, rows: Number(m[3]) }));
}

const isCompletion = (ref: string) => (m: ReceivedMail) => m.subject.includes(ref) && m.headers.get('x-deletion-bot') === 'completion';

/** The HTML part as a reader sees it: tags gone, entities decoded. */
function visible(html: string | null): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'", nbsp: ' ' };
  return (html ?? '').replace(/<[^>]*>/g, ' ').replace(/&(#?\w+);/g, (m, e: string) => entities[e] ?? m).replace(/\s+/g, ' ');
}

/** Rows with '@username' replaced in log messages, as the plan's redaction steps do (the demo data has no profile links). */
function redacted(rows: Record<string, Record<string, unknown>>, username: string): Record<string, Record<string, unknown>> {
  const pattern = new RegExp(`(?<![A-Za-z0-9._@])@${username.replace(/\./g, '\\.')}(?![A-Za-z0-9_])(?!\\.[A-Za-z0-9_])`, 'gi');
  return Object.fromEntries(Object.entries(rows).map(([key, row]) => [
    key,
    Object.fromEntries(Object.entries(row).map(([c, v]) => [c, c === 'message' && typeof v === 'string' ? v.replace(pattern, '[deleted user]') : v])),
  ]));
}

describe('deletion and the completion mail, end to end', () => {
  it('a Spanish request approved by a staff reply: exactly the plan\'s rows go, and the Spanish mail lists them', async () => {
    const pool = t.db.pool;
    const sunny = await accountId(pool, 'sunny.days');
    const before = await snapshot(pool);

    const filed = await fileRequest(t, {
      from: 'alice@example.com',
      subject: 'Eliminar mis datos',
      text: 'Hola,\n\nQuiero eliminar mis datos de su aplicación. Mi usuario de Instagram es @sunny.days.\n' +
        'Correo de confirmación: confirm@example.net\n\nGracias,\nAlicia\n',
    });
    const inventory = inventoryOf(filed.note);
    // The webhook log of no account names sunny.days without '@': no mention, left as it is.
    expect(inventory.map((l) => l.rows)).toEqual([2, 3, 2, 2, 2, 1]);
    await reply(t, STAFF, filed.note, 'APPROVE\n\n> quoted notification\n');

    const done = await waitForMail(t.stack.dovecot, 'confirm@example.net', isCompletion(filed.ref));
    // The copy to the sender is the same mail.
    const copy = await waitForMail(t.stack.dovecot, 'alice@example.com', isCompletion(filed.ref));
    expect(copy.messageId).toBe(done.messageId);
    expect(done.to.sort()).toEqual(['alice@example.com', 'confirm@example.net']);

    expect(done.subject).toBe(`[${filed.ref}] Sus datos de Instagram han sido eliminados`);
    expect(bare(done.inReplyTo)).toBe(bare(filed.messageId));
    expect(done.references.map(bare)).toContain(bare(filed.messageId));
    const [tokens, logs, errors, logMentions, errorMentions, account] = inventory.map((l) => l.rows);
    const lines = [
      `tokens de acceso y estado de autorización: ${tokens} eliminado(s)`,
      `registros de publicación: ${logs} eliminado(s)`,
      `registros de errores: ${errors} eliminado(s)`,
      `menciones en registros de publicación de otras cuentas: ${logMentions} mención(es) eliminada(s)`,
      `menciones en otros registros de errores: ${errorMentions} mención(es) eliminada(s)`,
      `identificadores de la cuenta (ID y nombre de usuario de Instagram): ${account} eliminado(s)`,
    ];
    const { rows: req } = await pool.query(`SELECT completed_at FROM requests WHERE reference = $1`, [filed.ref]);
    for (const part of [done.text, visible(done.html)]) {
      expect(part).toContain(`Referencia: ${filed.ref}`);
      expect(part).toContain(`Completada: ${(req[0].completed_at as Date).toISOString().slice(0, 10)}`);
      for (const line of lines) expect(part).toContain(line);
      expect(part).not.toMatch(/conservado/);
    }
    expect(done.html).toContain('<html lang="es">');

    const after = await snapshot(pool);
    expect(rowsOf(after, sunny!)).toEqual({ ig_accounts: 0, ig_access_tokens: 0, ig_publishing_logs: 0, ig_error_logs: 0 });
    // Rows gone per table are exactly what the plan's delete steps counted.
    for (const table of ['ig_accounts', 'ig_access_tokens', 'ig_publishing_logs', 'ig_error_logs'] as const) {
      const planned = inventory.filter((l) => l.table === table && l.action === 'delete').reduce((n, l) => n + l.rows, 0);
      expect(before[table].length - after[table].length, table).toBe(planned);
    }
    // Every other row of every table is as it was, but for the username redacted where it was named.
    const othersBefore = othersOf(before, sunny!);
    expect(othersOf(after, sunny!)).toEqual(redacted(othersBefore, 'sunny.days'));
    const changed = Object.entries(othersOf(after, sunny!)).filter(([k, r]) => JSON.stringify(r) !== JSON.stringify(othersBefore[k]));
    expect(changed).toHaveLength(logMentions! + errorMentions!);
    expect(JSON.stringify(after)).not.toMatch(/@sunny\.days/i);
  });

  it('a German request for an account under legal hold: its rows stay, and the German mail says what was kept and why', async () => {
    const pool = t.db.pool;
    await pool.query(`UPDATE ig_accounts SET legal_hold = true WHERE username = 'carol.cooks'`);
    const carol = await accountId(pool, 'carol.cooks');
    const before = await snapshot(pool);

    const filed = await fileRequest(t, {
      from: 'carol@example.com',
      subject: 'Löschung meiner Daten',
      text: 'Guten Tag,\n\nbitte löschen Sie meine Daten. Mein Instagram-Benutzername lautet: carol.cooks\n\nMit freundlichen Grüßen\nCarol\n',
    });
    expect(filed.note.text).toContain('LEGAL HOLD');
    await reply(t, STAFF, filed.note, 'approve');

    const done = await waitForMail(t.stack.dovecot, 'carol@example.com', isCompletion(filed.ref));
    expect(done.subject).toBe(`[${filed.ref}] Ihre Löschanfrage ist abgeschlossen: Einige Daten werden wegen einer rechtlichen Aufbewahrungspflicht aufbewahrt`);
    expect(done.html).toContain('<html lang="de">');
    for (const part of [done.text, visible(done.html)]) {
      expect(part).toContain(`Referenz: ${filed.ref}`);
      expect(part).toContain('Was aufbewahrt wurde, und warum:');
      expect(part).toContain('Zugriffstoken und Autorisierungsstatus: 2 aufbewahrt');
      expect(part).toContain('Veröffentlichungsprotokolle: 3 aufbewahrt');
      expect(part).toContain('Fehlerprotokolle: 2 aufbewahrt');
      expect(part).toContain('Kontokennungen (Instagram-Konto-ID und Benutzername): 1 aufbewahrt');
      expect(part).toContain('rechtlichen Aufbewahrungspflicht (Legal Hold)');
      // bob_builds named @carol.cooks in a publishing log and an error log: those mentions are gone.
      expect(part).toContain('Erwähnungen in Veröffentlichungsprotokollen anderer Konten: 1 Erwähnung(en) entfernt');
      expect(part).toContain('Erwähnungen in anderen Fehlerprotokollen: 1 Erwähnung(en) entfernt');
      expect(part).not.toMatch(/: \d+ gelöscht/);
    }

    const after = await snapshot(pool);
    const own = (s: Snapshot) => Object.entries(othersOf(s, '-none-')).filter(([k]) => !(k in othersOf(s, carol!)));
    expect(own(after)).toEqual(own(before));
    expect(own(after)).toHaveLength(8);
    const { rows } = await pool.query(`SELECT state FROM requests WHERE reference = $1`, [filed.ref]);
    expect(rows[0].state).toBe('completed');
  });

  it('a French request for a username PickrTech does not hold: staff approve, nothing changes, the mail says no data was held', async () => {
    const before = await snapshot(t.db.pool);
    const filed = await fileRequest(t, {
      from: 'erin@example.com',
      subject: 'Suppression de mes données',
      text: 'Bonjour,\n\nJe souhaite supprimer mes données. Mon compte Instagram est @personne.inconnue.\n\nCordialement,\nErin\n',
    });
    expect(filed.note.text).toContain('No connected Instagram account is named @personne.inconnue');
    await reply(t, STAFF, filed.note, 'APPROVE');

    const done = await waitForMail(t.stack.dovecot, 'erin@example.com', isCompletion(filed.ref));
    expect(done.subject).toBe(`[${filed.ref}] Votre demande de suppression est traitée : nous ne détenions aucune donnée`);
    for (const part of [done.text, visible(done.html)]) {
      expect(part).toContain('PickrTech ne détenait aucune donnée pour ce compte');
      expect(part).toContain(`Référence : ${filed.ref}`);
      expect(part).not.toContain('Ce qui a été supprimé');
      expect(part).not.toContain('conservé');
    }
    expect(bare(done.inReplyTo)).toBe(bare(filed.messageId));
    expect(await snapshot(t.db.pool)).toEqual(before);
    const { rows } = await t.db.pool.query(
      `SELECT r.state, e.detail->>'accountFound' AS found FROM requests r JOIN request_events e ON e.request_id = r.id AND e.type = 'deleted' WHERE r.reference = $1`,
      [filed.ref],
    );
    expect(rows).toEqual([{ state: 'completed', found: 'false' }]);
  });

  it('REJECT on a Portuguese request: nothing is deleted and the requester reads the reason in Portuguese', async () => {
    const before = await snapshot(t.db.pool);
    const filed = await fileRequest(t, {
      from: 'dave@example.com',
      subject: 'Exclusão de dados',
      text: 'Olá, quero excluir meus dados. Meu usuário do Instagram é dave.designs\n',
    });
    await reply(t, 'staff2@pickrtech.com', filed.note, 'Reject This address is not the one registered for @dave.designs.\n');

    const answer = await waitForMail(t.stack.dovecot, 'dave@example.com', (m) => m.subject.includes(filed.ref) && m.headers.get('x-deletion-bot') === 'rejection');
    expect(answer.subject).toBe(`[${filed.ref}] Sobre sua solicitação de exclusão de dados`);
    for (const part of [answer.text, visible(answer.html)]) {
      expect(part).toContain('Motivo: This address is not the one registered for @dave.designs.');
      expect(part).toContain('Nenhum dado foi excluído.');
      expect(part).toContain(filed.ref);
    }
    expect(answer.html).toContain('<html lang="pt">');
    expect(bare(answer.inReplyTo)).toBe(bare(filed.messageId));
    expect(await snapshot(t.db.pool)).toEqual(before);
    const { rows } = await t.db.pool.query(`SELECT state, decided_by FROM requests WHERE reference = $1`, [filed.ref]);
    expect(rows[0]).toEqual({ state: 'rejected', decided_by: 'staff2@pickrtech.com' });
  });
});
