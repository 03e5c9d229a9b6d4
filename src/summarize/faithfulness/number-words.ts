import { foldWord } from './fold.js';

/**
 * How a number word adds to the number it is part of:
 * - `one`: 1, which alone is more often a pronoun ("one of them") than a claim;
 * - `add`: added to the running group (two, forty, двести);
 * - `times-hundred`: multiplies the running group ("two hundred", "two dozen"),
 *   as a fraction does what counts it ("two thirds", «две трети», "zwei
 *   Drittel"; alone, one: «треть»);
 * - `scale`: closes the group times its value ("forty million", "ста тысяч");
 * - `half`: a half, alone ("half the budget"), of what follows ("half a
 *   million") or added to what precedes ("two and a half years").
 * `alone` says what the word means with no number before it: a value
 * ("a thousand", «тысяча») or a vague amount ("thousands", «тысячи») that
 * states no number to check.
 */
export interface NumberWord {
  value: number;
  role: 'one' | 'add' | 'times-hundred' | 'scale' | 'half';
  alone: 'value' | 'vague';
  /** "third", «третий»: a place in an order, not a count of things. */
  ordinal?: true;
}

const table = new Map<string, NumberWord>();

/** Forms are folded as words in a text are (ё → е, й → и), so «одной» is found as written. */
function add(forms: string, value: number, role: NumberWord['role'] = 'add', alone: NumberWord['alone'] = 'value'): void {
  for (const form of forms.split(' ')) table.set(foldWord(form), { value, role, alone });
}

function addOrdinal(forms: string, value: number): void {
  for (const form of forms.split(' ')) table.set(foldWord(form), { value, role: 'add', alone: 'value', ordinal: true });
}

// English.
add('one', 1, 'one');
add('zero', 0);
'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
  .split(' ')
  .forEach((word, index) => add(word, index + 2));
'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').forEach((word, index) => add(word, (index + 2) * 10));
// "a dozen", "two dozen", "half a dozen": a dozen multiplies what comes before it, as a hundred does.
add('dozen', 12, 'times-hundred');
add('half', 0.5, 'half');
// Ordinals from "second" on: "the third call" states a number. "first" is left out, as
// idiom ("for the first time", "first passengers") more often than a count.
'second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'
  .split(' ')
  .forEach((word, index) => addOrdinal(word, index + 2));
add('hundred', 100, 'times-hundred');
// "two thirds", "three quarters": the plural is only ever a fraction ("a third" and "a quarter" see ARTICLE_FRACTIONS).
add('thirds', 1 / 3, 'times-hundred');
add('quarters', 1 / 4, 'times-hundred');
add('fifths', 1 / 5, 'times-hundred');
add('tenths', 1 / 10, 'times-hundred');
add('thousand', 1e3, 'scale');
add('million', 1e6, 'scale');
add('billion', 1e9, 'scale');
add('trillion', 1e12, 'scale');
add('hundreds', 100, 'times-hundred', 'vague');
add('dozens', 12, 'add', 'vague');
add('thousands', 1e3, 'scale', 'vague');
add('millions', 1e6, 'scale', 'vague');
add('billions', 1e9, 'scale', 'vague');

// Russian, in every case form; folded, so ё and й are е and и.
add('один одна одно одного одном одному одним одну одной одни одних', 1, 'one');
add('ноль нуль', 0);
add('полтора полторы полутора', 1.5);
// «цена десятка яиц», «дюжина»: ten and twelve of what follows, as "a dozen" is.
add('десяток десятка десятку десятком десятке', 10, 'times-hundred');
add('дюжина дюжины дюжину дюжиной дюжине', 12, 'times-hundred');
add('два две двух двум двумя', 2);
add('три трех трем тремя', 3);
add('четыре четырех четырем четырьмя', 4);
// Collective numerals, which count people and nouns with no singular: «двое суток», «трое детей», «пятерых рабочих».
['двое двоих двоим двоими', 'трое троих троим троими', 'четверо четверых четверым четверыми', 'пятеро пятерых пятерым пятерыми', 'шестеро шестерых шестерым шестерыми', 'семеро семерых семерым семерыми'].forEach(
  (forms, index) => add(forms, index + 2),
);
['пять пяти пятью', 'шесть шести шестью', 'семь семи семью', 'восемь восьми восемью', 'девять девяти девятью', 'десять десяти десятью'].forEach(
  (forms, index) => add(forms, index + 5),
);
'одиннадцат двенадцат тринадцат четырнадцат пятнадцат шестнадцат семнадцат восемнадцат девятнадцат'
  .split(' ')
  .forEach((stem, index) => add(`${stem}ь ${stem}и ${stem}ью`, index + 11));
