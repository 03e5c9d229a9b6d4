/** Order statistics over a run's samples: medians and tails, which a noisy shared machine moves less than means. */
export interface Distribution {
  samples: number;
  min: number;
  median: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentile (p in 0..100) of already sorted values. */
function percentileOfSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function describeDistribution(values: readonly number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    min: sorted[0] ?? Number.NaN,
    median: percentileOfSorted(sorted, 50),
    p95: percentileOfSorted(sorted, 95),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}
