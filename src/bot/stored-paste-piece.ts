import { z } from 'zod';
import { isCatalogueLanguage, type CatalogueLanguage } from '../messages/catalogue.js';

/**
 * A piece of a split paste as the store holds it between instances: the text with its entities, and who
 * asked in which chat, enough to answer from whichever instance sees the paste end.
 */
export interface StoredPastePiece {
  messageId: number;
  /** As Telegram counts it for its limit (UTF-16 code units). */
  length: number;
  text: string;
  entities: Array<{ type: string; offset: number; length: number; url?: string }>;
  /** False for a group message that only continues a /summarize paste. */
  opensRequest: boolean;
  chatId: number;
  userId: number;
  replyTo: number;
  clientLanguage?: string;
  /** The catalogue language the bot's texts were in for them. */
  textsLanguage: CatalogueLanguage;
}

export const storedPastePieceSchema: z.ZodType<StoredPastePiece> = z.object({
  messageId: z.number().int(),
  length: z.number().int().nonnegative(),
  text: z.string(),
  entities: z.array(z.object({ type: z.string(), offset: z.number().int(), length: z.number().int(), url: z.string().optional() })),
  opensRequest: z.boolean(),
  chatId: z.number().int(),
  userId: z.number().int(),
  replyTo: z.number().int(),
  clientLanguage: z.string().optional(),
  textsLanguage: z.custom<CatalogueLanguage>((value) => typeof value === 'string' && isCatalogueLanguage(value), 'a catalogue language'),
});