add('двадцать двадцати двадцатью', 20);
add('тридцать тридцати тридцатью', 30);
add('сорок сорока', 40);
add('пятьдесят пятидесяти пятьюдесятью', 50);
add('шестьдесят шестидесяти шестьюдесятью', 60);
add('семьдесят семидесяти семьюдесятью', 70);
add('восемьдесят восьмидесяти восемьюдесятью', 80);
add('девяносто девяноста', 90);
add('сто ста', 100);
add('двести двухсот двумстам двумястами двухстах', 200);
add('триста трехсот тремстам тремястами трехстах', 300);
add('четыреста четырехсот четыремстам четырьмястами четырехстах', 400);
add('пятьсот пятисот пятистам пятьюстами пятистах', 500);
add('шестьсот шестисот шестистам шестьюстами шестистах', 600);
add('семьсот семисот семистам семьюстами семистах', 700);
add('восемьсот восьмисот восьмистам восемьюстами восьмистах', 800);
add('девятьсот девятисот девятистам девятьюстами девятистах', 900);
// Ordinals from «второй» on, in every gender and case.
const ADJECTIVE_ENDINGS = 'ый ой ого ому ым ом ая ую ое ые ых ыми';
addOrdinal('второй второго второму вторым втором вторая вторую второе вторые вторых вторыми', 2);
addOrdinal('третий третьего третьему третьим третьем третья третьей третью третье третьи третьих третьими', 3);
// «тринадцатый фестиваль» is the 13th, as the German "13. Festival" writes it.
['четверт', 'пят', 'шест', 'седьм', 'восьм', 'девят', 'десят', 'одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат', 'двадцат'].forEach(
  (stem, index) => addOrdinal(ADJECTIVE_ENDINGS.split(' ').map((ending) => `${stem}${ending}`).join(' '), index + 4),
);
// «половина школ», «половину бюджета»: a half as a noun, like "half" (a share, or of a scale: «половина миллиона»).
add('половина половины половине половину половиной', 0.5, 'half');
// «треть», «две трети», «четверть»: fractions. Not «третью», which is also the ordinal («третью школу»).
add('треть трети третей третям третями третях', 1 / 3, 'times-hundred');
add('четверть четверти четвертью четвертей четвертям четвертями четвертях', 1 / 4, 'times-hundred');
// «сотни людей» is vague; «две сотни», «полторы сотни» are 200 and 150.
add('сотня сотню сотни сотен сотням сотнями', 100, 'times-hundred', 'vague');
add('десятки десятков', 10, 'add', 'vague');
add('тысяча тысячу тысячей', 1e3, 'scale');
add('тысячи тысяч тысячам тысячами тысячах тыс', 1e3, 'scale', 'vague');
for (const [stem, value] of [['миллион', 1e6], ['миллиард', 1e9], ['триллион', 1e12]] as const) {
  add(`${stem} ${stem}а ${stem}у ${stem}ом ${stem}е`, value, 'scale');
  add(`${stem}ы ${stem}ов ${stem}ам ${stem}ами ${stem}ах`, value, 'scale', 'vague');
}
add('млн', 1e6, 'scale', 'vague');
add('млрд', 1e9, 'scale', 'vague');
add('трлн', 1e12, 'scale', 'vague');
// German abbreviations: "3 Mrd. Euro", "96 Mio. Franken", "12 Tsd. Einwohner". Not "Bio." (a trillion), which is also "organic" ("3 Bio-Höfe").
add('tsd', 1e3, 'scale', 'vague');
add('mio', 1e6, 'scale', 'vague');
add('mrd', 1e9, 'scale', 'vague');
// India's lakh and crore: "₹450 crore", "Rs 4.5 lakh".
add('lakh lakhs', 1e5, 'scale', 'vague');
add('crore crores', 1e7, 'scale', 'vague');

