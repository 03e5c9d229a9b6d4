import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../logger.js';

/**
 * The ioredis connections BullMQ runs on, on the store's Redis (the store itself talks through keyv's own
 * client). Built here and nowhere else, from STORE_URL; whoever opened them closes them, after the queues
 * and workers on them are closed (BullMQ leaves connections it was given open).
 */
export interface JobConnections {
  /** For queues: a command fails after ioredis's 20 reconnect attempts instead of waiting for ever. */
  readonly queue: Redis;
  /**
   * For workers: `maxRetriesPerRequest: null`, which BullMQ requires (its blocking fetch waits across
   * reconnects). Each worker duplicates it for that fetch and closes the duplicate itself.
   */
  readonly worker: Redis;
  close(): Promise<void>;
}

/** True when STORE_URL names a Redis server (`redis://`, or `rediss://` for TLS): several instances may share it. */
export function isRedisStoreUrl(storeUrl: string): boolean {
  return /^rediss?:\/\//i.test(storeUrl);
}

/** How long connecting may take, at start and on each reconnect; the same bound the store's own client has. */
const CONNECT_TIMEOUT_MS = 5_000;
/** Reconnects after a lost connection with a growing pause, at most this long, for as long as it takes. */
const MAX_RECONNECT_PAUSE_MS = 2_000;
/** How long closing waits for Redis to acknowledge QUIT before dropping the socket. */
const QUIT_TIMEOUT_MS = 1_000;

/**
 * Opens both connections on the Redis that `storeUrl` names (its database included) and fails here, at start,
 * when they cannot connect. Warns once when the server may evict keys: BullMQ needs `maxmemory-policy noeviction`.
 */
export async function openJobConnections(storeUrl: string, { logger }: { logger: Logger }): Promise<JobConnections> {
  const options: RedisOptions = {
    lazyConnect: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
    retryStrategy: (attempts) => Math.min(100 * 2 ** attempts, MAX_RECONNECT_PAUSE_MS),
  };
  const queue = new Redis(storeUrl, { ...options, connectionName: 'newsdigest:jobs:queue' });
  const worker = new Redis(storeUrl, { ...options, connectionName: 'newsdigest:jobs:worker', maxRetriesPerRequest: null });
  for (const [role, client] of [['queue', queue], ['worker', worker]] as const) {
    // Without a listener ioredis prints each failed reconnect to stderr; these go to the log, tagged.
    client.on('error', (error: unknown) => logger.warn({ err: error, connection: role }, 'job queue connection to Redis failed; reconnecting'));
  }
  const close = async () => {
    await Promise.all([queue, worker].map((client) => quit(client)));
  };
  try {
    await Promise.all([queue.connect(), worker.connect()]);
  } catch (error) {
    await close();
    throw new Error('could not connect to Redis for the job queues (STORE_URL)', { cause: error });
  }
  await warnUnlessNoEviction(queue, logger);
  return { queue, worker, close };
}

async function quit(client: Redis): Promise<void> {
  if (client.status === 'end') return;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([client.quit(), new Promise((resolve) => (timer = setTimeout(resolve, QUIT_TIMEOUT_MS)))]);
  } catch {
    // QUIT on a connection that is already going: nothing left to say goodbye to.
  } finally {
    clearTimeout(timer);
    client.disconnect();
  }
}

/**
 * BullMQ keeps its jobs and locks as plain keys: a server that evicts keys under memory pressure can drop a
 * tick's lock or the job scheduler itself, silently. Managed Redis often refuses CONFIG: then nothing is known,
 * and nothing is said above debug.
 */
async function warnUnlessNoEviction(client: Redis, logger: Logger): Promise<void> {
  let reply: unknown;
  try {
    reply = await client.config('GET', 'maxmemory-policy');
  } catch (error) {
    logger.debug({ err: error }, 'Redis refused CONFIG GET maxmemory-policy; cannot tell whether it may evict job keys');
    return;
  }
  const policy = Array.isArray(reply) ? reply[1] : undefined;
  if (typeof policy === 'string' && policy !== 'noeviction') {
    logger.warn(
      { maxmemoryPolicy: policy },
      'Redis may evict keys (maxmemory-policy is not noeviction): job locks and the minute tick can vanish under memory pressure; set maxmemory-policy noeviction',
    );
  }
}
