import { z } from 'zod';
import type { ClockTime } from '../digest/local-time.js';
import type { Topic } from '../core/topics.js';
import type { KeyedLock } from './keyed-lock.js';
import type { KeyValueStore } from './key-value-store.js';
import { defineRecord, readRecord, readRecords, topicSchema, writeRecord } from './records.js';

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

const clockTimeSchema = z.custom<ClockTime>((value) => typeof value === 'string' && /^\d{2}:\d{2}$/.test(value), 'expected "HH:MM"');

const subscriberSchema: z.ZodType<Subscriber> = z.object({
  chatId: z.number().int(),
  topics: z.array(topicSchema),
  deliveryTime: clockTimeSchema,
  timeZone: z.string().min(1),
  lastDigestAt: z.number().optional(),
  nextDigestAt: z.number().optional(),
  active: z.boolean(),
  createdAt: z.number(),
  language: z.string().optional(),
  clientLanguage: z.string().optional(),
});

/** Version 1: the shape every subscriber has had since the first release (the two language fields were added as optional). */
const subscriberRecords = defineRecord('subscriber', 1, subscriberSchema);
/** Chats due in one minute, one shard of them: `due:<minute>:<shard>`. */
const dueRecords = defineRecord('due', 1, z.array(z.number().int()));
/** The last minute the scheduler finished: `scheduler:cursor`. */
const cursorRecord = defineRecord('scheduler', 1, z.number().int());

const dueMinute = (subscriber: Subscriber | undefined) =>
  subscriber?.nextDigestAt === undefined ? undefined : Math.floor(subscriber.nextDigestAt / 60_000);
/**
 * 08:00 is everyone's favourite minute: one list for it would be rewritten whole on every
 * subscription change and every delivery (quadratic in subscribers). 64 shards keep each key
 * to a 64th of them, and reading a minute stays one getMany.
 */
const DUE_SHARDS = 64;
const dueId = (minute: number, chatId: number) => `${minute}:${Math.abs(chatId) % DUE_SHARDS}`;
const dueIdsOf = (minute: number) => Array.from({ length: DUE_SHARDS }, (_, shard) => `${minute}:${shard}`);
/** A minute's list is read within a day of it, or after downtime; a week covers both, then it expires. */
const DUE_ENTRY_TTL_MS = 8 * 24 * 3_600_000;

export function createSubscriberStore({ store, lock }: { store: KeyValueStore; lock: KeyedLock }): SubscriberStore {
  const changeDue = (minute: number, chatId: number, change: (chats: number[]) => number[]) => {
    const id = dueId(minute, chatId);
    return lock.run(dueRecords.key(id), async () => {
      const chats = change((await readRecord(store, dueRecords, id)) ?? []);
      if (chats.length === 0) await store.delete(dueRecords.key(id));
      else await writeRecord(store, dueRecords, id, chats, DUE_ENTRY_TTL_MS);
    });
  };
  return {
    get: (chatId) => readRecord(store, subscriberRecords, chatId),
    update: (chatId, change) =>
      lock.run(subscriberRecords.key(chatId), async () => {
        // A failed or malformed read rejects here, before `change` runs: a store hiccup never makes an
        // existing subscriber look new, so /subscribe cannot write defaults over their topics.
        const current = await readRecord(store, subscriberRecords, chatId);
        const next = change(current);
        const before = dueMinute(current);
        const after = dueMinute(next);
        // Into the new minute first: a crash between the two steps leaves a spare entry, which the scheduler skips, never a lost one.
        if (after !== undefined && after !== before) await changeDue(after, chatId, (chats) => (chats.includes(chatId) ? chats : [...chats, chatId]));
        if (next) await writeRecord(store, subscriberRecords, chatId, next);
        else await store.delete(subscriberRecords.key(chatId));
        if (before !== undefined && before !== after) await changeDue(before, chatId, (chats) => chats.filter((each) => each !== chatId));
        return next;
      }),
    dueIn: async (minute) => (await readRecords(store, dueRecords, dueIdsOf(minute))).flatMap((chats) => chats ?? []),
    getCursor: () => readRecord(store, cursorRecord, 'cursor'),
    setCursor: (minute) => writeRecord(store, cursorRecord, 'cursor', minute),
  };
}
