/**
 * Summaries per second of one instance and of two on the same Redis, as real processes (what `npm start`
 * runs) behind a load balancer taking the webhook, with a fake LLM that answers in 200 ms. Every link is a
 * new article on a page of a real page's weight (about 65 KB: menus, teasers, comments, a tracking script
 * around the article; extracting one costs about 80 ms of CPU here, where the extraction benchmark's real
 * pages take 55 ms at the median), so every answer is a fetch, an extraction and an LLM call, and one
 * instance is bound by its one thread's extraction work: that is the work a second instance should share.
 * Each summary is two messages (the progress note, then the answer edited into it), so MESSAGES_PER_SECOND
 * (30 here, the most the bot allows) caps any number of instances at 15 summaries a second.
 */
import { startBotApiEmulator } from '../tests/support/bot-api-emulator.js';
import { startFakeOpenAiServer } from '../tests/support/fake-openai-server.js';
import { startInstanceCluster } from '../tests/support/instance-cluster.js';
import { htmlPage, startPageServer } from '../tests/support/page-server.js';
import { startRedisServer } from '../tests/support/redis-server.js';
import { createBenchLlmReplies, withCleanup } from './bot-harness.js';

export interface Throughput {
  instances: number;
  links: number;
  seconds: number;
  summariesPerSecond: number;
}

const RATE = 30;

/** A distinct article of twelve paragraphs inside the page furniture of a news site, about 65 KB in all. */
function newsSitePage(index: number): string {
  const links = (count: number, words: string) => Array.from({ length: count }, (_, each) => `<li><a href="/section/${each}">${words} ${each}</a></li>`).join('');
  const title = `Council backs plan ${index}`;
  const paragraphs = Array.from(
    { length: 12 },
    (_, paragraph) =>
      `<p>Report ${index}, part ${paragraph}: the regional council of district ${index} said on Tuesday that its plan for ${paragraph + 3} new bridges ` +
      `and ${index + paragraph} kilometres of cycle lanes would go ahead after a vote of ${40 + paragraph} to ${10 + (index % 7)}, ` +
      `with work starting in spring and the first sections open to traffic within ${paragraph + 2} years, officials told reporters at the town hall.</p>`,
  ).join('');
  const teasers = Array.from(
    { length: 60 },
    (_, each) => `<div class="teaser"><a href="/story/${index}-${each}"><h3>Related story ${each} about the district</h3></a><p>A short teaser for story ${each}. Read more</p></div>`,
  ).join('');
  const comments = Array.from(
    { length: 80 },
    (_, each) => `<div class="comment"><span class="author">Reader ${each}</span><p>Plan ${each} is ${each % 2 ? 'good' : 'bad'} for the town, I think.</p></div>`,
  ).join('');
  const script = `<script>${'var tracking = {"id": 12345, "events": ["view", "scroll", "click"]};\n'.repeat(300)}</script>`;
  return (
    `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:site_name" content="Bench Daily">${script}</head>` +
    `<body><header><nav><ul>${links(250, 'Section')}</ul></nav></header>` +
    `<main><article><h1>${title}</h1>${paragraphs}</article><aside>${teasers}</aside><section class="comments">${comments}</section></main>` +
    `<footer><ul>${links(200, 'Footer link')}</ul></footer></body></html>`
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
    for (let index = 0; index < links; index++) pages.route(`/report/${offset + index}`, htmlPage(newsSitePage(offset + index)));
    const cluster = await startInstanceCluster({
      count: instances,
      emulator,
      redisUrl: redis.url,
      llm,
      env: { MESSAGES_PER_SECOND: String(RATE), USER_SUMMARIES_PER_MINUTE: '1000' },
      cpuEach: true,
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

export interface ThroughputFigures {
  /** Each round's run of one instance, then of two, side by side. */
  rounds: Array<{ one: Throughput; two: Throughput }>;
}

/**
 * `rounds` times: one instance, then two, each on a Redis of its own, `links` new articles each. Run in turns,
 * so that a busy spell of this shared machine weighs on both; the report takes the median of each round's ratio.
 */
export async function runInstanceThroughputBench({ links = 60, rounds = 3 } = {}): Promise<ThroughputFigures> {
  const figures: ThroughputFigures = { rounds: [] };
  for (let round = 0; round < rounds; round++) {
    const offset = round * 2 * links;
    const one = await measure(1, links, offset);
    const two = await measure(2, links, offset + links);
    figures.rounds.push({ one, two });
  }
  return figures;
}
