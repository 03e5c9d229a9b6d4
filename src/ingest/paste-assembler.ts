import type { IncomingMessage } from './summary-request.js';

/** Telegram's limit on one text message, in UTF-16 code units (as JavaScript counts a string's length). */
export const TELEGRAM_MESSAGE_LIMIT = 4_096;

/**
 * A text at least this long may be one piece of a longer paste: Telegram apps split a paste
 * over the limit into messages at or just under it, cut at whitespace (which they drop).
 */
export const PASTE_PIECE_MIN_LENGTH = 3_900;

/** How long a held paste waits for its next piece; the apps send the pieces together. */
export const PASTE_WINDOW_MS = 1_500;

/**
 * How long a text, or a paste that looks complete, waits for pieces sent before it that are still
 * on their way. Telegram delivers the pieces in order, but telegraf handles the updates of one batch
 * concurrently and each first passes the middleware before the summarize feature (a store read or
 * two), so one may overtake another: by up to 150 ms, once 450 ms, in a burst of 120 updates on
 * SQLite (tests/e2e/fair-use.test.ts has the stress case). Short next to fetching and the LLM.
 */
export const PASTE_SETTLE_MS = 300;

/** A paste this many pieces long (about 100,000 characters) is handed on without waiting for more. */
export const MAX_PASTE_PIECES = 25;

/** How many keys' latest non-piece message the assembler remembers; the oldest is forgotten first. */
const MAX_NOTED_KEYS = 10_000;

/** One text message, as far as assembling a paste cares. */
export interface PastePiece {
  /** Telegram's message id: the pieces of a paste have consecutive ids, in order. */
  messageId: number;
  /** The text's length as Telegram counts it for its limit (UTF-16 code units). */
  length: number;
}

/** Starts a one-shot timer and returns its cancel function. Tests pass a fake. */
export type PasteTimer = (ms: number, fire: () => void) => () => void;

/** Real time: a held paste waits a second and a half of it whatever the bot's wall clock says. */
export const realPasteTimer: PasteTimer = (ms, fire) => {
  const timer = setTimeout(fire, ms);
  // A paste still held when the process stops is dropped with it; it must not keep the process alive.
  timer.unref();
  return () => clearTimeout(timer);
};

export interface PasteAssemblerSettings<Piece extends PastePiece> {
  /** Receives each text and each finished paste: its pieces in message order, at least one. */
  onPaste: (key: string, pieces: Piece[]) => void;
  timer: PasteTimer;
  /** Default PASTE_WINDOW_MS. */
  windowMs?: number;
  /** Default PASTE_SETTLE_MS. */
  settleMs?: number;
  /** Default PASTE_PIECE_MIN_LENGTH. */
  minPieceLength?: number;
  /** Default MAX_PASTE_PIECES. */
  maxPieces?: number;
}

/**
 * Joins the pieces Telegram splits a long paste into. Pure logic on an injected timer: it never
 * waits itself, so the update handler that offers a piece returns at once (telegraf handles a
 * batch of updates together and asks for the next batch only when all are done).
 *
 * Per key (one person in one chat), every text comes out through `onPaste`, alone or joined, in
 * message order:
 * - a text near Telegram's limit is held for the window; the texts that follow are added to it;
 * - a shorter text ends the paste: with no message id missing it comes out after the settle time
 *   (an earlier piece may have been overtaken on the way), else after the window;
 * - a shorter text with nothing held waits the settle time for pieces sent before it, then comes
 *   out alone; a second text ends the first at once: two short texts are two answers. It need not
 *   wait when the message just before it is known to be no piece (see `noteOther`).
 */
export interface PasteAssembler<Piece extends PastePiece> {
  /** A plain text message of the person; it comes out through `onPaste`, alone or in its paste. */
  offer(key: string, piece: Piece): void;
  /** Something else came from the same person (a command, a forward, a picture): what is held comes out now. */
  end(key: string): void;
  /** True while a text or a paste is held for `key`. */
  holds(key: string): boolean;
  /**
   * A message there that is no piece of a paste: one the bot sent, a picture. A paste's last piece
   * comes right after a full piece, so a short text right after this one comes out without waiting.
   */
  noteOther(key: string, messageId: number): void;
}

