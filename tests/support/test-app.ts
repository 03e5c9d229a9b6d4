import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createConfig, type ConfigInput } from '../../src/config.js';
import { systemClock, type Clock } from '../../src/core/clock.js';
import { silentLogger } from '../../src/logger.js';
import { createApp, type App } from '../../src/main.js';
import { startBotApiEmulator, type BotApiEmulator } from './bot-api-emulator.js';
import type { FakeOpenAiServer } from './fake-openai-server.js';
import { createVirtualClock, type VirtualClock } from './virtual-clock.js';
import { createRecordingCatalogue } from './catalogue-check.js';

export interface TestApp {
  app: App;
  emulator: BotApiEmulator;
  /** Wall clock of the bot: moves only when the test says so. */
  clock: VirtualClock;
  /** Pacing clock of the outbound queue: runs ahead on its own, so rate limits cost no real time. */
  pacingClock: VirtualClock;
  storeUrl: string;
  /** Stops the bot (like SIGTERM) and keeps the store and emulator for a restart. */
  stop(): Promise<void>;
  /** Starts the same bot again on the same store and emulator. */
  restart(): Promise<void>;
  /**
   * Stops everything and deletes the store. Fails when the bot showed a person a text that is not
   * from the message catalogue (see catalogue-check.ts): every e2e test checks that on its way out.
   */
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** The fake LLM; without it the bot runs with no OPENAI_API_KEY (extractive summaries). */
  llm?: FakeOpenAiServer;
  env?: ConfigInput;
  emulator?: BotApiEmulator;
  startAt?: number;
  /**
   * Default false. When true, the outbound queue paces on real time (`systemClock`)
   * and the emulator stamps calls with real time, for measuring achieved send rates.
   * The bot's wall clock stays virtual. An `emulator` passed in must then have no clock.
   */
  realPacing?: boolean;
}

/** A test app whose outbound queue runs on real time (`realPacing: true`): its pacing clock cannot be moved. */
export type RealPacedTestApp = Omit<TestApp, 'pacingClock'> & { pacingClock: Clock };

/** The real bot, built by main.ts's createApp, against the emulator, the fake LLM and a fresh SQLite file. */
export function startTestApp(options: TestAppOptions & { realPacing: true }): Promise<RealPacedTestApp>;
export function startTestApp(options?: TestAppOptions & { realPacing?: false }): Promise<TestApp>;
export function startTestApp(options?: TestAppOptions): Promise<TestApp | RealPacedTestApp>;
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp | RealPacedTestApp> {
  const folder = await mkdtemp(path.join(tmpdir(), 'newsdigest-e2e-'));
  const storeUrl = `sqlite://${path.join(folder, 'bot.sqlite')}`;
  const clock = createVirtualClock(options.startAt ?? Date.parse('2026-11-25T06:00:00Z'), { autoAdvance: false });
  const pacingClock = options.realPacing ? systemClock : createVirtualClock(0);
  // With real pacing the emulator keeps real time too, so retry_after and call timestamps are real.
  const emulator = options.emulator ?? (await startBotApiEmulator(options.realPacing ? {} : { clock: pacingClock }));
  const createTestConfig = () => createConfig(
    {
      TELEGRAM_BOT_TOKEN: emulator.token,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      STORE_URL: storeUrl,
      ALLOW_PRIVATE_URLS: 'true',
      ADMIN_IDS: '42',
      LOG_LEVEL: 'silent',
      ...(options.llm && {
        OPENAI_API_KEY: 'test-key',
        OPENAI_BASE_URL: options.llm.baseURL,
        OPENAI_MODEL: 'fake-model',
        OPENAI_MAX_RETRIES: '1',
        OPENAI_TIMEOUT_MS: '2000',
      }),
      ...options.env,
    },
    { requireBotToken: true },
  );
  const clocks: { clock: Clock; pacingClock: Clock } = { clock, pacingClock };
  const texts = createRecordingCatalogue();
  // A harness that fails to start leaves no server running and no folder behind.
  const discard = async () => {
    if (!options.emulator) await emulator.close();
    await rm(folder, { recursive: true, force: true });
  };
  let config: ReturnType<typeof createConfig>;
  let app: App;
  try {
    config = createTestConfig();
    app = await createApp(config, silentLogger, clocks, texts.catalogue);
  } catch (error) {
    await discard();
    throw error;
  }
  try {
    await app.start();
  } catch (error) {
    await app.stop('start failed').catch(() => undefined);
    await discard();
    throw error;
  }
  let running = true;
  const testApp: TestApp | RealPacedTestApp = {
    get app() {
      return app;
    },
    emulator,
    clock,
    pacingClock,
    storeUrl,
    async stop() {
      if (running) await app.stop('test');
      running = false;
    },
    async restart() {
      await testApp.stop();
      app = await createApp(config, silentLogger, clocks, texts.catalogue);
      await app.start();
      running = true;
    },
    async close() {
      await testApp.stop();
      const stray = options.emulator ? [] : texts.linesNotFromCatalogue(emulator);
      if (!options.emulator) await emulator.close();
      await rm(folder, { recursive: true, force: true });
      if (stray.length > 0) throw new Error(`The bot showed texts that are not from the message catalogue:\n${stray.map((line) => `  ${line}`).join('\n')}`);
    },
  };
  return testApp;
}
