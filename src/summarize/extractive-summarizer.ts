import type { Article } from '../core/article.js';
import { contentWordsOf, splitLeadingDateline, wordsOf } from '../core/words.js';
import { splitSentences, truncateAtWord } from './sentences.js';
import { summarySchema, type SummarizeOptions, type Summarizer, type Summary, type SummaryResult } from './summary.js';
import { guessTopics } from './topic-keywords.js';

/**
 * Identity for the cache key. Bump the version when the algorithm changes what it
 * picks, so cached extractive summaries from the old one are not served.
 */
const EXTRACTIVE_PROMPT_ID = 'extractive';
const EXTRACTIVE_VERSION = 2;

/** The first paragraph of real prose: long, and ends like a sentence. Page chrome before it is skipped. */
const LEAD_MIN_WORDS = 15;
/** After the lead, shorter paragraphs count as prose too (news often runs one sentence per paragraph). */
const PROSE_MIN_WORDS = 5;
/** Only the lead part of an article competes for bullets; news puts what matters first. */
const MAX_CANDIDATES = 20;
const MAX_TITLE_CHARS = 150;
const MAX_GIST_CHARS = 200;
const MAX_BULLET_CHARS = 400;
const SENTENCE_END = /[.!?…](?:["'”’»)\]]*)$/u;

function wordCount(text: string): number {
  return wordsOf(text).length;
}

function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0);
}

/**
 * A paragraph without the dateline it opens with ("Москва, 25 октября.", "MOSCOW, Oct. 25
 * (Reuters) -"): where and when is no gist, and the sentence after it is the lead.
 * A paragraph that is only a dateline becomes empty.
 */
function withoutDateline(paragraph: string): string {
  return splitLeadingDateline(paragraph)?.rest.trim() ?? paragraph;
}

/**
 * Sentences that look like the article's own prose, in order, the lead's dateline left out.
 * Pasted pages carry menus, captions and appeals before the article; they rarely read as a
 * long sentence, so everything before the first long sentence-like paragraph is skipped.
 */
function candidateSentences(text: string, language: string | undefined): string[] {
  const paragraphs = paragraphsOf(text);
  const isProse = (paragraph: string, minWords: number) => wordCount(paragraph) >= minWords && SENTENCE_END.test(paragraph);
  const leadAt = paragraphs.findIndex((paragraph) => isProse(paragraph, LEAD_MIN_WORDS));
  const prose = leadAt === -1 ? [] : paragraphs.slice(leadAt).filter((paragraph) => isProse(paragraph, PROSE_MIN_WORDS));
  const toSentences = (lead: readonly string[]) =>
    lead.flatMap((paragraph, index) => splitSentences(index === 0 ? withoutDateline(paragraph) : paragraph, language));
  const sentences = toSentences(prose).filter((sentence) => wordCount(sentence) >= 3);
  if (sentences.length >= 3) return sentences;
  // A short or unusual text: take every sentence there is rather than too few.
  const opening = paragraphs.findIndex((paragraph) => withoutDateline(paragraph) !== '');
  return opening === -1 ? toSentences(paragraphs) : toSentences(paragraphs.slice(opening));
}

/**
 * Sentence score: earlier is better (the inverted pyramid of news writing), and
 * so is a sentence full of the words the article keeps repeating.
 */
function scoreSentences(sentences: readonly string[]): number[] {
  const frequency = new Map<string, number>();
  const contentWords = sentences.map((sentence) => contentWordsOf(sentence));
  for (const words of contentWords) for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const topFrequency = Math.max(1, ...frequency.values());
  return contentWords.map((words, index) => {
    const density = words.length === 0 ? 0 : words.reduce((sum, word) => sum + (frequency.get(word) ?? 0), 0) / words.length / topFrequency;
    const position = 1 / (1 + index * 0.35);
    return 0.6 * position + 0.4 * density;
  });
}

/** At least three pieces for the bullets: sentences, else clauses, else word runs. */
function atLeastThreePieces(sentences: readonly string[]): string[] {
  if (sentences.length >= 3) return [...sentences];
  const clauses = sentences.flatMap((sentence) => sentence.split(/(?<=[,;:])\s+/)).filter((clause) => clause.length > 0);
  if (clauses.length >= 3) return clauses;
  const words = sentences.join(' ').split(/\s+/).filter((word) => word.length > 0);
  if (words.length >= 3) {
    const size = Math.ceil(words.length / 3);
    return [0, 1, 2].map((part) => words.slice(part * size, (part + 1) * size).join(' ')).filter((piece) => piece.length > 0);
  }
  // Fewer than three words in the whole article: the schema still wants three bullets.
  return [...words, '…', '…', '…'].slice(0, 3);
}

function pickBullets(sentences: readonly string[]): string[] {
  const candidates = sentences.slice(0, MAX_CANDIDATES);
  const count = candidates.length >= 9 ? 5 : candidates.length >= 6 ? 4 : 3;
  // The gist already says the first sentence; bullets add to it when there is enough to choose from.
  const pool = candidates.length - 1 >= count ? candidates.slice(1) : candidates;
  const scores = scoreSentences(pool);
  const chosen = pool
    .map((sentence, index) => ({ sentence, index, score: scores[index] ?? 0 }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, count)
    .sort((a, b) => a.index - b.index)
    .map((choice) => choice.sentence);
  return atLeastThreePieces(chosen).slice(0, 5).map((bullet) => truncateAtWord(bullet, MAX_BULLET_CHARS));
}

/**
 * A labelled, network-free summary made of the article's own sentences: the
 * fallback when the LLM fails, and the summarizer when no API key is set.
 */
export function createExtractiveSummarizer(): Summarizer {
  return {
    model: 'extractive',
    promptId: EXTRACTIVE_PROMPT_ID,
    promptVersion: EXTRACTIVE_VERSION,
    // Options are ignored: the extractive summary quotes the article and cannot translate it.
    async summarize(article: Article, _options?: SummarizeOptions): Promise<SummaryResult> {
      const sentences = candidateSentences(article.text, article.language);
      const first = sentences[0] ?? article.title ?? '';
      const title = truncateAtWord(article.title?.trim() || first, MAX_TITLE_CHARS) || 'Untitled';
      const draft: Summary = {
        title,
        bullets: pickBullets(sentences.length > 0 ? sentences : [title]),
        gist: truncateAtWord(first, MAX_GIST_CHARS) || title,
        topics: guessTopics(`${article.title ?? ''}\n${article.text}`),
        language: article.language ?? 'en',
      };
      // Built to fit the schema; parsing proves it, so a bug here fails loudly instead of reaching users.
      const summary = summarySchema.parse(draft);
      return { summary, kind: 'extractive', model: 'extractive', promptId: EXTRACTIVE_PROMPT_ID, promptVersion: EXTRACTIVE_VERSION, llmCalls: 0 };
    },
  };
}
