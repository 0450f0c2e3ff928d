import { timingSafeEqual } from 'node:crypto';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import basicAuth from '@fastify/basic-auth';
import type { FastifyInstance } from 'fastify';
import type { Queues } from '../queue/queues.js';

export const ADMIN_BASE_PATH = '/admin/queues';

export interface AdminCredentials {
  ADMIN_USER?: string | undefined;
  ADMIN_PASSWORD?: string | undefined;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Bull Board (queues, jobs, retries) at /admin/queues behind HTTP basic auth.
 * Without both ADMIN_USER and ADMIN_PASSWORD the route is not mounted at all
 * (404): the board is off, never open. Returns whether it was mounted.
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
  await app.register(async (scope) => {
    await scope.register(basicAuth, {
      authenticate: { realm: 'deletion-bot admin' },
      validate: async (u, p) => {
        // Both compared, always, so the answer's timing says nothing about which was wrong.
        const ok = [same(u, user), same(p, password)];
        if (!ok.every(Boolean)) throw new Error('wrong user or password');
      },
    });
    scope.addHook('onRequest', scope.basicAuth);
    await scope.register(serverAdapter.registerPlugin(), { prefix: ADMIN_BASE_PATH });
  });
  return true;
}
