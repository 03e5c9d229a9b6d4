import type { KeyValueStore } from './open-store.js';

/**
 * One digest on its way to one subscriber: the exact messages, and how many
 * already went out. Written before the first message and after each one, so a
 * restart in the middle of a fan-out resumes with the next message: nobody gets
 * a digest twice and nobody is skipped.
 */
export interface DeliveryRecord {
  parts: string[];
  sent: number;
  /** The end of the digest's window: the subscriber's new "since" mark once delivered. */
  until: number;
}

export interface DeliveryLog {
  get(chatId: number, runId: string): Promise<DeliveryRecord | undefined>;
  save(chatId: number, runId: string, record: DeliveryRecord): Promise<void>;
  delete(chatId: number, runId: string): Promise<void>;
}

/** Records outlive any plausible downtime, then expire on their own. */
const DELIVERY_RECORD_TTL_MS = 7 * 24 * 3_600_000;

export function createDeliveryLog({ store }: { store: KeyValueStore }): DeliveryLog {
  const key = (chatId: number, runId: string) => `delivery:${chatId}:${runId}`;
  return {
    get: (chatId, runId) => store.get<DeliveryRecord>(key(chatId, runId)),
    save: (chatId, runId, record) => store.set(key(chatId, runId), record, DELIVERY_RECORD_TTL_MS),
    delete: async (chatId, runId) => {
      await store.delete(key(chatId, runId));
    },
  };
}
