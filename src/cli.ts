import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from './config.js';
import type { Article } from './core/article.js';
import { createArticleLoader, createSafeFetcher, extractArticleFromHtml, extractArticleFromText } from './extract/index.js';
import { fetchFeed, generateOpml, parseFeed, parseOpml, type ParsedFeed } from './feeds/index.js';
import { createSourceCatalog } from './sources/source-catalog.js';
import { systemClock } from './core/clock.js';
import { describeSourceStatus } from './sources/source-status.js';
import { createCatalogue } from './messages/catalogue.js';
import { createWebhookSetup } from './bot/webhook-setup.js';
import { plainTextOf } from './format/telegram-html.js';
import { createKeyedLock } from './store/keyed-lock.js';
import { createSourceStore, feedSourceId } from './store/source-store.js';
import { createLogger } from './logger.js';
import { createServices } from './main.js';
import type { SummaryOutcome } from './summarize/summary-service.js';
import { topicName } from './core/topics.js';

const USAGE = `Usage:
  npm run cli -- summarize <url|file>           print a summary of an article
  npm run cli -- extract [--json] <url|file>…   print the extracted article(s); --json: one JSON object per line
  npm run cli -- feed [--json] <url|file>…      print each feed and its items; --json: one JSON object per feed per line
  npm run cli -- sources                        list the sources (SOURCES_FILE and the store) with their status
  npm run cli -- webhook set|info|delete        point Telegram at WEBHOOK_URL (once per deploy), show what it has, or go back to polling

A file may hold a saved HTML page or pasted text (a raw page dump is fine); for feed, an RSS, Atom or JSON
feed. A feed URL may be a page that links to its feed.`;

type Output = { write(text: string): void };

/** Runs one CLI command; returns the exit code. Exported for tests. */
export async function runCli(args: string[], config: Config, out: Output, err: Output): Promise<number> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  const [command, ...inputs] = positionals;
  if (values.help || !command) {
    out.write(`${USAGE}\n`);
    return command || values.help ? 0 : 2;
  }
  if (command === 'sources' && inputs.length === 0) return listSources(config, out);
  if (command === 'webhook' && inputs.length === 1) return manageWebhook(inputs[0] ?? '', config, out, err);
  if (inputs.length === 0 || (command === 'summarize' && inputs.length > 1) || !['summarize', 'extract', 'feed'].includes(command)) {
    err.write(`${USAGE}\n`);
    return 2;
  }
  if (command === 'feed') {
    const fetcher = createSafeFetcher({ allowPrivateAddresses: config.fetch.allowPrivateUrls, timeoutMs: config.fetch.timeoutMs, maxBytes: config.fetch.maxBytes });
    let failures = 0;
    for (const input of inputs) {
      try {
        const feed = isUrl(input) ? (await fetchFeed(input, fetcher)).feed : await readFeedFile(input);
        out.write(values.json ? `${JSON.stringify(feedAsJson(feed))}\n` : `${formatFeed(feed)}\n`);
      } catch (error) {
        failures++;
        err.write(`${input}: ${describe(error)}\n`);
      }
    }
    return failures === 0 ? 0 : 1;
  }
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  if (command === 'extract') {
    const loader = createArticleLoader({ fetcher: createSafeFetcher({ allowPrivateAddresses: config.fetch.allowPrivateUrls, timeoutMs: config.fetch.timeoutMs, maxBytes: config.fetch.maxBytes }) });
    let failures = 0;
    for (const input of inputs) {
      try {
        const article = isUrl(input) ? await loader.loadArticle(input) : await readArticleFile(input);
        out.write(values.json ? `${JSON.stringify(articleAsJson(article))}\n` : `${formatArticle(article)}\n`);
      } catch (error) {
        failures++;
        err.write(`${input}: ${describe(error)}\n`);
      }
    }
    return failures === 0 ? 0 : 1;
  }
  const services = await createServices(config, logger);
  try {
    const input = inputs[0] ?? '';
    const outcome = isUrl(input)
      ? await services.summaries.summarizeUrl(input)
      : await services.summaries.summarizeArticle(await readArticleFile(input));
    out.write(`${formatOutcome(outcome)}\n`);
    return 0;
  } catch (error) {
    err.write(`${inputs[0]}: ${describe(error)}\n`);
    return 1;
  } finally {
    await services.close();
  }
}

/** `webhook set|info|delete`: the once-per-deploy step of webhook mode; instances never call setWebhook. */
async function manageWebhook(action: string, config: Config, out: Output, err: Output): Promise<number> {
  const { token, apiRoot, webhook } = config.telegram;
  if (!['set', 'info', 'delete'].includes(action)) {
    err.write(`${USAGE}\n`);
    return 2;
  }
  if (!token) {
    err.write('TELEGRAM_BOT_TOKEN: required to talk to Telegram\n');
    return 2;
  }
  const setup = createWebhookSetup({ token, apiRoot });
  try {
    if (action === 'set') {
      if (!webhook) {
        err.write('WEBHOOK_URL and WEBHOOK_SECRET: set both to say where Telegram sends updates\n');
        return 2;
      }
      await setup.set(webhook);
      out.write(`Telegram now sends updates to ${webhook.url} (at most ${webhook.maxConnections} connections at once). Start the instances with the same settings.\n`);
    } else if (action === 'delete') {
      await setup.remove();
      out.write('Webhook removed: instances started without WEBHOOK_URL poll for updates. Updates waiting at Telegram are kept.\n');
    } else {
      const info = await setup.info();
      out.write(
        [
          `url: ${info.url || '(none: the bot polls)'}`,
          `pending updates: ${info.pendingUpdates}`,
          `max connections: ${info.maxConnections ?? '-'}`,
          `allowed updates: ${info.allowedUpdates?.join(', ') ?? '(Telegram’s default)'}`,
          `last error: ${info.lastError ? `${info.lastError.at} ${info.lastError.message}` : 'none'}`,
        ].join('\n') + '\n',
      );
    }
    return 0;
  } catch (error) {
    err.write(`webhook ${action}: ${describe(error)}\n`);
    return 1;
  }
}