// German, the words a summary of a German article would write out.
add('ein eine eins einen einem einer eines', 1, 'one');
add('null', 0);
add('anderthalb eineinhalb', 1.5);
'zwei drei vier funf sechs sieben acht neun zehn elf zwolf'.split(' ').forEach((word, index) => add(word, index + 2));
'dreizehn vierzehn funfzehn sechzehn siebzehn achtzehn neunzehn'.split(' ').forEach((word, index) => add(word, index + 13));
'zwanzig dreissig vierzig funfzig sechzig siebzig achtzig neunzig'.split(' ').forEach((word, index) => add(word, (index + 2) * 10));
add('dreißig', 30);
// "die Hälfte der Schulen": a half as a noun, like "half".
add('hälfte hälften', 0.5, 'half');
add('hundert', 100, 'times-hundred');
// "ein Drittel", "zwei Drittel".
add('drittel dritteln', 1 / 3, 'times-hundred');
// "drei Viertel", "ein Viertel": only after a number, for alone it is also a town's quarter ("im Viertel").
add('viertel vierteln', 1 / 4, 'times-hundred', 'vague');
add('fünftel fünfteln', 1 / 5, 'times-hundred');
add('zehntel zehnteln', 1 / 10, 'times-hundred');
add('tausend', 1e3, 'scale');
add('hunderte hunderten', 100, 'times-hundred', 'vague');
add('dutzende dutzenden', 12, 'add', 'vague');
add('tausende tausenden', 1e3, 'scale', 'vague');
add('millionen', 1e6, 'scale', 'vague');
add('milliarde', 1e9, 'scale');
add('milliarden', 1e9, 'scale', 'vague');
// "eine zweite Bohrung", "jeder fünfte", "jeder dreißigste": German ordinals, declined like adjectives. Not "erste" ("als
// erste" is "first to") nor "achten" ("achten" is a verb; "jeder achte" is the ordinal).
const GERMAN_ORDINAL_STEMS = [
  ...(['zweit', 'dritt', 'viert', 'funft', 'sechst', 'siebt', 'neunt', 'zehnt', 'elft', 'zwolft'] as const).map((stem, index) => [stem, index < 6 ? index + 2 : index + 3] as const),
  ...(['dreizehnt', 'vierzehnt', 'funfzehnt', 'sechzehnt', 'siebzehnt', 'achtzehnt', 'neunzehnt'] as const).map((stem, index) => [stem, index + 13] as const),
  ...(['zwanzigst', 'dreissigst', 'dreißigst', 'vierzigst', 'funfzigst', 'sechzigst', 'siebzigst', 'achtzigst', 'neunzigst'] as const).map(
    (stem, index) => [stem, (index < 2 ? index + 2 : index + 1) * 10] as const,
  ),
];
for (const [stem, value] of GERMAN_ORDINAL_STEMS) addOrdinal(['e', 'en', 'er', 'es', 'em'].map((ending) => `${stem}${ending}`).join(' '), value);
addOrdinal('achte achter achtes achtem', 8);

/** What "einhalb" adds to the German number word it ends: "zweieinhalb" is 2.5. Not after "hundert": "hunderteinhalb" is no word. */
const HALF_MORE = 0.5;
const HUNDRED = 100;

/** Heads of German adjectives a number word begins, folded: "-köpfig", "-stündig", "-jährig", "-spurig". */
const GERMAN_COUNTED_ADJECTIVES = ['kopfig', 'stundig', 'tagig', 'wochig', 'monatig', 'jahrig', 'minutig', 'spurig', 'stockig', 'teilig', 'geschossig', 'gleisig', 'sitzig'];

// "zwölfmal", "dreifach", "tenfold": a count of times in one word. Not from one: "einmal" is also "once upon a time"
// or "nicht einmal" ("not even"), "einfach" "simple".
for (const [word, entry] of [...table]) {
  const german = /^(?:zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|\p{L}+zehn|\p{L}*zig|dreissig|hundert)$/u.test(word);
  const english = /^(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred)$/u.test(word);
  if (german) add(`${word}mal ${word}fach ${word}fache ${word}fachen`, entry.value);
  // "sechsköpfige Gruppe", "zweistündige Sitzung", "dreispurig": a number made an adjective of what it counts.
  if (german) add(GERMAN_COUNTED_ADJECTIVES.flatMap((head) => ['', 'e', 'en', 'er', 'es', 'em'].map((ending) => `${word}${head}${ending}`)).join(' '), entry.value);
  if (english) add(`${word}fold`, entry.value);
  // "zweieinhalb Monate", "dreieinhalb Jahre": a half more, in one word.
  if (german && entry.value < HUNDRED) add(`${word}einhalb`, entry.value + HALF_MORE);
}

/** The number word this folded word is, if any. */
export function numberWordOf(folded: string): NumberWord | undefined {
  return table.get(folded);
}

/**
 * "a third", "one quarter": English names these fractions by an ordinal or a
 * noun that alone is no fraction ("the third call", "the Latin Quarter"), so
 * they are one only after "a" or "one".
 */
