import OpenAI from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  fabricatedSummaryReplyFor,
  isFaithfulnessRepair,
  lengthIn,
  startFakeOpenAiServer,
  summaryReplyFor,
  type ChatRequest,
  type FakeOpenAiServer,
} from '../../support/fake-openai-server.js';

let server: FakeOpenAiServer;
beforeEach(async () => {
  server = await startFakeOpenAiServer();
});
afterEach(async () => {
  await server.close();
});

function clientFor(options: { maxRetries?: number; timeout?: number } = {}): OpenAI {
  return new OpenAI({ apiKey: 'test', baseURL: server.baseURL, maxRetries: options.maxRetries ?? 0, timeout: options.timeout ?? 2_000 });
}

const hello = { model: 'fake-model', messages: [{ role: 'user' as const, content: 'Hello' }] };

describe('startFakeOpenAiServer', () => {
  it('answers like a real chat.completion, which the openai client parses', async () => {
    server.reply(() => ({ json: { ok: true } }));
    const completion = await clientFor().chat.completions.create(hello);
    expect(completion).toEqual({
      id: 'chatcmpl-fake-1',
      object: 'chat.completion',
      created: 1_700_000_001,
      model: 'fake-model',
      choices: [{ index: 0, message: { role: 'assistant', content: '{"ok":true}', refusal: null }, logprobs: null, finish_reason: 'stop' }],
      usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
      system_fingerprint: 'fp_fake',
    });
    expect(server.requests).toEqual([{ model: 'fake-model', messages: [{ role: 'user', content: 'Hello' }] }]);
    expect(server.unexpected).toEqual([]);
  });

  it('uses one-shot replies in order before the default', async () => {
    server.replyOnce({ content: 'first' });
    server.replyOnce(() => ({ content: 'second', finishReason: 'length', usage: { prompt_tokens: 1, completion_tokens: 2 } }));
    server.reply(() => ({ content: 'default' }));
    const client = clientFor();
    const answers = [];
    for (let i = 0; i < 3; i += 1) {
      const completion = await client.chat.completions.create(hello);
      answers.push([completion.choices[0]?.message.content, completion.choices[0]?.finish_reason, completion.usage?.total_tokens]);
    }
    expect(answers).toEqual([
      ['first', 'stop', 120],
      ['second', 'length', 3],
      ['default', 'stop', 120],
    ]);
  });

  it('answers 500 and records the request when the test set up no reply', async () => {
    const error = await clientFor().chat.completions.create(hello).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.InternalServerError);
    expect(error).toHaveProperty('message', expect.stringContaining('the test did not set up a reply'));
    expect(server.unexpected).toEqual([
      { method: 'POST', path: '/v1/chat/completions', reason: 'the test did not set up a reply for chat completion request #1' },
    ]);
  });

  it('sends errors in OpenAI shape with retry headers the SDK honours', async () => {
    server.replyOnce({ status: 429, retryAfterMs: 1, error: { message: 'slow down', type: 'rate_limit_exceeded', code: 'rate_limit' } });
    server.replyOnce({ status: 401, error: { message: 'bad key', type: 'invalid_request_error', code: 'invalid_api_key' } });
    const error = await clientFor({ maxRetries: 1 }).chat.completions.create(hello).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: 'invalid_api_key', type: 'invalid_request_error' });
    expect(server.requests).toHaveLength(2);
  });

  it('hangs until the client times out, and close() still returns', async () => {
    server.reply(() => ({ hang: true }));
    const error = await clientFor({ timeout: 100 }).chat.completions.create(hello).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
  });

  it('closes with a request still hanging', async () => {
    server.reply(() => ({ hang: true }));
    const pending = clientFor({ timeout: 10_000 }).chat.completions.create(hello).catch((caught: unknown) => caught);
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await server.close();
    expect(await pending).toBeInstanceOf(OpenAI.APIConnectionError);
    // Reopen so afterEach has a server to close.
    server = await startFakeOpenAiServer();
  });

  it('lists a model and rejects unknown routes as unexpected', async () => {
    const client = clientFor();
    const models = await client.models.list();
    expect(models.data.map((model) => model.id)).toEqual(['fake-model']);
    await expect(client.embeddings.create({ model: 'x', input: 'y' })).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    expect(server.unexpected).toEqual([{ method: 'POST', path: '/v1/embeddings', reason: 'no such route in the fake OpenAI server' }]);
  });

  it('summaryReplyFor builds a valid summary from the summary prompt layout', () => {
    const request: ChatRequest = {
      model: 'fake-model',
      messages: [
        { role: 'system', content: 'Instructions.' },
        {
          role: 'user',
          content:
            'Summarize the news article below.\n\nRequested language: Russian (ru)\n\n<article>\nTitle: Rare call\nSource: Example\nPublished: 2022-10-21\n\nFirst sentence. Second one!\n\nThird here? Fourth.\n</article>',
        },
      ],
    };
    expect(summaryReplyFor(request)).toEqual({
      json: {
        title: 'Summary: Rare call',
        bullets: ['First sentence.', 'Second one!', 'Third here?'],
        gist: 'First sentence.',
        topics: ['world'],
        language: 'ru',
      },
    });
  });

  const summaryRequest = (...followUps: string[]): ChatRequest => ({
    model: 'fake-model',
    messages: [
      { role: 'system', content: 'Instructions.' },
      { role: 'user', content: 'Requested language: English (en)\n\n<article>\nTitle: Rare call\nSource: Example\nPublished: 2022-10-21\n\nFirst sentence. Second one!\n\nThird here? Fourth.\n</article>' },
      ...followUps.flatMap((content) => [
        { role: 'assistant', content: '{}' },
        { role: 'user', content },
      ]),
    ],
  });

  it('summaryReplyFor reads the article from the first user message of a repair request too', () => {
    const repair = summaryRequest('Your summary states things that could not be found in the article:\n\n- name "X" (the title)');
    expect([isFaithfulnessRepair(summaryRequest()), isFaithfulnessRepair(repair)]).toEqual([false, true]);
    expect(summaryReplyFor(repair)).toEqual(summaryReplyFor(summaryRequest()));
  });

  it('fabricatedSummaryReplyFor plants a number, a quote and a name in the title, the gist and the bullets asked for', () => {
    const planted = 'Antony Blinken said 7,300 people had witnessed “a historic turning point”.';
    expect([fabricatedSummaryReplyFor(summaryRequest()), fabricatedSummaryReplyFor(summaryRequest(), { fabricatedBullets: 3 })]).toEqual([
      {
        json: {
          title: 'Summary: Rare call — Antony Blinken hails “a historic turning point” for 7,300 people',
          bullets: ['First sentence.', 'Second one!', 'Third here?', planted],
          gist: `First sentence. ${planted}`,
          topics: ['world'],
          language: 'en',
        },
      },
      {
        json: {
          title: 'Summary: Rare call — Antony Blinken hails “a historic turning point” for 7,300 people',
          bullets: ['First sentence.', 'Second one!', planted, planted, planted],
          gist: `First sentence. ${planted}`,
          topics: ['world'],
          language: 'en',
        },
      },
    ]);
  });

  it('summaryReplyFor and fabricatedSummaryReplyFor keep within the length a summary v3 prompt states', () => {
    const planted = 'Antony Blinken said 7,300 people had witnessed “a historic turning point”.';
    const article = 'The council met on Monday evening. It approved the new budget for next year. Taxes stay the same for now. Parks get more money.';
    const request = (length: string): ChatRequest => ({
      model: 'fake-model',
      messages: [
        { role: 'system', content: 'Instructions.' },
        { role: 'user', content: `Requested language: English (en)\nLength: ${length} (the article has 24 words).\n\n<article>\nTitle: Budget\nSource: Example\nPublished: 2022-10-21\n\n${article}\n</article>` },
      ],
    });
    const roomy = request('1 to 2 bullets, and at most 20 words in the bullets and the gist together');
    const tight = request('1 bullet, and at most 8 words in the bullets and the gist together');
    expect([lengthIn(roomy), lengthIn(tight), lengthIn(summaryRequest())]).toEqual([{ minBullets: 1, maxBullets: 2, maxWords: 20 }, { minBullets: 1, maxBullets: 1, maxWords: 8 }, undefined]);
    expect([summaryReplyFor(roomy), summaryReplyFor(tight), fabricatedSummaryReplyFor(roomy)]).toEqual([
      // Two bullets and the gist: 6 + 8 + 6 words.
      { json: { title: 'Summary: Budget', bullets: ['The council met on Monday evening.', 'It approved the new budget for next year.'], gist: 'The council met on Monday evening.', topics: ['world'], language: 'en' } },
      // Over even with one bullet: the gist is cut to half the 8 words (leaving a bullet 6 would leave it 2), the bullet to the rest.
      { json: { title: 'Summary: Budget', bullets: ['The council met on…'], gist: 'The council met on…', topics: ['world'], language: 'en' } },
      // The planted sentence is the gist and the one bullet left, 24 words: the faithful bullet is dropped, the planted ones always stay.
      { json: { title: 'Summary: Budget — Antony Blinken hails “a historic turning point” for 7,300 people', bullets: [planted], gist: planted, topics: ['world'], language: 'en' } },
    ]);
  });

  it('reads a summary v4 article of numbered sentences, and says which sentence each part is from', () => {
    const planted = 'Antony Blinken said 7,300 people had witnessed “a historic turning point”.';
    const request: ChatRequest = {
      model: 'fake-model',
      messages: [
        { role: 'system', content: 'Instructions.' },
        {
          role: 'user',
          content: `Requested language: English (en)\nLength: 2 to 3 bullets, and at most 60 words in the bullets and the gist together (the article has 200 words).\n\n<article>\nSource: Example\nPublished: 2022-10-21\n\n[0] Budget\n[1] The council met on Monday evening.\n[2] It approved the new budget for next year.\n[3] Taxes stay the same for now.\n</article>`,
        },
      ],
    };
    expect([summaryReplyFor(request), fabricatedSummaryReplyFor(request)]).toEqual([
      {
        json: {
          title: 'Summary: Budget',
          bullets: ['The council met on Monday evening.', 'It approved the new budget for next year.', 'Taxes stay the same for now.'],
          gist: 'The council met on Monday evening.',
          topics: ['world'],
          language: 'en',
          sources: { title: [0], bullets: [[1], [2], [3]], gist: [1] },
        },
      },
      {
        json: {
          title: 'Summary: Budget — Antony Blinken hails “a historic turning point” for 7,300 people',
          bullets: ['The council met on Monday evening.', 'It approved the new budget for next year.', planted],
          gist: planted,
          topics: ['world'],
          language: 'en',
          sources: { title: [0], bullets: [[1], [2], []], gist: [1] },
        },
      },
    ]);
  });
});
