/**
 * Recognisers for page chrome that survives into article text: share and
 * subscribe prompts, "read more" teasers, photo credits, datelines, bylines,
 * cookie and donation banners. Shared by the HTML and pasted-text extractors,
 * each a general rule in several languages, never a site's exact wording.
 */
import { isMonthName, splitLeadingDateline } from '../core/words.js';

/** A whole short line that is a widget label or prompt, never prose. */
const CHROME_LINE = new RegExp(
  '^(?:' +
    [
      // English
      'advertisement|advert|ads?|sponsored(?: content)?|skip to (?:main )?content|sign in|log ?in|sign up|register|menu|search|home',
      'subscribe(?: now| today| here)?|subscriber services|share(?: this)?(?: article| story| page)?(?: on \\w+)?|share tweet(?: submit)?|tweet|email|print',
      'comments?(?: \\(\\d+\\))?|\\d+ comments?|post comment.*|leave a (?:comment|reply)|close|caption|enlarge(?: image)?|expand|view (?:author )?archive|email the author',
      'follow on \\w+|loading(?: content)?(?:\\W*)|read more|see more|show more|load more|continue reading|more|next|previous',
      'about the author|trending(?: now)?|latest(?: news)?|popular|breaking news|highlights|recent (?:articles|posts)|popular this week',
      'image \\d+ of \\/? ?\\d+|\\d+ of \\d+|getty(?: images)?|reuters|ap photo|afp|shutterstock|istock|file photo',
      // Russian, Ukrainian
      'реклама|поделиться|комментарии|подписаться|подпишитесь|читать далее|подробнее|поділитися|коментарі|підписатися',
      // German, French, Spanish, Italian, Portuguese
      'anzeige|werbung|teilen|kommentare|publicité|partager|commentaires|publicidad|compartir|comentarios|pubblicità|condividi|commenti',
      'publicidade|compartilhe|compartilhar|comentários|assine|iklan',
    ].join('|') +
    ')[\\s.:!|·•»›>-]*$',
  'iu',
);

/** A line that starts like a prompt or credit; judged only on short lines. */
const CHROME_PREFIX = new RegExp(
  '^(?:' +
    [
      '\\[?related(?: post| coverage| content| story| stories| articles?| news| reading)?s?\\s*:',
      '(?:see|read|watch|listen) (?:more|also)\\s*:|also on [\\w-]+\\.[a-z]{2,}\\b|also read\\s*:|more on this\\b|don[\'’]t miss\\b',
      'click (?:here )?to\\b|tap here\\b|follow (?:us|him|her|them|@)|like (?:us|this story)\\b|join (?:us|our)\\b',
      'sign up (?:for|to)\\b|subscribe to\\b|get (?:the|our) .{0,40}newsletter|want more stories',
      'read more about\\s*:|more about\\s*:|tags?\\s*:|filed under\\b|topics?\\s*:|categories?\\s*:|posted (?:in|under)\\b',
      '(?:\\(|\\[)?(?:photo|image|picture|pictured|video|foto|fotó|фото|bild)s?(?: credit| courtesy)?\\s*[:(]',
      '\\(?image credit\\b|image copyright\\b|image caption\\b|media (?:playback|caption)\\b|credit\\s*(?::|\\.\\.\\.)',
      '©|copyright\\s*(?:©|ⓒ|\\(c\\)|\\d{4})|\\(c\\)\\s*\\d{4}|all rights reserved',
      'this (?:post|article|page) (?:may )?contains? affiliate|we use cookies|this (?:web)?site uses cookies|by (?:continuing|using) (?:to use )?this (?:site|website)',
      'support (?:the |our |independent )|contribute (?:today|now)|donate (?:now|today)|now is the time to support|become a (?:member|patron|subscriber)',
      'tempo de leitura|leia (?:também|mais)|veja (?:também|mais)|notícias relacionadas|lee (?:también|más)|ver también|noticias relacionadas',
      'lire aussi|à lire aussi|voir aussi|leggi anche|articoli correlati|lesen sie auch|mehr zum thema|auch interessant',
      'читайте также|смотрите также|новости по теме|материалы по теме|похожие (?:статьи|новости)|читайте також|дивіться також',
      'updated(?: on| at)?\\s*:|published(?: on| at)?\\s*:|first published\\b|last (?:updated|modified)\\b',
    ].join('|') +
    ')',
  'iu',
);

/** Headings that open a block of teasers for other stories. */
const RELATED_HEADING = new RegExp(
  '^(?:' +
    [
      'read more(?: about)?|related(?: articles| stories| news| posts| content| coverage| reading)?|more (?:from|on|in|about|stories|great)\\b.*',
      'more\\s*:|you (?:may|might) (?:also )?like|recommended(?: for you)?|most (?:read|popular|viewed|shared)|trending(?: now)?|see also|also read',
      'latest(?: news| stories)?|popular|what to read next|further reading|other stories|top stories|editor[\'’]s picks',
      'читайте также|по теме|другие новости|leia também|veja também|notícias relacionadas|lesen sie auch|mehr zum thema|lire aussi|leggi anche',
    ].join('|') +
    ')[\\s.:!|·•»›>-]*$',
  'iu',
);

/** Words that, besides month names and numbers, may make up a line that only says when. */
const DATE_WORDS = new RegExp(
  '^(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?' +
    '|segunda|terça|quarta|quinta|sexta|sábado|domingo|feira|today|yesterday|ago|hours?|minutes?|mins?|hrs?|days?' +
    '|updated|update|published|posted|modified|last|on|at|de|às|der|le|il|el|du|am|pm|a\\.m|p\\.m|est|edt|cst|cdt|pst|pdt|gmt|bst|utc|cet|cest|msk|et|pt|ct|th|st|nd|rd' +
    '|опубликовано|обновлено|в|г|года|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|сегодня|вчера|мин|назад)$',
  'iu',
);