export const ARTICLE_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['third', 1 / 3],
  ['quarter', 1 / 4],
]);

/**
 * An ordinal with a word for "part" after it is a fraction: «пятая часть», «десятую часть».
 * So is one after "a" or "one" with "of" after it: "a fifth of", "one tenth of" ("a fifth term" is a place).
 */
export const PART_WORDS: ReadonlySet<string> = new Set(['часть', 'части', 'частью', 'частей']);
export const FRACTION_OF = 'of';

/** The folded word that joins number words in English: "two hundred and fifty". */
export const NUMBER_JOINER = 'and';

/** "a thousand", "an hour": an article read as 1, only directly before a hundred, a scale or a measure (`isMeasureNoun`). */
export const SINGULAR_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/** "two and a half": the article of a half after the joiner. */
export const HALF_ARTICLE = 'a';

/**
 * Words before an article that make it a rate, not a count: "twice a week",
 * "three times a year", "once a day". Digits or a number word before it do the
 * same ("$5 a day", "40 million a year").
 */
export const RATE_WORDS: ReadonlySet<string> = new Set(['once', 'twice', 'times', 'per']);

/**
 * Words after "a day", "a week" that make it a span of time before or after
 * something, not a rate: "a day after the vote", "a week later", "a year ago".
 */
export const TIME_RELATIONS: ReadonlySet<string> = new Set(['after', 'later', 'before', 'earlier', 'ago', 'since']);

/**
 * Determiners that make a small count refer back to what the text has already
 * named: "the two countries" after "Moscow and Washington", "these three men".
 */
export const REFERRING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'these', 'those']);

/**
 * What a measure is counted in, so that one quantity written in two units
 * compares equal: minutes for hours, days and weeks; months for years, decades
 * and centuries (a month is no fixed number of days, so the two stay apart);
 * metres for kilometres, centimetres and millimetres; grams for kilograms and tonnes; miles and seconds on
 * their own (a race time's seconds are compared as seconds: "2:09:41" is «2
 * часа 9 минут 41 секунда»).
 */
export type MeasureBase = 'second' | 'minute' | 'month' | 'metre' | 'mile' | 'gram';

/** A noun of time or distance: its base and how many of the base one of it is. */
export interface MeasureNoun {
  base: MeasureBase;
  factor: number;
}

/**
 * Nouns of time and distance in English, Russian and German, every form a
 * summary writes (folded), in one table: "week", «недель» and "Wochen" are one
 * unit. After "a", "an" or "one" they make the one a number ("an hour", "one
 * year", «один год», "eine Woche"); after "the two" they make the two a measure,
 * not two things already named ("after the two years of repairs"); after a
 * number they say what it counts, which a summary must keep ("a dozen weeks" is
 * not "zwölf Kilometer").
 */
