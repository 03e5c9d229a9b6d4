import { z } from 'zod';
import { TOPIC_SLUGS, type Topic } from '../core/topics.js';
import type { KeyValueStore } from './key-value-store.js';
import { StoreError, keyNamespace } from './store-error.js';

/**
 * A kind of record the store keeps: where its keys live, the version of its shape, and the schema every
 * value must match when it is read back. A value that does not match is a `StoreError` (`malformed`),
 * never "missing" and never a bare cast.
 *
 * Versions, and why version 1 has no marker in its key. Every key written before records had versions
 * holds version 1 of its shape, and a running deployment has subscribers, schedules and sources under
 * those keys. So version 1 keeps the old spelling (`subscriber:42`): nothing to migrate, nothing lost on
 * the deploy that introduced versions. From version 2 on, the version is part of the key
 * (`subscriber:v2:42`), so a deploy that changes a shape never reads an old value as the new shape:
 * - a cache (summaries, articles, overviews) bumps its version and simply starts empty;
 * - a record that must survive (subscribers, the schedule, sources, deliveries, quotas) bumps its version
 *   and, on a miss, reads the previous version's key and converts it (read old, write new), until the old
 *   keys are gone.
 * Changing a schema without bumping its version is the one thing not to do: old values would then fail
 * validation (loudly, but for every reader).
 */
export interface RecordKind<Value> {
  /** The key prefix, e.g. `subscriber` or `pool:article`. */
  readonly prefix: string;
  readonly version: number;
  readonly schema: z.ZodType<Value>;
  /** The key of the record with this id: `prefix:id` for version 1, `prefix:vN:id` after. */
  key(id: string | number): string;
  /** Validates a value read back from `key`. */
  parse(value: unknown, key: string): Value;
}

export function defineRecord<Value>(prefix: string, version: number, schema: z.ZodType<Value>): RecordKind<Value> {
  const keyPrefix = version === 1 ? `${prefix}:` : `${prefix}:v${version}:`;
  return {
    prefix,
    version,
    schema,
    key: (id) => `${keyPrefix}${id}`,
    parse: (value, key) => parseRecord(schema, value, key, 'read'),
  };
}

/** A topic slug; a retired one in a stored record is a shape change, so it needs a version bump with a conversion. */
export const topicSchema = z.enum(TOPIC_SLUGS as [Topic, ...Topic[]]);

/** Validates `value` against `schema`; a mismatch is a `malformed` StoreError naming the key's namespace and the problems. */
export function parseRecord<Value>(schema: z.ZodType<Value>, value: unknown, key: string, operation: 'read' | 'write' = 'read'): Value {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const namespace = keyNamespace(key);
  const what = operation === 'read' ? 'malformed record read back from' : 'malformed record to write at';
  throw new StoreError(`${what} ${key}: ${z.prettifyError(parsed.error)}`, {
    code: 'malformed',
    operation,
    namespace,
    cause: parsed.error,
  });
}

/** One record by id; undefined only when there is none. */
export async function readRecord<Value>(store: KeyValueStore, kind: RecordKind<Value>, id: string | number): Promise<Value | undefined> {
  const key = kind.key(id);
  const value = await store.get(key);
  return value === undefined ? undefined : kind.parse(value, key);
}

/** Records by id, in the order of `ids`; undefined where there is none. */
export async function readRecords<Value>(store: KeyValueStore, kind: RecordKind<Value>, ids: ReadonlyArray<string | number>): Promise<Array<Value | undefined>> {
  const keys = ids.map((id) => kind.key(id));
  const values = await store.getMany(keys);
  return values.map((value, index) => (value === undefined ? undefined : kind.parse(value, keys[index] ?? kind.prefix)));
}

export function writeRecord<Value>(store: KeyValueStore, kind: RecordKind<Value>, id: string | number, value: Value, ttlMs?: number): Promise<void> {
  return store.set(kind.key(id), value, ttlMs);
}
