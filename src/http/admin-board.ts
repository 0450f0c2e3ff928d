import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import basicAuth from '@fastify/basic-auth';
import type { FastifyInstance } from 'fastify';
import type { Queues } from '../queue/queues.js';
import { crossSiteRefusal, LoginLimiter, refuseBlocked } from './admin-guard.js';
import { sameSecret } from './metrics-route.js';

export const ADMIN_BASE_PATH = '/admin/queues';

export interface AdminCredentials {
  ADMIN_USER?: string | undefined;
  ADMIN_PASSWORD?: string | undefined;
  /** Wrong logins one client address may try per 15 minutes. */
  ADMIN_LOGIN_ATTEMPTS: number;
}

/**
 * Bull Board (queues, jobs, retries) at /admin/queues behind HTTP basic auth.
 * Without both ADMIN_USER and ADMIN_PASSWORD the route is not mounted at all
 * (404): the board is off, never open. Wrong logins are limited per client address
 * (429), and writes must come from the board's own page as JSON. Returns whether it was mounted.
 */
export async function mountAdminBoard(app: FastifyInstance, queues: Queues, creds: AdminCredentials): Promise<boolean> {
  const { ADMIN_USER: user, ADMIN_PASSWORD: password } = creds;
  if (!user || !password) return false;
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(ADMIN_BASE_PATH);
  createBullBoard({
    queues: [queues.inbound, queues.requests, queues.mail].map((q) => new BullMQAdapter(q)),
    serverAdapter,
  });
  const limiter = new LoginLimiter(creds.ADMIN_LOGIN_ATTEMPTS);
  await app.register(async (scope) => {
    await scope.register(basicAuth, {
      authenticate: { realm: 'deletion-bot admin' },
      validate: async (u, p, req) => {
        // Both compared, always, as hashes of one length: the answer's timing says nothing
        // about which was wrong, nor about the length of either.
        const ok = [sameSecret(u, user), sameSecret(p, password)];
        if (!ok.every(Boolean)) {
          limiter.failed(req.ip);
          throw new Error('wrong user or password');
        }
      },
    });
    scope.addHook('onRequest', async (req, reply) => {
      const refusal = crossSiteRefusal(req);
      if (refusal) return reply.code(refusal.status).send({ error: refusal.error });
      if (refuseBlocked(limiter, req, reply)) return reply;
    });
    scope.addHook('onRequest', scope.basicAuth);
    await scope.register(serverAdapter.registerPlugin(), { prefix: ADMIN_BASE_PATH });
  });
  return true;
}
