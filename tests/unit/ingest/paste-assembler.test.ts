import { describe, expect, it } from 'vitest';
import {
  createPasteAssembler,
  joinPastePieces,
  PASTE_PIECE_MIN_LENGTH,
  PASTE_SETTLE_MS,
  PASTE_WINDOW_MS,
  type PastePiece,
} from '../../../src/ingest/paste-assembler.js';
import { createFakeTimer } from '../../support/fake-timer.js';

const FULL = 4_090;
const piece = (messageId: number, length: number): PastePiece => ({ messageId, length });

function setUp() {
  const clock = createFakeTimer();
  const pastes: Array<{ key: string; ids: number[] }> = [];
  const assembler = createPasteAssembler<PastePiece>({
    timer: clock.timer,
    onPaste: (key, pieces) => pastes.push({ key, ids: pieces.map((each) => each.messageId) }),
  });
  return { clock, pastes, assembler };
}

describe('paste assembler', () => {
  it('hands a short text on alone once it has settled, and two short texts as two', () => {
    const { assembler, pastes, clock } = setUp();
    assembler.offer('1', piece(1, 200));
    expect(assembler.holds('1')).toBe(true);
    clock.advance(PASTE_SETTLE_MS - 1);
    expect(pastes).toEqual([]);
    clock.advance(1);
    expect(pastes).toEqual([{ key: '1', ids: [1] }]);
    // Sent together: the second ends the first at once (nothing follows a paste's short last piece),
    // and needs no wait itself: what came just before it was no full piece.
    assembler.offer('1', piece(3, PASTE_PIECE_MIN_LENGTH - 1));
    assembler.offer('1', piece(4, 80));
    expect(pastes).toEqual([{ key: '1', ids: [1] }, { key: '1', ids: [3] }, { key: '1', ids: [4] }]);
    expect(clock.pending).toBe(0);
  });

  it('hands a short text on at once when the message before it is known to be no piece', () => {
    const { assembler, pastes, clock } = setUp();
    assembler.noteOther('1', 4); // say, the bot's answer
    assembler.offer('1', piece(5, 120));
    expect(pastes).toEqual([{ key: '1', ids: [5] }]);
    // So is the next text: its predecessor was a short text.
    assembler.offer('1', piece(6, 120));
    expect(pastes).toEqual([{ key: '1', ids: [5] }, { key: '1', ids: [6] }]);
    // Not right after: it may be a last piece whose full pieces are still on their way.
    assembler.offer('1', piece(9, 120));
    expect(pastes).toHaveLength(2);
    clock.advance(PASTE_SETTLE_MS);
    expect(pastes).toHaveLength(3);
    // A full piece is held whatever came before it.
    assembler.noteOther('1', 10);
    assembler.offer('1', piece(11, FULL));
    expect(assembler.holds('1')).toBe(true);
    expect(clock.pending).toBe(1);
  });

  it('joins full pieces and hands the paste on a settle time after a shorter piece ends it, not the whole window', () => {
    const { assembler, pastes, clock } = setUp();
    assembler.offer('1', piece(10, FULL));
    assembler.offer('1', piece(11, PASTE_PIECE_MIN_LENGTH));
    assembler.offer('1', piece(12, 1_800));
    clock.advance(PASTE_SETTLE_MS - 1);
    expect(pastes).toEqual([]);
    clock.advance(1);
    expect(pastes).toEqual([{ key: '1', ids: [10, 11, 12] }]);
    expect(assembler.holds('1')).toBe(false);
    expect(clock.pending).toBe(0);
  });

  it('takes in a first piece that was overtaken by the rest, within the settle time', () => {
    const { assembler, pastes, clock } = setUp();
    assembler.offer('1', piece(11, FULL));
    assembler.offer('1', piece(12, 700));
    clock.advance(PASTE_SETTLE_MS - 1);
    assembler.offer('1', piece(10, FULL));
    clock.advance(PASTE_SETTLE_MS);
    expect(pastes).toEqual([{ key: '1', ids: [10, 11, 12] }]);
  });

  it('hands a held paste with no follow-up on after the window, counted from its last piece', () => {
    const { assembler, pastes, clock } = setUp();
    assembler.offer('1', piece(10, FULL));
    clock.advance(PASTE_WINDOW_MS - 1);
    assembler.offer('1', piece(11, FULL));
    clock.advance(PASTE_WINDOW_MS - 1);
    expect(pastes).toEqual([]);
    clock.advance(1);
    expect(pastes).toEqual([{ key: '1', ids: [10, 11] }]);
    // A single text near the limit that nobody continues is a paste of one piece.
    assembler.offer('1', piece(13, FULL));
    clock.advance(PASTE_WINDOW_MS);
    expect(pastes).toEqual([{ key: '1', ids: [10, 11] }, { key: '1', ids: [13] }]);
  });

  it('takes in pieces that overtook each other (the short last one first), and waits the settle time for more', () => {
    const { assembler, pastes, clock } = setUp();
    assembler.offer('1', piece(12, 900));
    assembler.offer('1', piece(11, FULL));
    clock.advance(PASTE_SETTLE_MS - 1);
    assembler.offer('1', piece(10, FULL));
    clock.advance(PASTE_SETTLE_MS - 1);
    expect(pastes).toEqual([]);
    clock.advance(1);
    expect(pastes).toEqual([{ key: '1', ids: [10, 11, 12] }]);
  });

  it('waits for a missing piece, and out the window when it never comes (a message that is not offered here)', () => {
    const { assembler, pastes, clock } = setUp();
    assembler.offer('1', piece(10, FULL));
    assembler.offer('1', piece(12, 900));
    expect(pastes).toEqual([]);
    assembler.offer('1', piece(11, FULL));
    clock.advance(PASTE_SETTLE_MS);
    expect(pastes).toEqual([{ key: '1', ids: [10, 11, 12] }]);

    assembler.offer('1', piece(20, FULL));
    assembler.offer('1', piece(22, 900));
    clock.advance(PASTE_SETTLE_MS);
    expect(pastes).toHaveLength(1);
    clock.advance(PASTE_WINDOW_MS - PASTE_SETTLE_MS);
    expect(pastes).toEqual([{ key: '1', ids: [10, 11, 12] }, { key: '1', ids: [20, 22] }]);
  });

  it('hands a short text sent before the held piece on alone, at once', () => {
    const { assembler, pastes, clock } = setUp();
    assembler.offer('1', piece(10, FULL));
    assembler.offer('1', piece(9, 40));
    expect(pastes).toEqual([{ key: '1', ids: [9] }]);
    expect(assembler.holds('1')).toBe(true);
    assembler.offer('1', piece(11, 40));
    clock.advance(PASTE_SETTLE_MS);
    expect(pastes).toEqual([{ key: '1', ids: [9] }, { key: '1', ids: [10, 11] }]);
  });

  it('keeps people and chats apart', () => {
    const { assembler, pastes, clock } = setUp();
    assembler.offer('1', piece(10, FULL));
    assembler.offer('2', piece(11, 300));
    assembler.offer('-5:7', piece(40, FULL));
    assembler.offer('1', piece(11, 300));
    clock.advance(PASTE_SETTLE_MS);
    expect(pastes).toEqual([
      { key: '2', ids: [11] },
      { key: '1', ids: [10, 11] },
    ]);
    expect(assembler.holds('-5:7')).toBe(true);
  });

  it('hands what is held on at once when something else comes from the same person', () => {
    const { assembler, pastes, clock } = setUp();
    assembler.offer('1', piece(10, FULL));
    assembler.end('1');
    expect(pastes).toEqual([{ key: '1', ids: [10] }]);
    expect(clock.pending).toBe(0);
    assembler.end('1'); // nothing held: nothing happens
    expect(pastes).toHaveLength(1);
  });

  it('hands a very long paste on at its most pieces without waiting for more', () => {
    const clock = createFakeTimer();
    const pastes: number[][] = [];
    const assembler = createPasteAssembler<PastePiece>({ timer: clock.timer, maxPieces: 3, onPaste: (_key, pieces) => pastes.push(pieces.map((each) => each.messageId)) });
    for (const id of [1, 2, 3, 4]) assembler.offer('1', piece(id, FULL));
    expect(pastes).toEqual([[1, 2, 3]]);
    expect(assembler.holds('1')).toBe(true);
  });
});

describe('joinPastePieces', () => {
  it('joins the texts with a line break and moves each piece’s entities with it', () => {
    const first = { text: 'Read https://a.example/x and', entities: [{ type: 'url', offset: 5, length: 19 }], hasMedia: false };
    const second = { text: 'then https://b.example/y too.', entities: [{ type: 'url', offset: 5, length: 19 }], hasMedia: false };
    const joined = joinPastePieces([first, second]);
    expect(joined).toEqual({
      text: 'Read https://a.example/x and\nthen https://b.example/y too.',
      entities: [
        { type: 'url', offset: 5, length: 19 },
        { type: 'url', offset: 34, length: 19 },
      ],
      hasMedia: false,
    });
    expect(joined.text.slice(34, 34 + 19)).toBe('https://b.example/y');
  });
});
