import { describe, expect, it } from 'vitest';
import { foldedTokensOf } from '../../../../src/summarize/faithfulness/fold.js';
import { findCodes, findNumbers } from '../../../../src/summarize/faithfulness/numbers.js';

function numbersIn(text: string) {
  return findNumbers(text, foldedTokensOf(text)).map(({ text: written, values, unit }) => ({ written, values, ...(unit && { unit }) }));
}

describe('findNumbers', () => {
  it.each([
    ['1,000 and 1 000 and 1\u00a0000 and 1000', [1000, 1000, 1000, 1000]],
    ['3.5 million, 3,5 млн, 3.5m, 3,500,000', [3_500_000, 3_500_000, 3_500_000, 3_500_000]],
    ['forty-two, twenty one, two hundred and fifty thousand, a million', [42, 21, 250_000, 1_000_000]],
    ['более ста тысяч человек, двести пятьдесят, почти пять лет, в шесть утра', [100_000, 250, 5, 6]],
    ['zwölf Kilometer, dreißig Tage, zwei Millionen', [12, 30, 2_000_000]],
    ['the 24th, in the 1990s, at 06:30', [24, 1990, 6, 30]],
  ])('%s', (text, values) => {
    expect(numbersIn(text).map((mention) => mention.values.at(-1))).toEqual(values);
  });

  it('reads German "half" before "im" or "nichts" as the verb, and "einen Einer", "im Achter" as boats, no numbers; "die Achter-Sesselbahn" still seats eight', () => {
    const written = (text: string) => findNumbers(text, foldedTokensOf(text)).map((mention) => mention.text);
    expect(written('Die Stelle half im vergangenen Jahr 1.150 Menschen. Das half nichts. Startgeld 18 Pfund für einen Einer, 96 Pfund für einen Achter. Die Achter-Sesselbahn ist neu.')).toEqual([
      '1.150',
      '18 Pfund',
      '96 Pfund',
      'Achter',
    ]);
  });

  it('joins "and" into a number only after a hundred or a scale: "between four and seven minutes" is a range of minutes', () => {
    const read = (text: string) => findNumbers(text, foldedTokensOf(text)).map(({ text: written, values, measure }) => ({ written, values, minutes: measure?.amounts }));
    expect([read('cut by between four and seven minutes'), read('two hundred and fifty people')]).toEqual([
      [
        { written: 'four', values: [4], minutes: [4] },
        { written: 'seven minutes', values: [7], minutes: [7] },
      ],
      [{ written: 'two hundred and fifty', values: [250], minutes: undefined }],
    ]);
  });

  it('reads the lower end of a range to a time with minutes as an hour of the clock ("von 7 bis 18.30 Uhr", "from 7 to 6.30pm"), not a count', () => {
    const hours = (text: string) => findNumbers(text, foldedTokensOf(text)).map(({ text: written, clock, timeOfDay }) => [written, clock === true || timeOfDay !== undefined]);
    expect(hours('von 7 bis 18.30 Uhr, from 7 to 6.30pm, 7 Läden')).toEqual([
      ['7', true],
      ['18', true],
      ['30', true],
      ['7', true],
      ['6', true],
      ['30', true],
      ['7', false],
    ]);
  });

  it('reads «последних», «ближайших» and «полных» between a number and its unit as words of the unit («три последних года», «двух ближайших недель»)', () => {
    const measures = (text: string) => findNumbers(text, foldedTokensOf(text)).map(({ text: written, measure }) => [written, measure?.base, measure?.amounts[0]]);
    expect(measures('побеждала три последних года подряд, в течение двух ближайших недель')).toEqual([
      ['три последних года', 'month', 36],
      ['двух ближайших недель', 'minute', 20_160],
    ]);
  });

  it('reads a Russian adjective of a unit after digits and a hyphen as that quantity («42-минутный», «12-часовой», «10-километровый»), not one after a space («5 летних лагерей» are summer camps)', () => {
    const measures = (text: string) => findNumbers(text, foldedTokensOf(text)).map(({ text: written, measure }) => [written, measure?.base, measure?.amounts[0]]);
    expect(measures('42-минутный фильм, 12-часовой рабочий день, 10-километровый забег, 5 летних лагерей')).toEqual([
      ['42-минутный', 'minute', 42],
      ['12-часовой', 'minute', 720],
      ['10-километровый', 'metre', 10_000],
      ['5', undefined, undefined],
    ]);
  });

  it('reads units: per cent in any spelling, currencies by sign, word and code, around the scale', () => {
    expect(numbersIn('up 5 per cent, 5 percent, 12%, 7 %, 40 процентов; $3.5bn, £40m, 40 million pounds, 40 млн рублей, USD 5, 100 €')).toEqual([
      { written: '5 per cent', values: [5], unit: 'percent' },
      { written: '5 percent', values: [5], unit: 'percent' },
      { written: '12%', values: [12], unit: 'percent' },
      { written: '7 %', values: [7], unit: 'percent' },
      { written: '40 процентов', values: [40], unit: 'percent' },
      { written: '$3.5bn', values: [3_500_000_000], unit: 'currency:USD' },
      { written: '£40m', values: [40, 40_000_000], unit: 'currency:GBP' },
      { written: '40 million pounds', values: [40_000_000], unit: 'currency:GBP' },
      { written: '40 млн рублей', values: [40_000_000], unit: 'currency:RUB' },
      { written: 'USD 5', values: [5], unit: 'currency:USD' },
      { written: '100 €', values: [100], unit: 'currency:EUR' },
    ]);
  });

  it('reads "12.500" both ways, "12.000" as twelve thousand only, and a date as three numbers', () => {
    expect(numbersIn('12.500 people, 12.000 cars on 21.10.2022')).toEqual([
      { written: '12.500', values: [12.5, 12_500] },
      { written: '12.000', values: [12_000] },
      { written: '21', values: [21] },
      { written: '10', values: [10] },
      { written: '2022', values: [2022] },
    ]);
  });

  it('states no number with a lone "one", a vague "thousands" or digits inside a code', () => {
    expect(numbersIn('One of them said thousands of people, тысячи людей and сотни машин came to the G20 on flight MH17.')).toEqual([]);
  });

  it('reads an article or "one" before a measure of time or distance as 1, and halves', () => {
    expect(numbersIn('up to an hour, one year later, eine Woche, через один год, half a million, two and a half years, half an hour, half the budget')).toEqual([
      { written: 'an hour', values: [1] },
      { written: 'one year', values: [1] },
      { written: 'eine Woche', values: [1] },
      { written: 'один год', values: [1] },
      { written: 'half a million', values: [500_000] },
      { written: 'two and a half years', values: [2.5] },
      { written: 'half an hour', values: [0.5] },
      { written: 'half', values: [0.5] },
    ]);
  });

  it('reads an hour and its minutes as two numbers however a time of day is written, and a decimal with no word of time as a decimal', () => {
    expect(numbersIn('8.40 a.m., 8.40am, 8:40 утра, 8.40 Uhr, 08:40, 8.40pm, 8.40 per cent')).toEqual([
      { written: '8', values: [8] },
      { written: '40', values: [40] },
      { written: '8', values: [8] },
      { written: '40', values: [40] },
      { written: '8', values: [8] },
      { written: '40', values: [40] },
      { written: '8', values: [8] },
      { written: '40', values: [40] },
      { written: '08', values: [8] },
      { written: '40', values: [40] },
      { written: '8', values: [20] },
      { written: '40', values: [40] },
      { written: '8.40 per cent', values: [8.4], unit: 'percent' },
    ]);
  });

  it('reads the Russian and German nouns for a half as a half', () => {
    expect(numbersIn('почти половина школ, половину бюджета, половина миллиона, fast die Hälfte der Schulen')).toEqual([
      { written: 'половина', values: [0.5] },
      { written: 'половину', values: [0.5] },
      { written: 'половина миллиона', values: [500_000] },
      { written: 'Hälfte', values: [0.5] },
    ]);
  });

  it('reads thirds and quarters as fractions, and "third" alone as an ordinal', () => {
    expect(numbersIn('a third of schools, two thirds, three quarters, a quarter, треть школ, две трети, четверть, zwei Drittel, the third call, the Latin Quarter')).toEqual([
      { written: 'a third', values: [0.333333333333] },
      { written: 'two thirds', values: [0.666666666667] },
      { written: 'three quarters', values: [0.75] },
      { written: 'a quarter', values: [0.25] },
      { written: 'треть', values: [0.333333333333] },
      { written: 'две трети', values: [0.666666666667] },
      { written: 'четверть', values: [0.25] },
      { written: 'zwei Drittel', values: [0.666666666667] },
      { written: 'third', values: [3] },
    ]);
  });

  it('marks a lone "half" as a share, not a half of a scale or a measure', () => {
    const text = 'about half of it, half a million, half an hour, two and a half';
    expect(findNumbers(text, foldedTokensOf(text)).map((mention) => [mention.text, mention.share ?? false])).toEqual([
      ['half', true],
      ['half a million', false],
      ['half an hour', false],
      ['two and a half', false],
    ]);
  });

  it('reads the noun of time or distance a number counts, as an amount of its base unit', () => {
    const text = 'another half century, half a century, a dozen weeks, half a dozen, two dozen, an hour and a half, a year and a half, полтора года, 40-minute, zwölf Kilometer, 24 hours, 12 km, через два года';
    expect(findNumbers(text, foldedTokensOf(text)).map(({ text: written, values, measure }) => ({ written, values, ...(measure && { measure }) }))).toEqual([
      { written: 'half century', values: [0.5], measure: { base: 'month', amounts: [600] } },
      { written: 'half a century', values: [0.5], measure: { base: 'month', amounts: [600] } },
      { written: 'a dozen weeks', values: [12], measure: { base: 'minute', amounts: [120_960] } },
      { written: 'half a dozen', values: [6] },
      { written: 'two dozen', values: [24] },
      { written: 'an hour and a half', values: [1.5], measure: { base: 'minute', amounts: [90] } },
      { written: 'a year and a half', values: [1.5], measure: { base: 'month', amounts: [18] } },
      { written: 'полтора года', values: [1.5], measure: { base: 'month', amounts: [18] } },
      { written: '40-minute', values: [40], measure: { base: 'minute', amounts: [40] } },
      { written: 'zwölf Kilometer', values: [12], measure: { base: 'metre', amounts: [12_000] } },
      { written: '24 hours', values: [24], measure: { base: 'minute', amounts: [1440] } },
      { written: '12 km', values: [12], measure: { base: 'metre', amounts: [12_000] } },
      { written: 'два года', values: [2], measure: { base: 'month', amounts: [24] } },
    ]);
  });

  it('reads «в 2002 году» as a calendar year, not a duration of 2002 years', () => {
    const text = 'в 2002 году, к 2030 году, через два года';
    expect(findNumbers(text, foldedTokensOf(text)).map((mention) => [mention.text, mention.measure?.base])).toEqual([
      ['2002', undefined],
      ['2030', undefined],
      ['два года', 'month'],
    ]);
  });

  it('reads an article right after a measure as a rate, and after a comma as a new count', () => {
    expect(numbersIn('five days a week, two years, a week later')).toEqual([
      { written: 'five days', values: [5] },
      { written: 'two years', values: [2] },
      { written: 'a week', values: [1] },
    ]);
  });

  it('reads an article after a count and what it counts as a rate, unless a word of time after it makes a span', () => {
    expect(numbersIn('300 lorries a day, three new trains an hour, thousands of lorries a day, 300 lorries and a year, two ministers resigned a day after, two buses a week later')).toEqual([
      { written: '300', values: [300] },
      { written: 'three', values: [3] },
      { written: '300', values: [300] },
      { written: 'a year', values: [1] },
      { written: 'two', values: [2] },
      { written: 'a day', values: [1] },
      { written: 'two', values: [2] },
      { written: 'a week', values: [1] },
    ]);
    // Up to five words between: the count, its unit and what it is of ("1.1 million kilowatt hours of electricity a year").
    expect(numbersIn('1.1 million kilowatt hours of electricity a year; 18,000 litres of hay milk a day; he trained for a year')).toEqual([
      { written: '1.1 million', values: [1_100_000] },
      { written: '18,000', values: [18_000] },
      { written: 'a year', values: [1] },
    ]);
  });

  it('reads no count in a rate or a lone "one", and no half after a whole number but with "and a"', () => {
    expect(numbersIn('twice a week, three times a year, $5 a day, once a month, one of them, a report, two half')).toEqual([
      { written: 'three', values: [3] },
      { written: '$5', values: [5], unit: 'currency:USD' },
      { written: 'two', values: [2] },
      { written: 'half', values: [0.5] },
    ]);
  });

  it('marks a small count in words after "the" as referring back, unless it counts a measure or is an ordinal', () => {
    const text = 'the two countries, these three men, the two years, the third call, two countries, the 2 sides, the two hundred guests';
    expect(findNumbers(text, foldedTokensOf(text)).map((mention) => [mention.text, mention.refersBack ?? false])).toEqual([
      ['two', true],
      ['three', true],
      ['two years', false],
      ['third', false],
      ['two', false],
      ['2', false],
      ['two hundred', false],
    ]);
  });

  it('gives the lower end of a range the scale, unit and measure written once at the other', () => {
    const text = '22–31 тысячу особей; 2-3 million; от 5 до 7 тысяч; between 2 and 3 million; zwischen 5 und 7 Millionen; $2-3 million; 5 to 7 per cent; two to three years; 2–3m';
    expect(findNumbers(text, foldedTokensOf(text)).map(({ text: written, values, unit, measure }) => ({ written, values, ...(unit && { unit }), ...(measure && { measure }) }))).toEqual([
      { written: '22', values: [22_000] },
      { written: '31 тысячу', values: [31_000] },
      { written: '2', values: [2_000_000] },
      { written: '3 million', values: [3_000_000] },
      { written: '5', values: [5000] },
      { written: '7 тысяч', values: [7000] },
      { written: '2', values: [2_000_000] },
      { written: '3 million', values: [3_000_000] },
      { written: '5', values: [5_000_000] },
      { written: '7 Millionen', values: [7_000_000] },
      { written: '$2', values: [2_000_000], unit: 'currency:USD' },
      { written: '3 million', values: [3_000_000], unit: 'currency:USD' },
      { written: '5', values: [5], unit: 'percent' },
      { written: '7 per cent', values: [7], unit: 'percent' },
      { written: 'two', values: [2], measure: { base: 'month', amounts: [24] } },
      { written: 'three years', values: [3], measure: { base: 'month', amounts: [36] } },
      { written: '2', values: [2, 2_000_000] },
      { written: '3m', values: [3, 3_000_000] },
    ]);
  });

  it('shares nothing where the ends are no range: a larger lower end, no scale word, a sign before "to"; "and" without "between" lists two amounts of one scale', () => {
    expect(numbersIn('from 10 a.m. to 5 p.m.; 10 to 20,000; offers of 2 and 3 million; gave £5 to 200 people')).toEqual([
      { written: '10 a.m.', values: [10] },
      { written: '5 p.m.', values: [17] },
      { written: '10', values: [10] },
      { written: '20,000', values: [20_000] },
      { written: '2', values: [2_000_000] },
      { written: '3 million', values: [3_000_000] },
      { written: '£5', values: [5], unit: 'currency:GBP' },
      { written: '200', values: [200] },
    ]);
  });

  it('reads a 12-hour clock time, noon and midnight as hours of a 24-hour clock', () => {
    expect(numbersIn('at 6 p.m., 6pm, 7 PM. and 6:30 a.m.; 12 a.m., 12 p.m., noon, midnight; «до 18 часов»; 3 am Montag')).toEqual([
      { written: '6 p.m.', values: [18] },
      { written: '6pm', values: [18] },
      { written: '7 PM.', values: [19] },
      { written: '6', values: [6] },
      { written: '30', values: [30] },
      { written: '12 a.m.', values: [0, 24, 12] },
      { written: '12 p.m.', values: [12] },
      { written: 'noon', values: [12] },
      { written: 'midnight', values: [0, 24] },
      { written: '18 часов', values: [18] },
      { written: '3 am', values: [3] },
    ]);
  });

  it('keeps two small numbers side by side apart', () => {
    expect(numbersIn('two three, twenty thirty')).toEqual([
      { written: 'two', values: [2] },
      { written: 'three', values: [3] },
      { written: 'twenty', values: [20] },
      { written: 'thirty', values: [30] },
    ]);
  });
});

describe('findCodes', () => {
  it('finds words that start with a letter and hold digits', () => {
    const text = 'The G20 met; flight MH17; COVID-19 and the 1990s.';
    expect(findCodes(foldedTokensOf(text)).map(({ text: written, folded, digits }) => ({ written, folded, digits }))).toEqual([
      { written: 'G20', folded: 'g20', digits: 20 },
      { written: 'MH17', folded: 'mh17', digits: 17 },
    ]);
  });
});
