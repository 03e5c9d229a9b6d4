import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article.js';
import { silentLogger } from '../../../src/logger.js';
import { openStore } from '../../../src/store/open-store.js';
import { createStats } from '../../../src/store/stats-store.js';
import { createSummaryCache } from '../../../src/store/summary-cache.js';
import { SummarizeError, type FaithfulnessRecord } from '../../../src/summarize/summary.js';
import { buildSummaryKey, createSummaryService, hashContent } from '../../../src/summarize/summary-service.js';
import { createInProcessCoordination } from '../../../src/store/coordination.js';
import { createFakeSummarizer, summaryResultFor } from '../../support/fake-summarizer.js';

const article: Article = { title: 'Rare phone call', text: 'Defense ministers spoke by phone on Friday. '.repeat(20), url: 'https://news.example/call' };

async function setUp() {
  const store = await openStore('memory://');
  const stats = await createStats({ store, now: () => new Date('2026-01-01T00:00:00Z') });
  const summarizer = createFakeSummarizer();
  const fallback = createFakeSummarizer({ model: 'extractive' });
  const loads: string[] = [];
  let release: (() => void) | undefined;
  const service = createSummaryService({
    summarizer,
    fallback,
    cache: createSummaryCache({ store, ttlMs: 60_000 }),
    loadArticle: async (url) => {
      loads.push(url);
      if (release === undefined) return article;
      await new Promise<void>((resolve) => (release = resolve));
      return article;
    },
    canonicalizeUrl: (url) => url.replace(/[?#].*$/, ''),
    stats,
    logger: silentLogger,
  });
  return {
    store,
    stats,
    summarizer,
    fallback,
    loads,
    service,
    holdLoads: () => (release = () => undefined),
    releaseLoads: () => release?.(),
  };
}

describe('summary service', () => {
  it('summarizes a link once and answers the repeat, with tracking parameters, from the cache', async () => {
    const { service, summarizer, loads, stats } = await setUp();
    summarizer.answerWith((input) => summaryResultFor(input));
    const first = await service.summarizeUrl('https://news.example/call?utm_source=tg');
    const second = await service.summarizeUrl('https://news.example/call#top');
    expect(first).toEqual({ article, result: summaryResultFor(article), cached: false });
    expect(second).toEqual({ article, result: summaryResultFor(article), cached: true });
    expect(loads).toEqual(['https://news.example/call']);
    expect(summarizer.calls).toHaveLength(1);
    expect(stats.snapshot().sinceStart).toEqual({
      cacheMisses: 1,
      cacheHits: 1,
      articlesSummarized: 1,
      llmCalls: 1,
      promptTokens: 100,
      completionTokens: 20,
    });
  });

  it('shares one fetch and one LLM call among five simultaneous requests for a new link', async () => {
    const { service, summarizer, loads, holdLoads, releaseLoads } = await setUp();
    summarizer.answerWith((input) => summaryResultFor(input));
    holdLoads();
    const requests = Array.from({ length: 5 }, () => service.summarizeUrl('https://news.example/call'));
    await new Promise((resolve) => setImmediate(resolve));
    releaseLoads();
    const outcomes = await Promise.all(requests);
    expect(outcomes.map((outcome) => outcome.result.summary.title)).toEqual(Array(5).fill('Summary of Rare phone call'));
    expect(loads).toHaveLength(1);
    expect(summarizer.calls).toHaveLength(1);
  });

  it('answers the same text pasted twice, with other spacing, without a second LLM call', async () => {
    const { service, summarizer } = await setUp();
    summarizer.answerWith((input) => summaryResultFor(input));
    await service.summarizeArticle({ text: 'One two three.\n\nFour five six.' });
    const again = await service.summarizeArticle({ text: 'One  two three. Four five six.' });
    expect(again.cached).toBe(true);
    expect(summarizer.calls).toHaveLength(1);
  });

  it('falls back to the extractive summary when the LLM fails, and does not cache the fallback', async () => {
    const { service, summarizer, fallback, stats } = await setUp();
    summarizer.answerWith(() => {
      throw new SummarizeError('unavailable', 'LLM server answered 503');
    });
    fallback.answerWith((input) => summaryResultFor(input, { kind: 'extractive', model: 'extractive', llmCalls: 0 }));
    const outcome = await service.summarizeArticle(article);
    expect(outcome).toMatchObject({ cached: false, fallbackReason: 'unavailable', result: { kind: 'extractive' } });
    expect(stats.snapshot().sinceStart).toMatchObject({ fallbacks: 1, 'errors.llm_unavailable': 1 });

    summarizer.answerWith((input) => summaryResultFor(input));
    const recovered = await service.summarizeArticle(article);
    expect(recovered).toMatchObject({ cached: false, result: { kind: 'llm' } });
    expect(summarizer.calls).toHaveLength(2);
  });

  it('counts what the faithfulness check did, and an unfaithful summary as checked and fallen back', async () => {
    const { service, summarizer, fallback, stats } = await setUp();
    const checked = (faithfulness: FaithfulnessRecord) => (input: Article) => summaryResultFor(input, { faithfulness });
    const none = { found: [], removed: [], droppedBullets: 0, replaced: [], repairRequested: false };
    const claim = { kind: 'name' as const, text: 'Antony Blinken', part: 'bullet' as const, bullet: 3 };
    summarizer.answerWith(checked({ outcome: 'faithful', ...none }));
    await service.summarizeArticle({ text: 'First article.' });
    summarizer.answerWith(checked({ ...none, outcome: 'repaired', found: [claim], repairRequested: true }));
    await service.summarizeArticle({ text: 'Second article.' });
    summarizer.answerWith(checked({ outcome: 'trimmed', found: [claim], repairRequested: true, removed: [claim], droppedBullets: 1, replaced: ['gist'] }));
    await service.summarizeArticle({ text: 'Third article.' });
    summarizer.answerWith(() => {
      throw new SummarizeError('unfaithful', 'Only 2 bullet(s) are supported', { usage: { promptTokens: 200, completionTokens: 40 } });
    });
    fallback.answerWith((input) => summaryResultFor(input, { kind: 'extractive', model: 'extractive', llmCalls: 0 }));
    const outcome = await service.summarizeArticle({ text: 'Fourth article.' });
    expect(outcome).toMatchObject({ fallbackReason: 'unfaithful', result: { kind: 'extractive' } });
    expect(stats.snapshot().sinceStart).toEqual({
      cacheMisses: 4,
      articlesSummarized: 4,
      llmCalls: 3,
      promptTokens: 500,
      completionTokens: 100,
      faithfulnessChecked: 4,
      faithfulnessRepaired: 1,
      faithfulnessTrimmed: 1,
      faithfulnessReplaced: 1,
      fallbacks: 1,
      'errors.llm_unfaithful': 1,
    });
    // The unfaithful one was not cached: asking again asks the summarizer again.
    await service.summarizeArticle({ text: 'Fourth article.' });
    expect(summarizer.calls).toHaveLength(5);
  });

  it('keeps a summary per prompt version and model', async () => {
    const summarizer = createFakeSummarizer({ model: 'model-a', promptVersion: 1 });
    const other = createFakeSummarizer({ model: 'model-b', promptVersion: 1 });
    const newer = createFakeSummarizer({ model: 'model-a', promptVersion: 2 });
    const hash = hashContent(article.text);
    const keys = [summarizer, other, newer].map((each) => buildSummaryKey(each, hash, {}));
    expect(new Set(keys).size).toBe(3);
    expect(keys[0]).toBe(`summary:summary@v1:model-a:auto:short:${hash}`);
    expect(buildSummaryKey(summarizer, hash, { language: 'de' })).toBe(`summary:summary@v1:model-a:de:short:${hash}`);
  });

  it('does not serve a summary cached under summary v2 once the summarizer uses v3', async () => {
    const store = await openStore('memory://');
    const serviceOn = async (summarizer: ReturnType<typeof createFakeSummarizer>) =>
      createSummaryService({
        summarizer,
        cache: createSummaryCache({ store, ttlMs: 60_000 }),
        loadArticle: async () => article,
        canonicalizeUrl: (url) => url,
        stats: await createStats({ store, now: () => new Date('2026-01-01T00:00:00Z') }),
        logger: silentLogger,
      });
    const [v2, v3] = [createFakeSummarizer({ promptVersion: 2 }), createFakeSummarizer({ promptVersion: 3 })];
    v2.answerWith((input) => summaryResultFor(input, { promptVersion: 2 }));
    v3.answerWith((input) => summaryResultFor(input, { promptVersion: 3, summary: { ...summaryResultFor(input).summary, bullets: ['One point.'] } }));

    await (await serviceOn(v2)).summarizeArticle(article);
    const afterUpgrade = await (await serviceOn(v3)).summarizeArticle(article);

    expect({ afterUpgrade, v2Calls: v2.calls.length, v3Calls: v3.calls.length }).toEqual({
      afterUpgrade: { article, result: summaryResultFor(article, { promptVersion: 3, summary: { ...summaryResultFor(article).summary, bullets: ['One point.'] } }), cached: false },
      v2Calls: 1,
      v3Calls: 1,
    });
  });

  it('passes a fetch failure to the caller and caches nothing for that link', async () => {
    const { service, summarizer, store } = await setUp();
    const failing = createSummaryService({
      summarizer,
      cache: createSummaryCache({ store, ttlMs: 60_000 }),
      loadArticle: async () => {
        throw new Error('that page answered 404');
      },
      canonicalizeUrl: (url) => url,
      stats: await createStats({ store, now: () => new Date() }),
      logger: silentLogger,
    });
    await expect(failing.summarizeUrl('https://news.example/gone')).rejects.toThrow('that page answered 404');
    expect(await service.findCachedByUrl('https://news.example/gone')).toBeUndefined();
    expect(await store.get('url:https://news.example/gone')).toBeUndefined();
  });
});

describe('summary service on a store shared by several instances', () => {
  /** Two instances: their own services and summarizers, one store and one coordination between them (as on one Redis). */
  async function twoInstances() {
    const store = await openStore('memory://');
    const coordination = createInProcessCoordination();
    const instance = async () => {
      const summarizer = createFakeSummarizer();
      const fallback = createFakeSummarizer({ model: 'extractive' });
      const service = createSummaryService({
        summarizer,
        fallback,
        cache: createSummaryCache({ store, ttlMs: 60_000 }),
        loadArticle: async () => article,
        canonicalizeUrl: (url) => url,
        stats: await createStats({ store, now: () => new Date('2026-01-01T00:00:00Z') }),
        coordination,
        sleep: () => new Promise((resolve) => setTimeout(resolve, 5)),
        logger: silentLogger,
      });
      return { summarizer, fallback, service };
    };
    return { one: await instance(), two: await instance() };
  }

  it('makes one LLM call for an article two instances are asked about at once; the other waits for it in the cache', async () => {
    const { one, two } = await twoInstances();
    let finish: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (finish = resolve));
    one.summarizer.answerWith(async (input) => {
      await held;
      return summaryResultFor(input);
    });
    two.summarizer.answerWith((input) => summaryResultFor(input));
    const first = one.service.summarizeArticle(article);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = two.service.summarizeArticle(article);
    await new Promise((resolve) => setTimeout(resolve, 30));
    finish();
    expect(await first).toEqual({ article, result: summaryResultFor(article), cached: false });
    expect(await second).toEqual({ article, result: summaryResultFor(article), cached: false });
    expect(one.summarizer.calls).toHaveLength(1);
    expect(two.summarizer.calls).toHaveLength(0);
  });

  it('summarizes itself when the other instance’s answer was not cached (its LLM failed)', async () => {
    const { one, two } = await twoInstances();
    let finish: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (finish = resolve));
    one.summarizer.answerWith(async () => {
      await held;
      throw new SummarizeError('unavailable', 'the LLM is down');
    });
    one.fallback.answerWith((input) => summaryResultFor(input, { kind: 'extractive' }));
    two.summarizer.answerWith((input) => summaryResultFor(input));
    const first = one.service.summarizeArticle(article);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = two.service.summarizeArticle(article);
    finish();
    expect(await first).toMatchObject({ fallbackReason: 'unavailable', result: { kind: 'extractive' } });
    expect(await second).toEqual({ article, result: summaryResultFor(article), cached: false });
    expect(two.summarizer.calls).toHaveLength(1);
  });
});
