import { z } from 'zod';
import type { Store } from './key-value-store.js';
import { defineRecord, readRecord, writeRecord } from './records.js';

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
  /**
   * Writes the first record of a delivery unless one exists (set-if-absent in the store itself): true
   * when this call claimed the delivery, false when someone else already has, whose record stands.
   */
  claim(chatId: number, runId: string, record: DeliveryRecord): Promise<boolean>;
  /** Records progress of a delivery this process claimed. */
  save(chatId: number, runId: string, record: DeliveryRecord): Promise<void>;
  delete(chatId: number, runId: string): Promise<void>;
}

/** Records outlive any plausible downtime, then expire on their own. */
const DELIVERY_RECORD_TTL_MS = 7 * 24 * 3_600_000;

const deliveryRecordSchema = z.object({
  parts: z.array(z.string()),
  sent: z.number().int().nonnegative(),
  until: z.number(),
});

/** `delivery:<chatId>:<runId>`, version 1: the shape it has always had. */
const deliveryRecords = defineRecord('delivery', 1, deliveryRecordSchema);
const deliveryId = (chatId: number, runId: string) => `${chatId}:${runId}`;

export function createDeliveryLog({ store }: { store: Store }): DeliveryLog {
  return {
    get: (chatId, runId) => readRecord(store, deliveryRecords, deliveryId(chatId, runId)),
    claim: (chatId, runId, record) => store.atomic.setIfAbsent(deliveryRecords.key(deliveryId(chatId, runId)), record, DELIVERY_RECORD_TTL_MS),
    save: (chatId, runId, record) => writeRecord(store, deliveryRecords, deliveryId(chatId, runId), record, DELIVERY_RECORD_TTL_MS),
    delete: async (chatId, runId) => {
      await store.delete(deliveryRecords.key(deliveryId(chatId, runId)));
    },
  };
}
