import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../../src/extract/extract-error.js';
import { extractArticleFromHtml } from '../../../src/extract/html-article.js';

function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/extract/${name}`, import.meta.url), 'utf8');
}

describe('extractArticleFromHtml', () => {
  it('returns the article without navigation, byline, share bar, caption, newsletter box and related links', () => {
    expect(extractArticleFromHtml(fixture('news-article.html'), 'https://www.coastal-herald.example/n/123?utm_medium=x')).toEqual({
      text: [
        'The harbour bridge reopened to traffic on Tuesday morning after two years of repairs that cost the city more than forty million pounds, officials said.',
        'Engineers replaced the steel cables and the road deck, which had been damaged by salt water and by the heavy lorries that use the crossing every day.',
        '"We are proud to hand the bridge back to the people who depend on it," the mayor told reporters at the opening ceremony, which drew several hundred residents.',
        'Commuters who had faced detours of up to forty minutes welcomed the news, although some said the new tolls were too high for daily travel across the water.',
        'The council said the bridge should now last for another fifty years with regular maintenance, and that the tolls would be reviewed next spring.',
      ].join('\n\n'),
      title: 'Harbour bridge reopens after two years of repairs',
      siteName: 'Coastal Herald',
      publishedAt: '2024-03-05T08:30:00Z',
      url: 'https://www.coastal-herald.example/news/harbour-bridge-reopens',
      language: 'en',
    });
  });

  it('reads og:url and article:published_time, detects the language and drops a "read also" line', () => {
    const article = extractArticleFromHtml(fixture('ru-article.html'), 'https://gorod.example/x');
    expect(article).toEqual({
      text: [
        'В понедельник в Казани открылась новая станция метро, которую строили почти пять лет. Первые пассажиры прошли через турникеты в шесть утра.',
        'По словам представителей города, станция разгрузит автобусные маршруты в южных районах, где живут более ста тысяч человек.',
        'Строительство обошлось бюджету дороже, чем планировалось, из-за роста цен на материалы и сложных грунтов под рекой.',
        'Следующую станцию на этой линии обещают открыть через два года, если не возникнет новых задержек с финансированием.',
      ].join('\n\n'),
      title: 'В Казани открыли новую станцию метро',
      siteName: 'Городские новости',
      publishedAt: '2023-11-20',
      url: 'https://gorod.example/news/metro',
      language: 'ru',
    });
  });

  it('falls back to JSON-LD articleBody when the page renders its text with JavaScript', () => {
    expect(extractArticleFromHtml(fixture('json-ld-only.html'), 'https://stadtblatt.example/radwege?utm_source=x#top')).toEqual({
      text: [
        'Die Stadt baut in diesem Sommer zwölf Kilometer neue Radwege in der Innenstadt.',
        'Die Arbeiten beginnen im Juli und sollen bis zum Herbst abgeschlossen sein, teilte die Verwaltung mit.',
        'Anwohner können die Pläne ab Montag im Rathaus einsehen.',
      ].join('\n\n'),
      title: 'Neue Radwege für die Innenstadt',
      siteName: 'Stadtblatt',
      publishedAt: '2024-06-01',
      url: 'https://stadtblatt.example/radwege',
      language: 'de',
    });
  });

  it('sets no url for a page that is not on http(s)', () => {
    const article = extractArticleFromHtml(fixture('json-ld-only.html'), 'file:///tmp/saved.html');
    expect(article.url).toBeUndefined();
  });

  it('throws ExtractError no_article for a page without an article', () => {
    const attempt = (): unknown => extractArticleFromHtml(fixture('no-article.html'), 'https://example.org/login');
    expect(attempt).toThrow(ExtractError);
    expect(attempt).toThrow(expect.objectContaining({ code: 'no_article', url: 'https://example.org/login' }));
  });

  it('throws no_article for an empty document', () => {
    expect(() => extractArticleFromHtml('', 'https://example.org/')).toThrow(ExtractError);
  });
});
