import type { Article } from '../core/article.js';
import { monthNumber } from '../core/words.js';
import { normalizePublishedAt } from './article-fields.js';
import { endsLikeSentence, isChromeLine, isDateLine, isShortLabel } from './chrome-patterns.js';
import { detectLanguage } from './detect-language.js';
import { findArticleSpan, findHeadline } from './dump-layout.js';
import { ExtractError } from './extract-error.js';
import { removeChromeParagraphs } from './filter-paragraphs.js';

/** A leading "date 2022-10-21" line: metadata that tools put in front of saved dumps. */
const DATE_HEADER = /^\s*date\s*:?\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/iu;
/** Less than this, after cleaning, is not an article worth summarising. */
const MIN_ARTICLE_CHARS = 80;

/** Names a publication in chrome: "Support The Moscow Times!", "© 2022 The Moscow Times". */
const SITE_IN_CHROME = [
  /^(?:support|subscribe to|donate to|contribute to|become a member of)\s+((?:the\s+)?\p{Lu}[\p{L}’'.&-]*(?:\s+\p{Lu}[\p{L}’'.&-]*){0,4})\s*[!.]?$/u,
  // "© 2022 «Городские вести». Все права защищены.": a quoted name may have lower-case words.
  /^(?:©|copyright|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?[«"“„]([^«»"“”„]{2,60})[»"”“]/u,
  // "© 2022 Metro Ledger. All rights reserved.": capitalised words, up to the full stop.
  /^(?:©|copyright|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?((?:[Tt]he\s+)?\p{Lu}(?:[\p{L}’'&-]|\.(?=\p{L}))*(?:\s+\p{Lu}(?:[\p{L}’'&-]|\.(?=\p{L}))*){0,4})/u,
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

/**
 * A date written out with its month's name, in any language `monthNumber` knows: "25 октября
 * 2022", "October 25, 2022", "25. Oktober 2022", "22 de janeiro de 2018". Only the day: a
 * page dump's "14:32" carries no time zone.
 */
function readWrittenDate(line: string): string | undefined {
  const dayFirst = /(?<!\p{N})(\d{1,2})\.?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})(?!\p{N})/u.exec(line);
  const monthFirst = /(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\p{N})/u.exec(line);
  const readings = [
    dayFirst && { day: dayFirst[1], month: dayFirst[2], year: dayFirst[3] },
    monthFirst && { day: monthFirst[2], month: monthFirst[1], year: monthFirst[3] },
  ];
  for (const reading of readings) {
    const month = reading?.month === undefined ? undefined : monthNumber(reading.month);
    if (reading?.day === undefined || month === undefined) continue;
    const date = normalizePublishedAt(`${reading.year}-${String(month).padStart(2, '0')}-${reading.day.padStart(2, '0')}`);
    if (date !== undefined) return date;
  }
  return undefined;
}

/** The publication date from a line that only says when, at the top or just above the article. */
function findDateInChrome(paragraphs: readonly string[], bodyStart: number): string | undefined {
  const nearTop = [...paragraphs.slice(0, 15), ...paragraphs.slice(Math.max(15, bodyStart - 20), bodyStart)];
  for (const paragraph of nearTop) {
    if (!isDateLine(paragraph)) continue;
    const cleaned = paragraph.replace(/^(?:updated|published|posted|last updated)\s*(?:on|at)?\s*:?\s*/iu, '').replace(/\s*\|.*$/u, '');
    const date = readWrittenDate(cleaned) ?? normalizePublishedAt(cleaned);
    if (date !== undefined) return date;
  }
  return undefined;
}

/**
 * Finds the article in text people paste, often a whole page copied from a
 * browser, in whatever language: the body is the run of prose between the page's
 * banners and menus above and its teaser lists and footers below (`dump-layout`),
 * the headline the line above it that the body is about; inside the body, photo
 * credits, share and cookie prompts and "Read more" teasers are dropped. Also
 * recognises the date and the publication.
 *
 * @throws ExtractError `no_article` when nothing article-like remains.
 */
export function extractArticleFromText(input: string): Article {
  const header = DATE_HEADER.exec(input);
  const body = header === null ? input : input.slice(header[0].length);
  const paragraphs = splitParagraphs(body);

  // Without a single line of prose there is no layout to read; filtering alone decides.
  const span = findArticleSpan(paragraphs) ?? { start: 0, end: paragraphs.length };
  const bodyParagraphs = paragraphs.slice(span.start, span.end);
  const titleIndex = findHeadline(paragraphs, span.start, bodyParagraphs.join('\n'));
  const title = titleIndex === undefined ? undefined : paragraphs[titleIndex];
  const kept = removeChromeParagraphs(bodyParagraphs, title === undefined ? {} : { title });
  const text = kept.join('\n\n');
  if (text.length < MIN_ARTICLE_CHARS) {
    throw new ExtractError('no_article', 'The text has no article in it once page chrome is removed');
  }

  const article: Article = { text };
  if (title !== undefined) article.title = title;
  const siteName = findSiteName(paragraphs);
  if (siteName !== undefined) article.siteName = siteName;
  const publishedAt = normalizePublishedAt(header?.[1]) ?? findDateInChrome(paragraphs, span.start);
  if (publishedAt !== undefined) article.publishedAt = publishedAt;
  const language = detectLanguage(text);
  if (language !== undefined) article.language = language;
  return article;
}
