import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../../src/extract/extract-error.js';
import { extractArticleFromText } from '../../../src/extract/pasted-text.js';

function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/pasted/${name}`, import.meta.url), 'utf8');
}

const moscowTimes = fixture('moscow-times-2022-10-21.txt');

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

/**
 * Page dumps of one shape in three languages: a donation banner (an appeal with "!", a
 * sentence and a button), a menu line, a login link, a section name, the headline, the
 * date, a picture credit, the body with its dateline, a teaser list under a "read also"
 * heading, a follow prompt and a copyright line. None of the banner, menu or teaser
 * wording is in any list of known phrases except the Russian «Читайте также».
 */
describe('extractArticleFromText on page dumps in Russian, English and German', () => {
  it('finds the Russian article, its headline under the banner and menu, date and publication', () => {
    expect(extractArticleFromText(fixture('ru-zoo-2022-10-25.txt'))).toEqual({
      text: [
        'Москва, 25 октября. Московский зоопарк впервые за двадцать лет показал посетителям детёныша белого медведя, родившегося в конце прошлого года. Медвежонка по кличке Умка можно увидеть в вольере «Полярный мир» с 10 до 17 часов, сообщила пресс-служба зоопарка.',
        'По словам директора зоопарка Ирины Соколовой, последний раз белые медведи приносили потомство в Москве в 2002 году. «Мы долго готовили вольер, и теперь Умка уже уверенно плавает в бассейне вместе с мамой», — сказала она.',
        'Сотрудники просят посетителей не шуметь у вольера и не кормить животных. В первые недели медвежонок будет выходить к публике не больше чем на три часа в день.',
        'Билеты на осенние выходные уже почти распроданы, поэтому зоопарк продлит работу кассы до 18 часов.',
        'Белые медведи занесены в Красную книгу России. В природе их численность оценивается в 22–31 тысячу особей, и она сокращается из-за таяния арктических льдов.',
      ].join('\n\n'),
      title: 'Московский зоопарк впервые за 20 лет показал детёныша белого медведя',
      siteName: 'Городские вести',
      publishedAt: '2022-10-25',
      language: 'ru',
    });
  });

  it('finds the English article the same way', () => {
    expect(extractArticleFromText(fixture('en-tram-2022-10-25.txt'))).toEqual({
      text: [
        "MOSCOW, Oct. 25 (Reuters) - Moscow on Tuesday put its first driverless tram into regular passenger service on a route through the city's north-west, the city's transport department said, making it one of the first cities in the world to let a tram run without a driver at the controls.",
        'The tram, built by a local manufacturer, uses cameras, radar and lidar to read signals and spot pedestrians, and an operator at the depot can take over remotely if it stops, the department said in a statement.',
        '"The tram has already covered more than 10,000 kilometres in test runs without a single incident," deputy mayor for transport Pavel Orlov told reporters at the depot.',
        'A safety engineer will stay on board for the first months while the system collects data in winter weather, officials said.',
        'The city plans to add ten more driverless trams to the route by the end of next year and to open a second line in 2024.',
        'Critics say the project is expensive and that the money would be better spent on repairing old tracks in the outskirts.',
      ].join('\n\n'),
      title: 'Moscow puts its first driverless tram into passenger service',
      siteName: 'Metro Ledger',
      publishedAt: '2022-10-25',
      language: 'en',
    });
  });

  it('finds the German article, dropping a dateline that stands on its own line', () => {
    expect(extractArticleFromText(fixture('de-faehre-2022-10-25.txt'))).toEqual({
      text: [
        'Die erste Hafenfähre mit Wasserstoffantrieb hat am Dienstag ihren Linienbetrieb auf der Elbe aufgenommen. Das Schiff verkehrt zunächst auf der Linie zwischen den Landungsbrücken und Finkenwerder, wie die Hafenfährgesellschaft mitteilte.',
        'Die Fähre bietet Platz für 250 Fahrgäste und stößt im Betrieb nur Wasserdampf aus. Der Wasserstoff wird an einer neuen Tankstelle im Hafen gelagert, die mit Strom aus Windkraft betrieben wird.',
        '„Das ist ein wichtiger Schritt für einen sauberen Hafen“, sagte Verkehrssenatorin Anja Berger bei der ersten Fahrt. Bis 2030 sollen alle Fähren der Stadt ohne Diesel fahren.',
        'Umweltverbände begrüßten den Start, kritisierten aber, dass die übrigen Schiffe noch jahrelang mit Diesel unterwegs sein werden.',
        'Die Fähre hatte sich wegen Lieferproblemen bei den Brennstoffzellen um fast ein Jahr verspätet.',
      ].join('\n\n'),
      // The dump says "Hamburg, 25. Oktober." without a year, so no date is made up.
      title: 'Erste Elbfähre mit Wasserstoffantrieb nimmt den Linienbetrieb auf',
      siteName: 'Hafenkurier',
      language: 'de',
    });
  });

  it('keeps a dateline on its own line out of the body and the title', () => {
    const pasted = [
      'Поддержите независимую журналистику!',
      'Новости | Политика | Экономика | Общество',
      'В Казани открыли новую станцию метро',
      'Москва, 25 октября.',
      'В Казани в понедельник открылась новая станция метро, которую строили почти пять лет. Первые пассажиры прошли через турникеты в шесть утра.',
      'Станция разгрузит автобусные маршруты в южных районах, где живут более ста тысяч человек, сообщили в мэрии.',
      'Читайте также',
      'В Самаре продлили работу трамваев до полуночи',
      'Пермь закупит сто новых автобусов',
    ].join('\n');
    expect(extractArticleFromText(pasted)).toEqual({
      text:
        'В Казани в понедельник открылась новая станция метро, которую строили почти пять лет. Первые пассажиры прошли через турникеты в шесть утра.\n\n' +
        'Станция разгрузит автобусные маршруты в южных районах, где живут более ста тысяч человек, сообщили в мэрии.',
      title: 'В Казани открыли новую станцию метро',
      language: 'ru',
    });
  });

  it('takes the headline over a kicker above it and a picture caption below it', () => {
    const pasted = [
      'Wissen',
      'Klimaforschung',
      'Gletscher in den Alpen schmelzen schneller als erwartet',
      'Der Rhonegletscher im Sommer, mit Vlies gegen die Sonne abgedeckt',
      'Die Gletscher in den Alpen haben in diesem Sommer so viel Eis verloren wie nie seit Beginn der Messungen, berichten Forscher aus der Schweiz.',
      'Besonders betroffen sind kleinere Gletscher, von denen einige in wenigen Jahren ganz verschwunden sein könnten, sagte ein Sprecher.',
    ].join('\n');
    expect(extractArticleFromText(pasted).title).toBe('Gletscher in den Alpen schmelzen schneller als erwartet');
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
      publishedAt: '2024-03-12',
      language: 'es',
    });
  });

  it('throws no_article when only chrome is left', () => {
    expect(() => extractArticleFromText('Share\nSubscribe\nRead more\n© 2024 Example News')).toThrow(ExtractError);
  });
});
