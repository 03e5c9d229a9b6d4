import type { TokenUsage } from './summary.js';

/** What a digest overview is written from: the one-line gists of its stories. */
export interface OverviewRequest {
  gists: readonly string[];
  topics: readonly string[];
  /** Language name or code to write in; default English. */
  language?: string;
}

/** Writes a digest's 2–3 sentence overview. */
export interface DigestOverviewer {
  readonly model: string;
  readonly promptId: string;
  readonly promptVersion: number;
  write(request: OverviewRequest): Promise<{ overview: string; usage: TokenUsage }>;
}