const MEASURE_FORMS: ReadonlyArray<readonly [string, MeasureBase, number]> = [
  // Not "second": "a second term", "the second round" count places.
  ['seconds sec secs сек секунда секунду секунды секунд секунде секундой секундам секундами секундах sekunde sekunden', 'second', 1],
  // "24-stündigen", "34-jährige": German adjectives of a number and its noun after a hyphen count that noun.
  ['minute minutes min мин минута минуту минуты минут минуте минутой минутам минутами минутах minute minuten minütig minütige minütigen minütiger minütiges minütigem', 'minute', 1],
  // «полчаса», «полгода»: half an hour, half a year, in one word, and in its other cases («не менее полугода»).
  ['полчаса получаса получасу получасом', 'minute', 30],
  ['полгода полугода полугоду полугодом', 'month', 6],
  ['hour hours hr hrs h ч std час часа часу часов часам часами часах stunde stunden stündig stündige stündigen stündiger stündiges stündigem', 'minute', 60],
  ['day days день дня дней дню днем дням днями днях сутки суток сут дн tag tage tagen tages tägig tägige tägigen tägiger tägiges tägigem', 'minute', 24 * 60],
  ['week weeks неделя неделю недели недель неделе неделей неделям неделями неделях woche wochen wöchig wöchige wöchigen wöchiger wöchiges wöchigem', 'minute', 7 * 24 * 60],
  ['fortnight fortnights', 'minute', 14 * 24 * 60],
  ['month months месяц месяца месяцев месяцу месяцем месяцам месяцами месяцах monat monate monaten monats monatig monatige monatigen monatiger monatiges monatigem', 'month', 1],
  // Not «году», «годом»: after a number they name a calendar year («в 2002 году», «к 2030 году»), not a duration.
  ['year years год года годам годами годах лет jahr jahre jahren jahres jährig jährige jährigen jähriger jähriges jährigem', 'month', 12],
  ['decade decades десятилетие десятилетия десятилетий десятилетию десятилетием jahrzehnt jahrzehnte jahrzehnten jahrzehnts', 'month', 120],
  ['century centuries век века веку веком веков столетие столетия столетий jahrhundert jahrhunderte jahrhunderten jahrhunderts', 'month', 1200],
  ['metre metres meter meters metern метр метра метров метрам метрами метрах', 'metre', 1],
  ['centimetre centimetres centimeter centimeters cm см сантиметр сантиметра сантиметров сантиметрам сантиметрами сантиметрах zentimeter zentimetern', 'metre', 0.01],
  ['millimetre millimetres millimeter millimeters mm мм миллиметр миллиметра миллиметров миллиметрам миллиметрами миллиметрах millimetern', 'metre', 0.001],
  ['kilometre kilometres kilometer kilometers km км километр километра километров километрам километрами километрах kilometern', 'metre', 1000],
  // "74 mph": a speed in miles an hour, compared by its miles.
  ['mile miles mph миля мили миль милям милями милях meile meilen', 'mile', 1],
  ['kg kilogram kilograms kilogramme kilogrammes кг килограмм килограмма килограммов kilogramm kilogramms', 'gram', 1000],
  // "35 micrograms", «25 микрограммов», "0,5 Milligramm": weights of a limit or a dose.
  ['gram grams gramme grammes грамм грамма граммов gramm', 'gram', 1],
  ['milligram milligrams mg миллиграмм миллиграмма миллиграммов мг milligramm', 'gram', 1e-3],
  ['microgram micrograms µg mcg микрограмм микрограмма микрограммов мкг mikrogramm', 'gram', 1e-6],
  ['tonne tonnes ton tons тонна тонну тонны тонн тоннам тоннами тоннах tonne tonnen', 'gram', 1e6],
  // «26,6 центнера с гектара», «35 ц/га»: Russian harvests are weighed in centners of 100 kilograms.
  ['центнер центнера центнеров центнерам центнерами центнерах ц centner centners zentner zentnern doppelzentner doppelzentnern', 'gram', 1e5],
];

const MEASURES: ReadonlyMap<string, MeasureNoun> = new Map(
  MEASURE_FORMS.flatMap(([forms, base, factor]) => forms.split(' ').map((form) => [foldWord(form), { base, factor }] as const)),
);

/** The noun of time or distance a folded word is, if any; see MEASURE_FORMS. */
export function measureNounOf(folded: string): MeasureNoun | undefined {
  return MEASURES.get(folded);
}

/** Letters a noun of time or distance has at least to be read as the head of a compound: "tage" of "Verhandlungstage", not "h". */
const MEASURE_HEAD = 4;
/** Russian adjectives of a number and a unit in one word, read for the unit: «двухмесячные», «трёхдневную», «пятилетний». */
const RUSSIAN_MEASURE_ADJECTIVE = /(?:секундн|минутн|часов|дневн|суточн|недельн|месячн|летн|годичн|километров|метров)/u;

/**
 * Whether a word names a unit of time or distance, alone or as the head of a
 * compound ("Berufsjahren", "Pistenkilometer", "Höhenmeter",
 * "Verhandlungstage") or as a Russian adjective of a number and its unit
 * («двухмесячные»). Folded.
 */
export function namesMeasure(folded: string): boolean {
  if (MEASURES.has(folded) || RUSSIAN_MEASURE_ADJECTIVE.test(folded)) return true;
  for (let start = 1; start + MEASURE_HEAD <= folded.length; start++) if (MEASURES.has(folded.slice(start))) return true;
  return false;
}

/**
 * Words that name one day before another: «накануне» ("the day before"), "am
 * Vortag". The source says "a day before" with them, and no number.
 */
const DAY_BEFORE: ReadonlySet<string> = new Set(['накануне', 'vortag', 'vortags', 'vortages'].map(foldWord));

/** Once in two weeks, in one English word. */
const FORTNIGHTLY = 'fortnightly';

/** The year before, in a German word: "gegenüber dem Vorjahr", "des Vorjahres", "im Vorjahreszeitraum" ("a year earlier"). */
const YEAR_BEFORE = /^vorjahr/u;

