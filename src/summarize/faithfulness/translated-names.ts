/**
 * Places and parties news names in English, German and Russian by names that
 * neither transliterate into one another nor come from ICU (which names
 * countries only, see countries.ts): "Bavaria", "Bayern", «Бавария»;
 * "Beijing", "Peking", «Пекин»; "Lake Constance", "Bodensee", «Боденское
 * озеро»; "Free Voters", "Freie Wähler". One line a place or party: its names,
 * separated by "|", in any of the three languages. Kept to the German-speaking
 * lands' states, regions and parties (whose news the checker reads in three
 * languages), capitals and large cities, and the seas, rivers, lakes and
 * mountains news names most. A name that sounds alike in each ("Hamburg"
 * «Гамбург», "Kazan" «Казань») needs no line: its transliteration is checked.
 */
export const TRANSLATED_NAMES: readonly string[] = [
  'Bavaria|Bayern|Бавария',
  'Saxony|Sachsen|Саксония',
  'Lower Saxony|Niedersachsen|Нижняя Саксония',
  'North Rhine-Westphalia|Nordrhein-Westfalen|Северный Рейн-Вестфалия|NRW',
  'Hesse|Hessen|Гессен',
  'Thuringia|Thüringen|Тюрингия',
  'Saxony-Anhalt|Sachsen-Anhalt|Саксония-Анхальт',
  'Rhineland-Palatinate|Rheinland-Pfalz|Рейнланд-Пфальц',
  'Mecklenburg-Western Pomerania|Mecklenburg-Vorpommern|Мекленбург-Передняя Померания',
  'Lower Austria|Niederösterreich|Нижняя Австрия',
  'Upper Austria|Oberösterreich|Верхняя Австрия',
  'Styria|Steiermark|Штирия',
  'Carinthia|Kärnten|Каринтия',
  'Tyrol|Tirol|Тироль',
  'Grisons|Graubünden|Граубюнден',
  'Valais|Wallis|Вале',
  'Ticino|Tessin|Тичино',
  'Transylvania|Siebenbürgen|Трансильвания',
  'Brittany|Bretagne|Бретань',
  'England|Англия',
  'Munich|München|Мюнхен',
  'Cologne|Köln|Кёльн',
  'Vienna|Wien|Вена',
  'Warsaw|Warschau|Варшава',
  'Beijing|Peking|Пекин',
  'Venice|Venedig|Венеция',
  'The Hague|Den Haag|Гаага',
  'Athens|Athen|Афины',
  'Tbilisi|Tiflis|Тбилиси',
  'Geneva|Genf|Женева',
  'Moscow|Moskau|Москва',
  'St Petersburg|St. Petersburg|Sankt Petersburg|Санкт-Петербург|Петербург',
  'Danube|Donau|Дунай',
  'Lake Constance|Bodensee|Боденское озеро',
  'Baltic Sea|Ostsee|Балтийское море',
  'North Sea|Nordsee|Северное море',
  'Black Sea|Schwarzes Meer|Чёрное море',
  'Persian Gulf|Persischer Golf|Персидский залив',
  'Alps|Alpen|Альпы',
  'Black Forest|Schwarzwald|Шварцвальд',
  'Caucasus|Kaukasus|Кавказ',
  'Free Voters|Freie Wähler|Свободные избиратели',
  'Left Party|Die Linke|Левая партия|Left|Linke|Левые',
  'Greens|Grüne|Зелёные',
];
