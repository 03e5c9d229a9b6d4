import type { Clock } from '../core/clock.js';

/**
 * One queue for every message the bot sends, so Telegram never has to throttle
 * it: a global rate (default 25/s, under Telegram's ~30/s), at most one message
 * per second to the same chat, and a 429 waited out for that chat only — its
 * later messages wait behind the retried one, so nothing is lost or reordered.
 * Replies to people go before digest fan-out.
 */
export interface OutboundQueue {
  /** Runs `call` when the limits allow; resolves or rejects with its result. */
  enqueue<Result>(chatId: number, call: () => Promise<Result>, priority?: Priority): Promise<Result>;
  /** Resolves when nothing is queued or running. */
  idle(): Promise<void>;
  readonly stats: { sent: number; rateLimited: number };
}

/** `interactive`: an answer somebody waits for. `bulk`: digest fan-out. */
export type Priority = 'interactive' | 'bulk';

export interface OutboundQueueOptions {
  clock: Clock;
  /** Default 25. */
  messagesPerSecond?: number;
  /** Default PER_CHAT_INTERVAL_MS. */
  perChatIntervalMs?: number;
  /** Seconds to wait when `call` failed with a rate limit; undefined when the failure was something else. */
  retryAfterSeconds: (error: unknown) => number | undefined;
  /** How many rate limits one call waits out before its error is passed on; default 5. */
  maxRateLimitRetries?: number;
  onRateLimited?: (chatId: number, retryAfterSeconds: number) => void;
  /**
   * Several instances: resolves once the bot as a whole may send one more message (a window shared through
   * the store), waiting as long as needed. Absent: this queue's own pacing is the whole limit.
   */
  sharedSlot?: () => Promise<void>;
  /**
   * Several instances: resolves once the chat may have one more message from the bot as a whole (another instance
   * may have just sent to it: a digest here, a reply there). Taken right before the message goes, after this
   * queue's own per-chat interval, so it waits only when another instance sent to the chat within the interval.
   */
  sharedChatSlot?: (chatId: number) => Promise<void>;
  /** Told when a shared slot could not be taken (the store is out of reach); the message goes at this queue's own pace. */
  onSharedSlotError?: (error: unknown) => void;
}

/** Telegram allows about one message per second to one chat. */
export const PER_CHAT_INTERVAL_MS = 1_000;

/** While the shared slots fail, the failure is reported at most this often. */
const SHARED_SLOT_ERROR_REPORT_MS = 10_000;

interface Task {
  run: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  rateLimits: number;
}

interface ChatLane {
  chatId: number;
  tasks: Task[];
  priority: Priority;
  notBefore: number;
  busy: boolean;
}

