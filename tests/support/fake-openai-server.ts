import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { z } from 'zod';
import { countWords } from '../../src/core/words.js';
import { truncateToWords } from '../../src/summarize/sentences.js';

/** A chat completion request as the fake saw it; fields it does not know are kept. */
const chatRequestSchema = z.looseObject({
  model: z.string(),
  messages: z.array(z.looseObject({ role: z.string(), content: z.string().nullable().optional() })).min(1),
});

export type ChatRequest = z.infer<typeof chatRequestSchema>;

export interface FakeUsage {
  prompt_tokens: number;
  completion_tokens: number;
}

/** How the fake answers one request. */
export type FakeReply =
  /** A completion whose message content is `JSON.stringify(json)`. */
  | { json: object; finishReason?: string; usage?: FakeUsage }
  /** A completion with this exact content, e.g. broken JSON. */
  | { content: string; finishReason?: string; usage?: FakeUsage }
  /** A completion where the model refused: `content` null, `refusal` set. */
  | { refusal: string; usage?: FakeUsage }
  /** An HTTP error in OpenAI's error shape. */
  | {
      status: number;
      /** Sent as `retry-after` (seconds; the SDK honours fractions). */
      retryAfterSeconds?: number;
      /** Sent as `retry-after-ms`, which the SDK reads first. */
      retryAfterMs?: number;
      error?: { message: string; type?: string; code?: string | null };
    }
  /** Never answers; the socket stays open until the client gives up or the server closes. */
  | { hang: true };

export type ReplyHandler = (request: ChatRequest) => FakeReply | Promise<FakeReply>;

export interface UnexpectedRequest {
  method: string;
  path: string;
  reason: string;
}

export interface FakeOpenAiServer {
  /** `http://127.0.0.1:<port>/v1`, for `new OpenAI({ baseURL })`. */
  baseURL: string;
  /** Every parsed chat completion request body, in arrival order. */
  requests: ChatRequest[];
  /** Requests nobody set up a reply for, or that the fake could not read; a test asserts this is empty. */
  unexpected: UnexpectedRequest[];
  /** Sets the default answer for every request not taken by a one-shot reply. */
  reply(handler: ReplyHandler): void;
  /** Queues one answer, used before the default; queued answers are used in order. */
  replyOnce(reply: FakeReply | ReplyHandler): void;
  /** Closes the server and every socket, hanging ones included. */
  close(): Promise<void>;
}

/** Default token counts, so usage sums are easy to assert. */
export const FAKE_USAGE: FakeUsage = { prompt_tokens: 100, completion_tokens: 20 };

const DEFAULT_USAGE = FAKE_USAGE;
const FAKE_MODEL_ID = 'fake-model';

