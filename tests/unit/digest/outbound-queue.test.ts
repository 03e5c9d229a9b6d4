import { describe, expect, it } from 'vitest';
import { createOutboundQueue } from '../../../src/digest/outbound-queue.js';
import { createVirtualClock } from '../../support/virtual-clock.js';

class RateLimited extends Error {
  constructor(readonly retryAfter: number) {
    super(`429: retry after ${retryAfter}`);
  }
}

function setUp(messagesPerSecond = 10) {
  const clock = createVirtualClock(0);
  const log: Array<{ chatId: number; label: string; at: number }> = [];
  const queue = createOutboundQueue({
    clock,
    messagesPerSecond,
    retryAfterSeconds: (error) => (error instanceof RateLimited ? error.retryAfter : undefined),
  });
  const send = (chatId: number, label: string, fail?: () => Error | undefined) =>
    queue.enqueue(chatId, async () => {
      log.push({ chatId, label, at: clock.now() });
      const error = fail?.();
      if (error) throw error;
      return label;
    });
  return { clock, log, queue, send };
}

describe('outbound queue', () => {
  it('keeps its rate when timers wake late, without going over it in any second', async () => {
    const exact = createVirtualClock(0);
    // Every sleep overshoots by 7 ms, as timers on a busy machine do.
    const lateClock = { now: exact.now, sleep: (ms: number) => exact.sleep(ms + 7) };
    const sentAt: number[] = [];
    const queue = createOutboundQueue({ clock: lateClock, messagesPerSecond: 25, retryAfterSeconds: () => undefined });
    await Promise.all(Array.from({ length: 250 }, (_, chatId) => queue.enqueue(chatId, async () => sentAt.push(exact.now()))));
    const seconds = ((sentAt.at(-1) ?? 0) - (sentAt[0] ?? 0)) / 1000;
    expect((sentAt.length - 1) / seconds / 25).toBeGreaterThan(0.99);
    for (const start of sentAt) expect(sentAt.filter((at) => at >= start && at < start + 1000).length).toBeLessThanOrEqual(26);
  });

  it('keeps the global rate and one message per second per chat, in order', async () => {
    const { log, send } = setUp(10);
    const sends = [1, 2, 3].flatMap((chatId) => ['a', 'b'].map((label) => send(chatId, `${chatId}${label}`)));
    expect(await Promise.all(sends)).toEqual(['1a', '1b', '2a', '2b', '3a', '3b']);
    for (const chatId of [1, 2, 3]) {
      const times = log.filter((entry) => entry.chatId === chatId);
      expect(times.map((entry) => entry.label)).toEqual([`${chatId}a`, `${chatId}b`]);
      expect((times[1]?.at ?? 0) - (times[0]?.at ?? 0)).toBeGreaterThanOrEqual(1000);
    }
    const sorted = log.map((entry) => entry.at).sort((a, b) => a - b);
    sorted.slice(1).forEach((at, index) => expect(at - (sorted[index] ?? 0)).toBeGreaterThanOrEqual(100));
  });

  it('waits out a 429 for that chat only, retries the same message first, and keeps the order', async () => {
    const { log, send, queue } = setUp(10);
    let failures = 0;
    const first = send(1, 'first', () => (failures++ === 0 ? new RateLimited(3) : undefined));
    const second = send(1, 'second');
    const other = send(2, 'other');
    expect(await Promise.all([first, second, other])).toEqual(['first', 'second', 'other']);
    expect(log.map((entry) => [entry.label, entry.at])).toEqual([
      ['first', 0],
      ['other', 100],
      ['first', 3000],
      ['second', 4000],
    ]);
    expect(queue.stats).toEqual({ sent: 3, rateLimited: 1 });
  });

  it('passes other errors on and goes on with the chat’s next message', async () => {
    const { send } = setUp(10);
    const failing = send(1, 'blocked', () => new Error('403: bot was blocked by the user'));
    const next = send(1, 'next');
    await expect(failing).rejects.toThrow('403: bot was blocked by the user');
    await expect(next).resolves.toBe('next');
  });

  it('sends answers people wait for before digest fan-out', async () => {
    const { log, queue, clock } = setUp(10);
    const bulk = Array.from({ length: 5 }, (_, index) =>
      queue.enqueue(100 + index, async () => log.push({ chatId: 100 + index, label: 'digest', at: clock.now() }), 'bulk'),
    );
    const reply = queue.enqueue(7, async () => log.push({ chatId: 7, label: 'reply', at: clock.now() }), 'interactive');
    await Promise.all([...bulk, reply]);
    expect(log.findIndex((entry) => entry.label === 'reply')).toBeLessThanOrEqual(1);
    await queue.idle();
  });
});

describe('outbound queue with a slot shared by several instances', () => {
  it('takes a bot-wide slot before each message, and keeps sending at its own pace, reporting once, while the store fails', async () => {
    const clock = createVirtualClock(0);
    const events: string[] = [];
    let storeUp = true;
    const queue = createOutboundQueue({
      clock,
      messagesPerSecond: 10,
      retryAfterSeconds: () => undefined,
      sharedSlot: async () => {
        if (!storeUp) throw new Error('Redis is down');
        events.push('slot');
      },
      onSharedSlotError: (error) => events.push(`error: ${(error as Error).message}`),
    });
    const send = (chatId: number) => queue.enqueue(chatId, async () => void events.push(`sent ${chatId}`));
    await Promise.all([send(1), send(2)]);
    storeUp = false;
    await Promise.all([send(3), send(4), send(5)]);
    storeUp = true;
    await send(6);
    expect(events).toEqual(['slot', 'sent 1', 'slot', 'sent 2', 'error: Redis is down', 'sent 3', 'sent 4', 'sent 5', 'slot', 'sent 6']);
  });

  it('takes the chat’s shared slot right before each message to it, and waits when another instance sent to the chat just now', async () => {
    const clock = createVirtualClock(0);
    const events: string[] = [];
    /** When another instance last sent to each chat, on the shared clock. */
    const sentElsewhere = new Map([[2, 0]]);
    const queue = createOutboundQueue({
      clock,
      messagesPerSecond: 10,
      retryAfterSeconds: () => undefined,
      sharedChatSlot: async (chatId) => {
        const wait = Math.max(0, (sentElsewhere.get(chatId) ?? -Infinity) + 1_000 - clock.now());
        events.push(`chat slot ${chatId}, wait ${wait}`);
        await clock.sleep(wait);
      },
    });
    const send = (chatId: number) => queue.enqueue(chatId, async () => void events.push(`sent ${chatId} at ${clock.now()}`));
    await Promise.all([send(1), send(2), send(1)]);
    // Chat 2 waits out the other instance's second; chat 1's next message waits only its own interval meanwhile.
    expect(events).toEqual(['chat slot 1, wait 0', 'sent 1 at 0', 'chat slot 2, wait 900', 'sent 2 at 1000', 'chat slot 1, wait 0', 'sent 1 at 1000']);
  });
});
