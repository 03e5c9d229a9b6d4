import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli.js';
import { createConfig } from '../../src/config.js';
import type { BotApiEmulator } from './bot-api-emulator.js';
import { startBotProcess, type BotProcess } from './bot-process.js';
import type { FakeOpenAiServer } from './fake-openai-server.js';
import { freePort, startLoadBalancer, type LoadBalancer } from './load-balancer.js';

export interface InstanceCluster {
  balancer: LoadBalancer;
  /** Where each instance listens. */
  ports: number[];
  processes: BotProcess[];
  /** Everything the instances wrote, for a failure message. */
  output(): string;
  /** SIGTERM to every instance, then the load balancer and the working folder go. */
  stop(): Promise<void>;
}

const SECRET = 'cluster-webhook-secret-0123456789';

/**
 * `count` real bot processes (what `npm start` runs) on one Redis, behind a round-robin load balancer
 * that takes Telegram's webhook, each healthy, and the webhook set through the real CLI: the emulator
 * then delivers updates to them as Telegram would.
 */
export async function startInstanceCluster({
  count,
  emulator,
  redisUrl,
  llm,
  env = {},
  cpuEach = false,
}: {
  count: number;
  emulator: BotApiEmulator;
  redisUrl: string;
  llm: FakeOpenAiServer;
  /** More settings for every instance. */
  env?: Record<string, string>;
  /** Each instance on one CPU of its own (instance i on CPU i, `taskset`), as on machines of their own; default: the OS schedules them. */
  cpuEach?: boolean;
}): Promise<InstanceCluster> {
  const folder = await mkdtemp(path.join(tmpdir(), 'newsdigest-instances-'));
  const ports: number[] = [];
  for (let index = 0; index < count; index++) ports.push(await freePort());
  const balancer = await startLoadBalancer(() => ports);
  const webhookUrl = `${balancer.origin}/telegram`;
  const processes = ports.map((port, index) =>
    startBotProcess(
      {
        TELEGRAM_BOT_TOKEN: emulator.token,
        TELEGRAM_API_ROOT: emulator.apiRoot,
        STORE_URL: redisUrl,
        WEBHOOK_URL: webhookUrl,
        WEBHOOK_SECRET: SECRET,
        PORT: String(port),
        OPENAI_API_KEY: 'test-key',
        OPENAI_BASE_URL: llm.baseURL,
        OPENAI_MODEL: 'fake-model',
        ALLOW_PRIVATE_URLS: 'true',
        LOG_LEVEL: 'warn',
        ...env,
      },
      folder,
      cpuEach ? { cpu: index % availableParallelism() } : {},
    ),
  );
  const output = () => processes.map((each) => each.output()).join('\n---\n');
  const stop = async () => {
    for (const each of processes) each.child.kill('SIGTERM');
    await Promise.all(processes.map((each) => each.exited));
    await balancer.close();
    await rm(folder, { recursive: true, force: true });
  };
  try {
    for (const port of ports) {
      const deadline = Date.now() + 30_000;
      while ((await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.status !== 200) {
        if (Date.now() > deadline) throw new Error(`the instance on ${port} never became healthy; output:\n${output()}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const config = createConfig({ TELEGRAM_BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, WEBHOOK_URL: webhookUrl, WEBHOOK_SECRET: SECRET });
    const silent = { write: () => undefined };
    if ((await runCli(['webhook', 'set'], config, silent, silent)) !== 0) throw new Error('webhook set failed');
  } catch (error) {
    await stop();
    throw error;
  }
  return { balancer, ports, processes, output, stop };
}
