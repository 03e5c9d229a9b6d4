/**
 * Places and parties news names in English, German and Russian by names that
 * neither transliterate into one another nor come from ICU (which names
 * countries only, see countries.ts): "Bavaria", "Bayern", «Бавария»;
 * "Beijing", "Peking", «Пекин»; "Lake Constance", "Bodensee", «Боденское
 * озеро»; "Free Voters", "Freie Wähler". One line a place or party: its names,
 * separated by "|", in any of the three languages. Kept to the German-speaking
 * lands' states, regions and parties (whose news the checker reads in three
 * languages), capitals and large cities (and Russia's whose adjective names a region: «Нижегородская область»), and the seas, rivers, lakes and
 * mountains news names most, the bodies of the sky whose names are common
 * words ("the Sun", «Солнце»), the European Union's institutions, which Russian names in one word («Еврокомиссия»), the Grand Prix of races and festivals,
 * which Russian writes «Гран-при», and Christmas, which German joins to nouns
 * ("Weihnachtsmarkt", see compoundNameCodesOf). A name that sounds alike in each ("Hamburg"
 * «Гамбург», "Kazan" «Казань») needs no line: its transliteration is checked.
 * A place inside one country ends with "@" and the country's ISO code: a
 * source that names "Rheinland-Pfalz" names Germany too, as a summary may say
 * ("Germany's Rhineland-Palatinate"); the reverse does not hold.
 */
export const TRANSLATED_NAMES: readonly string[] = [
  'Bavaria|Bayern|Бавария @DE',
  'Saxony|Sachsen|Саксония @DE',
  'Lower Saxony|Niedersachsen|Нижняя Саксония @DE',
  'North Rhine-Westphalia|Nordrhein-Westfalen|Северный Рейн-Вестфалия|NRW @DE',
  'Hesse|Hessen|Гессен @DE',
  'Thuringia|Thüringen|Тюрингия @DE',
  'Saxony-Anhalt|Sachsen-Anhalt|Саксония-Анхальт @DE',
  'Rhineland-Palatinate|Rheinland-Pfalz|Рейнланд-Пфальц @DE',
  'Mecklenburg-Western Pomerania|Mecklenburg-Vorpommern|Мекленбург-Передняя Померания @DE',
  // States spelt alike in English and German: a line each so that naming one names Germany ("Germany's Mittelbaden region").
  'Baden-Württemberg|Баден-Вюртемберг @DE',
  'Brandenburg|Бранденбург @DE',
  'Schleswig-Holstein|Шлезвиг-Гольштейн @DE',
  'Saarland|Саар|Саарланд @DE',
  'Berlin|Берлин @DE',
  'Hamburg|Гамбург @DE',
  'Bremen|Бремен @DE',
  'Lower Austria|Niederösterreich|Нижняя Австрия @AT',
  'Upper Austria|Oberösterreich|Верхняя Австрия @AT',
  'Styria|Steiermark|Штирия @AT',
  'Carinthia|Kärnten|Каринтия @AT',
  'Tyrol|Tirol|Тироль @AT',
  'Grisons|Graubünden|Граубюнден @CH',
  'Valais|Wallis|Вале @CH',
  'Ticino|Tessin|Тичино @CH',
  'Transylvania|Siebenbürgen|Трансильвания @RO',
  'Brittany|Bretagne|Бретань @FR',
  'England|Англия @GB',
  'Britain|Great Britain|Großbritannien|Великобритания @GB',
  'Munich|München|Мюнхен @DE',
  'Cologne|Köln|Кёльн @DE',
  'Vienna|Wien|Вена @AT',
  'Warsaw|Warschau|Варшава @PL',
  'Beijing|Peking|Пекин @CN',
  'Venice|Venedig|Венеция @IT',
  'The Hague|Den Haag|Гаага @NL',
  'Athens|Athen|Афины @GR',
  'Tbilisi|Tiflis|Тбилиси @GE',
  'Geneva|Genf|Женева @CH',
  'Moscow|Moskau|Москва @RU',
  'St Petersburg|St. Petersburg|Sankt Petersburg|Санкт-Петербург|Петербург @RU',
  // «Нижегородская область», the region named by the city's adjective, which shares no letters with "Nizhny Novgorod".
  'Nizhny Novgorod|Nischni Nowgorod|Нижний Новгород|Нижегородская|Нижегородский @RU',
  // Republics with a second name in each language: «Башкирия» is "Bashkortostan", «Якутия» "Sakha".
  'Bashkortostan|Bashkiria|Baschkortostan|Baschkirien|Башкортостан|Башкирия @RU',
  'Yakutia|Sakha|Jakutien|Sacha|Якутия|Саха @RU',
  'Far East|Fernost|Fernen Osten|Дальний Восток|Дальневосточный @RU',
  'Danube|Donau|Дунай',
  'Lake Constance|Bodensee|Боденское озеро',
  'Baltic Sea|Ostsee|Балтийское море',
  'North Sea|Nordsee|Северное море',
  'Black Sea|Schwarzes Meer|Чёрное море',
  'Persian Gulf|Persischer Golf|Персидский залив',
  'Alps|Alpen|Альпы',
  'Black Forest|Schwarzwald|Шварцвальд @DE',
  'Caucasus|Kaukasus|Кавказ',
  'Free Voters|Freie Wähler|Свободные избиратели',
  'Red Cross|Rotes Kreuz|Roten Kreuz|Roten Kreuzes|Красный Крест',
  'Sun|Sonne|Солнце',
  'Moon|Mond|Луна',
  'Grand Prix|Großer Preis|Гран-при',
  'Christmas|Weihnachten|Рождество',
  'Left Party|Die Linke|Левая партия|Left|Linke|Левые',
  'Greens|Grüne|Зелёные',
  'European Commission|EU Commission|EU-Kommission|Europäische Kommission|Еврокомиссия|Европейская комиссия',
  'European Parliament|Europaparlament|Europäisches Parlament|EU-Parlament|Европарламент|Европейский парламент',
  'European Union|Europäische Union|Евросоюз|Европейский союз',
];
