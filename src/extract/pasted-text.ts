import type { Article } from '../core/article.js';
import { normalizePublishedAt } from './article-fields.js';
import { endsLikeSentence, isChromeLine, isDateLine, isShortLabel } from './chrome-patterns.js';
import { detectLanguage } from './detect-language.js';
import { ExtractError } from './extract-error.js';
import { removeChromeParagraphs } from './filter-paragraphs.js';

/** A leading "date 2022-10-21" line: metadata that tools put in front of saved dumps. */
const DATE_HEADER = /^\s*date\s*:?\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/iu;
/** Less than this, after cleaning, is not an article worth summarising. */
const MIN_ARTICLE_CHARS = 80;
/** A headline is short: longer lines at the top are the article's opening. */
const MAX_TITLE_WORDS = 25;

/** Names a publication in chrome: "Support The Moscow Times!", "© 2022 The Moscow Times". */
const SITE_IN_CHROME = [
  /^(?:support|subscribe to|donate to|contribute to|become a member of)\s+((?:the\s+)?\p{Lu}[\p{L}’'.&-]*(?:\s+\p{Lu}[\p{L}’'.&-]*){0,4})\s*[!.]?$/u,
  /^(?:©|copyright|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?((?:the\s+)?\p{Lu}[\p{L}’'.&-]*(?:\s+\p{Lu}[\p{L}’'.&-]*){0,4})/iu,
];
const DOMAIN = /\b(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:\/\S*)?/iu;

/**
 * Paragraphs of a pasted text. Each non-empty line is a paragraph (browsers copy
 * one per line), except that a line starting in lower case continues a previous
 * line that did not end a sentence (hard-wrapped text).
 */
function splitParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  let previousBlank = true;
  for (const rawLine of text.split(/\r\n?|\n/)) {
    const line = rawLine.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
    if (line === '') {
      previousBlank = true;
      continue;
    }
    const last = paragraphs[paragraphs.length - 1];
    if (!previousBlank && last !== undefined && !endsLikeSentence(last) && last.length > 60 && /^\p{Ll}/u.test(line)) {
      paragraphs[paragraphs.length - 1] = `${last} ${line}`;
    } else {
      paragraphs.push(line);
    }
    previousBlank = false;
  }
  return paragraphs;
}

function findSiteName(paragraphs: readonly string[]): string | undefined {
  for (const paragraph of paragraphs) {
    if (!isChromeLine(paragraph)) continue;
    for (const pattern of SITE_IN_CHROME) {
      // The patterns are case-sensitive so that only capitalised names match; lower-case the lead verb instead.
      const name = pattern.exec(paragraph.charAt(0).toLowerCase() + paragraph.slice(1))?.[1]?.trim();
      if (name) return name;
    }
  }
  for (const paragraph of paragraphs) {
    const domain = DOMAIN.exec(paragraph)?.[1];
    // Only in chrome-like lines: a domain named inside a sentence is a reference, not the source.
    if (domain !== undefined && (isChromeLine(paragraph) || isShortLabel(paragraph))) return domain.toLowerCase();
  }
  return undefined;
}

function findDateInChrome(paragraphs: readonly string[]): string | undefined {
  for (const paragraph of paragraphs.slice(0, 15)) {
    if (!isDateLine(paragraph)) continue;
    const cleaned = paragraph.replace(/^(?:updated|published|posted|last updated)\s*(?:on|at)?\s*:?\s*/iu, '').replace(/\s*\|.*$/u, '');
    const date = normalizePublishedAt(cleaned);
    if (date !== undefined) return date;
  }
  return undefined;
}

/** The headline: the first line at the top, past the chrome, that reads like a title rather than prose. */
function findTitle(paragraphs: readonly string[]): { title?: string; index: number } {
  for (let index = 0; index < paragraphs.length - 1; index += 1) {
    const paragraph = paragraphs[index] ?? '';
    if (isChromeLine(paragraph)) continue;
    const words = paragraph.split(/\s+/u).length;
    if (words >= 3 && isShortLabel(paragraph, MAX_TITLE_WORDS)) return { title: paragraph, index };
    // Prose came first: the dump has no headline of its own.
    if (!isShortLabel(paragraph, MAX_TITLE_WORDS)) return { index: -1 };
  }
  return { index: -1 };
}

/**
 * Finds the article in text people paste, often a whole page copied from a
 * browser: drops banners, "Read more" teaser lists, photo credits, share and
 * cookie prompts, and recognises the headline, date and publication.
 *
 * @throws ExtractError `no_article` when nothing article-like remains.
 */
export function extractArticleFromText(input: string): Article {
  const header = DATE_HEADER.exec(input);
  const body = header === null ? input : input.slice(header[0].length);
  const paragraphs = splitParagraphs(body);

  const { title, index: titleIndex } = findTitle(paragraphs);
  const afterTitle = titleIndex >= 0 ? paragraphs.slice(titleIndex + 1) : paragraphs;
  const kept = removeChromeParagraphs(afterTitle, title === undefined ? {} : { title });
  const text = kept.join('\n\n');
  if (text.length < MIN_ARTICLE_CHARS) {
    throw new ExtractError('no_article', 'The text has no article in it once page chrome is removed');
  }

  const article: Article = { text };
  if (title !== undefined) article.title = title;
  const siteName = findSiteName(paragraphs);
  if (siteName !== undefined) article.siteName = siteName;
  const publishedAt = normalizePublishedAt(header?.[1]) ?? findDateInChrome(paragraphs);
  if (publishedAt !== undefined) article.publishedAt = publishedAt;
  const language = detectLanguage(text);
  if (language !== undefined) article.language = language;
  return article;
}
