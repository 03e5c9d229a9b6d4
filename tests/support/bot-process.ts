import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

export interface BotProcess {
  child: ReturnType<typeof spawn>;
  /** The exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /**
   * Kills it as an operator's `kill -9` or a crashed host would: tsx runs the bot in a child process, so
   * the signal goes to the whole process group, not only to tsx (which would leave the bot running).
   */
  killHard(): void;
}

/**
 * `npm start` as the process it runs: tsx src/main.ts, with only the environment
 * given, started in `cwd` (an empty folder, so a developer's own .env is not read).
 * With `cpu`, it (and the bot behind tsx) runs on that one CPU only (`taskset`), as an instance on a
 * machine of its own would have its own CPU: the bench measures what a second instance adds that way.
 */
export function startBotProcess(env: Record<string, string>, cwd: string, { cpu }: { cpu?: number } = {}): BotProcess {
  const main = path.join(root, 'src', 'main.ts');
  const [program, args] = cpu === undefined ? [tsx, [main]] : ['taskset', ['--cpu-list', String(cpu), tsx, main]];
  const child = spawn(program, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so killHard reaches the bot behind tsx.
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const killHard = () => {
    if (child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  };
  return { child, exited, output: () => output, killHard };
}
