import { findUnsupported, type Claim } from './faithfulness/check.js';
import { indexSource } from './faithfulness/evidence.js';
import { isCrossLanguage } from './faithful-summary.js';
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

/**
 * The numbers, quotations and names an overview states that the gists it was
 * written from do not, and the negations it turns round, checked as summaries
 * are checked against their article. The gists may be in several languages;
 * quotations and negations are checked when the overview's script is theirs.
 */
export function findUnsupportedInOverview(overview: string, request: Pick<OverviewRequest, 'gists' | 'language'>): Claim[] {
  const evidence = indexSource({ text: request.gists.join('\n\n') });
  // `language` may be a name ("English (en)"); only a code is compared, the script always.
  const code = /^[a-z]{2,3}(?:[-_][A-Za-z]+)?$/.test(request.language ?? '') ? request.language : undefined;
  return findUnsupported(evidence, overview, { crossLanguage: isCrossLanguage(evidence, code, overview), ...(code !== undefined && { language: code }) });
}
