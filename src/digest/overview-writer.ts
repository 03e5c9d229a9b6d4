import type { Logger } from '../logger.js';
import { languageName } from '../core/languages.js';
import { z } from 'zod';
import type { KeyValueStore } from '../store/key-value-store.js';
import { defineRecord, readRecord, writeRecord } from '../store/records.js';
import type { TokenBudget } from '../store/token-budget.js';
import { findUnsupportedInOverview, type DigestOverviewer } from '../summarize/digest-overviewer.js';
import { topicName } from '../core/topics.js';
import type { Digest } from './build-digest.js';
import type { OverviewWriter } from './digest-delivery.js';

const OVERVIEW_TTL_MS = 3 * 24 * 3_600_000;

/** `overview:<prompt>@v<n>:<model>:<language>:<digest content key>` → the overview text; version 1. */
const overviewRecords = defineRecord('overview', 1, z.string().min(1));

/**
 * Overviews cached per digest content: a thousand subscribers with the same
 * digest cost one LLM call. A failure is not cached and yields no overview.
 *
 * An overview is checked against the gists it was written from; one that
 * states a number, quotation or name they do not is dropped, and the digest
 * goes out without it. No repair is asked for, unlike a summary's: the
 * overview is a two-line preface to stories the reader gets in full anyway,
 * so losing it costs little, while a repair would add a round trip in the
 * middle of the 08:00 fan-out for every digest content that needs one.
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
  return async (digest: Digest, language?: string) => {
    // The same stories make a different overview for readers of another language: it names the language too.
    const id = `${overviewer.promptId}@v${overviewer.promptVersion}:${overviewer.model}:${language ?? 'default'}:${digest.contentKey}`;
    const key = overviewRecords.key(id);
    const cached = await readRecord(store, overviewRecords, id);
    if (cached) return cached;
    const running = inFlight.get(key);
    if (running) return running;
    if (await budget?.isSpent()) return undefined;
    const work = (async () => {
      const gists = digest.sections.flatMap((section) => section.items.map((item) => item.gist));
      const request = {
        gists,
        topics: digest.sections.map((section) => topicName(section.topic)),
        ...(language && { language: `${languageName(language)} (${language})` }),
      };
      const { overview, usage } = await overviewer.write(request);
      await budget?.record(usage.promptTokens + usage.completionTokens);
      const unsupported = findUnsupportedInOverview(overview, request);
      if (unsupported.length > 0) {
        // Not cached, like any failure: the next digest with this content asks again.
        logger.warn({ key, unsupported }, 'the digest overview states what its stories do not; sending the digest without it');
        return undefined;
      }
      await writeRecord(store, overviewRecords, id, overview, OVERVIEW_TTL_MS);
      logger.debug({ key }, 'digest overview written');
      return overview;
    })().finally(() => inFlight.delete(key));
    inFlight.set(key, work);
    return work;
  };
}