interface HeldPaste<Piece> {
  /** In message order. */
  pieces: Piece[];
  cancelTimer: () => void;
}

export function createPasteAssembler<Piece extends PastePiece>({
  onPaste,
  timer,
  windowMs = PASTE_WINDOW_MS,
  settleMs = PASTE_SETTLE_MS,
  minPieceLength = PASTE_PIECE_MIN_LENGTH,
  maxPieces = MAX_PASTE_PIECES,
}: PasteAssemblerSettings<Piece>): PasteAssembler<Piece> {
  const held = new Map<string, HeldPaste<Piece>>();
  /** Per key, the latest message id known to be no full piece. */
  const others = new Map<string, number>();
  const isFullPiece = (piece: Piece) => piece.length >= minPieceLength;

  function noteOther(key: string, messageId: number): void {
    if ((others.get(key) ?? -Infinity) > messageId) return;
    others.delete(key);
    others.set(key, messageId);
    if (others.size > MAX_NOTED_KEYS) others.delete(others.keys().next().value ?? key);
  }

  function handOn(key: string): void {
    const paste = held.get(key);
    if (!paste) return;
    held.delete(key);
    paste.cancelTimer();
    const last = paste.pieces[paste.pieces.length - 1];
    if (last && !isFullPiece(last)) noteOther(key, last.messageId);
    onPaste(key, paste.pieces);
  }

  /** Holds a text that begins something: a full piece for the window; a short text for the settle time, unless it cannot be a last piece. */
  function begin(key: string, piece: Piece): void {
    if (isFullPiece(piece)) return hold(key, [piece], windowMs);
    if (others.get(key) === piece.messageId - 1) {
      noteOther(key, piece.messageId);
      onPaste(key, [piece]);
      return;
    }
    hold(key, [piece], settleMs);
  }

  function hold(key: string, pieces: Piece[], waitMs: number): void {
    held.get(key)?.cancelTimer();
    held.set(key, { pieces, cancelTimer: timer(waitMs, () => handOn(key)) });
  }

  /** Full pieces and then one shorter one, with consecutive ids. */
  function isComplete(pieces: readonly Piece[]): boolean {
    const last = pieces[pieces.length - 1];
    if (!last || isFullPiece(last) || pieces.length < 2) return false;
    return pieces.every((piece, index) => index === pieces.length - 1 || (isFullPiece(piece) && pieces[index + 1]?.messageId === piece.messageId + 1));
  }

  return {
    offer(key, piece) {
      const paste = held.get(key);
      const last = paste?.pieces[paste.pieces.length - 1];
      if (!paste || !last) return begin(key, piece);
      // Only the last piece of a paste is short: a short text sent before a held one is a message of its own.
      if (!isFullPiece(piece) && piece.messageId < last.messageId) {
        onPaste(key, [piece]);
        return;
      }
      // Nothing comes after a paste's short last piece: what is held is complete, and this begins anew.
      if (!isFullPiece(last) && piece.messageId > last.messageId) {
        handOn(key);
        return begin(key, piece);
      }
      const pieces = [...paste.pieces, piece].sort((a, b) => a.messageId - b.messageId);
      if (pieces.length >= maxPieces) {
        paste.pieces = pieces;
        handOn(key);
      } else hold(key, pieces, isComplete(pieces) ? settleMs : windowMs);
    },
    end: handOn,
    holds: (key) => held.has(key),
    noteOther,
  };
}

/**
 * The pieces of one paste as one message. Telegram drops the whitespace it cut at, so the pieces
 * are joined with a line break: the pasted-text extractor rejoins a sentence cut across one.
 * Entity offsets move with their piece; the first piece's forward origin stands for the paste.
 */
export function joinPastePieces(pieces: readonly IncomingMessage[]): IncomingMessage {
  const [first] = pieces;
  if (!first) throw new RangeError('a paste has at least one piece');
  let text = '';
  const entities: IncomingMessage['entities'] = [];
  for (const piece of pieces) {
    if (text !== '') text += '\n';
    entities.push(...piece.entities.map((entity) => ({ ...entity, offset: entity.offset + text.length })));
    text += piece.text;
  }
  return { text, entities, hasMedia: pieces.some((piece) => piece.hasMedia), ...(first.forwardOrigin && { forwardOrigin: first.forwardOrigin }) };
}
