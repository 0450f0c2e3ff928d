import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { Config } from '../config/config.js';
import type { Metrics } from '../http/metrics.js';
import { scrubAddresses } from '../log/scrub.js';
import { deauthorizeMetaUser, type DeauthorizeDeps } from './deauthorize.js';
import { openMetaRequest, type OpenMetaRequestDeps } from './open-meta-request.js';
import { verifySignedRequest, type SignedRequestProblem } from './signed-request.js';
import { renderStatusPage, renderUnknownCodePage, statusForCode } from './status-page.js';

/** Largest callback body read; Meta's are well under 1 KB. */
export const META_BODY_LIMIT = 16 * 1024;

const REFUSAL_TEXT: Record<SignedRequestProblem | 'too_large', string> = {
  missing: 'signed_request is missing',
  malformed: 'signed_request is malformed',
  bad_signature: 'signed_request signature does not match',
  not_json: 'signed_request payload is not JSON',
  unknown_algorithm: 'signed_request algorithm must be HMAC-SHA256',
  no_user_id: 'signed_request payload has no user_id',
  stale: 'signed_request is too old',
  future: 'signed_request is issued in the future',
  too_large: 'request body is too large',
};

/** What the callbacks need (the status page reads the bot's database, the clock judges a signed request's age). */
export type MetaRoutesDeps = OpenMetaRequestDeps & DeauthorizeDeps;

/**
 * Meta's Data Deletion Request Callback, Deauthorize Callback and the status page its
 * requesters reach. Registered only when META_APP_SECRET is set: without it, 404.
 */
export function registerMetaRoutes(app: FastifyInstance, deps: MetaRoutesDeps, meta: Config<'meta'>['meta'], metrics: Metrics): void {
  const secret = meta.META_APP_SECRET;
  const publicUrl = meta.PUBLIC_URL;
  if (!secret || !publicUrl) return;

  // Meta's routes live in a scope of their own: the form parser they need serves them only,
  // so no other route (the admin board's) ever takes a form a cross-site page can post.
  void app.register(async (scope) => registerIn(scope, deps, secret, publicUrl, meta, metrics));
}

function registerIn(
  app: FastifyInstance,
  deps: MetaRoutesDeps,
  secret: string,
  publicUrl: string,
  meta: Config<'meta'>['meta'],
  metrics: Metrics,
): void {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: META_BODY_LIMIT }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  const refuse = (reply: FastifyReply, route: string, reason: SignedRequestProblem | 'too_large') => {
    metrics.metaCallbacks.inc({ route, outcome: reason });
    deps.log.warn({ component: 'meta', route, reason }, 'Meta callback refused');
    return reply.code(400).type('application/json').send({ error: REFUSAL_TEXT[reason], reason });
  };
  const errorHandler = (route: string) => (err: FastifyError, _req: unknown, reply: FastifyReply) => {
    if (err.statusCode === 413 || err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return refuse(reply, route, 'too_large');
    if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) return refuse(reply, route, 'malformed');
    deps.log.error({ component: 'meta', route, err: scrubAddresses(err.message) }, 'Meta callback failed');
    metrics.metaCallbacks.inc({ route, outcome: 'error' });
    return reply.code(500).type('application/json').send({ error: 'internal error; Meta will retry' });
  };
  // Meta posts an HTML form; a body of any other type is not a callback.
  const isForm = (type: string | undefined) => /^application\/x-www-form-urlencoded\b/i.test(type ?? '');
  const verified = (req: { body: unknown; headers: Record<string, unknown> }) => {
    const body = isForm(req.headers['content-type'] as string | undefined) ? req.body : undefined;
    const field = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).signed_request : undefined;
    return verifySignedRequest(field, secret, { now: deps.now(), maxAgeSeconds: meta.META_SIGNED_REQUEST_MAX_AGE_S });
  };

  app.post('/meta/data-deletion', { bodyLimit: META_BODY_LIMIT, errorHandler: errorHandler('data_deletion') }, async (req, reply) => {
    const v = verified(req);
    if (!v.ok) return refuse(reply, 'data_deletion', v.reason);
    const opened = await openMetaRequest(deps, v.payload.userId);
    metrics.metaCallbacks.inc({ route: 'data_deletion', outcome: opened.joined ? 'joined' : 'opened' });
    return reply.code(200).type('application/json').send({
      url: `${publicUrl}/deletion-status?code=${encodeURIComponent(opened.statusCode)}`,
      confirmation_code: opened.statusCode,
    });
  });

  app.post('/meta/deauthorize', { bodyLimit: META_BODY_LIMIT, errorHandler: errorHandler('deauthorize') }, async (req, reply) => {
    const v = verified(req);
    if (!v.ok) return refuse(reply, 'deauthorize', v.reason);
    const done = await deauthorizeMetaUser(deps, v.payload.userId);
    metrics.metaCallbacks.inc({ route: 'deauthorize', outcome: done.accountFound ? 'revoked' : 'unknown_user' });
    return reply.code(200).type('application/json').send({ status: 'ok' });
  });

  app.get('/deletion-status', { errorHandler: (err, _req, reply) => {
    deps.log.error({ component: 'meta', route: 'status', err: scrubAddresses(err.message) }, 'status page failed');
    return reply.code(500).type('text/plain; charset=utf-8').send('The status page is unavailable right now; please try again later.\n');
  } }, async (req, reply) => {
    const code = (req.query as Record<string, unknown>).code;
    const facts = typeof code === 'string' ? await statusForCode(deps.pool, code) : null;
    // The code is in the URL: no referrer leaves the page, nothing may frame or script it.
    reply.headers({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', 'content-security-policy': "default-src 'none'", 'x-frame-options': 'DENY' });
    if (!facts) return reply.code(404).type('text/html; charset=utf-8').send(renderUnknownCodePage());
    return reply.code(200).type('text/html; charset=utf-8').send(renderStatusPage(facts));
  });
}
