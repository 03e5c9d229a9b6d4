import type { Logger } from '../logger.js';
import type { KeyValueStore } from '../store/open-store.js';
import type { TokenBudget } from '../store/token-budget.js';
import type { DigestOverviewer } from '../summarize/digest-overviewer.js';
import { topicName } from '../core/topics.js';
import type { Digest } from './build-digest.js';
import type { OverviewWriter } from './digest-delivery.js';

const OVERVIEW_TTL_MS = 3 * 24 * 3_600_000;

/**
 * Overviews cached per digest content: a thousand subscribers with the same
 * digest cost one LLM call. A failure is not cached and yields no overview.
 */
export function createCachedOverviewWriter({
  overviewer,
  store,
  budget,
  logger,
}: {
  overviewer: DigestOverviewer;
  store: KeyValueStore;
  /** With today's tokens spent, digests go out without an overview; what overviews spend counts against it. */
  budget?: Pick<TokenBudget, 'isSpent' | 'record'>;
  logger: Logger;
}): OverviewWriter {
  const inFlight = new Map<string, Promise<string | undefined>>();
  return async (digest: Digest) => {
    const key = `overview:${overviewer.promptId}@v${overviewer.promptVersion}:${overviewer.model}:${digest.contentKey}`;
    const cached = await store.get<string>(key);
    if (cached) return cached;
    const running = inFlight.get(key);
    if (running) return running;
    if (await budget?.isSpent()) return undefined;
    const work = (async () => {
      const gists = digest.sections.flatMap((section) => section.items.map((item) => item.gist));
      const { overview, usage } = await overviewer.write({ gists, topics: digest.sections.map((section) => topicName(section.topic)) });
      await budget?.record(usage.promptTokens + usage.completionTokens);
      await store.set(key, overview, OVERVIEW_TTL_MS);
      logger.debug({ key }, 'digest overview written');
      return overview;
    })().finally(() => inFlight.delete(key));
    inFlight.set(key, work);
    return work;
  };
}
