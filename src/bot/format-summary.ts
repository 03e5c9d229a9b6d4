import type { ForwardOrigin } from '../ingest/summary-request.js';
import type { SummaryOutcome } from '../summarize/summary-service.js';
import { topicName } from '../core/topics.js';
import { escapeHtml } from '../format/telegram-html.js';

/**
 * The reply for one summary, in Telegram HTML. Every piece of text from the
 * article or the model is escaped; links are attributes, escaped as such.
 */
export function formatSummary(outcome: SummaryOutcome, origin?: ForwardOrigin): string {
  const { summary, kind } = outcome.result;
  const { article } = outcome;
  const lines: string[] = [`<b>${escapeHtml(summary.title)}</b>`];
  const byline = [article.siteName, formatDate(article.publishedAt)].filter(Boolean).join(' · ');
  if (byline) lines.push(`<i>${escapeHtml(byline)}</i>`);
  if (origin) lines.push(`↪️ Forwarded from ${formatOrigin(origin)}`);
  lines.push('', ...summary.bullets.map((bullet) => `• ${escapeHtml(bullet)}`), '');
  lines.push(`💡 ${escapeHtml(summary.gist)}`);
  lines.push(`🏷 ${summary.topics.map((topic) => escapeHtml(topicName(topic))).join(' · ')}`);
  if (article.url) lines.push(`🔗 <a href="${escapeHtml(article.url)}">${escapeHtml(hostOf(article.url))}</a>`);
  if (kind === 'extractive') lines.push('', `<i>⚠️ ${escapeHtml(extractiveLabel(outcome))}</i>`);
  return lines.join('\n');
}

function extractiveLabel(outcome: SummaryOutcome): string {
  if (outcome.fallbackReason === 'unfaithful') {
    return "The AI summary said things the article does not support, so these are key sentences picked from the article itself.";
  }
  if (outcome.fallbackReason === 'budget_spent') {
    return "Today's AI budget for this bot is spent, so these are key sentences picked from the article itself. Full summaries are back tomorrow (UTC).";
  }
  if (outcome.fallbackReason) {
    return 'The AI summarizer is unavailable right now, so these are key sentences picked from the article itself. Ask again later for a full summary.';
  }
  return 'Extractive summary: key sentences picked from the article itself (no AI model is configured for this bot).';
}

function formatOrigin(origin: ForwardOrigin): string {
  const name = `<b>${escapeHtml(origin.name)}</b>`;
  if (origin.postUrl) return `<a href="${escapeHtml(origin.postUrl)}">${name}</a>`;
  if (origin.username) return `${name} (@${escapeHtml(origin.username)})`;
  return name;
}

function formatDate(isoDate: string | undefined): string | undefined {
  if (!isoDate) return undefined;
  const date = new Date(isoDate);
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
