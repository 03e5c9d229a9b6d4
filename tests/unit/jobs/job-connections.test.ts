import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { expect, it, vi } from 'vitest';
import { isRedisStoreUrl, openJobConnections } from '../../../src/jobs/job-connections.js';
import { createRecordingLogger, describeOnRedis } from '../../support/test-redis.js';

it('takes redis:// and rediss:// store URLs for a shared Redis, nothing else', () => {
  expect(['redis://127.0.0.1:6379', 'rediss://user:secret@redis.example:6380/2', 'REDIS://host'].map(isRedisStoreUrl)).toEqual([true, true, true]);
  expect(['sqlite://data/bot.sqlite', 'memory://', 'postgres://db/bot', 'redis-cluster://host'].map(isRedisStoreUrl)).toEqual([false, false, false, false]);
});

describeOnRedis('job queue connections', (redisUrl) => {
  it('connects both, and says nothing of the eviction policy when it is noeviction or when CONFIG is refused', async () => {
    // The test server runs with the default policy, noeviction; a managed Redis often refuses CONFIG to its users.
    const admin = new Redis(redisUrl);
    const user = `jobs-test-${randomUUID().slice(0, 8)}`;
    await admin.call('ACL', 'SETUSER', user, 'on', '>secret', '~*', '&*', '+@all', '-config');
    try {
      const restricted = new URL(redisUrl);
      restricted.username = user;
      restricted.password = 'secret';
      for (const url of [redisUrl, restricted.toString()]) {
        const logger = createRecordingLogger();
        const connections = await openJobConnections(url, { logger });
        expect(await connections.queue.ping()).toBe('PONG');
        expect(await connections.worker.ping()).toBe('PONG');
        await connections.close();
        expect(logger.lines.filter((line) => line.level !== 'debug')).toEqual([]);
        await vi.waitFor(() => expect([connections.queue.status, connections.worker.status]).toEqual(['end', 'end']));
      }
    } finally {
      await admin.call('ACL', 'DELUSER', user);
      await admin.quit();
    }
  });

  it('fails at start, with the cause, when Redis cannot be reached', async () => {
    const unreachable = new URL(redisUrl);
    unreachable.port = '1';
    await expect(openJobConnections(unreachable.toString(), { logger: createRecordingLogger() })).rejects.toThrow(/could not connect to Redis for the job queues/);
  });
});