/** «годом ранее», «годом позже»: a year apart, in the instrumental, which names no calendar year without a number («в 2002 году»). */
const YEAR_APART = foldWord('годом');

/** One unit a folded word names with no number (see DAY_BEFORE, YEAR_BEFORE, YEAR_APART): a day for «накануне», a year for "Vorjahr". */
export function oneUnitWordOf(folded: string): MeasureNoun | undefined {
  if (DAY_BEFORE.has(folded)) return measureNounOf('day');
  // "fortnightly collections": once in two weeks («раз в две недели»).
  if (folded === FORTNIGHTLY) return measureNounOf('fortnight');
  return YEAR_BEFORE.test(folded) || folded === YEAR_APART ? measureNounOf('year') : undefined;
}

/**
 * Russian adjectives of a unit written after digits and a hyphen: «42-минутный фильм», «12-часовой день», «5-летний план»,
 * «10-километровый забег». Only after a hyphen: alone, «летних» is "summer" («5 летних лагерей»). Folded (й → и).
 */
const RUSSIAN_UNIT_ADJECTIVE = /^(минутн|часов|дневн|суточн|недельн|месячн|летн|годичн|километров|метров)(?:ыи|ии|ои|ого|его|ому|ему|ым|им|ом|ем|ая|яя|ую|юю|ое|ее|ые|ие|ых|их|ыми|ими|еи|ою|ею)$/u;
const RUSSIAN_UNIT_STEMS: ReadonlyMap<string, MeasureNoun> = new Map([
  ['минутн', { base: 'minute', factor: 1 }],
  ['часов', { base: 'minute', factor: 60 }],
  ['дневн', { base: 'minute', factor: 24 * 60 }],
  ['суточн', { base: 'minute', factor: 24 * 60 }],
  ['недельн', { base: 'minute', factor: 7 * 24 * 60 }],
  ['месячн', { base: 'month', factor: 1 }],
  ['летн', { base: 'month', factor: 12 }],
  ['годичн', { base: 'month', factor: 12 }],
  ['километров', { base: 'metre', factor: 1000 }],
  ['метров', { base: 'metre', factor: 1 }],
]);

/** "a 30-second increment": after digits and a hyphen, "second" is the unit, which alone is more often a place ("a second term"). */
const HYPHENED_SECOND = 'second';

/** The unit a word after digits and a hyphen names: a Russian adjective of a unit (see RUSSIAN_UNIT_ADJECTIVE), or "second". */
export function hyphenedMeasureOf(folded: string): MeasureNoun | undefined {
  if (folded === HYPHENED_SECOND) return { base: 'second', factor: 1 };
  const stem = RUSSIAN_UNIT_ADJECTIVE.exec(folded)?.[1];
  return stem === undefined ? undefined : RUSSIAN_UNIT_STEMS.get(stem);
}

/** Whether a folded word is a noun of time or distance; see MEASURE_FORMS. */
export function isMeasureNoun(folded: string): boolean {
  return MEASURES.has(folded);
}

/**
 * Abbreviations written right after digits: "5bn", "40m", "3,5 млн", "10k".
 * `m` is also metres, so it is read both ways (see `ambiguous`).
 */
export const DIGIT_SUFFIX_SCALES: Readonly<Record<string, { scale: number; ambiguous?: true }>> = {
  k: { scale: 1e3 },
  m: { scale: 1e6, ambiguous: true },
  mn: { scale: 1e6 },
  mln: { scale: 1e6 },
  bn: { scale: 1e9 },
  b: { scale: 1e9, ambiguous: true },
  bln: { scale: 1e9 },
  tn: { scale: 1e12, ambiguous: true },
  trn: { scale: 1e12 },
  тыс: { scale: 1e3 },
  млн: { scale: 1e6 },
  млрд: { scale: 1e9 },
  трлн: { scale: 1e12 },
};

/** Units a number is compared with: per cent, and currencies by ISO code. */
export type NumberUnit = 'percent' | `currency:${string}`;

