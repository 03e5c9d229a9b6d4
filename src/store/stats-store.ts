import type { Store } from './key-value-store.js';

/** Counter names: fixed ones plus `errors.<kind>` for each kind of failure. */
export type StatName =
  | 'articlesSummarized'
  | 'cacheHits'
  | 'cacheMisses'
  | 'llmCalls'
  | 'promptTokens'
  | 'completionTokens'
  | 'fallbacks'
  /** LLM summaries checked against their article for numbers, quotations and names. */
  | 'faithfulnessChecked'
  /** … where the one repair request made everything supported. */
  | 'faithfulnessRepaired'
  /** … where bullets that stayed unsupported were dropped. */
  | 'faithfulnessTrimmed'
  /** … where a title or gist that stayed unsupported was replaced from the article. */
  | 'faithfulnessReplaced'
  | `errors.${string}`;

export interface StatsSnapshot {
  sinceStart: Record<string, number>;
  total: Record<string, number>;
  startedAt: string;
}

/** Usage counters for /stats: since this process started, and in total across restarts (and across processes sharing a store). */
export interface Stats {
  increment(name: StatName, by?: number): void;
  snapshot(): StatsSnapshot;
  /** Adds what was counted since the last flush to the stored totals; called periodically and on shutdown. */
  flush(): Promise<void>;
}

/** `stats:totals`: the counters record it has always been (see AtomicOps.readCounters). */
const TOTALS_KEY = 'stats:totals';

/**
 * Counters are kept in memory and added to the stored totals on each flush with the store's own atomic
 * addition: two processes flushing at once both count (it used to be last-writer-wins), and a hot path never
 * waits on the store. `total` is the stored totals as of the last flush plus what this process has counted since.
 */
export async function createStats({ store, now }: { store: Pick<Store, 'atomic'>; now: () => Date }): Promise<Stats> {
  const sinceStart: Record<string, number> = {};
  /** Counted here and not yet added to the store. */
  let pending: Record<string, number> = {};
  let stored = await store.atomic.readCounters(TOTALS_KEY);
  const startedAt = now().toISOString();
  const add = (into: Record<string, number>, amounts: Record<string, number>) => {
    for (const [name, amount] of Object.entries(amounts)) into[name] = (into[name] ?? 0) + amount;
  };
  return {
    increment(name, by = 1) {
      sinceStart[name] = (sinceStart[name] ?? 0) + by;
      pending[name] = (pending[name] ?? 0) + by;
    },
    snapshot() {
      const total = { ...stored };
      add(total, pending);
      return { sinceStart: { ...sinceStart }, total, startedAt };
    },
    async flush() {
      if (Object.keys(pending).length === 0) return;
      const flushing = pending;
      pending = {};
      try {
        await store.atomic.addToCounters(TOTALS_KEY, flushing);
      } catch (error) {
        // Counted again at the next flush. After a time-out the addition may have happened: then it counts twice, which
        // for usage figures beats losing it.
        add(pending, flushing);
        throw error;
      }
      add(stored, flushing);
      // Other processes' counts too; what this one counted meanwhile stays pending.
      stored = await store.atomic.readCounters(TOTALS_KEY);
    },
  };
}
