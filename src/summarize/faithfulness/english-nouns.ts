/**
 * English capitalises the common words of a name ("Augsburg University
 * Hospital", "City Duma", "Tohoku University"), which a summary in English
 * translates from an article that writes them in lower case or in one word
 * ("Universitätsklinikum", «городская дума»), so they cannot be found there.
 * Without a dictionary, the suffixes English makes common nouns with say
 * "common word": "-ity", "-tion", "-ment", "-ship", and "-al" after four
 * letters ("Hospital", "Regional"; not "Bilal", "Kamal"). A name seldom ends
 * so, and one that does ("Portugal") passes only in a run where another word
 * is stated (see anchoredRunWords in check.ts). Not "-ary", "-ory": "Gregory",
 * "Hillary". Input is folded.
 */
const ENGLISH_NOUN_SUFFIX = /^\p{L}+(?:ity|itie|ment|tion|sion|ance|ence|ship|ness|ism|ics|ure)s?$|^\p{L}{4,}als?$/u;

/** A folded word made the way English makes common nouns (see ENGLISH_NOUN_SUFFIX). */
export function looksLikeEnglishCommonNoun(folded: string): boolean {
  return ENGLISH_NOUN_SUFFIX.test(folded);
}

/**
 * Nouns that head the English name of an institution, a body or a place people
 * made: "Federal Court", "Left Party", "Emergencies Ministry", "Novgorod
 * Kremlin", "Institute of …". A summary in English capitalises every word of
 * such a name, which it translates from an article that writes it in lower case
 * or in one word ("Bundesgerichtshof", «Левая партия», «кремль»). Folded,
 * singular; a plural "s" is taken off before looking.
 */
const INSTITUTION_HEADS: ReadonlySet<string> = new Set(
  [
    'court tribunal party ministry department office agency service authority commission committee council board bureau',
    'directorate inspectorate prosecutor government parliament assembly duma senate chamber cabinet administration',
    'university institute academy college school lyceum gymnasium olympiad hospital clinic laboratory observatory museum gallery library theatre theater',
    'bank fund foundation association society union federation league conference organisation organization movement alliance front',
    'company corporation group holding transport police army navy force guard',
    'kremlin palace cathedral church monastery fortress castle station airport port bridge square street avenue park reserve zoo',
    'district region province county municipality krai oblast okrug raion rayon',
    'river lake sea bay gulf mount island valley forest cape peninsula strait',
  ]
    .join(' ')
    .split(' '),
);

/** The folded word heads an institution's name (see INSTITUTION_HEADS). */
export function isInstitutionHead(folded: string): boolean {
  return INSTITUTION_HEADS.has(folded) || (folded.endsWith('s') && INSTITUTION_HEADS.has(folded.slice(0, -1)));
}

/**
 * English titles and roles, folded, which stand before a name with no article
 * ("Labour Minister Anna Heikkonen", "Deputy Mayor Andrei Krechetov"). English
 * capitalises them there, and a summary translates them from an article that
 * writes them in lower case («министр труда»), so they are no name claim.
 */
const TITLES: ReadonlySet<string> = new Set(
  [
    'minister secretary president chancellor premier mayor governor senator congressman congresswoman judge justice prosecutor',
    'spokesman spokeswoman spokesperson director chairman chairwoman chair chief head leader commissioner ambassador consul',
    'general colonel major captain lieutenant admiral commander inspector superintendent sheriff coach manager professor',
    'doctor dr deputy vice acting interim executive ceo founder owner bishop archbishop patriarch king queen prince princess',
  ]
    .join(' ')
    .split(' '),
);

/** The folded word is an English title or role (see TITLES). */
export function isEnglishTitle(folded: string): boolean {
  return TITLES.has(folded);
}
