import { describe, expect, it } from 'vitest';
import { findUnsupported } from '../../../../src/summarize/faithfulness/check.js';
import { indexSource } from '../../../../src/summarize/faithfulness/evidence.js';

const sameLanguage = { crossLanguage: false };

const results = indexSource({
  title: 'Northgate Foodstores To Close 14 Shops',
  text: [
    'Northgate Foodstores will close 14 of its shops, the chain said on Tuesday.',
    'Finance director Tom Whitcombe said net debt had fallen to £298m from £341m.',
    'Usdaw regional officer Karen Delaney said staff had learnt of the closures from the press.',
    'Borrowing costs would rise next year, warned Tom Whitcombe.',
    'Conservative candidate Graham Tilley, who came second, said the result was disappointing.',
    'Ellen Marsh, a physiotherapist, won the by-election with 1,482 votes. The Green Party had never held the ward.',
    'Her lawyer Daniel Cole said she would appeal. Anna Price, who represents the tenants, said they would not.',
    'Defense Minister Sergei Shoigu took a call on Friday. The caller was his U.S. counterpart Lloyd Austin.',
    'Sheepdog handler Tom Ashworth, 19, was the youngest in the final. Nineteen-year-old Jack Riley won it.',
    'Cllr Richard Hales said paths had been left out. Councillor Janet Prothero, cabinet member for highways, said crews were ready.',
  ].join(' '),
  language: 'en',
});

const election = indexSource({
  text: [
    'Председатель облизбиркома Галина Веретенникова заявила, что явка составила 41 процент.',
    'Политолог Дина Халилова считает, что низкая явка объясняется погодой.',
    'Живой птицы на предприятии не осталось», — заявил начальник регионального управления ветеринарии Сергей Громов.',
    '«Мы просим жителей не покупать птицу», — сказала заместитель начальника управления Елена Корнилова.',
    'Улицу открыла глава города Елена Маркова. Директор парка Сергей Тихомиров рассказал о деревьях.',
  ].join(' '),
  language: 'ru',
});

const brewery = indexSource({
  text: 'Braumeister Stefan Ohlig hat das Festbier eigens für das Jubiläum eingebraut. Wirt Florian Kesselring führt das Brauereigasthaus seit 2019.',
  language: 'de',
});

describe('a person the article names, in a role the article gives someone else', () => {
  it.each([
    [results, 'Finance director Karen Delaney said net debt had fallen to £298m.', 'Finance director Karen Delaney'],
    [election, 'Председатель облизбиркома Дина Халилова заявила, что серьёзных нарушений не было.', 'Председатель облизбиркома Дина Халилова'],
    [brewery, 'Das Festbier hat Braumeister Florian Kesselring eigens eingebraut.', 'Braumeister Florian Kesselring'],
    // «главы города» is the article's «глава города», in another case.
    [election, 'По словам главы города Сергея Тихомирова, улицу делали для людей.', 'главы города Сергея Тихомирова'],
  ])('is a name the article does not support: %#', (evidence, sentence, claim) => {
    expect(findUnsupported(evidence, sentence, sameLanguage)).toEqual([{ kind: 'name', text: claim }]);
  });

  it.each([
    // The article's own holder of the role.
    [results, 'Finance director Tom Whitcombe said net debt had fallen to £298m.'],
    // A role several people hold, told apart by the word before it: "Conservative candidate" is not "Green Party candidate".
    [results, 'Green Party candidate Ellen Marsh won the by-election with 1,482 votes.'],
    // A role held towards another person: "her lawyer" Daniel Cole is no lawyer of the tenants'.
    [results, 'Tenants’ lawyer Anna Price said they would not appeal.'],
    [results, 'Lloyd Austin spoke to counterpart Sergei Shoigu on Friday.'],
    // A verb of saying is no role: what Tom Whitcombe warned of is no office.
    [results, 'Staff learnt of the closures from the press, warned Karen Delaney.'],
    // An age is no role.
    [results, 'Nineteen-year-old Tom Ashworth was the youngest handler in the final.'],
    // "Cllr" is "Councillor" written short.
    [results, 'Cllr Janet Prothero said crews were ready.'],
    // «заместитель начальника управления»: a word of the role the article writes where it names her.
    [election, 'Заместитель начальника управления ветеринарии Елена Корнилова призвала жителей не покупать птицу.'],
  ])('is not reported where the article bears the role out: %#', (evidence, sentence) => {
    expect(findUnsupported(evidence, sentence, sameLanguage)).toEqual([]);
  });

  it('leaves a person the article does not name to the name check', () => {
    expect(findUnsupported(results, 'Finance director Peter Hall said net debt had fallen to £298m.', sameLanguage)).toEqual([{ kind: 'name', text: 'Peter Hall' }]);
  });

  it('is read only from a word that can be a role: a German noun that is no title names no one ("zwei Jahren Umbau")', () => {
    const library = indexSource({ text: 'Nach zwei Jahren Bauzeit öffnet die Stadtbibliothek wieder. Der Umbau kostete 4 Millionen Euro.', language: 'de' });
    expect(findUnsupported(library, 'Nach zwei Jahren Umbau öffnet die Stadtbibliothek wieder.', sameLanguage)).toEqual([]);
  });

  it('names the role as far as its phrase goes: one German word, not the verb or the year before a Russian one', () => {
    const museum = indexSource({
      text: 'Die Sammlung schenkte Sammlungsleiter Arkadi Menschikow dem Museum. Kaufmann Nikanor Lapin baute das Haus 1898.',
      language: 'de',
    });
    expect(findUnsupported(museum, 'Die Sammlung schenkte Sammlungsleiter Nikanor Lapin dem Museum.', sameLanguage)).toEqual([{ kind: 'name', text: 'Sammlungsleiter Nikanor Lapin' }]);
    const samovars = indexSource({ text: 'Коллекцию самоваров в 2023 году передал музею краевед Аркадий Меньшиков. Дом в 1898 году построил купец Никанор Лапин.', language: 'ru' });
    expect(findUnsupported(samovars, 'Коллекцию самоваров передал в 2023 году краевед Никанор Лапин.', sameLanguage)).toEqual([{ kind: 'name', text: 'краевед Никанор Лапин' }]);
  });

  it('is not checked across languages, where a role has other words', () => {
    expect(findUnsupported(results, 'Finanzvorstand Karen Delaney sagte, die Schulden seien gesunken.', { crossLanguage: true, language: 'de' })).toEqual([]);
  });
});
