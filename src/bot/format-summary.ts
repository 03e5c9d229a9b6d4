import type { ForwardOrigin } from '../ingest/summary-request.js';
import type { Texts } from '../messages/catalogue.js';
import type { SummaryOutcome } from '../summarize/summary-service.js';
import { escapeHtml } from '../format/telegram-html.js';

/**
 * The reply for one summary, in Telegram HTML, in the reader's texts. Every piece of text from the
 * article or the model goes in as a value and is escaped; links are attributes, escaped as such.
 */
export function formatSummary(texts: Texts, outcome: SummaryOutcome, origin?: ForwardOrigin): string {
  const { summary, kind } = outcome.result;
  const { article } = outcome;
  const lines: string[] = [texts.html('summary.title', { title: summary.title })];
  const byline = [article.siteName, formatDate(article.publishedAt, texts.locale)].filter(Boolean).join(' · ');
  if (byline) lines.push(texts.html('summary.byline', { byline }));
  if (origin) lines.push(texts.html('summary.forwardedFrom', { origin: formatOrigin(origin) }));
  lines.push('', ...summary.bullets.map((text) => texts.html('summary.bullet', { text })), '');
  lines.push(texts.html('summary.gist', { text: summary.gist }));
  lines.push(texts.html('summary.topics', { topics: summary.topics.map((topic) => texts.plain(`plain.topic.${topic}`)).join(' · ') }));
  if (article.url) lines.push(texts.html('summary.link', { link: `<a href="${escapeHtml(article.url)}">${escapeHtml(hostOf(article.url))}</a>` }));
  if (kind === 'extractive') lines.push('', texts.html('summary.extractiveNote', { note: extractiveNote(texts, outcome) }));
  return lines.join('\n');
}

/** Why the reader gets key sentences instead of an AI summary. */
function extractiveNote(texts: Texts, outcome: SummaryOutcome): string {
  if (outcome.fallbackReason === 'unfaithful') return texts.html('summary.extractive.unfaithful');
  if (outcome.fallbackReason === 'budget_spent') return texts.html('summary.extractive.budgetSpent');
  if (outcome.fallbackReason) return texts.html('summary.extractive.unavailable');
  return texts.html('summary.extractive.noModel');
}

function formatOrigin(origin: ForwardOrigin): string {
  const name = `<b>${escapeHtml(origin.name)}</b>`;
  if (origin.postUrl) return `<a href="${escapeHtml(origin.postUrl)}">${name}</a>`;
  if (origin.username) return `${name} (@${escapeHtml(origin.username)})`;
  return name;
}

function formatDate(isoDate: string | undefined, locale: string): string | undefined {
  if (!isoDate) return undefined;
  const date = new Date(isoDate);
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