function sendJson(response: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

function sendError(response: ServerResponse, status: number, message: string, type = 'fake_server_error', code: string | null = null): void {
  sendJson(response, status, { error: { message, type, param: null, code } });
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

function completionFor(
  request: ChatRequest,
  message: { content: string | null; refusal: string | null },
  sequence: number,
  finishReason = 'stop',
  usage = DEFAULT_USAGE,
): object {
  return {
    id: `chatcmpl-fake-${sequence}`,
    object: 'chat.completion',
    created: 1_700_000_000 + sequence,
    model: request.model,
    choices: [{ index: 0, message: { role: 'assistant', ...message }, logprobs: null, finish_reason: finishReason }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
    system_fingerprint: 'fp_fake',
  };
}

/**
 * An OpenAI-compatible server on 127.0.0.1, port 0, answering with what the test
 * set up. The real `openai` client talks to it over HTTP, so retries, time-outs
 * and error classes are the SDK's own. A request without a reply set up gets a
 * 500 that says so and is recorded in `unexpected`.
 */
export async function startFakeOpenAiServer(): Promise<FakeOpenAiServer> {
  const requests: ChatRequest[] = [];
  const unexpected: UnexpectedRequest[] = [];
  const queue: Array<FakeReply | ReplyHandler> = [];
  let defaultHandler: ReplyHandler | undefined;
  let sequence = 0;

  async function answerCompletion(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let parsed: ChatRequest;
    try {
      const result = chatRequestSchema.safeParse(JSON.parse(await readBody(request)));
      if (!result.success) throw new Error(z.prettifyError(result.error), { cause: result.error });
      parsed = result.data;
    } catch (error) {
      const reason = `unreadable chat completion request: ${error instanceof Error ? error.message : String(error)}`;
      unexpected.push({ method: 'POST', path: '/v1/chat/completions', reason });
      sendError(response, 400, `Fake OpenAI server: ${reason}`, 'invalid_request_error');
      return;
    }
    requests.push(parsed);
    sequence += 1;
    const next = queue.shift() ?? defaultHandler;
    if (!next) {
      const reason = `the test did not set up a reply for chat completion request #${requests.length}`;
      unexpected.push({ method: 'POST', path: '/v1/chat/completions', reason });
      sendError(response, 500, `Fake OpenAI server: ${reason} (use server.reply or server.replyOnce)`);
      return;
    }
    const reply = typeof next === 'function' ? await next(parsed) : next;
    if ('hang' in reply) return;
    if ('status' in reply) {
      const headers: Record<string, string> = {};
      if (reply.retryAfterSeconds !== undefined) headers['retry-after'] = String(reply.retryAfterSeconds);
      if (reply.retryAfterMs !== undefined) headers['retry-after-ms'] = String(reply.retryAfterMs);
      const error = reply.error ?? { message: `Fake error ${reply.status}`, type: 'fake_server_error', code: null };
      sendJson(response, reply.status, { error: { type: 'fake_server_error', code: null, param: null, ...error } }, headers);
      return;
    }
    if ('refusal' in reply) {
      sendJson(response, 200, completionFor(parsed, { content: null, refusal: reply.refusal }, sequence, 'stop', reply.usage));
      return;
    }
    const content = 'json' in reply ? JSON.stringify(reply.json) : reply.content;
    sendJson(response, 200, completionFor(parsed, { content, refusal: null }, sequence, reply.finishReason, reply.usage));
  }

  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (request.method === 'POST' && path === '/v1/chat/completions') {
      answerCompletion(request, response).catch((error: unknown) => {
        const reason = `reply handler threw: ${error instanceof Error ? error.message : String(error)}`;
        unexpected.push({ method: 'POST', path, reason });
        if (!response.headersSent) sendError(response, 500, `Fake OpenAI server: ${reason}`);
      });
      return;
    }
    if (request.method === 'GET' && path === '/v1/models') {
      sendJson(response, 200, { object: 'list', data: [{ id: FAKE_MODEL_ID, object: 'model', created: 1_700_000_000, owned_by: 'fake' }] });
      return;
    }
    const reason = 'no such route in the fake OpenAI server';
    unexpected.push({ method: request.method ?? '?', path, reason });
    sendError(response, 404, `Fake OpenAI server: ${reason}: ${request.method ?? '?'} ${path}`, 'invalid_request_error');
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error(`Fake OpenAI server: unexpected listen address ${String(address)}`);
  const { port } = address;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    unexpected,
    reply(handler) {
      defaultHandler = handler;
    },
    replyOnce(reply) {
      queue.push(reply);
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Hanging requests keep their sockets open; close() alone would wait for them forever.
        server.closeAllConnections();
      });
    },
  };
}

/** The text of the last user message, where the summary prompt puts the article. */
export function lastUserMessage(request: ChatRequest): string {
  return request.messages.findLast((message) => message.role === 'user')?.content ?? '';
}

/**
 * The summary request's user message with whitespace collapsed and, where the prompt numbers the article's sentences
 * (v4 on), without their `[n]` marks: what a test looks in for the text of the article it sent.
 */
export function articleTextSent(request: ChatRequest): string {
  return lastUserMessage(request)
    .replace(/^\[\d+\] /gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function firstSentences(text: string, count: number): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0)
    .slice(0, count);
}

/** The user message that holds the article: the first one; repairs come after it. */
function articleMessage(request: ChatRequest): string {
  return request.messages.find((message) => message.role === 'user' && message.content?.includes('<article>'))?.content ?? lastUserMessage(request);
}

/** What the summary prompt shows of the article: its title and text; `numbered` when it lists its sentences as `[n] …` (v4 on). */
function articleIn(request: ChatRequest): { title: string; sentences: string[]; language: string; numbered: boolean } {
  const user = articleMessage(request);
  const start = user.indexOf('<article>');
  const end = user.lastIndexOf('</article>');
  const block = start !== -1 && end > start ? user.slice(start + '<article>'.length, end) : user;
  const language = /^Requested language: .*\(([a-z]{2,3})\)\s*$/m.exec(user)?.[1] ?? 'en';
  const numbered = [...block.matchAll(/^\[(\d+)\] (.*)$/gm)];
  if (numbered.length > 0) {
    // Sentence n of the article is bullet n's source (see sourcesFor): the first five after the title [0].
    const title = numbered.find((line) => line[1] === '0')?.[2]?.trim() || 'Untitled';
    const sentences = numbered.filter((line) => line[1] !== '0').map((line) => (line[2] ?? '').slice(0, 600));
    return { title, sentences: sentences.slice(0, 5), language, numbered: true };
  }
  const title = /^Title: (.+)$/m.exec(user)?.[1]?.trim() || 'Untitled';
  // The article text follows the header lines and a blank line.
  const text = block.split(/\n\s*\n/).slice(1).join(' ').replace(/\s+/g, ' ').trim() || block.trim();
  return { title, sentences: firstSentences(text, 5).map((sentence) => sentence.slice(0, 600)), language, numbered: false };
}

