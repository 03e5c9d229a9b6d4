import type { Article } from '../core/article.js';
import { contentWordsOf, countWords, splitLeadingDateline, wordsOf } from '../core/words.js';
import { splitSentences, truncateAtWord, truncateToWords } from './sentences.js';
import { summarySchema, type SummarizeOptions, type Summarizer, type Summary, type SummaryResult } from './summary.js';
import { summaryLengthOf, type SummaryLength } from './summary-length.js';
import { guessTopics } from './topic-keywords.js';

/**
 * Identity for the cache key. Bump the version when the algorithm changes what it
 * picks, so cached extractive summaries from the old one are not served.
 */
const EXTRACTIVE_PROMPT_ID = 'extractive';
const EXTRACTIVE_VERSION = 3;

/** The first paragraph of real prose: long, and ends like a sentence. Page chrome before it is skipped. */
const LEAD_MIN_WORDS = 15;
/** After the lead, shorter paragraphs count as prose too (news often runs one sentence per paragraph). */
const PROSE_MIN_WORDS = 5;
/** Only the lead part of an article competes for bullets; news puts what matters first. */
const MAX_CANDIDATES = 20;
const MAX_TITLE_CHARS = 150;
const MAX_GIST_CHARS = 200;
const MAX_BULLET_CHARS = 400;
/** Fewer words than this is a bullet only when the article has nothing longer. */
const MIN_BULLET_WORDS = 6;
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

/** At least `count` pieces for the bullets: sentences, else clauses, else word runs. */
function atLeastPieces(sentences: readonly string[], count: number): string[] {
  if (sentences.length >= count) return [...sentences];
  const clauses = sentences.flatMap((sentence) => sentence.split(/(?<=[,;:])\s+/)).filter((clause) => clause.length > 0);
  if (clauses.length >= count) return clauses;
  const words = sentences.join(' ').split(/\s+/).filter((word) => word.length > 0);
  if (words.length >= count) {
    const size = Math.ceil(words.length / count);
    return Array.from({ length: count }, (_, part) => words.slice(part * size, (part + 1) * size).join(' ')).filter((piece) => piece.length > 0);
  }
  // Fewer words in the whole article than bullets it needs: the schema still wants them.
  return [...words, ...Array.from({ length: count }, () => '…')].slice(0, count);
}

/**
 * The best whole sentences that fit `maxWords` together, at most as many as
 * the budget has room for, in the article's order. Best first; a sentence too
 * long for the words left is passed over for a shorter one. Only when not one
 * whole sentence fits is the best one cut to the words left.
 *
 * It may give fewer bullets than SummaryLength.minBullets, the fewest an LLM
 * summary must keep: a short article's extractive summary is better as one or
 * two whole sentences than as three cut ones, and it is the fallback, so no
 * rule sends it anywhere else.
 */
function pickBullets(sentences: readonly string[], length: SummaryLength, maxWords: number): string[] {
  const candidates = sentences.slice(0, MAX_CANDIDATES);
  const usual = candidates.length >= 9 ? 5 : candidates.length >= 6 ? 4 : 3;
  const count = Math.min(length.maxBullets, usual);
  // The gist already says the first sentence; bullets add to it when there is enough to choose from.
  const pieces = atLeastPieces(candidates.length - 1 >= count ? candidates.slice(1) : candidates, count).map((bullet) => truncateAtWord(bullet, MAX_BULLET_CHARS));
  // A piece of a few words is seldom a point of its own, and often one the sentence splitter cut off ("President Joe Biden.").
  const points = pieces.filter((piece) => countWords(piece) >= MIN_BULLET_WORDS);
  const pool = points.length >= count ? points : pieces;
  const scores = scoreSentences(pool);
  const ranked = pool.map((sentence, index) => ({ sentence, index, score: scores[index] ?? 0 })).sort((a, b) => b.score - a.score || a.index - b.index);
  const chosen: typeof ranked = [];
  let wordsLeft = maxWords;
  for (const choice of ranked) {
    if (chosen.length === count) break;
    const words = countWords(choice.sentence);
    if (words > wordsLeft) continue;
    chosen.push(choice);
    wordsLeft -= words;
  }
  const best = ranked[0];
  if (chosen.length === 0 && best !== undefined) chosen.push({ ...best, sentence: truncateToWords(best.sentence, maxWords) });
  return chosen.sort((a, b) => a.index - b.index).map((choice) => choice.sentence);
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
      const length = summaryLengthOf(article);
      const sentences = candidateSentences(article.text, article.language);
      const first = sentences[0] ?? article.title ?? '';
      const title = truncateAtWord(article.title?.trim() || first, MAX_TITLE_CHARS) || 'Untitled';
      // The lead takes at most half the word budget, so the bullets keep room to add to it.
      const gist = truncateToWords(truncateAtWord(first, MAX_GIST_CHARS) || title, Math.floor(length.maxWords / 2));
      const draft: Summary = {
        title,
        bullets: pickBullets(sentences.length > 0 ? sentences : [title], length, length.maxWords - countWords(gist)),
        gist,
        topics: guessTopics(`${article.title ?? ''}\n${article.text}`),
        language: article.language ?? 'en',
      };
      // Built to fit the schema; parsing proves it, so a bug here fails loudly instead of reaching users.
      const summary = summarySchema.parse(draft);
      return { summary, kind: 'extractive', model: 'extractive', promptId: EXTRACTIVE_PROMPT_ID, promptVersion: EXTRACTIVE_VERSION, llmCalls: 0 };
    },
  };
}
