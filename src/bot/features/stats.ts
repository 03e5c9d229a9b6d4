import { Composer, type Context } from 'telegraf';
import type { Texts } from '../../messages/catalogue.js';
import type { StatsSnapshot } from '../../store/stats-store.js';
import type { SourcesHealth } from '../../sources/source-catalog.js';
import type { BotDependencies } from '../bot-dependencies.js';
import { escapeHtml } from '../../format/telegram-html.js';
import { textsOf } from '../reader-texts.js';

/** /stats: usage since start and in total, for the ids in ADMIN_IDS only. */
export function createStatsFeature({ messenger, stats, settings, budget, sources }: BotDependencies): Composer<Context> {
  const feature = new Composer<Context>();
  feature.command('stats', async (ctx) => {
    const texts = textsOf(ctx);
    const isAdmin = settings.adminIds.includes(ctx.from.id);
    if (!isAdmin) return void (await messenger.send(ctx.chat.id, { html: texts.html('stats.notAdmin') }));
    const today = { spent: await budget.spentToday(), limit: budget.dailyLimit };
    await messenger.send(ctx.chat.id, { html: formatStats(texts, stats.snapshot(), today, await sources.health()) });
  });
  return feature;
}

/** The counters /stats shows, each with its label in the catalogue. */
const COUNTED = [
  'articlesSummarized',
  'cacheHitRate',
  'cacheHits',
  'llmCalls',
  'promptTokens',
  'completionTokens',
  'fallbacks',
  'faithfulnessChecked',
  'faithfulnessRepaired',
  'faithfulnessTrimmed',
  'faithfulnessReplaced',
] as const;

export function formatStats(texts: Texts, snapshot: StatsSnapshot, budget: { spent: number; limit: number | undefined }, sources: SourcesHealth): string {
  const valueOf = (name: (typeof COUNTED)[number], counts: Record<string, number>): string => {
    if (name !== 'cacheHitRate') return texts.number(counts[name] ?? 0);
    const hits = counts.cacheHits ?? 0;
    const lookups = hits + (counts.cacheMisses ?? 0);
    return lookups === 0 ? '–' : `${Math.round((100 * hits) / lookups)}%`;
  };
  const row = (label: string, pick: (counts: Record<string, number>) => string) =>
    texts.html('stats.row', { label, sinceStart: pick(snapshot.sinceStart), total: pick(snapshot.total) });
  const errorKinds = [...new Set([...Object.keys(snapshot.sinceStart), ...Object.keys(snapshot.total)])]
    .filter((name) => name.startsWith('errors.'))
    .sort();
  const lines = [
    texts.html('stats.title', { started: snapshot.startedAt.slice(0, 16).replace('T', ' ') }),
    '',
    ...COUNTED.map((name) => row(texts.html(`stats.${name}`), (counts) => valueOf(name, counts))),
    '',
    budget.limit === undefined
      ? texts.html('stats.tokensToday', { spent: texts.number(budget.spent) })
      : texts.html('stats.tokensTodayLimited', {
          spent: texts.number(budget.spent),
          limit: texts.number(budget.limit),
          percent: Math.min(100, Math.round((100 * budget.spent) / budget.limit)),
        }),
    texts.html('stats.sources', { active: sources.active, failing: sources.failing, deactivated: sources.deactivated, count: sources.channels }),
    texts.html('stats.itemsToday', { n: sources.itemsToday }),
    '',
    texts.html(errorKinds.length === 0 ? 'stats.noErrors' : 'stats.errorsTitle'),
    ...errorKinds.map((name) => row(escapeHtml(name.slice('errors.'.length)), (counts) => texts.number(counts[name] ?? 0))),
  ];
  return lines.join('\n');
}
