/**
 * Summaries per second of one instance and of two on the same Redis, as real processes (what `npm start`
 * runs) behind a load balancer taking the webhook, with a fake LLM that answers in 200 ms. Every link is a
 * new article, so every answer is a fetch, an extraction and an LLM call. Each summary is two messages
 * (the progress note, then the answer edited into it), so MESSAGES_PER_SECOND (30 here) caps any number
 * of instances at 15 summaries a second: the figure shows whether one instance already reaches it.
 */
import { startBotApiEmulator } from '../tests/support/bot-api-emulator.js';
import { newsPage } from '../tests/support/conversation.js';
import { startFakeOpenAiServer } from '../tests/support/fake-openai-server.js';
import { startInstanceCluster } from '../tests/support/instance-cluster.js';
import { startPageServer } from '../tests/support/page-server.js';
import { startRedisServer } from '../tests/support/redis-server.js';
import { createBenchLlmReplies, withCleanup } from './bot-harness.js';

export interface Throughput {
  instances: number;
  links: number;
  seconds: number;
  summariesPerSecond: number;
}

const RATE = 30;

/** A distinct article of about 900 words, like a long news page. */
function articleParagraphs(index: number): string[] {
  return Array.from({ length: 12 }, (_, paragraph) =>
    `Report ${index}, part ${paragraph}: the regional council of district ${index} said on Tuesday that its plan for ${paragraph + 3} new bridges ` +
    `and ${index + paragraph} kilometres of cycle lanes would go ahead after a vote of ${40 + paragraph} to ${10 + (index % 7)}, ` +
    `with work starting in spring and the first sections open to traffic within ${paragraph + 2} years, officials told reporters at the town hall.`,
  );
}

async function measure(instances: number, links: number, offset: number): Promise<Throughput> {
  return withCleanup(async (defer) => {
    const redis = await startRedisServer();
    defer(() => redis.close());
    const emulator = await startBotApiEmulator();
    defer(() => emulator.close());
    const llm = await startFakeOpenAiServer();
    defer(() => llm.close());
    llm.reply(createBenchLlmReplies({ topics: ['world'], latencyMs: 200 }));
    const pages = await startPageServer();
    defer(() => pages.close());
    for (let index = 0; index < links; index++) pages.route(`/report/${offset + index}`, newsPage('Bench Daily', `Council backs plan ${offset + index}`, articleParagraphs(offset + index)));
    const cluster = await startInstanceCluster({
      count: instances,
      emulator,
      redisUrl: redis.url,
      llm,
      env: { MESSAGES_PER_SECOND: String(RATE), USER_SUMMARIES_PER_MINUTE: '1000' },
    });
    defer(() => cluster.stop());

    const started = Date.now();
    for (let index = 0; index < links; index++) emulator.sendUserMessage({ chatId: 700_000 + offset + index, text: `${pages.origin}/report/${offset + index}` });
    const answered = () => emulator.messages().filter((message) => message.chatId >= 700_000 + offset && message.text.startsWith('Summary')).length;
    await emulator.waitFor(() => answered() === links, { timeoutMs: 120_000, what: `${links} summaries` });
    const seconds = (Date.now() - started) / 1000;
    if (llm.requests.length !== links) throw new Error(`expected ${links} LLM calls, got ${llm.requests.length}`);
    return { instances, links, seconds, summariesPerSecond: links / seconds };
  });
}

/** One instance, then two, each on a Redis of its own, `links` new articles each. */
export async function runInstanceThroughputBench({ links = 60 } = {}): Promise<{ one: Throughput; two: Throughput }> {
  const one = await measure(1, links, 0);
  const two = await measure(2, links, links);
  return { one, two };
}
