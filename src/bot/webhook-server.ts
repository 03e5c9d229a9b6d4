import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Telegraf } from 'telegraf';
import type { Logger } from '../logger.js';

/** One thing an instance needs to serve: its store, Telegram. Rejects with the reason when it is out of reach. */
export interface HealthCheck {
  name: string;
  check(): Promise<void>;
}

export interface WebhookServerOptions {
  bot: Telegraf;
  /** The path of WEBHOOK_URL: the only path updates are taken at. */
  path: string;
  /** WEBHOOK_SECRET: an update without it in X-Telegram-Bot-Api-Secret-Token is refused. */
  secret: string;
  port: number;
  /** Default: every interface, as a container's load balancer expects. */
  host?: string;
  healthChecks: readonly HealthCheck[];
  logger: Logger;
  /** How long one health check may take before it counts as failed; default 3 s. */
  healthTimeoutMs?: number;
}

export interface WebhookServer {
  /** Listens; resolves with the port (useful with port 0). */
  start(): Promise<number>;
  /** Refuses new updates (503: Telegram retries them, on another instance), waits for those being handled, and closes. */
  stop(): Promise<void>;
}

const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

/** How long a stopping instance waits for updates being handled before it cuts their connections. */
const STOP_GRACE_MS = 5_000;

/** Compares in constant time, so the secret cannot be guessed a character at a time from response timings. */
function sameSecret(expected: string, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string') return false;
  const left = Buffer.from(expected);
  const right = Buffer.from(given);
  return left.length === right.length && timingSafeEqual(left, right);
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Serves Telegram's webhook and a health endpoint, instead of long polling. Telegram gets its
 * answer only once the update has been handled: it sends a chat's next update after that, which
 * keeps one chat's updates in order even when several instances share the webhook.
 */
export function createWebhookServer(options: WebhookServerOptions): WebhookServer {
  const { bot, path, secret, logger } = options;
  const healthTimeoutMs = options.healthTimeoutMs ?? 3_000;
  const handleUpdate = bot.webhookCallback(path, { secretToken: secret });
  let stopping = false;

  async function health(response: ServerResponse): Promise<void> {
    const results = await Promise.all(
      options.healthChecks.map(async ({ name, check }) => {
        try {
          await withTimeout(check(), healthTimeoutMs, name);
          return { name, ok: true as const };
        } catch (error) {
          return { name, ok: false as const, error: error instanceof Error ? error.message : String(error) };
        }
      }),
    );
    const healthy = !stopping && results.every((result) => result.ok);
    if (!healthy) logger.warn({ results, stopping }, 'health check failed');
    response.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: healthy, stopping, checks: results }));
  }

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://instance');
    if (request.method === 'GET' && url.pathname === '/healthz') return health(response);
    if (url.pathname !== path) return void response.writeHead(404).end();
    if (request.method !== 'POST') return void response.writeHead(405, { allow: 'POST' }).end();
    if (!sameSecret(secret, request.headers[SECRET_HEADER])) {
      logger.warn({ remote: request.socket.remoteAddress }, 'webhook request without the right secret token refused');
      return void response.writeHead(401).end();
    }
    if (stopping) return void response.writeHead(503, { 'retry-after': '1' }).end();
    await handleUpdate(request, response);
  }

  const server = createServer((request, response) => {
    serve(request, response).catch((error: unknown) => {
      logger.error({ err: error }, 'webhook request failed');
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  return {
    start: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => {
          server.off('error', reject);
          const address = server.address();
          if (address !== null && typeof address === 'object') resolve(address.port);
          else reject(new Error(`the webhook server listens on ${String(address)}, not on a TCP port`));
        });
      }),
    stop: () =>
      new Promise((resolve) => {
        stopping = true;
        // Requests being handled finish first; idle keep-alive connections would hold close() open,
        // and a connection still busy after the grace period is cut (its update is redelivered).
        const cut = setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS);
        server.close(() => {
          clearTimeout(cut);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
