/**
 * Reply latency of a cache hit through the whole bot: emulator → long polling → telegraf →
 * summary cache (SQLite) → outbound queue → emulator. One request at a time, so each figure
 * is one person's wait, not a share of the queue's 25 messages a second.
 */
import { readFile } from 'node:fs/promises';
import { startFakeOpenAiServer } from '../tests/support/fake-openai-server.js';
import type { BotApiEmulator } from '../tests/support/bot-api-emulator.js';
import { startPageServer } from '../tests/support/page-server.js';
import { startTestApp } from '../tests/support/test-app.js';
import { assertOnlyExpectedLlmRequests, createBenchLlmReplies, measureReplyMs, storyPage, withCleanup } from './bot-harness.js';
import { describeDistribution, type Distribution } from './latency-stats.js';

export interface CacheHitLatency {
  /** The first request, which fetched (for a link) and called the fake LLM; milliseconds. */
  coldMs: number;
  /** Every later request for the same article, each from a new chat; milliseconds. */
  hits: Distribution;
}

export interface CacheHitLatencyFigures {
  pastedText: CacheHitLatency;
  link: CacheHitLatency;
  /** Fake-LLM requests over the whole run: one per article when the cache works. */
  llmRequests: number;
}

const PASTED_ARTICLE = new URL('../tests/fixtures/pasted/moscow-times-2022-10-21.txt', import.meta.url);

/** Sends `text` from `firstChatId` (cold), then from `hitCount` further chats, one at a time. */
async function measureArticle(emulator: BotApiEmulator, text: string, firstChatId: number, hitCount: number): Promise<CacheHitLatency> {
  const send = async (chatId: number) => {
    const { ms, answer } = await measureReplyMs(emulator, chatId, text);
    // A timing of an error reply would be a figure about something else.
    if (!answer.text.startsWith('Summary: ')) throw new Error(`chat ${chatId} got no summary: ${answer.text.slice(0, 200)}`);
    return ms;
  };
  const coldMs = await send(firstChatId);
  const hitMs: number[] = [];
  for (let offset = 1; offset <= hitCount; offset++) hitMs.push(await send(firstChatId + offset));
  return { coldMs, hits: describeDistribution(hitMs) };
}

/** `hitsPerArticle` cache hits after one cold request, for a pasted article and for a link. */
export async function runCacheHitLatencyBench({ hitsPerArticle = 200, storeUrl }: { hitsPerArticle?: number; /** Default: a fresh SQLite file. */ storeUrl?: string } = {}): Promise<CacheHitLatencyFigures> {
  const pastedText = await readFile(PASTED_ARTICLE, 'utf8');
  return withCleanup(async (defer) => {
    const llm = await startFakeOpenAiServer();
    defer(() => llm.close());
    llm.reply(createBenchLlmReplies({ topics: ['world', 'politics'] }));
    // Not the pasted story: the same story by link would share its cache entry (same content hash) and never reach the LLM.
    const pages = await startPageServer({ '/story': storyPage(0).route });
    defer(() => pages.close());
    const bot = await startTestApp({ llm, ...(storeUrl && { env: { STORE_URL: storeUrl } }) });
    defer(() => bot.close());
    const pasted = await measureArticle(bot.emulator, pastedText, 1, hitsPerArticle);
    // Link chats start far from the pasted ones, so no chat ever sees a second request.
    const link = await measureArticle(bot.emulator, `${pages.origin}/story`, 100_001, hitsPerArticle);
    assertOnlyExpectedLlmRequests(llm);
    return { pastedText: pasted, link, llmRequests: llm.requests.length };
  });
}
