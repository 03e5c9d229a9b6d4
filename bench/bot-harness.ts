/**
 * What the bot benchmarks share: story pages for the page server, fake-LLM answers
 * for both prompts the bot sends, and waiting for a chat's final answer. They run the
 * real bot (tests/support/test-app.ts) against the Bot API emulator and the fake LLM,
 * so every figure includes real HTTP, telegraf, the outbound queue and SQLite.
 */
import { performance } from 'node:perf_hooks';
import type { BotApiEmulator, SentMessage } from '../tests/support/bot-api-emulator.js';
import { summaryReplyFor, type ChatRequest, type FakeOpenAiServer, type ReplyHandler } from '../tests/support/fake-openai-server.js';
import { htmlPage, type PageRoute } from '../tests/support/page-server.js';

const PROGRESS_PREFIX = '⏳';

/**
 * Ten short stories with little vocabulary in common, so the digest's near-duplicate detection
 * (which compares title, gist and lead words) keeps them apart as it would real, unrelated news.
 */
const STORIES: ReadonlyArray<{ title: string; paragraphs: readonly string[] }> = [
  {
    title: 'Lisbon dockers walk out over night shifts',
    paragraphs: [
      'Container cranes at the Lisbon harbour stood idle on Monday as dockers began a three-day walkout over rotating night shifts.',
      'The stevedores union says crews work eleven consecutive nights before a rest, twice the limit agreed in 2019.',
      'Shipping agents diverted four freighters to Sines, and fruit importers warned that bananas could spoil on the quay.',
      'Port managers offered mediation through the labour ministry, which the union accepted for Thursday morning.',
    ],
  },
  {
    title: 'Nairobi river bursts its banks after record rainfall',
    paragraphs: [
      'Floodwater from the swollen Nairobi river swept through Mathare and Kibera overnight, forcing thousands of families onto rooftops.',
      'Meteorologists measured 180 millimetres of rain within six hours, the heaviest downpour since gauges were installed in 1961.',
      'Red Cross volunteers distributed blankets, drinking water and chlorine tablets from schools turned into shelters.',
      'City engineers blamed clogged drains and riverside construction for how quickly the water rose.',
    ],
  },
  {
    title: 'Osaka semiconductor plant starts mass production',
    paragraphs: [
      'A new semiconductor fabrication plant near Osaka shipped its first wafers for automotive microcontrollers this week.',
      'The factory cost 870 billion yen, partly subsidised by the industry ministry, and employs about 1,700 technicians.',
      'Carmakers hope domestic supply will prevent a repeat of the shortages that halted assembly lines during the pandemic.',
      'Analysts noted that yields at the fab must climb quickly for the venture to break even before 2030.',
    ],
  },
  {
    title: 'Ash from Ecuadorian volcano grounds flights in Quito',
    paragraphs: [
      'Eruptions at the Sangay volcano sent a plume of ash twelve kilometres high, closing the airport serving Quito for a second day.',
      'Farmers in Chimborazo province covered potato fields with plastic sheeting, and schools handed out face masks.',
      'Geophysicists recorded dozens of explosions and tremors, but said lava flows posed no threat to inhabited valleys.',
      'Airlines rebooked stranded tourists on buses to Guayaquil, where departures continued normally.',
    ],
  },
  {
    title: 'Estonian ferry operator and islanders clash over timetable',
    paragraphs: [
      'Residents of Saaremaa and Hiiumaa petitioned the Tallinn government after the ferry company cut winter crossings by a third.',
      'Fishermen and dairy cooperatives say fewer sailings leave milk tankers waiting hours at Virtsu harbour.',
      'The operator blamed soaring diesel costs and a broken vessel undergoing repairs in a Polish shipyard.',
      'Parliament deputies from the islands demanded an emergency subsidy before the Baltic ice season begins.',
    ],
  },
  {
    title: 'Ghana cocoa harvest falls short as swollen shoot spreads',
    paragraphs: [
      'Ghana expects its cocoa crop to fall to 580,000 tonnes, the smallest harvest in over a decade, according to the marketing board.',
      'Swollen shoot virus has destroyed orchards across the Western region, and illegal gold miners have poisoned streams nearby.',
      'Chocolate manufacturers in Europe face record bean prices, with futures in London nearly tripling since January.',
      'Growers in Accra protested outside the board, asking for higher farmgate payments and replacement seedlings.',
    ],
  },
  {
    title: 'Hanoi opens elevated metro extension to commuters',
    paragraphs: [
      'Hanoi inaugurated an elevated metro extension linking Nhon to the central railway station, carrying 40,000 riders on its opening day.',
      'Motorbike traffic along Xuan Thuy avenue eased noticeably, according to police who monitored intersections by camera.',
      'The line was financed with French and Asian Development Bank loans and ran six years behind its original schedule.',
      'Ticket machines briefly jammed at Cau Giay, prompting volunteers to sell paper passes by hand.',
    ],
  },
  {
    title: 'Norwegian inspectors find lice outbreak at Bergen salmon farms',
    paragraphs: [
      'Food safety inspectors ordered culls at three salmon pens north of Bergen after counting sea lice far above permitted thresholds.',
      'Wild trout populations in nearby fjords have declined sharply, biologists from Hordaland county reported.',
      'The aquaculture company said it would deploy cleaner wrasse and warm-water delousing barges within a fortnight.',
      'Environmental groups renewed calls for closed containment tanks and a moratorium on new licences.',
    ],
  },
  {
    title: 'Georgian winemakers post record export season',
    paragraphs: [
      'Georgian vineyards shipped 120 million bottles abroad this year, led by amber wines fermented in clay qvevri jars.',
      'Buyers in Poland, China and Kazakhstan accounted for most of the growth, Tbilisi customs figures showed.',
      'Kakheti grape growers received premiums for Saperavi and Rkatsiteli, though hail damaged some hillside plots in August.',
      'Sommeliers credit tastings in London and Tokyo for turning a niche curiosity into a sought-after category.',
    ],
  },
  {
    title: 'Heatwave triggers rolling blackouts across Perth suburbs',
    paragraphs: [
      'Temperatures above 45 degrees pushed air-conditioner demand past grid capacity, and Western Power rotated outages through Perth suburbs.',
      'Hospitals switched to backup generators while supermarkets in Joondalup discarded refrigerated groceries.',
      'The energy regulator will investigate why a coal unit at Collie tripped just as consumption peaked at dusk.',
      'Residents were urged to check on elderly neighbours and to keep pets indoors until a cool change arrives.',
    ],
  },
];