export function createOutboundQueue(options: OutboundQueueOptions): OutboundQueue {
  const { clock, retryAfterSeconds } = options;
  const spacingMs = 1000 / (options.messagesPerSecond ?? 25);
  const perChatIntervalMs = options.perChatIntervalMs ?? PER_CHAT_INTERVAL_MS;
  const maxRateLimitRetries = options.maxRateLimitRetries ?? 5;
  const lanes = new Map<number, ChatLane>();
  const stats = { sent: 0, rateLimited: 0 };
  let nextSlot = 0;
  let pumping = false;
  let idleWaiters: Array<() => void> = [];
  /** Calls queued or running. */
  let pending = 0;
  let wakeUp: (() => void) | undefined;

  function pickReady(now: number): ChatLane | undefined {
    let best: ChatLane | undefined;
    for (const lane of lanes.values()) {
      // A lane is kept only while its chat's interval runs, so that a chat's next message still waits its second.
      if (!lane.busy && lane.tasks.length === 0 && lane.notBefore <= now) {
        lanes.delete(lane.chatId);
        continue;
      }
      if (lane.busy || lane.tasks.length === 0 || lane.notBefore > now) continue;
      if (!best || (lane.priority === 'interactive' && best.priority === 'bulk')) best = lane;
      if (best.priority === 'interactive') break;
    }
    return best;
  }

  function earliestWake(): number | undefined {
    let earliest: number | undefined;
    for (const lane of lanes.values()) {
      if (lane.busy || lane.tasks.length === 0) continue;
      earliest = earliest === undefined ? lane.notBefore : Math.min(earliest, lane.notBefore);
    }
    return earliest;
  }

  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    try {
      for (;;) {
        const now = clock.now();
        if (nextSlot > now) {
          await clock.sleep(nextSlot - now);
          continue;
        }
        const lane = pickReady(now);
        if (!lane) {
          const wake = earliestWake();
          if (wake === undefined) {
            if ([...lanes.values()].some((each) => each.busy)) {
              await new Promise<void>((resolve) => (wakeUp = resolve));
              continue;
            }
            break;
          }
          // Sleep until the next chat may be sent to, or a new message arrives.
          await Promise.race([clock.sleep(wake - now), new Promise<void>((resolve) => (wakeUp = resolve))]);
          continue;
        }
        // Slots follow an even beat: a timer that woke a little late does not push every later slot back
        // (that alone cost about 1% of the rate), and one that woke very late does not cause a burst.
        nextSlot = now - nextSlot < spacingMs ? nextSlot + spacingMs : now + spacingMs;
        // The lane is marked busy before the wait, so the message cannot be picked twice meanwhile.
        lane.busy = true;
        await takeShared(options.sharedSlot);
        void runHead(lane);
      }
    } finally {
      pumping = false;
    }
  }

  function settleOne() {
    pending--;
    if (pending > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /**
   * Waits for a bot-wide slot (for all sends, or for one chat) when instances share them. A store that does not answer must not silence
   * the bot (the person would never hear "try again in a minute"): the message then goes at this queue's
   * own pace, and Telegram's 429, which the queue waits out, is the backstop while the store is away.
   */
  let lastSharedSlotError = Number.NEGATIVE_INFINITY;
  async function takeShared(slot: (() => Promise<void>) | undefined): Promise<void> {
    if (!slot) return;
    try {
      await slot();
    } catch (error) {
      // Said once per SHARED_SLOT_ERROR_REPORT_MS, not for every message sent meanwhile.
      if (clock.now() - lastSharedSlotError >= SHARED_SLOT_ERROR_REPORT_MS) options.onSharedSlotError?.(error);
      lastSharedSlotError = clock.now();
    }
  }

  async function runHead(lane: ChatLane): Promise<void> {
    const task = lane.tasks[0] as Task;
    lane.busy = true;
    try {
      const { sharedChatSlot } = options;
      await takeShared(sharedChatSlot && (() => sharedChatSlot(lane.chatId)));
      const result = await task.run();
      stats.sent++;
      lane.tasks.shift();
      lane.notBefore = clock.now() + perChatIntervalMs;
      task.resolve(result);
      settleOne();
    } catch (error) {
      const retryAfter = retryAfterSeconds(error);
      if (retryAfter !== undefined && task.rateLimits < maxRateLimitRetries) {
        // Keep the task at the head: the chat's later messages wait behind it.
        task.rateLimits++;
        stats.rateLimited++;
        options.onRateLimited?.(lane.chatId, retryAfter);
        lane.notBefore = clock.now() + retryAfter * 1000;
      } else {
        lane.tasks.shift();
        lane.notBefore = clock.now() + perChatIntervalMs;
        task.reject(error);
        settleOne();
      }
    } finally {
      lane.busy = false;
      wake();
    }
  }

  function wake() {
    const resolve = wakeUp;
    wakeUp = undefined;
    resolve?.();
    if (!pumping) void pump();
  }

  return {
    stats,
    enqueue<Result>(chatId: number, call: () => Promise<Result>, priority: Priority = 'interactive') {
      return new Promise<Result>((resolve, reject) => {
        let lane = lanes.get(chatId);
        if (!lane) {
          lane = { chatId, tasks: [], priority, notBefore: 0, busy: false };
          lanes.set(chatId, lane);
        }
        if (priority === 'interactive') lane.priority = 'interactive';
        lane.tasks.push({ run: call, resolve: resolve as (value: unknown) => void, reject, rateLimits: 0 });
        pending++;
        wake();
      });
    },
    idle() {
      if (pending === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
  };
}
