import { describe, expect, it } from 'vitest';
import { createHostLimiter } from '../../../src/sources/host-limiter.js';

/** Lets pending promise callbacks run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('createHostLimiter', () => {
  it('holds requests to the overall and the per-host limits', async () => {
    const limiter = createHostLimiter({ maxInFlight: 3, maxPerHost: 2 });
    const granted: string[] = [];
    const releases = new Map<string, () => void>();
    const ask = (name: string, host: string) =>
      void limiter.acquire(host).then((release) => {
        granted.push(name);
        releases.set(name, release);
      });
    ask('a1', 'a');
    ask('a2', 'a');
    ask('a3', 'a');
    ask('b1', 'b');
    ask('c1', 'c');
    await settle();
    expect(granted).toEqual(['a1', 'a2', 'b1']);
    expect({ inFlight: limiter.inFlight, waiting: limiter.waiting }).toEqual({ inFlight: 3, waiting: 2 });

    releases.get('a1')?.();
    await settle();
    // a3 is first in line and its host has room again.
    expect(granted).toEqual(['a1', 'a2', 'b1', 'a3']);
    releases.get('b1')?.();
    await settle();
    expect(granted).toEqual(['a1', 'a2', 'b1', 'a3', 'c1']);
  });

  it('lets a waiter for a free host pass one whose host is busy', async () => {
    const limiter = createHostLimiter({ maxInFlight: 3, maxPerHost: 2 });
    const hung = [await limiter.acquire('slow'), await limiter.acquire('slow')];
    const third = limiter.acquire('slow');
    const other = await limiter.acquire('fast'); // resolves although 'slow' is waiting ahead of it
    expect(limiter.inFlight).toBe(3);
    other();
    hung[0]?.();
    await third;
    expect(limiter.inFlight).toBe(2);
  });

  it('gives a slot back once, however often release is called', async () => {
    const limiter = createHostLimiter({ maxInFlight: 2, maxPerHost: 2 });
    const release = await limiter.acquire('a');
    release();
    release();
    expect(limiter.inFlight).toBe(0);
  });

  it('drops a waiter whose signal aborts', async () => {
    const limiter = createHostLimiter({ maxInFlight: 1, maxPerHost: 1 });
    const release = await limiter.acquire('a');
    const controller = new AbortController();
    const waiting = limiter.acquire('b', controller.signal);
    controller.abort(new Error('stopping'));
    await expect(waiting).rejects.toThrow('stopping');
    expect(limiter.waiting).toBe(0);
    release();
    expect(limiter.inFlight).toBe(0);
  });
});
