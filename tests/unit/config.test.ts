import { describe, expect, it } from 'vitest';
import { ConfigError, createConfig } from '../../src/config.js';

describe('createConfig', () => {
  it('fills every default from an empty environment', () => {
    expect(createConfig({})).toEqual({
      telegram: { token: undefined, apiRoot: undefined },
      llm: {
        apiKey: undefined,
        baseUrl: undefined,
        model: 'gpt-4o-mini',
        timeoutMs: 60_000,
        maxRetries: 3,
        summaryPromptVersion: undefined,
        dailyTokenBudget: undefined,
      },
      store: { url: 'sqlite://data/newsdigest.sqlite', cacheTtlMs: 30 * 24 * 60 * 60 * 1000 },
      fetch: { allowPrivateUrls: false, timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxLinksPerMessage: 3 },
      digest: { defaultTime: '08:00', defaultTimeZone: 'UTC', maxItemsPerTopic: 5, poolTtlMs: 7 * 24 * 60 * 60 * 1000 },
      sources: { file: undefined, pollIntervalMs: 30 * 60_000 },
      fairUse: { summariesPerDay: 50, summariesPerMinute: 5 },
      messagesPerSecond: 25,
      adminIds: [],
      logLevel: 'info',
    });
  });

  it('reads every setting', () => {
    const config = createConfig({
      TELEGRAM_BOT_TOKEN: '123:abc-DEF',
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081',
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: 'http://localhost:11434/v1',
      OPENAI_MODEL: 'llama3.1',
      STORE_URL: 'redis://localhost:6379',
      ALLOW_PRIVATE_URLS: 'true',
      ADMIN_IDS: '1, 22,333',
      LOG_LEVEL: 'debug',
      SUMMARY_PROMPT_VERSION: '2',
      DIGEST_TIME: '7:30',
      DEFAULT_TIMEZONE: 'europe/berlin',
      SOURCES_FILE: 'sources/starter.opml',
      SOURCE_POLL_MINUTES: '15',
      LLM_DAILY_TOKEN_BUDGET: '2000000',
      USER_SUMMARIES_PER_DAY: '20',
      USER_SUMMARIES_PER_MINUTE: '3',
    });
    expect(config.fairUse).toEqual({ summariesPerDay: 20, summariesPerMinute: 3 });
    expect(config.sources).toEqual({ file: 'sources/starter.opml', pollIntervalMs: 15 * 60_000 });
    expect(config.llm.dailyTokenBudget).toBe(2_000_000);
    expect(config.digest).toMatchObject({ defaultTime: '07:30', defaultTimeZone: 'Europe/Berlin' });
    expect(config.telegram).toEqual({ token: '123:abc-DEF', apiRoot: 'http://127.0.0.1:8081' });
    expect(config.llm).toMatchObject({ apiKey: 'sk-test', baseUrl: 'http://localhost:11434/v1', model: 'llama3.1', summaryPromptVersion: 2 });
    expect(config.store.url).toBe('redis://localhost:6379');
    expect(config.fetch.allowPrivateUrls).toBe(true);
    expect(config.adminIds).toEqual([1, 22, 333]);
    expect(config.logLevel).toBe('debug');
  });

  it('treats empty values, as .env.example leaves them, as unset', () => {
    expect(createConfig({ TELEGRAM_API_ROOT: '', OPENAI_API_KEY: '', ADMIN_IDS: '' }).llm.apiKey).toBeUndefined();
  });

  it.each([
    ['TELEGRAM_BOT_TOKEN', 'not-a-token', /^TELEGRAM_BOT_TOKEN: expected a token like 123456:ABC-DEF/],
    ['OPENAI_BASE_URL', 'localhost:11434', /^OPENAI_BASE_URL: expected an http\(s\) URL/],
    ['ALLOW_PRIVATE_URLS', 'maybe', /^ALLOW_PRIVATE_URLS: expected true or false/],
    ['ADMIN_IDS', 'alice', /^ADMIN_IDS: expected Telegram user ids separated by commas/],
    ['STORE_URL', 'mysql://db', /^STORE_URL: expected sqlite:\/\/path/],
    ['FETCH_TIMEOUT_MS', 'soon', /^FETCH_TIMEOUT_MS: expected a whole number/],
    ['DIGEST_TIME', '25:00', /^DIGEST_TIME: expected a time of day like 08:00/],
    ['DEFAULT_TIMEZONE', 'Mars/Olympus', /^DEFAULT_TIMEZONE: expected an IANA time zone/],
    ['MESSAGES_PER_SECOND', '100', /^MESSAGES_PER_SECOND: expected a whole number from 1 to 30/],
    ['SOURCE_POLL_MINUTES', '2', /^SOURCE_POLL_MINUTES: expected a whole number from 5 to 1440/],
    ['LLM_DAILY_TOKEN_BUDGET', 'lots', /^LLM_DAILY_TOKEN_BUDGET: expected a whole number of tokens/],
    ['LLM_DAILY_TOKEN_BUDGET', '0', /^LLM_DAILY_TOKEN_BUDGET: expected a whole number of tokens above 0/],
    ['USER_SUMMARIES_PER_DAY', '0', /^USER_SUMMARIES_PER_DAY: expected a whole number from 1 to 100000/],
    ['USER_SUMMARIES_PER_MINUTE', 'many', /^USER_SUMMARIES_PER_MINUTE: expected a whole number/],
  ])('names %s and what it expects when it is invalid', (variable, value, message) => {
    expect(() => createConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => createConfig({ [variable]: value })).toThrow(message);
  });

  it('reads webhook mode from WEBHOOK_URL with its secret, and refuses plain http off this machine or a missing or short secret', () => {
    const secret = 'a'.repeat(32);
    expect(createConfig({ WEBHOOK_URL: 'https://bot.example.com/telegram', WEBHOOK_SECRET: secret, PORT: '3000' }).telegram.webhook).toEqual({
      url: 'https://bot.example.com/telegram',
      secret,
      port: 3000,
      maxConnections: 40,
    });
    expect(createConfig({ WEBHOOK_URL: 'http://127.0.0.1:8080/hook', WEBHOOK_SECRET: secret }).telegram.webhook?.port).toBe(8080);
    expect(createConfig({}).telegram.webhook).toBeUndefined();
    expect(() => createConfig({ WEBHOOK_URL: 'http://bot.example.com/telegram', WEBHOOK_SECRET: secret })).toThrow(
      new ConfigError('WEBHOOK_URL: expected an https URL (Telegram sends webhooks only over https) (got "http://bot.example.com/telegram")'),
    );
    expect(() => createConfig({ WEBHOOK_URL: 'https://bot.example.com/telegram' })).toThrow(/^WEBHOOK_SECRET: required with WEBHOOK_URL/);
    expect(() => createConfig({ WEBHOOK_URL: 'https://bot.example.com/telegram', WEBHOOK_SECRET: 'short' })).toThrow(/^WEBHOOK_SECRET: expected 16 to 256 letters/);
  });

  it('requires the bot token only when asked to', () => {
    expect(() => createConfig({}, { requireBotToken: true })).toThrow(/^TELEGRAM_BOT_TOKEN: required/);
    expect(createConfig({}).telegram.token).toBeUndefined();
  });
});
