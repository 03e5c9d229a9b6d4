import type { Article } from '../core/article.js';
import type { TemplateValues } from './prompt-template.js';
import type { SummarizeOptions } from './summary.js';
import { describeBulletRange, type SummaryLength } from './summary-length.js';
import { TOPIC_SLUGS } from '../core/topics.js';
import { numberArticleSentences, renderNumberedBody } from './cited-sentences.js';

/**
 * Default character budget for the article text sent to the model. A news
 * article's substance is in its first few thousand words; past that, a long
 * page is usually comments, live-blog history or a pasted dump, which costs
 * tokens and latency and can overflow small-context local models, without
 * making a 3–5 bullet summary better.
 */
export const DEFAULT_MAX_ARTICLE_CHARS = 24_000;

const TRUNCATION_NOTE = '[… the rest of the article was cut for length …]';

/**
 * Cuts `text` to at most `maxChars` (note included), at the last paragraph or
 * sentence end in the budget's final fifth, so the model never sees half a sentence.
 */
export function truncateArticleText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const budget = Math.max(0, maxChars - TRUNCATION_NOTE.length - 2);
  const head = text.slice(0, budget);
  const floor = Math.floor(budget * 0.8);
  const paragraphEnd = head.lastIndexOf('\n\n');
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '), head.lastIndexOf('.\n'));
  const cut = paragraphEnd >= floor ? paragraphEnd : sentenceEnd >= floor ? sentenceEnd + 1 : budget;
  return `${head.slice(0, cut).trimEnd()}\n\n${TRUNCATION_NOTE}`;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/**
 * How the prompt names the language to write in: "Russian (ru)". With neither
 * a requested nor a known article language, the model is told to keep the
 * article's own.
 */
export function describeLanguage(code: string | undefined): string {
  if (!code) return "the article's own language (set \"language\" to its code)";
  try {
    const name = languageNames.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    // Not a well-formed language tag: pass it on as given rather than fail the summary.
    return code;
  }
}

/**
 * The article's sentences as a citing prompt numbers them (numberArticleSentences): its title, then the text
 * sent, cut as `article.text` is. The checker reads the model's citations by these.
 */
export function sentencesShownOf(article: Article, maxArticleChars: number): string[] {
  return numberArticleSentences(article.title, truncateArticleText(article.text, maxArticleChars), article.language);
}

/**
 * The values for the `summary` prompt's placeholders. `length` is this article's
 * (summaryLengthOf), counted on the whole article even when the text sent is cut.
 */
export function buildSummaryValues(
  article: Article,
  options: SummarizeOptions,
  maxArticleChars: number,
  length: SummaryLength,
  sentences: readonly string[] = sentencesShownOf(article, maxArticleChars),
): TemplateValues {
  return {
    'article.title': article.title?.trim() || '(none)',
    'article.text': truncateArticleText(article.text, maxArticleChars),
    'article.sentences': renderNumberedBody(sentences),
    'article.site_name': article.siteName?.trim() || '(unknown)',
    'article.published_at': article.publishedAt ?? '(unknown)',
    'article.url': article.url ?? '(none)',
    language: describeLanguage(options.language ?? article.language),
    topics: TOPIC_SLUGS.join(', '),
    'article.words': String(length.articleWords),
    'length.bullets': describeBulletRange(length),
    'length.max_words': String(length.maxWords),
  };
}