export const STORY_COUNT = STORIES.length;

/** A news page for story `index` (0 to STORY_COUNT − 1), with its title. */
export function storyPage(index: number): { title: string; route: PageRoute } {
  const story = STORIES[index];
  if (!story) throw new Error(`there are ${STORIES.length} bench stories; story ${index} does not exist`);
  const html =
    `<!doctype html><html lang="en"><head><title>${story.title}</title><meta property="og:site_name" content="Bench News"></head>` +
    `<body><article><h1>${story.title}</h1>${story.paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('')}</article></body></html>`;
  return { title: story.title, route: htmlPage(html) };
}

function isDigestOverviewRequest(request: ChatRequest): boolean {
  const format = request.response_format;
  if (typeof format !== 'object' || format === null || !('json_schema' in format)) return false;
  const schema = format.json_schema;
  return typeof schema === 'object' && schema !== null && 'name' in schema && schema.name === 'digest_overview';
}

/**
 * Answers the summary prompt like the e2e tests do (summaryReplyFor) with the given topics, and the
 * digest-overview prompt with a fixed overview, after `latencyMs` of real time (a stand-in for the model's
 * think time; 0 answers at once).
 */
export function createBenchLlmReplies({ topics, latencyMs = 0 }: { topics: string[]; latencyMs?: number }): ReplyHandler {
  return async (request) => {
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    if (isDigestOverviewRequest(request)) return { json: { overview: 'Today’s digest covers the stories below.' } };
    return summaryReplyFor(request, { topics });
  };
}

/** Resolves with the chat's final answers once it has `count` of them and no progress note ('⏳') is left. */
export function waitForFinalAnswers(emulator: BotApiEmulator, chatId: number, count = 1, timeoutMs = 30_000): Promise<SentMessage[]> {
  return emulator.waitFor(
    () => {
      const messages = emulator.messages(chatId);
      const finals = messages.filter((message) => !message.text.startsWith(PROGRESS_PREFIX));
      return finals.length >= count && finals.length === messages.length ? finals : undefined;
    },
    { what: `${count} answer(s) in chat ${chatId}`, timeoutMs },
  );
}

/**
 * Milliseconds from a user's message entering the emulator to the bot's final answer being in it, and that
 * answer. The emulator re-checks after every API call it answers, so the figure ends when the reply lands.
 */
export async function measureReplyMs(emulator: BotApiEmulator, chatId: number, text: string): Promise<{ ms: number; answer: SentMessage }> {
  const started = performance.now();
  emulator.sendUserMessage({ chatId, text });
  const [answer] = await waitForFinalAnswers(emulator, chatId);
  const ms = performance.now() - started;
  if (!answer) throw new Error(`no answer in chat ${chatId}`);
  return { ms, answer };
}

/** A request the fake LLM had no answer for means the bot fell back somewhere, and the figures would describe that instead. */
export function assertOnlyExpectedLlmRequests(llm: FakeOpenAiServer): void {
  if (llm.unexpected.length > 0) throw new Error(`the fake LLM got requests it had no answer for: ${JSON.stringify(llm.unexpected.slice(0, 3))}`);
}

/** Registers a cleanup to run when the benchmark ends. */
export type Defer = (cleanup: () => Promise<void>) => void;

/**
 * Runs `work`, then every cleanup it registered, the last first, whether it succeeded or failed,
 * so a server started before a later step threw is still closed.
 */
export async function withCleanup<Result>(work: (defer: Defer) => Promise<Result>): Promise<Result> {
  const cleanups: Array<() => Promise<void>> = [];
  try {
    return await work((cleanup) => cleanups.push(cleanup));
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}