/**
 * What a citing prompt's answer says each part was written from: the title from the article's title [0], each bullet
 * taken from the article's sentences from sentence n + 1 (bullet n of `fromSentence`, as summaryReplyFor makes them),
 * the gist from sentence 1. A bullet that is not the article's sentence cites none.
 */
function sourcesFor(bullets: readonly string[], fromSentence: (bullet: string) => number | undefined): { title: number[]; bullets: number[][]; gist: number[] } {
  return {
    title: [0],
    bullets: bullets.map((bullet) => {
      const index = fromSentence(bullet);
      return index === undefined ? [] : [index + 1];
    }),
    gist: [1],
  };
}

/** What the summary prompt (v3 on) asks of this article: `Length: 1 to 2 bullets, and at most 45 words …`. */
export interface StatedLength {
  minBullets: number;
  maxBullets: number;
  /** For the bullets and the gist together. */
  maxWords: number;
}

/** The length the request's summary prompt states; undefined for v1 and v2, which ask every article for 3–5 bullets. */
export function lengthIn(request: ChatRequest): StatedLength | undefined {
  const match = /^Length: (\d+)(?: to (\d+))? bullets?, and at most (\d+) words/m.exec(articleMessage(request));
  if (!match) return undefined;
  const minBullets = Number(match[1]);
  return { minBullets, maxBullets: Number(match[2] ?? minBullets), maxWords: Number(match[3]) };
}

function wordsOfSummary(bullets: readonly string[], gist: string): number {
  return countWords([...bullets, gist].join('\n'));
}

/** The fewest words the fake leaves each bullet when it has to cut: the gist, read in digests, is cut only to leave this. */
const FITTED_BULLET_WORDS = 6;

/**
 * Bullets and a gist cut to a stated length as an obliging model would: bullets
 * dropped from the end down to the fewest asked for; then, still over, the
 * bullets cut to equal shares of what the gist leaves, the gist itself cut
 * only as far as it must to leave each bullet a few words (and never below half).
 */
function fitToLength(bullets: readonly string[], gist: string, length: StatedLength): { bullets: string[]; gist: string } {
  const kept = bullets.slice(0, length.maxBullets);
  while (kept.length > length.minBullets && wordsOfSummary(kept, gist) > length.maxWords) kept.pop();
  if (wordsOfSummary(kept, gist) <= length.maxWords) return { bullets: kept, gist };
  const gistWords = Math.max(Math.floor(length.maxWords / 2), length.maxWords - kept.length * FITTED_BULLET_WORDS);
  const shortGist = truncateToWords(gist, gistWords);
  const share = Math.floor((length.maxWords - countWords(shortGist)) / Math.max(1, kept.length));
  return { bullets: kept.map((bullet) => truncateToWords(bullet, share)), gist: shortGist };
}

/**
 * A valid `summary` answer made from the request, for e2e tests that want a
 * realistic default: the title from the prompt's `Title:` line, bullets from the
 * article's first sentences, the language code from `Requested language: Name (xx)`.
 * Reads the layout of the summary prompt's user part (prompts/summary/v1.md to v4.md, whose
 * article is numbered sentences, `[0]` its title; the answer then says which sentence each part is from),
 * also in a repair request, whose article is in its first user message. Three
 * bullets, or as many as a stated length allows, cut to its words when needed
 * (bullets given in `overrides` are sent as they are).
 */
