import { z } from 'zod';
import { parseClockTime, parseTimeZone, type ClockTime } from './digest/local-time.js';

/** Raw settings, as read from the environment (or a test's object). */
export type ConfigInput = Record<string, string | undefined>;

const emptyToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const optionalString = z.preprocess(emptyToUndefined, z.string().trim().optional());
const optionalUrl = z.preprocess(
  emptyToUndefined,
  z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
);

function booleanSetting(defaultValue: boolean) {
  return z.preprocess(
    emptyToUndefined,
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'expected true or false' })
      .optional()
      .transform((value) => (value === undefined ? defaultValue : ['true', '1', 'yes'].includes(value))),
  );
}

function integerSetting(defaultValue: number, min: number, max: number) {
  return z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: 'expected a whole number' })
      .int({ error: 'expected a whole number' })
      .min(min, { error: `expected a whole number from ${min} to ${max}` })
      .max(max, { error: `expected a whole number from ${min} to ${max}` })
      .default(defaultValue),
  );
}

/** A text setting read by the same parser the bot uses for what people type, so both accept the same values. */
function parsedSetting<Parsed extends string>(defaultValue: Parsed, parse: (input: string) => Parsed | undefined, expected: string) {
  return z.preprocess(
    emptyToUndefined,
    z
      .string()
      .optional()
      .transform((value, context) => {
        const parsed = parse(value ?? defaultValue);
        if (!parsed) context.addIssue({ code: 'custom', message: expected });
        return parsed ?? defaultValue;
      }),
  );
}

const envSchema = z.object({
  TELEGRAM_BOT_TOKEN: z.preprocess(
    emptyToUndefined,
    z
      .string({ error: 'required: the token @BotFather gave you, like 123456:ABC-DEF…' })
      .regex(/^\d+:[\w-]+$/, { error: 'expected a token like 123456:ABC-DEF… (from @BotFather)' })
      .optional(),
  ),
  TELEGRAM_API_ROOT: optionalUrl,
  WEBHOOK_URL: z.preprocess(
    emptyToUndefined,
    z
      .url({ protocol: /^https?$/, error: 'expected the public https URL Telegram sends updates to, like https://bot.example.com/telegram' })
      // Telegram delivers only to https; plain http is for a Bot API emulator on this machine.
      .refine((url) => url.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:|\/)/.test(url), {
        error: 'expected an https URL (Telegram sends webhooks only over https)',
      })
      .optional(),
  ),
  WEBHOOK_SECRET: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,256}$/, { error: 'expected 16 to 256 letters, digits, _ or - (Telegram’s secret_token alphabet), e.g. from `openssl rand -hex 32`' })
      .optional(),
  ),
  // 0 takes any free port (tests; a load balancer needs a fixed one).
  PORT: integerSetting(8080, 0, 65_535),
  WEBHOOK_MAX_CONNECTIONS: integerSetting(40, 1, 100),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_MODEL: z.preprocess(emptyToUndefined, z.string().trim().default('gpt-4o-mini')),
  OPENAI_TIMEOUT_MS: integerSetting(60_000, 1_000, 600_000),
  OPENAI_MAX_RETRIES: integerSetting(3, 0, 10),
  SUMMARY_PROMPT_VERSION: z.preprocess(
    emptyToUndefined,
    z.coerce.number({ error: 'expected a prompt version number such as 1' }).int().positive().optional(),
  ),
  STORE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^(sqlite|redis|rediss|postgres|postgresql|memory):/, {
        error: 'expected sqlite://path, redis://host, postgres://host/db or memory://',
      })
      .default('sqlite://data/newsdigest.sqlite'),
  ),
  CACHE_TTL_DAYS: integerSetting(30, 1, 3650),
  ALLOW_PRIVATE_URLS: booleanSetting(false),
  FETCH_TIMEOUT_MS: integerSetting(15_000, 1_000, 120_000),
  FETCH_MAX_BYTES: integerSetting(5 * 1024 * 1024, 64 * 1024, 100 * 1024 * 1024),
  MAX_LINKS_PER_MESSAGE: integerSetting(3, 1, 10),
  USER_SUMMARIES_PER_DAY: integerSetting(50, 1, 100_000),
  USER_SUMMARIES_PER_MINUTE: integerSetting(5, 1, 1_000),
  ADMIN_IDS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\s*-?\d+(\s*,\s*-?\d+)*\s*$/, { error: 'expected Telegram user ids separated by commas, like 12345,67890' })
      .optional()
      .transform((value) => (value ? value.split(',').map((id) => Number(id.trim())) : [])),
  ),
  MESSAGES_PER_SECOND: integerSetting(25, 1, 30),
  DIGEST_TIME: parsedSetting('08:00', parseClockTime, 'expected a time of day like 08:00'),
  DEFAULT_TIMEZONE: parsedSetting('UTC', parseTimeZone, 'expected an IANA time zone like Europe/Berlin, or an offset like UTC+3'),
  DIGEST_MAX_ITEMS_PER_TOPIC: integerSetting(5, 1, 20),
  POOL_TTL_DAYS: integerSetting(7, 1, 90),
  SOURCES_FILE: optionalString,
  SOURCE_POLL_MINUTES: integerSetting(30, 5, 24 * 60),
  LLM_DAILY_TOKEN_BUDGET: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: 'expected a whole number of tokens, like 2000000' })
      .int({ error: 'expected a whole number of tokens, like 2000000' })
      .positive({ error: 'expected a whole number of tokens above 0 (leave it empty for no limit)' })
      .optional(),
  ),
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
});

