/**
 * An article as the rest of the product sees it: the cleaned main text and what
 * could be recognised about it. Produced by `extract/` from a fetched page or a
 * pasted text; consumed by `summarize/` and `digest/`.
 */
export interface Article {
  /** Cleaned main text: paragraphs separated by a blank line, no page chrome. */
  text: string;
  /** Headline, where one was found. */
  title?: string;
  /** Publication name, e.g. "The Moscow Times". */
  siteName?: string;
  /** Publication time as ISO 8601 (date only, `YYYY-MM-DD`, when no time is known). */
  publishedAt?: string;
  /** Canonical URL (tracking parameters and fragment dropped), for linked articles. */
  url?: string;
  /** Primary language subtag, e.g. "en", "ru", when known or detected. */
  language?: string;
}