export function summaryReplyFor(
  request: ChatRequest,
  overrides: Partial<Record<'title' | 'gist' | 'language', string>> & { bullets?: string[]; topics?: string[]; sources?: { title: number[]; bullets: number[][]; gist: number[] } } = {},
): FakeReply {
  const { title, sentences: all, language, numbered } = articleIn(request);
  const length = lengthIn(request);
  const count = length ? Math.min(length.maxBullets, Math.max(length.minBullets, 3)) : 3;
  const sentences = all.slice(0, count);
  while (sentences.length < (length?.minBullets ?? 3)) sentences.push(`Point ${sentences.length + 1}.`);
  const gist = (sentences[0] ?? title).slice(0, 200);
  const fitted = length ? fitToLength(sentences, gist, length) : { bullets: sentences, gist };
  return {
    json: {
      title: `Summary: ${title}`.slice(0, 300),
      ...fitted,
      topics: ['world'],
      language,
      // Bullet n is the article's sentence n + 1, perhaps cut to the stated length; a "Point n." stand-in cites none.
      ...(numbered && { sources: sourcesFor(fitted.bullets, (bullet) => {
        const index = fitted.bullets.indexOf(bullet);
        return index < all.length ? index : undefined;
      }) }),
      ...overrides,
    },
  };
}

/**
 * What `fabricatedSummaryReplyFor` plants: a number, a quotation and a name
 * that no test article contains.
 */
export const PLANTED = { number: '7,300', quote: 'a historic turning point', name: 'Antony Blinken' } as const;

/** A sentence stating all three planted claims. */
const PLANTED_SENTENCE = `${PLANTED.name} said ${PLANTED.number} people had witnessed “${PLANTED.quote}”.`;

/**
 * A valid `summary` answer like `summaryReplyFor`'s that states what the article
 * does not: the planted number, quotation and name in the title, in the gist
 * and in `fabricatedBullets` bullets (default 1, added after the article's
 * sentences; with 3 or more, fewer than three faithful bullets remain).
 *
 * With a stated length (summary v3 on) it stays within it, as the length check
 * comes before the faithfulness check: the gist is the planted sentence alone,
 * the bullets at most as many as allowed, and faithful ones are dropped from
 * the end until the words fit, down to the article's fewest bullets, then cut to
 * share the words left; the planted ones always stay. With the default one
 * planted bullet, the Moscow Times page (2 to 4 bullets, 66 words) gets two
 * faithful bullets and the planted one third. A citing prompt (v4) gets
 * `sources`: each faithful bullet its sentence, the planted ones none.
 */
export function fabricatedSummaryReplyFor(request: ChatRequest, options: { fabricatedBullets?: number } = {}): FakeReply {
  const { title, sentences, language, numbered } = articleIn(request);
  const length = lengthIn(request);
  const mostBullets = length?.maxBullets ?? 5;
  const fabricated = Math.max(1, Math.min(mostBullets, options.fabricatedBullets ?? 1));
  const faithful = sentences.slice(0, Math.max(0, Math.min(3, mostBullets - fabricated)));
  const planted = Array.from({ length: fabricated }, () => PLANTED_SENTENCE);
  const gist = length ? PLANTED_SENTENCE : `${(sentences[0] ?? title).slice(0, 150)} ${PLANTED_SENTENCE}`.slice(0, 400);
  // Faithful bullets dropped from the end down to the article's fewest, enough to stand once the planted ones go, then cut to
  // share the words left, when that leaves each a few.
  const over = () => length !== undefined && wordsOfSummary([...faithful, ...planted], gist) > length.maxWords;
  const share = () => (length && faithful.length > 0 ? Math.floor((length.maxWords - wordsOfSummary(planted, gist)) / faithful.length) : 0);
  while (length && faithful.length > length.minBullets && over()) faithful.pop();
  // Too few words left to cut them to: dropped after all, as the planted ones stay.
  while (faithful.length > 0 && over() && share() < FITTED_BULLET_WORDS) faithful.pop();
  const fitted = over() ? faithful.map((bullet) => truncateToWords(bullet, share())) : faithful;
  const bullets = [...fitted, ...planted].slice(0, 5);
  while (bullets.length < (length?.minBullets ?? 3)) bullets.push(PLANTED_SENTENCE);
  return {
    json: {
      title: `Summary: ${title} — ${PLANTED.name} hails “${PLANTED.quote}” for ${PLANTED.number} people`.slice(0, 300),
      bullets,
      gist,
      topics: ['world'],
      language,
      // The planted bullets are no sentence of the article's, and cite none: the whole article is what they lack.
      ...(numbered && { sources: sourcesFor(bullets, (bullet) => (bullet === PLANTED_SENTENCE ? undefined : bullets.indexOf(bullet))) }),
    },
  };
}

/** A follow-up asking to correct what the last answer stated and the article does not (prompts/summary/v2.md, v3.md). */
export function isFaithfulnessRepair(request: ChatRequest): boolean {
  return lastUserMessage(request).startsWith('Your summary states things that could not be found in the article');
}
