/**
 * LLM calls per unique article when several people send the same new article at the same
 * moment: every send is in the emulator before the first answer is awaited, and the fake
 * LLM takes a little real time, so duplicates really overlap with the first call.
 */
import { performance } from 'node:perf_hooks';
import { startFakeOpenAiServer } from '../tests/support/fake-openai-server.js';
import { startPageServer } from '../tests/support/page-server.js';
import { startTestApp } from '../tests/support/test-app.js';
import { assertOnlyExpectedLlmRequests, createBenchLlmReplies, STORY_COUNT, storyPage, waitForFinalAnswers, withCleanup } from './bot-harness.js';

export interface DuplicateCoalescingFigures {
  uniqueArticles: number;
  chatsPerArticle: number;
  /** Fake-LLM think time per request, real milliseconds. */
  llmLatencyMs: number;
  llmRequests: number;
  llmRequestsPerArticle: number;
  pageFetches: number;
  /** Chats whose final answer arrived (of uniqueArticles × chatsPerArticle). */
  repliesReceived: number;
  /** Chats whose answer is the summary of the article they sent. */
  correctReplies: number;
  /** From the first send to the last answer. */
  wallMs: number;
}

export async function runDuplicateCoalescingBench({
  uniqueArticles = STORY_COUNT,
  chatsPerArticle = 5,
  llmLatencyMs = 200,
}: { uniqueArticles?: number; chatsPerArticle?: number; llmLatencyMs?: number } = {}): Promise<DuplicateCoalescingFigures> {
  const stories = Array.from({ length: uniqueArticles }, (_, index) => ({ path: `/story-${index}`, ...storyPage(index) }));
  return withCleanup(async (defer) => {
    const llm = await startFakeOpenAiServer();
    defer(() => llm.close());
    llm.reply(createBenchLlmReplies({ topics: ['world'], latencyMs: llmLatencyMs }));
    const pages = await startPageServer(Object.fromEntries(stories.map((story) => [story.path, story.route])));
    defer(() => pages.close());
    const bot = await startTestApp({ llm });
    defer(() => bot.close());
    const started = performance.now();
    const sends: Array<{ chatId: number; title: string }> = [];
    // Round-robin over the articles, so each article's duplicates are spread through the batch.
    for (let copy = 0; copy < chatsPerArticle; copy++) {
      stories.forEach((story, index) => {
        const chatId = index * chatsPerArticle + copy + 1;
        bot.emulator.sendUserMessage({ chatId, text: `${pages.origin}${story.path}` });
        sends.push({ chatId, title: story.title });
      });
    }
    const answers = await Promise.allSettled(sends.map(({ chatId }) => waitForFinalAnswers(bot.emulator, chatId)));
    const wallMs = performance.now() - started;
    const correctReplies = answers.filter(
      (answer, index) => answer.status === 'fulfilled' && answer.value[0]?.text.startsWith(`Summary: ${sends[index]?.title}`),
    ).length;
    assertOnlyExpectedLlmRequests(llm);
    return {
      uniqueArticles,
      chatsPerArticle,
      llmLatencyMs,
      llmRequests: llm.requests.length,
      llmRequestsPerArticle: llm.requests.length / uniqueArticles,
      pageFetches: stories.reduce((sum, story) => sum + pages.hits(story.path), 0),
      repliesReceived: answers.filter((answer) => answer.status === 'fulfilled').length,
      correctReplies,
      wallMs,
    };
  });
}
