/**
 * The digest-build bench in a fresh child process started with --expose-gc: the heap baseline
 * is taken right after a full GC and holds only the pool and subscribers, not what the other
 * benchmarks of this run left behind, so the peak says what one scheduled run costs.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { z } from 'zod';
import type { DigestBuildFigures } from './digest-build.js';

const run = promisify(execFile);
const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));

const figuresSchema = z.object({
  subscribers: z.number(),
  poolSize: z.number(),
  distinctDigests: z.number(),
  clusterMs: z.number(),
  buildMs: z.number(),
  peakHeapMiB: z.number(),
  heapBeforeMiB: z.number(),
}) satisfies z.ZodType<DigestBuildFigures>;

export async function runDigestBuildBenchIsolated(subscribers = 10_000, poolSize = 2_000): Promise<DigestBuildFigures> {
  const { stdout } = await run(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', path.join(BENCH_DIR, 'digest-build-child.ts'), String(subscribers), String(poolSize)],
    // From the repository root, where --import finds tsx.
    { cwd: path.resolve(BENCH_DIR, '..'), maxBuffer: 1024 * 1024 },
  );
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch (error) {
    throw new Error(`the digest-build child printed something other than JSON: ${stdout.slice(0, 200)}`, { cause: error });
  }
  return figuresSchema.parse(parsed);
}
