import { countWords, wordsOf } from '../core/words.js';

/**
 * What the bot was given, in plain data: the bot/ layer translates a Telegram
 * message into this, so the rules below know nothing about telegraf.
 */
export interface IncomingMessage {
  /** Text or caption. */
  text: string;
  /** Telegram's entities for `text` (offsets in UTF-16 code units, as Telegram counts). */
  entities: MessageEntity[];
  /** Set for forwarded posts. */
  forwardOrigin?: ForwardOrigin;
  /** The message carries a photo, video, document, sticker… (with or without caption). */
  hasMedia: boolean;
}

export interface MessageEntity {
  type: string;
  offset: number;
  length: number;
  url?: string;
}

/** Who wrote a forwarded post, for crediting it in the reply. */
export interface ForwardOrigin {
  /** "channel", "user", "hidden_user" or "chat", as Telegram says. */
  type: string;
  /** Channel or chat title, or the person's name. */
  name: string;
  /** Public @username of a channel or chat, when it has one. */
  username?: string;
  /** Link to the original post when the channel is public. */
  postUrl?: string;
}

/** What to do with a message. */
export type SummaryRequest =
  | { kind: 'links'; urls: string[]; skippedLinks: number; origin?: ForwardOrigin }
  | { kind: 'text'; text: string; origin?: ForwardOrigin }
  | { kind: 'too_short'; origin?: ForwardOrigin }
  /** Nothing but a greeting ("hi", "привет"): `language` is the greeting's, for answering in kind. */
  | { kind: 'greeting'; language: string }
  | { kind: 'media_only' };

/**
 * Where an article came from. Only public origins join the shared pool that
 * digests are built from: a link, a post forwarded from a public channel, a
 * feed, a channel the bot administers. Text pasted to the bot stays the
 * person's own.
 */
export type ArticleOrigin =
  | { kind: 'link' }
  | { kind: 'forwarded_post'; channelName: string; /** t.me link; only public channels have one. */ postUrl: string | undefined }
  | { kind: 'pasted' };

/** Texts shorter than this are small talk or a headline, not an article. */
export const MIN_ARTICLE_WORDS = 60;

/**
 * What is left of a pasted text once page chrome is taken out must be at least this long to summarize:
 * less is a caption, a menu or a teaser list, not an article.
 */
export const MIN_EXTRACTED_WORDS = MIN_ARTICLE_WORDS / 2;

/** True when text found inside a paste is long enough to be an article. */
export function isArticleText(text: string): boolean {
  return countWords(text) >= MIN_EXTRACTED_WORDS;
}

/** Pasted or forwarded text: a post forwarded from a public channel is public news; anything else stays private. */
export function originOfText(origin: ForwardOrigin | undefined): ArticleOrigin {
  return origin?.postUrl ? { kind: 'forwarded_post', postUrl: origin.postUrl, channelName: origin.name } : { kind: 'pasted' };
}

/** Decides what a message asks for. Pure. */
export function buildSummaryRequest(message: IncomingMessage, options: { maxLinks: number }): SummaryRequest {
  const origin = message.forwardOrigin;
  const links = findLinks(message);
  const words = countWords(removeRanges(message.text, linkRanges(message)));
  if (!message.text.trim() && message.hasMedia) return { kind: 'media_only' };
  // A real article pasted or forwarded is summarized as it stands, even with links in it;
  // a short text with links ("look at this: …") means the links are the articles.
  if (words >= MIN_ARTICLE_WORDS) return { kind: 'text', text: message.text, ...(origin && { origin }) };
  if (links.length > 0) {
    return {
      kind: 'links',
      urls: links.slice(0, options.maxLinks),
      skippedLinks: Math.max(0, links.length - options.maxLinks),
      ...(origin && { origin }),
    };
  }
  if (origin) return { kind: 'too_short', origin };
  const greeting = greetingLanguage(message.text);
  return greeting ? { kind: 'greeting', language: greeting } : { kind: 'too_short' };
}

/**
 * Greetings by language, each a phrase of whole words as `wordsOf` splits them. A message is a
 * greeting when it holds one and otherwise only GREETING_COMPANIONS ("hi there", "всем привет").
 */