function words(line: string): string[] {
  return line.match(/[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** A line that only says when: "Updated 11:21 pm CST, Tuesday, November 19, 2019". */
export function isDateLine(line: string): boolean {
  if (line.length > 120) return false;
  if (!/\b(?:19|20)\d{2}\b|\b\d{1,2}:\d{2}\b|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/u.test(line)) return false;
  const rest = words(line).filter((word) => !/^\d+(?:st|nd|rd|th|h)?$/iu.test(word) && !isMonthName(word) && !DATE_WORDS.test(word));
  return rest.length <= 1;
}

/**
 * "By Jane Doe", "By Mike W. and Malcolm Owen - 11/18/19 11:04 PM EST", "Por Fulano".
 * Anything after the names must carry a date or time, so "De Gaulle, the general, …" is prose.
 */
export function isBylineLine(line: string): boolean {
  if (line.length > 120) return false;
  return /^(?:[Bb]y|[Vv]on|[Pp]or|[Pp]ar|[Dd]i|[Dd]e|[Аа]втор|[Тт]екст)\s*:?\s+\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:and\s+|&\s+|e\s+|и\s+)?\p{Lu}[\p{L}.'’-]*){0,6}(?:\s*[-–—|,][^.!?]*\d[^.!?]*)?$/u.test(
    line,
  );
}

/**
 * A picture caption with its credit: "Minister Sergei Shoigu. Grigory Sysoyev / POOL / TASS",
 * "… (Photo: Getty Images)", "… Photo by Jane Doe/Reuters".
 */
export function isPhotoCreditLine(line: string): boolean {
  if (line.length > 250) return false;
  const slashCredit = /(?:^|[.!?)]\s+)(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}(?:\s*\/\s*(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}){1,3}$/u;
  const labelledCredit = /(?:\((?:photo|image|picture|foto|фото)s?(?: credit| by)?\s*[:：]?[^)]*\)|\b(?:photo|image|picture)s? (?:by|credit)\b[^.]*|\bcredit\s*:\s*[^.]+)$/iu;
  return slashCredit.test(line) || labelledCredit.test(line);
}

/** Cookie and consent notices, in a few languages. */
function isCookieNotice(line: string): boolean {
  return (
    line.length <= 400 &&
    /\bcookies?\b|файл(?:ы|ов) cookie|куки/iu.test(line) &&
    /\b(?:use|uses|using|accept|consent|policy|settings|agree|utiliza|utilizamos|usamos|utilise|utilisons|verwendet|verwenden|utilizza|использует|используем|принять)\b/iu.test(line)
  );
}

/** Separators between the items of a menu or breadcrumb line: "News | Politics", "Home › World", "Politik · Kultur". */
const MENU_SEPARATOR = /\s*\|\s*|\s+[•·›»>/]\s+/u;

/**
 * A line of link-like fragments: "Главная | Новости | Политика", "Startseite · Politik · Wirtschaft",
 * "Home › World › Europe". At least three items, each a few words with no sentence in it.
 */
export function isLinkListLine(line: string): boolean {
  if (line.length > 300) return false;
  const items = line
    .split(MENU_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return items.length >= 3 && items.every((item) => words(item).length <= 4 && !/[.!?]\s/u.test(item));
}

/**
 * A short exclamation that is not a quotation: "Поддержите независимую журналистику!",
 * "Unterstützen Sie unabhängigen Journalismus!", "Support The Moscow Times!". Donation and
 * subscription banners appeal to the reader this way in every language; a headline rarely
 * does, and a line of the article's own prose never stands this short.
 */
export function isAppealLine(line: string, maxWords = 12): boolean {
  const trimmed = line.trim();
  return /!$/u.test(trimmed) && !/^["“”«„'‘—–-]/u.test(trimmed) && words(trimmed).length <= maxWords;
}

/** A line that is only a dateline: "Москва, 25 октября.", "Hamburg, 25. Oktober.", "MOSCOW, Oct. 25 (Reuters) -". */
export function isDatelineLine(line: string): boolean {
  return line.length <= 120 && splitLeadingDateline(line.trim())?.rest === '';
}

/** A short line that is a prompt, widget label, credit or banner. */
export function isChromeLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '') return true;
  if (CHROME_LINE.test(trimmed)) return true;
  if (trimmed.length <= 300 && CHROME_PREFIX.test(trimmed)) return true;
  // Korean and Japanese "no reproduction" notices close many articles.
  if (trimmed.length <= 200 && /무단\s*전재|재배포\s*금지|無断転載|無断複製/u.test(trimmed)) return true;
  if (/^(?:https?:\/\/|www\.)\S+$/iu.test(trimmed)) return true;
  return isDateLine(trimmed) || isDatelineLine(trimmed) || isLinkListLine(trimmed) || isBylineLine(trimmed) || isPhotoCreditLine(trimmed) || isCookieNotice(trimmed);
}

/** A heading after which a page lists other stories rather than continuing this one. */
export function isRelatedHeading(line: string): boolean {
  return line.length <= 60 && RELATED_HEADING.test(line.trim());
}

/** Ends like a sentence (also with a closing quote or bracket after the stop). */
export function endsLikeSentence(line: string): boolean {
  return /[.!?…。！？](?:["'”’»)\]]*)\s*$/u.test(line);
}

/** Few words and no sentence punctuation: a label, kicker, section name or credit rather than prose. */
export function isShortLabel(line: string, maxWords = 6): boolean {
  return words(line).length <= maxWords && !endsLikeSentence(line);
}
