import { z } from 'zod';
import type { KeyedLock } from './keyed-lock.js';
import type { KeyValueStore } from './key-value-store.js';
import { defineRecord, readRecord, writeRecord } from './records.js';

/**
 * The pieces of split pastes still waiting for their next piece, kept in the store so that every instance
 * sees them: Telegram hands one chat's updates to the webhook one after the other, but a load balancer may
 * give each piece of one paste to another instance.
 */
export interface HeldPastes<Piece> {
  /** What is held for `key`; empty when nothing is. */
  read(key: string): Promise<Piece[]>;
  /**
   * Runs `step` on what is held for `key` (empty: nothing), alone across every instance, and keeps what it
   * says to hold (empty: nothing any more). Resolves with the step's result once that is stored.
   */
  change<Result>(key: string, step: (held: Piece[]) => { hold: Piece[]; result: Result }): Promise<Result>;
}

export interface HeldPastesDependencies<Piece> {
  store: KeyValueStore;
  /** The record lock shared by the instances (`createRecordLock`). */
  lock: KeyedLock;
  /** What a piece must look like when read back. */
  pieceSchema: z.ZodType<Piece>;
  /** A held paste nobody finishes (its instance died before its window ran out) is forgotten after this long. */
  ttlMs: number;
}

export function createHeldPastes<Piece>({ store, lock, pieceSchema, ttlMs }: HeldPastesDependencies<Piece>): HeldPastes<Piece> {
  const pastes = defineRecord('paste', 1, z.object({ pieces: z.array(pieceSchema) }));
  const read = async (key: string) => (await readRecord(store, pastes, key))?.pieces ?? [];
  return {
    read,
    change: (key, step) =>
      lock.run(pastes.key(key), async () => {
        const { hold, result } = step(await read(key));
        if (hold.length > 0) await writeRecord(store, pastes, key, { pieces: hold }, ttlMs);
        else await store.delete(pastes.key(key));
        return result;
      }),
  };
}
