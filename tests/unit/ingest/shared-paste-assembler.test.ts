import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { PASTE_WINDOW_MS, type PastePiece } from '../../../src/ingest/paste-assembler.js';
import { createSharedPasteJoiner } from '../../../src/ingest/shared-paste-assembler.js';
import { createHeldPastes } from '../../../src/store/held-pastes.js';
import { createKeyedLock } from '../../../src/store/keyed-lock.js';
import { openStore, StoreError } from '../../../src/store/open-store.js';
import { createFakeTimer } from '../../support/fake-timer.js';

const FULL = 4_090;
const piece = (messageId: number, length: number): PastePiece => ({ messageId, length });
const pieceSchema = z.object({ messageId: z.number(), length: z.number() });

/** Two instances behind one webhook: each its own joiner and timer, one store and one record lock between them. */
async function setUp() {
  const store = await openStore('memory://');
  const held = createHeldPastes({ store, lock: createKeyedLock(), pieceSchema, ttlMs: 60_000 });
  /** Every paste handed on, by either instance, in order. */
  const pastes: Array<{ by: string; ids: number[] }> = [];
  const instances = ['a', 'b'].map((name) => {
    const timer = createFakeTimer();
    const storeErrors: unknown[] = [];
    const joiner = createSharedPasteJoiner({
      held,
      timer: timer.timer,
      onPaste: (_key, pieces) => pastes.push({ by: name, ids: pieces.map((each) => each.messageId) }),
      onStoreError: (error) => storeErrors.push(error),
    });
    return { joiner, timer, storeErrors };
  });
  const [a, b] = instances as [(typeof instances)[number], (typeof instances)[number]];
  const handedOn = () => [...pastes];
  return { store, held, a, b, handedOn };
}

describe('shared paste joiner', () => {
  it('joins a paste whose pieces reach different instances, on the instance that sees its last piece', async () => {
    const { a, b, handedOn } = await setUp();
    await a.joiner.offer('1:1', piece(10, FULL));
    await b.joiner.offer('1:1', piece(11, FULL));
    expect(handedOn()).toEqual([]);
    await a.joiner.offer('1:1', piece(12, 1_800));
    expect(handedOn()).toEqual([{ by: 'a', ids: [10, 11, 12] }]);
    // The windows both instances set run out on a paste already handed on: nothing more.
    a.timer.advance(PASTE_WINDOW_MS);
    b.timer.advance(PASTE_WINDOW_MS);
    expect(handedOn()).toHaveLength(1);
  });

  it('hands a short text on at once, and two short texts as two', async () => {
    const { a, b, handedOn } = await setUp();
    await a.joiner.offer('1:1', piece(10, 300));
    await b.joiner.offer('1:1', piece(11, 200));
    expect(handedOn()).toEqual([
      { by: 'a', ids: [10] },
      { by: 'b', ids: [11] },
    ]);
    expect(a.timer.pending + b.timer.pending).toBe(0);
  });

  it('hands a paste on when its window runs out with nothing added, from the instance whose window it was', async () => {
    const { a, b, handedOn } = await setUp();
    await a.joiner.offer('1:1', piece(10, FULL));
    await b.joiner.offer('1:1', piece(11, FULL));
    // Instance a's window was for piece 10: the paste went on since, so it is not a's to hand on.
    a.timer.advance(PASTE_WINDOW_MS);
    await Promise.resolve();
    expect(handedOn()).toEqual([]);
    b.timer.advance(PASTE_WINDOW_MS);
    await expect.poll(handedOn).toEqual([{ by: 'b', ids: [10, 11] }]);
  });

  it('hands what is held on when the person sends something else, and keeps pastes of different people apart', async () => {
    const { a, b, handedOn } = await setUp();
    await a.joiner.offer('1:1', piece(10, FULL));
    await b.joiner.offer('2:2', piece(10, FULL));
    expect(await b.joiner.holds('1:1')).toBe(true);
    await b.joiner.end('1:1');
    expect(handedOn()).toEqual([{ by: 'b', ids: [10] }]);
    expect(await a.joiner.holds('1:1')).toBe(false);
    expect(await a.joiner.holds('2:2')).toBe(true);
    // A full piece after a short one begins a paste of its own; the one before comes out alone.
    await a.joiner.offer('2:2', piece(11, 500));
    await a.joiner.offer('2:2', piece(12, FULL));
    expect(handedOn()).toEqual([
      { by: 'b', ids: [10] },
      { by: 'a', ids: [10, 11] },
    ]);
    expect(await b.joiner.holds('2:2')).toBe(true);
  });

  it('tells of a store that does not answer when a window runs out, and the paste stays for the next message', async () => {
    const { store, a, handedOn } = await setUp();
    await a.joiner.offer('1:1', piece(10, FULL));
    const down = new StoreError('store get on paste failed: connection reset', { code: 'unavailable', operation: 'get', namespace: 'paste' });
    const get = store.get;
    store.get = () => Promise.reject(down);
    a.timer.advance(PASTE_WINDOW_MS);
    await expect.poll(() => a.storeErrors).toEqual([down]);
    store.get = get;
    await a.joiner.offer('1:1', piece(11, 700));
    expect(handedOn()).toEqual([{ by: 'a', ids: [10, 11] }]);
  });
});
