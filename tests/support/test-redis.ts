import type { Redis } from 'ioredis';
import { describe, it } from 'vitest';
import type { Logger } from '../../src/logger.js';

/**
 * Runs `body` against the Redis that REDIS_URL names (`.ci/run` starts a throwaway one). Without REDIS_URL the
 * suite is skipped on a developer machine and fails under CI=true, where a skip would hide an untested backend.
 */
export function describeOnRedis(name: string, body: (redisUrl: string) => void): void {
  const redisUrl = process.env.REDIS_URL || undefined;
  if (redisUrl) {
    describe(name, () => body(redisUrl));
    return;
  }
  describe(name, () => {
    if (process.env.CI === 'true') {
      it('has REDIS_URL under CI', () => {
        throw new Error('REDIS_URL is not set: under CI=true these tests must run against a real Redis (.ci/run starts one)');
      });
    } else it.skip('runs when REDIS_URL names a server', () => undefined);
  });
}

/** The same server, another database: for tests that write the bot's own keys (the digest cursor is one key). */
export function redisDatabaseUrl(redisUrl: string, database: number): string {
  const url = new URL(redisUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Deletes every key the bot writes (keyv's `newsdigest::newsdigest:` prefix) from the database `redis` is connected to. */
export async function deleteBotKeys(redis: Redis): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', 'newsdigest::newsdigest:*', 'COUNT', 500);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

export interface LogLine {
  level: 'error' | 'warn' | 'info' | 'debug';
  details: object;
  message: string;
}

/** A logger that keeps every line, for tests that assert what was logged. */
export function createRecordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (details: object, message: string) => void lines.push({ level, details, message });
  return { lines, error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}