const UNIT_WORDS: Readonly<Record<string, NumberUnit>> = {
  percent: 'percent',
  pct: 'percent',
  percentage: 'percent',
  prozent: 'percent',
  dollar: 'currency:USD',
  dollars: 'currency:USD',
  usd: 'currency:USD',
  euro: 'currency:EUR',
  euros: 'currency:EUR',
  eur: 'currency:EUR',
  евро: 'currency:EUR',
  // «10,19 руб.», «15 долл.»: how Russian prices and tables write the rouble and the dollar.
  руб: 'currency:RUB',
  долл: 'currency:USD',
  pound: 'currency:GBP',
  pounds: 'currency:GBP',
  sterling: 'currency:GBP',
  gbp: 'currency:GBP',
  pfund: 'currency:GBP',
  rouble: 'currency:RUB',
  roubles: 'currency:RUB',
  ruble: 'currency:RUB',
  rubles: 'currency:RUB',
  rub: 'currency:RUB',
  rubel: 'currency:RUB',
  yen: 'currency:JPY',
  jpy: 'currency:JPY',
  yuan: 'currency:CNY',
  cny: 'currency:CNY',
  hryvnia: 'currency:UAH',
  hryvnias: 'currency:UAH',
  uah: 'currency:UAH',
  chf: 'currency:CHF',
  franc: 'currency:CHF',
  francs: 'currency:CHF',
  franken: 'currency:CHF',
  tenge: 'currency:KZT',
  kzt: 'currency:KZT',
  тенге: 'currency:KZT',
  rupee: 'currency:INR',
  rupees: 'currency:INR',
  rupie: 'currency:INR',
  rupien: 'currency:INR',
  inr: 'currency:INR',
  rs: 'currency:INR',
  // Kenya's, Uganda's and Tanzania's: one unit, as a summary rarely names which.
  shilling: 'currency:shilling',
  shillings: 'currency:shilling',
  ksh: 'currency:shilling',
};

/** Russian unit words decline; their stems are enough. */
const UNIT_STEMS: ReadonlyArray<readonly [string, NumberUnit]> = [
  ['процент', 'percent'],
  // "2,9 Prozentpunkte", "Prozentpunkten": percentage points, which the checker compares as per cent (as "percentage points").
  ['prozentpunkt', 'percent'],
  ['доллар', 'currency:USD'],
  ['рубл', 'currency:RUB'],
  ['фунт', 'currency:GBP'],
  ['юан', 'currency:CNY'],
  ['гривн', 'currency:UAH'],
  ['иен', 'currency:JPY'],
  ['франк', 'currency:CHF'],
  ['шиллинг', 'currency:shilling'],
  ['рупи', 'currency:INR'],
];

/** The unit a folded word names, if any. */
export function unitWordOf(folded: string): NumberUnit | undefined {
  const unit = UNIT_WORDS[folded];
  if (unit) return unit;
  for (const [stem, stemUnit] of UNIT_STEMS) if (folded.startsWith(stem)) return stemUnit;
  return undefined;
}

/** Currency signs written before or after digits. `¥` is yen or yuan; it is read as yen. */
export const CURRENCY_SIGNS: Readonly<Record<string, NumberUnit>> = {
  $: 'currency:USD',
  '€': 'currency:EUR',
  '£': 'currency:GBP',
  '₽': 'currency:RUB',
  '¥': 'currency:JPY',
  '₴': 'currency:UAH',
  '₸': 'currency:KZT',
  '₹': 'currency:INR',
};

/**
 * Words that say "two times" or "three times" without a number: "doubled",
 * "twice", «вдвое», «удвоил», "verdoppelt". A summary writes the number («в два
 * раза», "two times") for them, so the source states it. Stems, folded.
 */
const MULTIPLIER_STEMS: ReadonlyArray<readonly [string, number]> = [
  ['doubl', 2],
  ['twice', 2],
  ['вдвое', 2],
  // «дважды откладывалось», «трижды»: twice, thrice ("zweimal verschoben").
  ['дважды', 2],
  ['трижды', 3],
  ['четырежды', 4],
  ['удвои', 2],
  ['двукрат', 2],
  ['doppel', 2],
  ['verdoppel', 2],
  ['tripl', 3],
  ['thrice', 3],
  ['втрое', 3],
  ['утрои', 3],
  ['трехкрат', 3],
  ['dreifach', 3],
  ['verdreifach', 3],
];

/** The times a folded word says ("doubled" 2, «втрое» 3), if it is one of MULTIPLIER_STEMS. */
export function multiplierOf(folded: string): number | undefined {
  return MULTIPLIER_STEMS.find(([stem]) => folded.startsWith(stem))?.[1];
}

