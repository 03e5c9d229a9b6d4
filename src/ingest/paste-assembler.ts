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

/** A paste this many pieces long (about 100,000 characters) is handed on without waiting for more. */
export const MAX_PASTE_PIECES = 25;

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
  /** Receives each finished paste: its pieces in message order, at least one. */
  onPaste: (key: string, pieces: Piece[]) => void;
  timer: PasteTimer;
  /** Default PASTE_WINDOW_MS. */
  windowMs?: number;
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
 * Per key (one person in one chat): a text near Telegram's limit is held; the texts that follow
 * within the window are added to it; the paste is handed on as soon as a shorter piece ends it
 * with no message id missing in between, or when the window passes with no next piece. A text
 * that arrives with nothing held and is not near the limit is no paste: the caller answers it
 * as it stands, so two short texts get two answers.
 */
export interface PasteAssembler<Piece extends PastePiece> {
  /** A plain text message. 'held': the assembler has it and will hand it on with its paste; 'pass': answer it now. */
  offer(key: string, piece: Piece): 'held' | 'pass';
  /** Something else came from the same person (a command, a forward, a picture): their paste is complete. */
  end(key: string): void;
  /** True while a paste is held for `key`. */
  holds(key: string): boolean;
}

interface HeldPaste<Piece> {
  pieces: Piece[];
  cancelTimer: () => void;
}

export function createPasteAssembler<Piece extends PastePiece>({
  onPaste,
  timer,
  windowMs = PASTE_WINDOW_MS,
  minPieceLength = PASTE_PIECE_MIN_LENGTH,
  maxPieces = MAX_PASTE_PIECES,
}: PasteAssemblerSettings<Piece>): PasteAssembler<Piece> {
  const held = new Map<string, HeldPaste<Piece>>();
  const isFullPiece = (piece: Piece) => piece.length >= minPieceLength;

  function handOn(key: string): void {
    const paste = held.get(key);
    if (!paste) return;
    held.delete(key);
    paste.cancelTimer();
    onPaste(key, paste.pieces);
  }

  /**
   * Full pieces and then one shorter one, with consecutive ids: nothing else can belong to it.
   * (Updates of one batch are handled concurrently, so a later piece may arrive first: it is
   * sorted into place, and a gap in the ids waits for the missing piece or the window.)
   */
  function isComplete(pieces: readonly Piece[]): boolean {
    const last = pieces[pieces.length - 1];
    if (!last || isFullPiece(last)) return false;
    return pieces.every((piece, index) => index === pieces.length - 1 || (isFullPiece(piece) && pieces[index + 1]?.messageId === piece.messageId + 1));
  }

  return {
    offer(key, piece) {
      const paste = held.get(key);
      if (!paste) {
        if (!isFullPiece(piece)) return 'pass';
        held.set(key, { pieces: [piece], cancelTimer: timer(windowMs, () => handOn(key)) });
        return 'held';
      }
      // Only the last piece of a paste is short: a short text sent before a held piece is a message of its own.
      if (!isFullPiece(piece) && paste.pieces.some((each) => each.messageId > piece.messageId)) return 'pass';
      paste.cancelTimer();
      paste.pieces = [...paste.pieces, piece].sort((a, b) => a.messageId - b.messageId);
      if (isComplete(paste.pieces) || paste.pieces.length >= maxPieces) handOn(key);
      else paste.cancelTimer = timer(windowMs, () => handOn(key));
      return 'held';
    },
    end: handOn,
    holds: (key) => held.has(key),
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
