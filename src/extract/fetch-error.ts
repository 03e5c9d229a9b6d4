/** Why a page or a resource (a feed) could not be fetched; the bot turns each code into its own answer. */
export type FetchErrorCode =
  | 'invalid_url'
  | 'unsupported_scheme'
  | 'private_address'
  | 'dns_failure'
  | 'timeout'
  | 'too_many_redirects'
  | 'http_status'
  | 'unsupported_type'
  | 'too_large'
  | 'network';

export interface FetchErrorDetails {
  /** The URL being fetched when the failure happened (after any redirects so far). */
  url: string;
  /** HTTP status, for `http_status`. */
  status?: number;
  /** Media type without parameters, e.g. "image/png", for `unsupported_type`. */
  contentType?: string;
  /**
   * For a 429 or 503 that said when to come back (`Retry-After`, in seconds or as an HTTP date):
   * how long from the moment of the answer, in ms. Absent when the server did not say.
   */
  retryAfterMs?: number;
  cause?: unknown;
}

/** A fetch that failed, with a code the caller can branch on. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  readonly code: FetchErrorCode;
  readonly url: string;
  readonly status?: number;
  readonly contentType?: string;
  readonly retryAfterMs?: number;

  constructor(code: FetchErrorCode, message: string, details: FetchErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.url = details.url;
    if (details.status !== undefined) this.status = details.status;
    if (details.contentType !== undefined) this.contentType = details.contentType;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
  }
}
