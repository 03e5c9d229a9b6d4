/** Why no article could be taken from a page or a pasted text. */
export type ExtractErrorCode = 'no_article';

/** Extraction found nothing article-like; the fetch itself succeeded. */
export class ExtractError extends Error {
  override readonly name = 'ExtractError';
  readonly code: ExtractErrorCode;
  /** The page the extraction was run on, when it came from a URL. */
  readonly url?: string;

  constructor(code: ExtractErrorCode, message: string, details: { url?: string; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    if (details.url !== undefined) this.url = details.url;
  }
}
