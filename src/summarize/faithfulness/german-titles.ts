/**
 * German titles, roles and abstract nouns, which stand before a name with no
 * article: "Direktorin Sokolowa", "Vizebürgermeister Orlow", "Stadträtin Ruth
 * Adeyemi", "Pentagon-Sprecher John Kirby", "Stadtverwaltung Moskau". German
 * capitalises them as it does every noun, so they join the name's run of
 * capitals without being part of the name. A name claims who or where; the
 * title before it is a common noun, which across languages has no source word
 * to match ("director" / «директор» is lower case there).
 *
 * Told by morphology, not by a list of titles: German makes titles by joining a
 * head to other words ("Verkehrs|minister", "Vize|bürger|meister", "Stadt|rat",
 * "Kreml|chef"), makes the feminine with "-in" ("Direktorin", "Stadträtin"), and
 * makes agent and abstract nouns with a few suffixes ("Polizist", "Gouverneur",
 * "Politiker", "Hydrologe", "Verwaltung"). Input is folded (lower case, ä → a).
 */

/**
 * Heads of German titles and roles, folded. What comes before a head must be
 * three letters or more ("Stadt|rat", not "Mu|rat"), so a first name that ends
 * like a head is not read as one.
 */
const TITLE_HEADS = [
  'minister', 'meister', 'leiter', 'sprecher', 'prasident', 'direktor', 'chef', 'rat', 'kanzler', 'sekretar', 'kommissar',
  'botschafter', 'senator', 'general', 'kommandant', 'offizier', 'anwalt', 'richter', 'bischof', 'professor', 'doktor',
  'trainer', 'manager', 'premier', 'kapitan', 'vorstand', 'arzt', 'expert', 'experte', 'fuhrer', 'intendant', 'kurator', 'pfarrer', 'konsul',
  'oberst', 'major', 'hauptmann', 'leutnant', 'feldwebel', 'admiral', 'kommissar',
  // Roles in a team: "Verteidiger Ilja Garipow", "Torhüter Scholz", "Nationalspielerin"; in a table or a race: "Spitzenreiter Malinin", "Olympiasieger".
  'verteidiger', 'sturmer', 'torwart', 'torhuter', 'spieler', 'reiter', 'sieger',
  // Who owns, runs or makes something: "Eigentümer Martin Crowe", "Sänger Rhys Morgan", "Gründerin Anna Weiß".
  'eigentumer', 'besitzer', 'inhaber', 'betreiber', 'veranstalter', 'grunder', 'sanger', 'kunstler', 'fahrer', 'pilot', 'dirigent', 'autor',
].join('|');

/** A head, feminine or plural "-in", "-innen", and a case ending: "Minister", "Direktorin", "Kanzlers", "Präsidenten". */
const TITLE = new RegExp(`^(?:\\p{L}{3,})?(?:${TITLE_HEADS})(?:in(?:nen)?)?(?:s|n|en)?$`, 'u');
/** Roles that are adjectives made nouns: "Vorsitzende", "Sonderbeauftragter", "Abgeordneten". */
const ADJECTIVAL_TITLE = /^(?:\p{L}{3,})?(?:vorsitzend|beauftragt|abgeordnet)(?:e|er|en)$/u;
/** Agent nouns: "Polizist", "Journalistin", "Gouverneur", "Politiker", "Physiotherapeutin", "Koordinator"; scholars: "Hydrologin", "Soziologe", "Ökonom". */
const AGENT_NOUN = /^\p{L}{3,}(?:ist|eur|eut|iker|loge?|nom|ator)(?:in(?:nen)?)?(?:s|en|n)?$/u;
/**
 * Feminine agent nouns: "Direktorin", "Sprecherin", "Leiterin". Four letters
 * before "-erin", so "Severin" stays a name; "Florin" has two before "-orin".
 */
const FEMININE_AGENT = /^(?:\p{L}{3,}orin|\p{L}{4,}erin)(?:nen)?$/u;
/** Abstract nouns: "Stadtverwaltung", "Regierung", "Gesellschaft", "Universität". */
const ABSTRACT_NOUN = /^\p{L}{3,}(?:ung|heit|keit|schaft|tion|itat)(?:en)?$/u;

/**
 * A role made by a prefix of rank, whatever its head: "Chefmediziner",
 * "Chefredakteurin", "Vizepräsident". No surname opens with "Chef" or "Vize"
 * and a word after it.
 */
const RANK_PREFIXED = /^(?:chef|vize)\p{L}{4,}$/u;

/**
 * The folded word is a German title, role or abstract noun by its head or
 * suffix (see the module's comment): in a run of capitals before a name it is
 * the common noun, not part of the name.
 */
export function looksLikeGermanTitle(folded: string): boolean {
  return TITLE.test(folded) || ADJECTIVAL_TITLE.test(folded) || AGENT_NOUN.test(folded) || FEMININE_AGENT.test(folded) || ABSTRACT_NOUN.test(folded) || RANK_PREFIXED.test(folded);
}

/** A head with a word before it: "Generalkonsul", "Außenminister", "Bundeskanzlerin"; not a bare "Richter" or "Meister". */
const COMPOUND_TITLE = new RegExp(`^\\p{L}{3,}(?:${TITLE_HEADS})(?:in(?:nen)?)?(?:s|n|en)?$`, 'u');

/**
 * The folded word is a German title that no surname is: a compound title
 * ("Generalkonsul", "Außenministerin"), a feminine agent noun ("Direktorin") or
 * an adjectival role ("Vorsitzende"). After a name, as the last word of a run
 * ("Chinas Generalkonsul", "Russlands Außenminister"), it is the common noun; a
 * bare head ("Richter", "Meister") or an agent noun ("Christ") there may be a
 * surname and stays part of the name.
 */
export function looksLikeGermanTitleAfterName(folded: string): boolean {
  return COMPOUND_TITLE.test(folded) || ADJECTIVAL_TITLE.test(folded) || FEMININE_AGENT.test(folded);
}

/**
 * The folded word is a German abstract noun by its suffix ("Abkühlung",
 * "Sicherheit", "Gesellschaft"): a common noun wherever it stands in a run of
 * capitals ("kühlere Atlantikluft Abkühlung bringen"), not only before a name.
 */
export function looksLikeGermanAbstractNoun(folded: string): boolean {
  return ABSTRACT_NOUN.test(folded);
}
