import type { Server } from 'node:http';
import type { FastifyHttpOptions } from 'fastify';

/** What the HTTP listeners accept: a slow or idle client is cut off, a crowd is capped. */
export interface HttpLimits {
  HTTP_REQUEST_TIMEOUT_SECONDS: number;
  HTTP_MAX_CONNECTIONS: number;
}

/** Largest request body: the admin board's JSON and Meta's callbacks (16 KB of their own) are far below. */
export const HTTP_BODY_LIMIT = 64 * 1024;
/** Headers arrive first and are small: they get at most this, within the request timeout. */
const HEADERS_TIMEOUT_MS = 10_000;
/** A kept-alive connection with no new request is closed after this. */
const KEEP_ALIVE_MS = 5_000;

/**
 * Fastify's and Node's server options for these limits. Node enforces the request and
 * headers timeouts by a sweep every connectionsCheckingInterval (30 s by default): a
 * sweep each second makes the timeout what it says.
 */
export function serverOptions(limits: HttpLimits): FastifyHttpOptions<Server> {
  const requestMs = limits.HTTP_REQUEST_TIMEOUT_SECONDS * 1000;
  return {
    logger: false,
    bodyLimit: HTTP_BODY_LIMIT,
    requestTimeout: requestMs,
    // The socket's inactivity limit: a connection that says nothing for this long is closed.
    connectionTimeout: requestMs,
    keepAliveTimeout: Math.min(KEEP_ALIVE_MS, requestMs),
    http: {
      headersTimeout: Math.min(HEADERS_TIMEOUT_MS, requestMs),
      connectionsCheckingInterval: Math.min(1000, requestMs),
    },
  };
}
