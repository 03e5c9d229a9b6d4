import { TELEGRAM_MESSAGE_LIMIT } from '../../src/ingest/paste-assembler.js';

/** A long article in the way people paste one: a headline, then paragraphs; over 10,000 characters. */
export function longArticle(city = 'Harbour city'): string {
  const lines = [`${city} opens its new tram line after ten years of planning`];
  for (let day = 1; lines.join('\n\n').length < 10_000; day++) {
    lines.push(
      `On day ${day} of the works in ${city} the crews laid ${day * 40} metres of track near stop number ${day}, and the council counted ${day * 3} complaints and ${day * 7} letters of support from the people who live along the route.`,
    );
  }
  return lines.join('\n\n');
}

/** What a Telegram app sends for a paste over the limit: pieces at or just under it, cut at a space it drops. */
export function splitLikeTelegram(text: string): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > TELEGRAM_MESSAGE_LIMIT) {
    const cut = rest.lastIndexOf(' ', TELEGRAM_MESSAGE_LIMIT);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  return [...pieces, rest];
}
