import { Composer, type Context } from 'telegraf';
import type { StatsSnapshot } from '../../store/stats-store.js';
import type { SourcesHealth } from '../../sources/source-catalog.js';
import type { BotDependencies } from '../bot-dependencies.js';
import { escapeHtml } from '../../format/telegram-html.js';

export const NOT_ADMIN_REPLY = '/stats is for the bot’s admins.';

/** /stats: usage since start and in total, for the ids in ADMIN_IDS only. */
export function createStatsFeature({ messenger, stats, settings, budget, sources }: BotDependencies): Composer<Context> {
  const feature = new Composer<Context>();
  feature.command('stats', async (ctx) => {
    const isAdmin = settings.adminIds.includes(ctx.from.id);
    if (!isAdmin) return void (await messenger.send(ctx.chat.id, { html: escapeHtml(NOT_ADMIN_REPLY) }));
    const today = { spent: await budget.spentToday(), limit: budget.dailyLimit };
    await messenger.send(ctx.chat.id, { html: formatStats(stats.snapshot(), today, await sources.health()) });
  });
  return feature;
}

export function formatStats(snapshot: StatsSnapshot, budget: { spent: number; limit: number | undefined }, sources: SourcesHealth): string {
  const row = (label: string, pick: (counts: Record<string, number>) => string) =>
    `${label}: <b>${pick(snapshot.sinceStart)}</b> · ${pick(snapshot.total)}`;
  const count = (name: string) => (counts: Record<string, number>) => String(counts[name] ?? 0);
  const hitRate = (counts: Record<string, number>) => {
    const hits = counts.cacheHits ?? 0;
    const lookups = hits + (counts.cacheMisses ?? 0);
    return lookups === 0 ? '–' : `${Math.round((100 * hits) / lookups)}%`;
  };
  const errorKinds = [...new Set([...Object.keys(snapshot.sinceStart), ...Object.keys(snapshot.total)])]
    .filter((name) => name.startsWith('errors.'))
    .sort();
  const lines = [
    `📊 <b>Stats</b> — since start (${escapeHtml(snapshot.startedAt.slice(0, 16).replace('T', ' '))} UTC) · in total`,
    '',
    row('Articles summarized', count('articlesSummarized')),
    row('Cache hit rate', hitRate),
    row('Cache hits', count('cacheHits')),
    row('LLM calls', count('llmCalls')),
    row('Prompt tokens', count('promptTokens')),
    row('Completion tokens', count('completionTokens')),
    row('Extractive fallbacks', count('fallbacks')),
    row('Summaries checked for faithfulness', count('faithfulnessChecked')),
    row('Repaired after the check', count('faithfulnessRepaired')),
    row('Trimmed (bullets dropped)', count('faithfulnessTrimmed')),
    row('Title or gist replaced', count('faithfulnessReplaced')),
    '',
    `LLM tokens today (UTC): <b>${budget.spent.toLocaleString('en-US')}</b> of ${budget.limit === undefined ? 'no limit' : `${budget.limit.toLocaleString('en-US')} (${Math.min(100, Math.round((100 * budget.spent) / budget.limit))}%)`}`,
    `Sources: <b>${sources.active}</b> active · ${sources.failing} failing · ${sources.deactivated} deactivated · ${sources.channels} ${sources.channels === 1 ? 'channel' : 'channels'}`,
    `Items taken today: <b>${sources.itemsToday}</b>`,
    '',
    errorKinds.length === 0 ? 'Errors: none' : '<b>Errors by kind</b>',
    ...errorKinds.map((name) => row(escapeHtml(name.slice('errors.'.length)), count(name))),
  ];
  return lines.join('\n');
}