/**
 * The sources the bot polls, with their health from the store, and those SOURCES_FILE names that
 * the bot has not taken in yet (it does on its next start). Reads only: nothing is added or checked.
 */
async function listSources(config: Config, out: Output): Promise<number> {
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const services = await createServices(config, logger);
  try {
    const catalog = createSourceCatalog({
      store: createSourceStore({ store: services.store, lock: createKeyedLock(), clock: systemClock }),
      fetcher: services.fetcher,
      formats: { fetchFeed, parseOpml, generateOpml },
      clock: systemClock,
      onFeedAdded: () => undefined,
    });
    const stored = await catalog.list();
    const now = Date.now();
    // The command line speaks English, as its other output does.
    const texts = createCatalogue().texts('en');
    const formatTime = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    const lines = stored.map(({ number, source, health }) => {
      const status = describeSourceStatus(texts, source, health, now, formatTime);
      return [`${number}. ${status.icon} ${status.name}${status.topics ? ` ${status.topics}` : ''}`, ...status.details.map((line) => `   ${plainTextOf(line)}`)].join('\n');
    });
    if (config.sources.file) {
      const listed = parseOpml(await readFile(config.sources.file, 'utf8')).sources;
      const known = new Set(stored.map(({ source }) => source.url));
      const waiting = listed.filter((entry) => !known.has(entry.url) && !stored.some(({ source }) => source.id === feedSourceId(entry.url)));
      for (const entry of waiting) lines.push(`-  🕒 ${entry.title ?? entry.url}\n   in ${config.sources.file}, taken in on the bot's next start\n   ${entry.url}`);
    }
    out.write(lines.length === 0 ? 'No sources: set SOURCES_FILE, or add feeds with /addsource in the bot.\n' : `${lines.join('\n\n')}\n`);
    return 0;
  } finally {
    await services.close();
  }
}

function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

async function readArticleFile(file: string): Promise<Article> {
  const content = await readFile(file, 'utf8');
  return /^\s*(<!doctype html|<html|<head|<body)/i.test(content)
    ? extractArticleFromHtml(content, pathToFileURL(path.resolve(file)).href)
    : extractArticleFromText(content);
}

async function readFeedFile(file: string): Promise<ParsedFeed> {
  const absolute = path.resolve(file);
  return parseFeed(await readFile(absolute), { url: pathToFileURL(absolute).href });
}

function feedAsJson(feed: ParsedFeed) {
  return {
    title: feed.title ?? null,
    siteUrl: feed.siteUrl ?? null,
    feedUrl: feed.feedUrl,
    items: feed.items.map((item) => ({
      id: item.id,
      title: item.title ?? null,
      url: item.url ?? null,
      publishedAt: item.publishedAt,
      summary: item.summary ?? null,
    })),
  };
}

function formatFeed(feed: ParsedFeed): string {
  const header = [feed.title ?? '(untitled feed)', feed.siteUrl, `${feed.items.length} item${feed.items.length === 1 ? '' : 's'} from ${feed.feedUrl}`]
    .filter(Boolean)
    .join('\n');
  const items = feed.items.map((item) =>
    [
      `• ${item.title ?? '(untitled)'}`,
      `  id: ${item.id}`,
      `  url: ${item.url ?? 'null'}`,
      `  published: ${item.publishedAt ?? 'null'}`,
      ...(item.summary === undefined ? [] : [item.summary.replace(/^(?=.)/gm, '  ')]),
    ].join('\n'),
  );
  return [header, ...items].join('\n\n') + '\n';
}

function articleAsJson(article: Article) {
  return {
    title: article.title ?? null,
    text: article.text,
    url: article.url ?? null,
    siteName: article.siteName ?? null,
    publishedAt: article.publishedAt ?? null,
    language: article.language ?? null,
  };
}

function formatArticle(article: Article): string {
  const header = [article.title, [article.siteName, article.publishedAt, article.language].filter(Boolean).join(' · '), article.url]
    .filter(Boolean)
    .join('\n');
  return `${header}\n\n${article.text}\n`;
}

function formatOutcome({ article, result, fallbackReason }: SummaryOutcome): string {
  const lines = [
    result.summary.title,
    [article.siteName, article.publishedAt].filter(Boolean).join(' · '),
    '',
    ...result.summary.bullets.map((bullet) => `• ${bullet}`),
    '',
    `In one line: ${result.summary.gist}`,
    `Topics: ${result.summary.topics.map(topicName).join(', ')}`,
    ...(article.url ? [`Source: ${article.url}`] : []),
  ];
  if (result.kind === 'extractive') {
    lines.push('', fallbackReason ? `(Extractive summary: the LLM failed with "${fallbackReason}".)` : '(Extractive summary: no OPENAI_API_KEY is set.)');
  }
  return lines.filter((line, index) => line !== '' || lines[index - 1] !== '').join('\n');
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}

async function main(): Promise<void> {
  try {
    const config = await loadConfig();
    process.exitCode = await runCli(process.argv.slice(2), config, process.stdout, process.stderr);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}
