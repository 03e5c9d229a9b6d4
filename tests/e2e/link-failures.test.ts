import { afterEach, describe, expect, it } from 'vitest';
import { startPageServer, type PageServer } from '../support/page-server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The one reply to a link, once the progress note has turned into it. */
async function replyTo(bot: TestApp, chatId: number, text: string): Promise<string> {
  const before = bot.emulator.messages(chatId).length;
  bot.emulator.sendUserMessage({ chatId, text });
  const reply = await bot.emulator.waitFor(
    () => {
      const messages = bot.emulator.messages(chatId);
      const last = messages.at(-1);
      return messages.length > before && last && !last.text.startsWith('⏳') ? last : undefined;
    },
    { what: `an answer to ${text}` },
  );
  return reply.text;
}

describe('links that cannot be summarized get a reply saying why', () => {
  let pages: PageServer;
  let bot: TestApp;

  afterEach(async () => {
    await bot.close();
    await pages.close();
  });

  it('explains 404s, images, PDFs, huge pages, slow sites and redirect loops', async () => {
    pages = await startPageServer({
      '/gone': (_request, response) => response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>'),
      '/photo.jpg': (_request, response) => response.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.alloc(2048)),
      '/report.pdf': (_request, response) => response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7'),
      '/huge': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        const chunk = `<p>${'x'.repeat(64 * 1024)}</p>`;
        let sent = 0;
        const pump = () => {
          while (sent < 40 * 1024 * 1024 && response.write(chunk)) sent += chunk.length;
          if (sent < 40 * 1024 * 1024) response.once('drain', pump);
          else response.end();
        };
        response.on('error', () => undefined);
        pump();
      },
      '/slow': () => undefined, // never answers
      '/loop': (_request, response) => response.writeHead(302, { location: '/loop2' }).end(),
      '/loop2': (_request, response) => response.writeHead(302, { location: '/loop' }).end(),
      '/empty': (_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><nav>Home</nav></body></html>'),
    });
    bot = await startTestApp({ env: { FETCH_TIMEOUT_MS: '1000', FETCH_MAX_BYTES: '1048576' } });
    const at = (path: string) => `${pages.origin}${path}`;
    expect(await replyTo(bot, 1, at('/gone'))).toBe("⚠️ That page answered 404: it doesn't exist (any more). Check the link.");
    expect(await replyTo(bot, 1, at('/photo.jpg'))).toBe('⚠️ That link is an image, not an article.');
    expect(await replyTo(bot, 1, at('/report.pdf'))).toBe('⚠️ That link is a PDF. I can only read web pages for now; paste the text instead.');
    expect(await replyTo(bot, 1, at('/huge'))).toBe('⚠️ That page is too large for me to read. Paste the article text instead.');
    expect(await replyTo(bot, 1, at('/slow'))).toBe('⚠️ 127.0.0.1 took too long to answer. Try again later, or paste the article text.');
    expect(await replyTo(bot, 1, at('/loop'))).toBe('⚠️ That link redirects too many times; I gave up following it.');
    expect(await replyTo(bot, 1, at('/empty'))).toBe(
      "⚠️ I opened 127.0.0.1 but couldn't find an article on that page. If it's behind a login or built only with JavaScript, paste the article text instead.",
    );
    bot.emulator.sendUserMessage({ chatId: 42, text: '/stats' });
    const stats = await bot.emulator.waitForMessages(42, 1);
    expect(stats[0]?.text).toContain('Errors by kind');
    for (const kind of ['fetch_http_status: 1', 'fetch_unsupported_type: 2', 'fetch_too_large: 1', 'fetch_timeout: 1', 'fetch_too_many_redirects: 1', 'extract_no_article: 1']) {
      expect(stats[0]?.text).toContain(kind);
    }
  });

  it('refuses private and loopback addresses unless ALLOW_PRIVATE_URLS is set', async () => {
    pages = await startPageServer({ '/internal': (_request, response) => response.end('<p>secret</p>') });
    bot = await startTestApp({ env: { ALLOW_PRIVATE_URLS: 'false' } });
    expect(await replyTo(bot, 1, `${pages.origin}/internal`)).toBe('⚠️ 127.0.0.1 points to a private or local network address, which I don\'t open.');
    expect(await replyTo(bot, 1, 'http://169.254.169.254/latest/meta-data')).toBe("⚠️ 169.254.169.254 points to a private or local network address, which I don't open.");
    expect(await replyTo(bot, 1, 'http://[::1]:8080/admin')).toBe("⚠️ [::1] points to a private or local network address, which I don't open.");
    expect(pages.hits('/internal')).toBe(0);
  });
});