/** The number words compounds open with, as they are written there (folded: ё is е, ü is u): «пяти|часовой», "zehn|jahresmittel". */
const COMPOUND_NUMBERS: ReadonlyMap<string, number> = new Map([
  ...['одно', 'двух', 'трех', 'четырех', 'пяти', 'шести', 'семи', 'восьми', 'девяти', 'десяти'].map((stem, index) => [stem, index + 1] as const),
  // «полуторамесячная норма», «полуторачасовой»: one and a half.
  ['полутора', 1.5],
  ...['одиннадцати', 'двенадцати', 'тринадцати', 'четырнадцати', 'пятнадцати', 'шестнадцати', 'семнадцати', 'восемнадцати', 'девятнадцати'].map(
    (stem, index) => [stem, index + 11] as const,
  ),
  ...['двадцати', 'тридцати', 'сорока', 'пятидесяти', 'шестидесяти', 'семидесяти', 'восьмидесяти', 'девяноста'].map((stem, index) => [stem, (index + 2) * 10] as const),
  ...['zwei', 'drei', 'vier', 'funf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwolf'].map((stem, index) => [stem, index + 2] as const),
  ...['dreizehn', 'vierzehn', 'funfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'].map((stem, index) => [stem, index + 13] as const),
  ...['zwanzig', 'dreissig', 'vierzig', 'funfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'].map((stem, index) => [stem, (index + 2) * 10] as const),
  ['hundert', 100],
]);

const COMPOUND_START = 3;
const COMPOUND_NUMBERS_BY_START: ReadonlyMap<string, ReadonlyArray<readonly [string, number]>> = (() => {
  const byStart = new Map<string, Array<readonly [string, number]>>();
  for (const entry of COMPOUND_NUMBERS) {
    const start = entry[0].slice(0, COMPOUND_START);
    byStart.set(start, [...(byStart.get(start) ?? []), entry]);
  }
  return byStart;
})();

/** The part after the number in such a compound, and the noun of time or distance it is (see MEASURE_FORMS). */
const COMPOUND_MEASURES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^час(?:ов)\p{L}*/u, 'час'],
  [/^летн\p{L}*/u, 'лет'],
  [/^годичн\p{L}*/u, 'год'],
  [/^месячн\p{L}*/u, 'месяц'],
  [/^недельн\p{L}*/u, 'неделя'],
  [/^дневн\p{L}*/u, 'день'],
  [/^минутн\p{L}*/u, 'минута'],
  [/^километров\p{L}*/u, 'километр'],
  [/^jahres?\p{L}*/u, 'jahr'],
  [/^monats?\p{L}*/u, 'monat'],
  [/^tages?\p{L}*/u, 'tag'],
  [/^wochen\p{L}*/u, 'woche'],
  [/^stunden\p{L}*/u, 'stunde'],
  [/^kilometer\p{L}*/u, 'kilometer'],
];

/**
 * The parts after the number in such a compound that make it a count of what they name: rooms, storeys, lanes, seats,
 * stars: «трёх|комнатная» and "Drei|zimmerwohnung" are a "three-room flat", «двух|этажный» a "two-storey" house. A head
 * of its own, not any word after a number stem: «семи|нар» is no seven.
 */
const COMPOUND_COUNTS = /^(?:комнатн|этаж|полосн|местн|звездочн|звездн|серийн|zimmer|familien|personen|sterne|geschoss|stock|spur|gleis|sitz)\p{L}*/u;

/** The part after the number in such a compound that makes it a percentage: «пяти|процентный», "Fünf|prozenthürde". */
const COMPOUND_PERCENT = /^(?:процентн|prozent)\p{L}*/u;

/**
 * A number and a noun of time or distance written as one word: «пятичасовой»
 * (five hours), «двухлетний», "Zehnjahresmittel" (ten years), "Achtstundentag";
 * a percentage: «пятипроцентный барьер» is a 5% threshold; or a count
 * (COMPOUND_COUNTS): "Dreizimmerwohnung", «двухэтажный». Folded input;
 * undefined for any other word.
 */
export function compoundQuantityOf(folded: string): { value: number; noun?: MeasureNoun; unit?: NumberUnit } | undefined {
  // Most words open with no number: the first three letters rule them out at once.
  for (const [stem, value] of COMPOUND_NUMBERS_BY_START.get(folded.slice(0, COMPOUND_START)) ?? []) {
    if (!folded.startsWith(stem)) continue;
    const rest = folded.slice(stem.length);
    if (COMPOUND_PERCENT.test(rest)) return { value, unit: 'percent' };
    if (COMPOUND_COUNTS.test(rest)) return { value };
    for (const [pattern, noun] of COMPOUND_MEASURES) {
      const measure = pattern.test(rest) ? measureNounOf(foldWord(noun)) : undefined;
      if (measure) return { value, noun: measure };
    }
  }
  return undefined;
}
