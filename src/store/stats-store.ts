import type { KeyValueStore } from './open-store.js';

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

/** Usage counters for /stats: since this process started, and in total across restarts. */
export interface Stats {
  increment(name: StatName, by?: number): void;
  snapshot(): StatsSnapshot;
  /** Writes the totals to the store; called periodically and on shutdown. */
  flush(): Promise<void>;
}

const TOTALS_KEY = 'stats:totals';

/**
 * Counters are kept in memory and the totals written back in one key: the bot
 * is a single process, so there is no concurrent writer to lose updates to, and
 * a hot path never waits on the store.
 */
export async function createStats({ store, now }: { store: KeyValueStore; now: () => Date }): Promise<Stats> {
  const sinceStart: Record<string, number> = {};
  const total: Record<string, number> = { ...(await store.get<Record<string, number>>(TOTALS_KEY)) };
  const startedAt = now().toISOString();
  let dirty = false;
  return {
    increment(name, by = 1) {
      sinceStart[name] = (sinceStart[name] ?? 0) + by;
      total[name] = (total[name] ?? 0) + by;
      dirty = true;
    },
    snapshot: () => ({ sinceStart: { ...sinceStart }, total: { ...total }, startedAt }),
    async flush() {
      if (!dirty) return;
      dirty = false;
      await store.set(TOTALS_KEY, { ...total });
    },
  };
}
