import { foldWord } from './fold.js';

/**
 * The acronyms of one body in English, German and Russian, which translation
 * replaces rather than transliterates: the SPD is «СДПГ» (its Russian name's
 * initials), the IMF the "IWF" and «МВФ». Neither the letters nor their sounds
 * carry over, so only a list can tell that «СДПГ» is the source's "SPD". Kept
 * to bodies news names often across these languages: parties of Germany
 * (whose news the checker reads in three languages), international
 * organisations and courts, states known by their initials, and Russia's
 * school-leaving exams. An acronym
 * that sounds the same in each ("NATO" «НАТО», "UEFA" «УЕФА») needs no entry:
 * its transliteration is checked.
 */
const GROUPS: readonly string[] = [
  'SPD СДПГ',
  'CDU ХДС',
  'CSU ХСС',
  'FDP СвДП',
  'AfD АдГ',
  'EU ЕС',
  'UN UNO ООН',
  'WHO ВОЗ',
  'IMF IWF МВФ',
  'ECB EZB ЕЦБ',
  'OSCE OSZE ОБСЕ',
  'IOC IOK МОК',
  'WTO ВТО',
  'EBRD EBWE ЕБРР',
  'IAEA IAEO МАГАТЭ',
  'ICC IStGH МУС',
  'ECHR EGMR ЕСПЧ',
  'CIS GUS СНГ',
  'EAEU EAWU ЕАЭС',
  'US USA США',
  'USSR UdSSR СССР',
  'GDR DDR ГДР',
  'FRG BRD ФРГ',
  'GDP BIP ВВП',
  'AI KI ИИ',
  // Russia's school-leaving exams: the Unified State Exam and the Basic State Exam.
  'USE ЕГЭ',
  'BSE ОГЭ',
];

let groupOf: ReadonlyMap<string, readonly string[]> | undefined;

/** Each folded acronym of GROUPS with its group, built on first use. */
function groups(): ReadonlyMap<string, readonly string[]> {
  if (groupOf) return groupOf;
  const map = new Map<string, readonly string[]>();
  for (const line of GROUPS) {
    const acronyms = line.split(' ').map(foldWord);
    for (const acronym of acronyms) map.set(acronym, acronyms);
  }
  groupOf = map;
  return map;
}

/** The folded acronyms that name what the folded acronym names, in the other languages: "spd" → ["spd", «сдпг»]. Empty for an acronym not listed. */
export function translatedAcronymsOf(folded: string): readonly string[] {
  return groups().get(folded) ?? [];
}