const GREETINGS: Readonly<Record<string, readonly string[]>> = {
  en: ['hi', 'hello', 'hullo', 'hey', 'heya', 'hiya', 'howdy', 'yo', 'greetings', 'good morning', 'good afternoon', 'good evening', 'good day', 'morning', 'evening'],
  ru: ['привет', 'приветик', 'приветствую', 'здравствуйте', 'здравствуй', 'здрасте', 'здрасьте', 'здорово', 'хай', 'салют', 'добрый день', 'добрый вечер', 'доброе утро', 'доброй ночи', 'доброго дня', 'доброго времени суток'],
  uk: ['привіт', 'вітаю', 'добрий день', 'добрий вечір', 'доброго ранку'],
  de: ['hallo', 'guten morgen', 'guten tag', 'guten abend', 'moin', 'servus', 'grüß gott', 'grüezi'],
  es: ['hola', 'buenos días', 'buenos dias', 'buenas tardes', 'buenas noches', 'buenas'],
  fr: ['bonjour', 'bonsoir', 'salut', 'coucou'],
  it: ['ciao', 'buongiorno', 'buonasera', 'salve'],
  pt: ['olá', 'ola', 'oi', 'bom dia', 'boa tarde', 'boa noite'],
  nl: ['hoi', 'goedemorgen', 'goedemiddag', 'goedenavond'],
  pl: ['cześć', 'czesc', 'dzień dobry'],
  tr: ['merhaba', 'selam'],
  sv: ['hej', 'hejsan'],
  fi: ['moi', 'hei'],
};

/** Words that may come with a greeting without making it a question or an article. */
const GREETING_COMPANIONS = new Set(['there', 'all', 'everyone', 'everybody', 'guys', 'folks', 'friend', 'again', 'bot', 'всем', 'ребята', 'бот', 'друг', 'снова', 'ещё', 'еще', 'zusammen', 'amigo', 'todos']);

/** Longest phrases first, so "good morning" is taken before "morning". */
const GREETING_PHRASES = Object.entries(GREETINGS)
  .flatMap(([language, phrases]) => phrases.map((phrase) => ({ language, words: phrase.split(' ') })))
  .sort((a, b) => b.words.length - a.words.length);

/** The language of a message that is nothing but a greeting; undefined for anything else. */
export function greetingLanguage(text: string): string | undefined {
  const words = wordsOf(text);
  // A wave alone says hello in any language.
  if (words.length === 0) return /^(?:\s|👋|\p{Emoji_Modifier})+$/u.test(text) && text.includes('👋') ? 'en' : undefined;
  if (words.length > 6) return undefined;
  let language: string | undefined;
  for (let index = 0; index < words.length; ) {
    const phrase = GREETING_PHRASES.find((candidate) => candidate.words.every((word, offset) => words[index + offset] === word));
    if (phrase) {
      language ??= phrase.language;
      index += phrase.words.length;
    } else if (GREETING_COMPANIONS.has(words[index] ?? '')) index += 1;
    else return undefined;
  }
  return language;
}

/** The http(s) links of a message, from `url` and `text_link` entities, in order, without repeats. */
export function findLinks(message: Pick<IncomingMessage, 'text' | 'entities'>): string[] {
  const links: string[] = [];
  for (const entity of message.entities) {
    const raw =
      entity.type === 'text_link' ? entity.url : entity.type === 'url' ? message.text.slice(entity.offset, entity.offset + entity.length) : undefined;
    const url = raw && normalizeLink(raw);
    if (url && !links.includes(url)) links.push(url);
  }
  return links;
}

function normalizeLink(raw: string): string | undefined {
  // Telegram marks "example.com/page" as a url entity too; people mean https.
  const hasScheme = /^[a-z][a-z\d+.-]*:/i.test(raw) && !/^[^:/]+:\d/.test(raw);
  const withScheme = hasScheme ? raw : `https://${raw}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function linkRanges(message: IncomingMessage): Array<[number, number]> {
  return message.entities
    .filter((entity) => entity.type === 'url')
    .map((entity) => [entity.offset, entity.offset + entity.length]);
}

function removeRanges(text: string, ranges: Array<[number, number]>): string {
  let result = '';
  let cursor = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    result += text.slice(cursor, start) + ' ';
    cursor = Math.max(cursor, end);
  }
  return result + text.slice(cursor);
}