/** The typed settings every part of the product receives; built once in main.ts. */
export interface Config {
  telegram: {
    /** Bot token; required to run the bot, not for the CLI. */
    token: string | undefined;
    /** Bot API server root; default: Telegram's own. Tests point it at the emulator. */
    apiRoot: string | undefined;
    /** Set: updates come by webhook to this instance instead of long polling (the default). */
    webhook: WebhookSettings | undefined;
  };
  llm: {
    /** No key means no LLM: every summary is the labelled extractive one. */
    apiKey: string | undefined;
    /** Any OpenAI-compatible server (Ollama, vLLM, OpenRouter); default: OpenAI. */
    baseUrl: string | undefined;
    /** Default `gpt-4o-mini`. */
    model: string;
    /** Per-request time-out; default 60 s. */
    timeoutMs: number;
    /** The SDK's own retries with back-off on 429/5xx/time-outs; default 3. */
    maxRetries: number;
    /** Active version of the `summary` prompt; default: the newest file in prompts/summary. */
    summaryPromptVersion: number | undefined;
    /** Tokens the whole bot may spend per UTC day; default undefined: no limit. */
    dailyTokenBudget: number | undefined;
  };
  store: {
    /** Default `sqlite://data/newsdigest.sqlite`. */
    url: string;
    /** How long cached summaries and fetched articles are kept; default 30 days. */
    cacheTtlMs: number;
  };
  fetch: {
    /** Default false: loopback and private networks are refused. */
    allowPrivateUrls: boolean;
    /** Default 15 s. */
    timeoutMs: number;
    /** Default 5 MiB; larger pages are refused without being read whole. */
    maxBytes: number;
    /** How many links of one message are summarized; default 3. */
    maxLinksPerMessage: number;
  };
  digest: {
    /** Delivery time for new subscribers, local; default 08:00. */
    defaultTime: ClockTime;
    /** Time zone for new subscribers; default UTC. */
    defaultTimeZone: string;
    /** At most this many stories per topic in one digest; default 5. */
    maxItemsPerTopic: number;
    /** How long an article stays in the shared pool; default 7 days. */
    poolTtlMs: number;
  };
  sources: {
    /** OPML file of the feeds digests are filled from; default none. */
    file: string | undefined;
    /** How often each feed is checked; default 30 minutes, at least 5. */
    pollIntervalMs: number;
  };
  /** New summaries (not cache hits, not digests) one person may have; admins are exempt. */
  fairUse: {
    /** Per UTC day; default 50. */
    summariesPerDay: number;
    /** In any 60 seconds; default 5. */
    summariesPerMinute: number;
  };
  /** Global outbound rate to Telegram; default 25 messages a second (Telegram allows about 30). */
  messagesPerSecond: number;
  /** Telegram user ids allowed to see /stats. */
  adminIds: number[];
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

export interface WebhookSettings {
  /** The public URL Telegram posts updates to (`WEBHOOK_URL`); its path is where this instance listens. */
  url: string;
  /** `WEBHOOK_SECRET`: Telegram sends it in X-Telegram-Bot-Api-Secret-Token; requests without it are refused. */
  secret: string;
  /** Where this instance listens (`PORT`); default 8080. */
  port: number;
  /** Connections Telegram may open at once (`WEBHOOK_MAX_CONNECTIONS`), set by `cli webhook set`; default 40. */
  maxConnections: number;
}

/** A setting is missing or malformed; the message names it and what is expected. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Builds the typed config from raw settings. Pure: throws ConfigError on the first bad setting. */
export function createConfig(input: ConfigInput, options: { requireBotToken?: boolean } = {}): Config {
  const parsed = envSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = issue?.path.join('.') ?? 'settings';
    throw new ConfigError(`${variable}: ${issue?.message ?? 'invalid'} (got ${JSON.stringify(input[variable] ?? null)})`);
  }
  const env = parsed.data;
  if (options.requireBotToken && !env.TELEGRAM_BOT_TOKEN) {
    throw new ConfigError(
      'TELEGRAM_BOT_TOKEN: required: the token @BotFather gave you, like 123456:ABC-DEF… (copy .env.example to .env and set it)',
    );
  }
  if (env.WEBHOOK_URL && !env.WEBHOOK_SECRET) {
    throw new ConfigError('WEBHOOK_SECRET: required with WEBHOOK_URL, so only Telegram can post updates (e.g. from `openssl rand -hex 32`)');
  }
  const webhook: WebhookSettings | undefined =
    env.WEBHOOK_URL && env.WEBHOOK_SECRET
      ? { url: env.WEBHOOK_URL, secret: env.WEBHOOK_SECRET, port: env.PORT, maxConnections: env.WEBHOOK_MAX_CONNECTIONS }
      : undefined;
  return {
    telegram: { token: env.TELEGRAM_BOT_TOKEN, apiRoot: env.TELEGRAM_API_ROOT, webhook },
    llm: {
      apiKey: env.OPENAI_API_KEY,
      baseUrl: env.OPENAI_BASE_URL,
      model: env.OPENAI_MODEL,
      timeoutMs: env.OPENAI_TIMEOUT_MS,
      maxRetries: env.OPENAI_MAX_RETRIES,
      summaryPromptVersion: env.SUMMARY_PROMPT_VERSION,
      dailyTokenBudget: env.LLM_DAILY_TOKEN_BUDGET,
    },
    store: { url: env.STORE_URL, cacheTtlMs: env.CACHE_TTL_DAYS * DAY_MS },
    fetch: {
      allowPrivateUrls: env.ALLOW_PRIVATE_URLS,
      timeoutMs: env.FETCH_TIMEOUT_MS,
      maxBytes: env.FETCH_MAX_BYTES,
      maxLinksPerMessage: env.MAX_LINKS_PER_MESSAGE,
    },
    digest: {
      defaultTime: env.DIGEST_TIME,
      defaultTimeZone: env.DEFAULT_TIMEZONE,
      maxItemsPerTopic: env.DIGEST_MAX_ITEMS_PER_TOPIC,
      poolTtlMs: env.POOL_TTL_DAYS * DAY_MS,
    },
    sources: { file: env.SOURCES_FILE, pollIntervalMs: env.SOURCE_POLL_MINUTES * 60_000 },
    fairUse: { summariesPerDay: env.USER_SUMMARIES_PER_DAY, summariesPerMinute: env.USER_SUMMARIES_PER_MINUTE },
    messagesPerSecond: env.MESSAGES_PER_SECOND,
    adminIds: env.ADMIN_IDS,
    logLevel: env.LOG_LEVEL,
  };
}

/** Reads `.env` (if present) and the environment, once. The only reader of process.env. */
export async function loadConfig(options: { requireBotToken?: boolean } = {}): Promise<Config> {
  const dotenv = await import('dotenv');
  dotenv.config({ quiet: true });
  return createConfig(process.env, options);
}
