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
