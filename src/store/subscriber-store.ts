import type { ClockTime } from '../digest/local-time.js';
import type { Topic } from '../core/topics.js';
import type { KeyedLock } from './keyed-lock.js';
import type { KeyValueStore } from './open-store.js';

export interface Subscriber {
  chatId: number;
  topics: Topic[];
  /** Local delivery time, "HH:MM". */
  deliveryTime: ClockTime;
  /** IANA zone or `UTC±HH:MM`. */
  timeZone: string;
  /** The "since" mark: the end of the window of the last delivered digest (ms). */
  lastDigestAt?: number;
  /** When the next scheduled digest is due (ms); set while subscribed to any topic. */
  nextDigestAt?: number;
  /** False after Telegram said the chat blocked the bot or is gone; true again when they write. */
  active: boolean;
  createdAt: number;
  /** Chosen with /language: a language code, or 'original' for each article's own language. Absent: the client's. */
  language?: string;
  /** The language of their Telegram app (`language_code`'s primary subtag), as last seen. */
  clientLanguage?: string;
}

/**
 * Subscribers one key each, and the schedule as keys per minute holding the chats due then, split
 * into shards by chat id so that no key grows with the number of subscribers who share a minute.
 */
export interface SubscriberStore {
  get(chatId: number): Promise<Subscriber | undefined>;
  /**
   * Changes one subscriber under a lock; returning undefined deletes them. The
   * schedule follows `nextDigestAt` within the same lock, so it never disagrees.
   */
  update(chatId: number, change: (current: Subscriber | undefined) => Subscriber | undefined): Promise<Subscriber | undefined>;
  /** Chats due in that minute (minutes since epoch). */
  dueIn(minute: number): Promise<number[]>;
  /** The last minute the scheduler finished. */
  getCursor(): Promise<number | undefined>;
  setCursor(minute: number): Promise<void>;
}

const subscriberKey = (chatId: number) => `subscriber:${chatId}`;
const dueMinute = (subscriber: Subscriber | undefined) =>
  subscriber?.nextDigestAt === undefined ? undefined : Math.floor(subscriber.nextDigestAt / 60_000);
/**
 * 08:00 is everyone's favourite minute: one list for it would be rewritten whole on every
 * subscription change and every delivery (quadratic in subscribers). 64 shards keep each key
 * to a 64th of them, and reading a minute stays one getMany.
 */
const DUE_SHARDS = 64;
const dueKey = (minute: number, chatId: number) => `due:${minute}:${Math.abs(chatId) % DUE_SHARDS}`;
const dueKeysOf = (minute: number) => Array.from({ length: DUE_SHARDS }, (_, shard) => `due:${minute}:${shard}`);
/** A minute's list is read within a day of it, or after downtime; a week covers both, then it expires. */
const DUE_ENTRY_TTL_MS = 8 * 24 * 3_600_000;

export function createSubscriberStore({ store, lock }: { store: KeyValueStore; lock: KeyedLock }): SubscriberStore {
  const changeDue = (minute: number, chatId: number, change: (chats: number[]) => number[]) => {
    const key = dueKey(minute, chatId);
    return lock.run(key, async () => {
      const chats = change((await store.get<number[]>(key)) ?? []);
      if (chats.length === 0) await store.delete(key);
      else await store.set(key, chats, DUE_ENTRY_TTL_MS);
    });
  };
  return {
    get: (chatId) => store.get<Subscriber>(subscriberKey(chatId)),
    update: (chatId, change) =>
      lock.run(subscriberKey(chatId), async () => {
        const current = await store.get<Subscriber>(subscriberKey(chatId));
        const next = change(current);
        const before = dueMinute(current);
        const after = dueMinute(next);
        // Into the new minute first: a crash between the two steps leaves a spare entry, which the scheduler skips, never a lost one.
        if (after !== undefined && after !== before) await changeDue(after, chatId, (chats) => (chats.includes(chatId) ? chats : [...chats, chatId]));
        if (next) await store.set(subscriberKey(chatId), next);
        else await store.delete(subscriberKey(chatId));
        if (before !== undefined && before !== after) await changeDue(before, chatId, (chats) => chats.filter((each) => each !== chatId));
        return next;
      }),
    dueIn: async (minute) => (await store.getMany<number[]>(dueKeysOf(minute))).flatMap((chats) => chats ?? []),
    getCursor: () => store.get<number>('scheduler:cursor'),
    setCursor: (minute) => store.set('scheduler:cursor', minute),
  };
}
