/**
 * Why a store call failed:
 * - `unavailable`: the backend failed or refused (connection lost, Redis out of memory, disk full, a SQLite error);
 * - `timeout`: no answer in time; a write's outcome is then unknown;
 * - `malformed`: a record does not match its schema: read back (an old or foreign shape) or about to be written;
 * - `conflict`: a change the store's rules forbid (a source moved onto another source's URL);
 * - `unsupported`: STORE_URL names a backend the bot does not offer.
 *
 * Every one of them means "the store could not answer now": the person is told to try again in a minute, the
 * log gets the `cause`. None of them is ever turned into "no data".
 */
export type StoreErrorCode = 'unavailable' | 'timeout' | 'malformed' | 'conflict' | 'unsupported';

/** What was being done: a call of the store itself, or reading / writing one record through a feature store. */
export type StoreOperation =
  | 'open'
  | 'get'
  | 'getMany'
  | 'set'
  | 'delete'
  | 'close'
  | 'setIfAbsent'
  | 'addToCounters'
  | 'readCounters'
  | 'lock'
  | 'read'
  | 'write';

export interface StoreErrorOptions {
  code: StoreErrorCode;
  operation: StoreOperation;
  /** The key's namespace (`subscriber`, `pool`, `delivery`…); see `keyNamespace`. */
  namespace?: string;
  cause?: unknown;
}

/** Any failure of the store. The backend's own error, if any, is the `cause`. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;
  readonly operation: StoreOperation;
  /** The namespace of the key involved, never the whole key: keys hold chat ids and URLs, which logs should not. */
  readonly namespace: string | undefined;

  constructor(message: string, { code, operation, namespace, cause }: StoreErrorOptions) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
    this.operation = operation;
    this.namespace = namespace;
  }
}

/** True for a StoreError: what the bot answers with "try again in a minute". */
export function isStoreError(error: unknown): error is StoreError {
  return error instanceof StoreError;
}

/** The part of a key that names what it holds: `subscriber:42` → `subscriber`, `pool:article:ab12` → `pool`. */
export function keyNamespace(key: string): string {
  const end = key.indexOf(':');
  return end === -1 ? key : key.slice(0, end);
}
