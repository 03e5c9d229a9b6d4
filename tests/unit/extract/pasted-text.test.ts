import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../../src/extract/extract-error.js';
import { extractArticleFromText } from '../../../src/extract/pasted-text.js';

const moscowTimes = readFileSync(new URL('../../fixtures/pasted/moscow-times-2022-10-21.txt', import.meta.url), 'utf8');

describe('extractArticleFromText on a Moscow Times page dump', () => {
  it('keeps the body intact and recognises title, date, source and language', () => {
    expect(extractArticleFromText(moscowTimes)).toEqual({
      text: [
        'Russian Defense Minister Sergei Shoigu spoke by phone to U.S. counterpart Lloyd Austin about topics including the war in Ukraine, Moscow’s Defense Ministry said on its official Telegram channel Friday.',
        '“Current international security matters were discussed, including the situation in Ukraine,” the ministry said, without providing further details.',
        'The phone call marks the first confirmed contact between the two top defense officials since May and the second since Russia invaded Ukraine on Feb. 24.',
        'A spokesman for the Pentagon said Austin urged Shoigu to keep "lines of communication" open on the war in Ukraine.',
        '"Secretary Austin emphasized the importance of maintaining lines of communication amid the ongoing war against Ukraine," Brigadier General Pat Ryder said in a statement following their phone call.',
        "Relations between Moscow and Washington have sunk to new lows since the start of Russia's military campaign in Ukraine.",
        'Russia has accused the U.S. of seeking to prolong the conflict by providing financial and military aid to pro-Western Ukraine.',
        'Ahead of a G20 summit hosted by Indonesia in November, Russian President Vladimir Putin said last week that he saw "no need" for an in-person meeting with U.S. President Joe Biden.',
        'Earlier this month, Biden said he had "no intention" of meeting with Putin but did not rule out potential talks.',
        'AFP contributed reporting.',
      ].join('\n\n'),
      title: 'Russian Defense Minister, U.S. Counterpart Discuss Ukraine in Rare Phone Call',
      siteName: 'The Moscow Times',
      publishedAt: '2022-10-21',
      language: 'en',
    });
  });

  it('leaves none of the banner, credit or teaser text', () => {
    const { text } = extractArticleFromText(moscowTimes);
    for (const chrome of ['European Military Aid', 'Russians Scramble for Visas', 'Contribute', 'Read more', 'Support', 'Updated', 'TASS', 'dwindling support']) {
      expect(text).not.toContain(chrome);
    }
  });
});

describe('extractArticleFromText on other pastes', () => {
  it('takes a plain pasted article as it is, without inventing a title', () => {
    const text =
      'The city council voted on Monday to extend the tram line to the airport, ending a debate that lasted three years.\n\n' +
      'Work is expected to start next spring and to take about two years, the council said.';
    expect(extractArticleFromText(text)).toEqual({ text, language: 'en' });
  });

  it('drops cookie notices, share prompts and bylines and reads a dateline and a domain', () => {
    const pasted = [
      'We use cookies to improve your experience. Accept all cookies',
      'Menu',
      'Nuevo parque abre en el centro de la ciudad',
      'Por Ana García',
      'Publicado: 12 de marzo de 2024',
      'El nuevo parque del centro abrió sus puertas el martes con más de dos mil árboles y un lago artificial para los vecinos.',
      'El alcalde dijo que el parque será el pulmón verde de la ciudad durante las próximas décadas.',
      'Compartir',
      'Suscríbete a nuestro boletín',
      'www.diario-ejemplo.es',
    ].join('\n');
    expect(extractArticleFromText(pasted)).toEqual({
      text:
        'El nuevo parque del centro abrió sus puertas el martes con más de dos mil árboles y un lago artificial para los vecinos.\n\n' +
        'El alcalde dijo que el parque será el pulmón verde de la ciudad durante las próximas décadas.',
      title: 'Nuevo parque abre en el centro de la ciudad',
      siteName: 'diario-ejemplo.es',
      language: 'es',
    });
  });

  it('throws no_article when only chrome is left', () => {
    expect(() => extractArticleFromText('Share\nSubscribe\nRead more\n© 2024 Example News')).toThrow(ExtractError);
  });
});
