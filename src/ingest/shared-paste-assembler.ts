import type { HeldPastes } from '../store/held-pastes.js';
import { MAX_PASTE_PIECES, PASTE_PIECE_MIN_LENGTH, PASTE_WINDOW_MS, type PasteAssembler, type PastePiece, type PasteTimer } from './paste-assembler.js';

/**
 * Joins split pastes as `PasteAssembler` does, with answers that may wait for the store: what the update
 * handlers of the summarize feature call, whichever assembler is behind it.
 */
export interface PasteJoiner<Piece extends PastePiece> {
  offer(key: string, piece: Piece): Promise<void>;
  /** Something else came from the same person: what is held comes out now. */
  end(key: string): Promise<void>;
  holds(key: string): Promise<boolean>;
  /** A message of the person or the bot that is no piece (see `PasteAssembler.noteOther`). */
  noteOther(key: string, messageId: number): void;
}

/** The in-process assembler (one process gets every update: polling, or one instance) behind the joiner's interface. */
export function inProcessPasteJoiner<Piece extends PastePiece>(assembler: PasteAssembler<Piece>): PasteJoiner<Piece> {
  return {
    offer: async (key, piece) => assembler.offer(key, piece),
    end: async (key) => assembler.end(key),
    holds: async (key) => assembler.holds(key),
    noteOther: (key, messageId) => assembler.noteOther(key, messageId),
  };
}

export interface SharedPasteJoinerSettings<Piece extends PastePiece> {
  held: HeldPastes<Piece>;
  /** Receives each text and each finished paste, on the instance that saw its end. */
  onPaste: (key: string, pieces: Piece[]) => void;
  /** Told when a window ran out and the store could not be asked whether the paste went on; it stays held until the person's next message. */
  onStoreError: (error: unknown) => void;
  timer: PasteTimer;
  /** Default PASTE_WINDOW_MS. */
  windowMs?: number;
  /** Default PASTE_PIECE_MIN_LENGTH. */
  minPieceLength?: number;
  /** Default MAX_PASTE_PIECES. */
  maxPieces?: number;
}

/**
 * Joins split pastes across instances behind a webhook, whichever instance each piece reaches. Telegram
 * gives the webhook one chat's updates one at a time, each after the answer to the one before, and an
 * instance answers only once the update is handled: a piece is in the store before the next one is sent,
 * so pieces never overtake each other here and nothing waits for stragglers (in-process, updates of one
 * polling batch can, see PASTE_SETTLE_MS).
 * - A text near Telegram's limit is held in the store, and the instance that holds it waits the window;
 *   the texts that follow are added to it, on whichever instance they reach.
 * - A shorter text ends the paste it follows (its last piece), on the instance it reached; with nothing
 *   held it comes out alone at once.
 * - A window that runs out with nothing added hands the paste on from the instance that set it. If that
 *   instance dies meanwhile (or the store does not answer then), the paste waits for the person's next
 *   message, which hands it on, or the store forgets it.
 */
export function createSharedPasteJoiner<Piece extends PastePiece>({
  held,
  onPaste,
  onStoreError,
  timer,
  windowMs = PASTE_WINDOW_MS,
  minPieceLength = PASTE_PIECE_MIN_LENGTH,
  maxPieces = MAX_PASTE_PIECES,
}: SharedPasteJoinerSettings<Piece>): PasteJoiner<Piece> {
  const isFullPiece = (piece: Piece) => piece.length >= minPieceLength;

  /** When the window after `lastId` runs out and the paste still ends with it, it is handed on. */
  function waitForNext(key: string, lastId: number): void {
    timer(windowMs, () => {
      held
        .change<Piece[]>(key, (pieces) => (pieces.at(-1)?.messageId === lastId ? { hold: [], result: pieces } : { hold: pieces, result: [] }))
        .then((pieces) => {
          if (pieces.length > 0) onPaste(key, pieces);
        }, onStoreError);
    });
  }

  return {
    async offer(key, piece) {
      const { out, waitAfter } = await held.change<{ out: Piece[][]; waitAfter: number | undefined }>(key, (pieces) => {
        const last = pieces.at(-1);
        if (last && isFullPiece(last) && piece.messageId > last.messageId) {
          const joined = [...pieces, piece];
          if (!isFullPiece(piece) || joined.length >= maxPieces) return { hold: [], result: { out: [joined], waitAfter: undefined } };
          return { hold: joined, result: { out: [], waitAfter: piece.messageId } };
        }
        // What was held ended without a short last piece; this text begins anew.
        const before = pieces.length > 0 ? [pieces] : [];
        if (isFullPiece(piece)) return { hold: [piece], result: { out: before, waitAfter: piece.messageId } };
        return { hold: [], result: { out: [...before, [piece]], waitAfter: undefined } };
      });
      if (waitAfter !== undefined) waitForNext(key, waitAfter);
      for (const pieces of out) onPaste(key, pieces);
    },
    async end(key) {
      const pieces = await held.change(key, (current) => ({ hold: [], result: current }));
      if (pieces.length > 0) onPaste(key, pieces);
    },
    holds: async (key) => (await held.read(key)).length > 0,
    // Needed in-process only, where updates of one batch may overtake each other.
    noteOther: () => undefined,
  };
}
