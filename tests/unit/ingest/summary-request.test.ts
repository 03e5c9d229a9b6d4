import { describe, expect, it } from 'vitest';
import { buildSummaryRequest, findLinks, greetingLanguage, type IncomingMessage } from '../../../src/ingest/summary-request.js';

const article = Array.from({ length: 80 }, (_, index) => `word${index}`).join(' ');

function message(text: string, extra: Partial<IncomingMessage> = {}): IncomingMessage {
  return { text, entities: [], hasMedia: false, ...extra };
}

function urlEntity(text: string, url: string) {
  return { type: 'url', offset: text.indexOf(url), length: url.length };
}

describe('buildSummaryRequest', () => {
  it('treats a short text with links as a request to summarize the links', () => {
    const text = 'look at this https://example.com/a and example.org/b';
    const request = buildSummaryRequest(
      message(text, { entities: [urlEntity(text, 'https://example.com/a'), urlEntity(text, 'example.org/b')] }),
      { maxLinks: 3 },
    );
    expect(request).toEqual({ kind: 'links', urls: ['https://example.com/a', 'https://example.org/b'], skippedLinks: 0 });
  });

  it('caps the links and says how many it skipped', () => {
    const urls = ['https://a.example/1', 'https://a.example/2', 'https://a.example/3', 'https://a.example/4'];
    const text = urls.join(' ');
    const request = buildSummaryRequest(message(text, { entities: urls.map((url) => urlEntity(text, url)) }), { maxLinks: 3 });
    expect(request).toEqual({ kind: 'links', urls: urls.slice(0, 3), skippedLinks: 1 });
  });

  it('follows text_link entities and drops repeats and non-http links', () => {
    const text = 'Read this and this and mail me';
    const links = findLinks({
      text,
      entities: [
        { type: 'text_link', offset: 5, length: 4, url: 'https://news.example/story' },
        { type: 'text_link', offset: 14, length: 4, url: 'https://news.example/story' },
        { type: 'text_link', offset: 26, length: 2, url: 'mailto:me@example.com' },
      ],
    });
    expect(links).toEqual(['https://news.example/story']);
  });

  it('summarizes a long text as an article even when it contains links', () => {
    const text = `${article} https://example.com/source`;
    expect(buildSummaryRequest(message(text, { entities: [urlEntity(text, 'https://example.com/source')] }), { maxLinks: 3 })).toEqual({
      kind: 'text',
      text,
    });
  });

  it('credits the origin of a forwarded post and follows its links when the post is short', () => {
    const origin = { type: 'channel', name: 'Daily News', username: 'dailynews', postUrl: 'https://t.me/dailynews/7' };
    const text = 'Big story: https://news.example/big';
    expect(
      buildSummaryRequest(message(text, { forwardOrigin: origin, entities: [urlEntity(text, 'https://news.example/big')] }), { maxLinks: 3 }),
    ).toEqual({ kind: 'links', urls: ['https://news.example/big'], skippedLinks: 0, origin });
  });

  it('answers small talk as too short, a greeting as a greeting, and a captionless photo as media', () => {
    expect(buildSummaryRequest(message('what can you do?'), { maxLinks: 3 })).toEqual({ kind: 'too_short' });
    expect(buildSummaryRequest(message('hi there!'), { maxLinks: 3 })).toEqual({ kind: 'greeting', language: 'en' });
    expect(buildSummaryRequest(message('Привет!'), { maxLinks: 3 })).toEqual({ kind: 'greeting', language: 'ru' });
    expect(buildSummaryRequest(message('', { hasMedia: true }), { maxLinks: 3 })).toEqual({ kind: 'media_only' });
  });

  it('counts CJK text by characters, not by space-separated runs', () => {
    const japanese = '東京都は二十五日、新しい交通計画を発表した。'.repeat(12);
    expect(buildSummaryRequest(message(japanese), { maxLinks: 3 }).kind).toBe('text');
  });

  it('does not greet a forwarded greeting: it was somebody else’s', () => {
    const origin = { type: 'user', name: 'Anna' };
    expect(buildSummaryRequest(message('hello', { forwardOrigin: origin }), { maxLinks: 3 })).toEqual({ kind: 'too_short', origin });
  });
});

describe('greetingLanguage', () => {
  it.each([
    ['hi', 'en'],
    ['Hello!', 'en'],
    ['hey there 👋', 'en'],
    ['Good morning, everyone', 'en'],
    ['👋', 'en'],
    ['привет', 'ru'],
    ['Здравствуйте!', 'ru'],
    ['Всем привет)', 'ru'],
    ['Добрый вечер', 'ru'],
    ['Hallo zusammen', 'de'],
    ['¡Hola!', 'es'],
    ['Buenos días', 'es'],
    ['Bonjour', 'fr'],
    ['Привіт', 'uk'],
  ])('%s is a greeting in %s', (text, language) => {
    expect(greetingLanguage(text)).toBe(language);
  });

  it.each(['hi, what can you do?', 'good', 'morning meeting moved to 10', 'hello world program in rust', '', 'Здорово написано, спасибо большое за статью', '...'])(
    '%j is no greeting',
    (text) => {
      expect(greetingLanguage(text)).toBeUndefined();
    },
  );
});
