/**
 * Cyrillic (Russian, Ukrainian, Belarusian) and Greek letters in Latin, one
 * common romanisation each. Exactness does not matter: both sides are reduced
 * to a consonant skeleton afterwards, which absorbs the differences between
 * romanisation systems ("Shoigu" / "Shoygu", "Zelensky" / "Zelenskyy").
 * Input is folded (lower case, no diacritics: й and ё already became и and е).
 */
const TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu',
  я: 'ya', і: 'i', ї: 'i', є: 'e', ґ: 'g', ў: 'u',
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'ks', ο: 'o',
  π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'kh', ψ: 'ps', ω: 'o',
  // Latin letters folding leaves as they are, having no diacritic to strip: "Słubice", "Weiß", "Søren".
  ł: 'l', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ı: 'i',
};

/** A folded word in Latin letters; Latin input comes back unchanged. */
export function toLatin(folded: string): string {
  let latin = '';
  for (const char of folded) latin += TO_LATIN[char] ?? char;
  return latin;
}

/** "Harbridge" / «Харбридж», "Hodges" / «Ходжес», "Edgbaston" / «Эджбастон»: English dg before e, i, y or a consonant is sounded j too. */
const ENGLISH_DG = /dg(?=[eiy]|[bcdfjklmnpqrstvwxz])/g;

/** Letters English spells and does not sound, and what is sounded: the s of "-isle", the t of "-stle", "-(r)cester", the h of "wh-". */
const ENGLISH_SILENT_LETTERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/isle$/u, 'ile'],
  [/stle$/u, 'sle'],
  [/r?cester$/u, 'ster'],
  [/^wh/u, 'w'],
];

/**
 * Spellings that sound alike, merged in this order before vowels are dropped.
 * Upper-case letters stand for merged sounds, so no later rule touches them.
 */
const SOUND_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // «щ» as German ("Mytischtschi" «Мытищи»), Polish ("Szczecin" «Щецин») and those readings below (šč) write it.
  [/schtsch|szcz|šč/g, 'S'],
  // "Wanjiru" / «Ванджиру», "Jones" / «Джонс»: English j is «дж», and j is dropped below.
  [/dzh|dž/g, 'j'],
  [ENGLISH_DG, 'j'],
  [/tsch/g, 'C'],
  [/shch|sch|sh|š/g, 'S'],
  // "Wietze" / «Витце», "Watts" / «Уоттс»: Russian writes German tz and English tts as «тц», «ттс».
  [/tts|tch|ch|ts|tz|cz|č|ć/g, 'C'],
  [/zh|ž/g, 'Z'],
  // "Pryce" / «Прайс», "Grace" / «Грейс»: c before e, i, y is sounded s.
  [/c(?=[eiy])/g, 's'],
  [/kh|ck|q|c/g, 'k'],
  [/x/g, 'ks'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/w/g, 'v'],
  // "Indonesia" / «Индонезия», "Brazil" / «Бразилия»: s and z trade places across languages.
  [/z/g, 's'],
  // "Istanbul" / «Стамбул»: n before b or p is sounded m.
  [/n(?=[bp])/g, 'm'],
];

/**
 * How Russian writes letters of German and English names that the skeleton
 * otherwise reads another way, applied in this order: German "ch" as «х»,
 * "z" as «ц» ("Franz" «Франц»; the skeleton reads z as s, as "Brazil" /
 * «Бразилия» want), "v" as «ф» or «в» (see GERMAN_V), and "h" where it
 * is sounded (SOUNDED_H) as «х» or, in names long known in Russian, «г».
 * "sch", "tsch", "sh", "th", "ph" keep their own reading. Lower-case Latin
 * letters stand for the sounds they are rewritten to (š for «ш», č for «ч»).
 */
const GERMAN_READING_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/tsch/g, 'č'],
  [/sch/g, 'š'],
  [/ch/g, 'kh'],
  [/tz/g, 'ts'],
  [/(?<!t)z/g, 'ts'],
];
/** German "v" as «ф» ("Vogelsang" «Фогельзанг»), one more reading: in names from other languages it is «в» ("Hannover" «Ганновер»). */
const GERMAN_V = /v/g;
/** An "h" that is sounded: not the second letter of sh, ch, th, ph, gh, kh (ch is already «х» above, written kh). */
const SOUNDED_H = /(?<![sctpgk])h/g;
/**
 * «х» for a sounded h in newer names ("Hinrich" «Хинрих», "Meyerhoff"
 * «Майерхофф», "Hunter" «Хантер»; the skeleton drops h but keeps х), «г» in
 * older ones ("Hamburg" «Гамбург», "Hannover" «Ганновер», "Heine" «Гейне»).
 */
const RUSSIAN_H = ['kh', 'g'];

/**
 * Polish spelling as Russian and German write it: "sz" «ш», "cz" «ч», "rz"
 * «ж» (or «ш» after a voiceless consonant: "Krzysztof" «Кшиштоф»; see
 * looseSkeleton), "ch" «х», "c" «ц» ("Nowicki" «Новицкий», "Słubice"
 * «Слубице»), "w" «в». Its "ś" is folded to s, which looseSkeleton absorbs
 * ("Wiśniewski" «Вишневский»).
 */
const POLISH_READING_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/sz/g, 'š'],
  [/cz/g, 'č'],
  [/rz/g, 'ž'],
  [/ch/g, 'kh'],
  [/c/g, 'ts'],
];
/** Letters and pairs only Polish spelling has among the languages names come from here: a word with one may be read the Polish way. */
const POLISH_SHAPE = /sz|cz|rz|ł|w|c(?![hk])/;

/**
 * Hungarian spelling as Russian writes it: "gy" «дь» ("Somogyi" «Шомодьи»),
 * "cs" «ч», "zs" «ж», "sz" «с», and a lone "s" «ш».
 */
const HUNGARIAN_READING_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/gy/g, 'd'],
  [/cs/g, 'č'],
  [/zs/g, 'ž'],
  [/(?<!z)s(?!z)/g, 'š'],
  [/sz/g, 's'],
];
/** Pairs only Hungarian spelling has among the languages names come from here. */
const HUNGARIAN_SHAPE = /gy|cs|zs|ny/;
/** A German region's name in "-ien", and its genitive "-iens": the head Russian writes with «-ия». */
const GERMAN_REGION = /^(\p{L}{3,})iens?$/u;

/**
 * Hanyu Pinyin as Russian writes it (the Palladius system): "j" and "z" as
 * «цз» ("Wenjun" «Вэньцзюнь»), "zh" «чж», "q" and "c" «ц», "x" «с».
 */
const PINYIN_READING_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/zh/g, 'čž'],
  [/ch/g, 'č'],
  [/sh/g, 'š'],
  [/[jz]/g, 'tsz'],
  [/[qc]/g, 'ts'],
  [/x/g, 's'],
];
/**
 * A word made of one to three Pinyin syllables with a letter Russian writes
 * otherwise (j, q, x, z, c): "Wenjun", "Xiaoming", "Zhang". Some short English
 * words are such words too; the reading is only one more skeleton.
 */
const PINYIN_WORD =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u)){1,3}$/;

function rewritten(folded: string, rules: ReadonlyArray<readonly [RegExp, string]>): string {
  let text = folded;
  for (const [pattern, replacement] of rules) text = text.replace(pattern, replacement);
  return text;
}

/** Fewer consonants than this, and a skeleton is not loosened (see looseSkeleton). */
const LOOSE_SKELETON = 3;

/**
 * A skeleton with its hissing sounds merged: š, ž and z all read s; and b
 * read v. Romanised and Cyrillic spellings of one name trade them
 * ("Wiśniewski", folded "wisniewski", is «Вишневский»; "Krzysztof"
 * «Кшиштоф»; Spanish "Córdoba" «Кордова»), and two different names seldom
 * differ by them alone.
 */
function looseSkeleton(skeleton: string): string {
  return skeleton.replace(/[SZ]/g, 's').replace(/b/g, 'v').replace(/(.)\1+/g, '$1');
}

/** Fewer consonants than this, and two names that differ only in voicing are too often two names ("Tomsk", "Domsk"). */
const DEVOICED_SKELETON = 5;

/**
 * A long skeleton with its voiced consonants read voiceless: g as k, d as t,
 * b as p, z as s. Names from languages Russian and English romanise apart
 * trade them ("Sargsyan" and «Саркисян», one Armenian name), and two long
 * names seldom differ by voicing alone.
 */
function devoicedSkeleton(skeleton: string): string {
  return skeleton.replace(/g/g, 'k').replace(/d/g, 't').replace(/b/g, 'p').replace(/z/g, 's').replace(/(.)\1+/g, '$1');
}

/**
 * A name's consonant skeletons: `consonantSkeleton`; for a name in Latin
 * letters also its skeletons as Russian writes it from German (with an "h",
 * "ch", "z" or "v"; see GERMAN_READING_RULES, RUSSIAN_H), English (a "w" read
 * as a vowel), Polish (see
 * POLISH_SHAPE) or Pinyin (see PINYIN_WORD); and each of them with its hissing
 * sounds merged (looseSkeleton). "Hinrich" is "nrC", "knrk" and "gnrk", as
 * «Хинрих» is "knrk"; "Nowicki" is "nvk" and "nvCk", as «Новицкий».
 */
export function consonantSkeletons(folded: string): string[] {
  const skeleton = consonantSkeleton(folded);
  const skeletons = new Set([skeleton]);
  // "Höß" folds to "hoß": German still, its ß read as ss (TO_LATIN).
  if (/^[a-złß]+$/.test(folded)) {
    if (/[hzv]/.test(folded)) {
      const german = rewritten(folded, GERMAN_READING_RULES);
      for (const reading of new Set([german, german.replace(GERMAN_V, 'f')])) {
        for (const h of RUSSIAN_H) skeletons.add(consonantSkeleton(reading.replace(SOUNDED_H, h)));
      }
    }
    // English place names keep letters they no longer sound, which Russian leaves out: "Carlisle" «Карлайл», "Newcastle"
    // «Ньюкасл», "Worcester" «Вустер», "Leicester" «Лестер», "Whitehaven" «Уайтхейвен».
    for (const [written, sounded] of ENGLISH_SILENT_LETTERS) {
      if (!written.test(folded)) continue;
      const spoken = folded.replace(written, sounded);
      // "Worcester" «Вустер» keeps its w as «в», "Whitehaven" «Уайтхейвен» sounds it as a vowel.
      for (const form of [spoken, spoken.replaceAll('w', '')]) {
        skeletons.add(consonantSkeleton(form));
        if (form.includes('h')) skeletons.add(consonantSkeleton(form.replace(SOUNDED_H, 'kh')));
      }
    }
    // English "w" is a vowel to Russian ears: "West" «Уэст», "Rawcliffe" «Роклифф», "William" «Уильям».
    if (folded.includes('w')) {
      const withoutW = folded.replaceAll('w', '');
      skeletons.add(consonantSkeleton(withoutW));
      // With a sounded h too: "Howells" «Хауэллс».
      if (withoutW.includes('h')) skeletons.add(consonantSkeleton(withoutW.replace(SOUNDED_H, 'kh')));
    }
    // A sounded "h" is «х» in names Russian takes from English and other languages too: "Zahra" «Захра», "Sahel" «Сахель».
    if (folded.includes('h')) skeletons.add(consonantSkeleton(folded.replace(SOUNDED_H, 'kh')));
    // Irish and Scots "gh" is «х» ("Doughiska" «Дохиска», "Gallagher" «Галлахер») or silent ("Vaughan" «Воган»).
    if (folded.includes('gh')) for (const gh of ['kh', '']) skeletons.add(consonantSkeleton(folded.replaceAll('gh', gh)));
    // English "th" is «з» in many names Russian took by ear: "Fairweather" «Фэйрвезер», "Heather" «Хизер».
    if (folded.includes('th')) skeletons.add(consonantSkeleton(folded.replaceAll('th', 'z')));
    // An aspirate of Indian names is «х» after its consonant: "Raghunathan" «Рагхунатхан», "Bhatt" «Бхатт».
    if (/[bdgkpt]h/.test(folded)) skeletons.add(consonantSkeleton(folded.replace(/([bdgkpt])h/g, '$1kh')));
    // A German "s" that ends a part of a compound before an "h" is no "sch": "Landshut" «Ландсхут», "Hildesheim" «Хильдесхайм».
    if (folded.includes('sh')) skeletons.add(consonantSkeleton(folded.replace(SOUNDED_H, 'kh').replaceAll('sh', 'skh')));
    // Spanish "ll" before a or o is «й»: "Mallorca" «Майорка» (where «ль» is kept, "Sevilla" «Севилья», ll reads as l). Not
    // before e or i, where German and English double their l ("sollen", "Millionen").
    if (/[aeiou]ll[ao]/.test(folded)) skeletons.add(consonantSkeleton(folded.replace(/([aeiou])ll(?=[ao])/g, '$1j')));
    if (POLISH_SHAPE.test(folded)) skeletons.add(consonantSkeleton(rewritten(folded, POLISH_READING_RULES)));
    if (HUNGARIAN_SHAPE.test(folded)) skeletons.add(consonantSkeleton(rewritten(folded, HUNGARIAN_READING_RULES)));
    // "Jakutien" «Якутия», "Kalabrien" «Калабрия»: German names a region with "-ien" where Russian has «-ия».
    const region = GERMAN_REGION.exec(folded)?.[1];
    if (region) skeletons.add(consonantSkeleton(region));
    if (/[jqxzc]/.test(folded) && PINYIN_WORD.test(folded)) skeletons.add(consonantSkeleton(rewritten(folded, PINYIN_READING_RULES)));
  }
  // Two consonants, loosened, match too much: "Jewish" ("vS") would be "Weiß" ("vs").
  for (const variant of [...skeletons]) if (variant.length >= LOOSE_SKELETON) skeletons.add(looseSkeleton(variant));
  for (const variant of [...skeletons]) if (variant.length >= DEVOICED_SKELETON) skeletons.add(devoicedSkeleton(variant));
  return [...skeletons];
}

/**
 * A name's consonant skeleton, the part that survives transliteration:
 * «Шойгу» and "Shoigu" are both "Sg", «Остин» and "Austin" "stn", «Москва» and
 * "Moscow" "mskv". Vowels, y, j, h and doubled letters carry little across
 * languages, so they are dropped.
 */
export function consonantSkeleton(folded: string): string {
  let latin = toLatin(folded).replace(/[^a-zšžčć]/g, '');
  for (const [pattern, replacement] of SOUND_RULES) latin = latin.replace(pattern, replacement);
  return latin.replace(/[aeiouyjh]/g, '').replace(/(.)\1+/g, '$1');
}

/**
 * A short name's letters in Latin with each run of vowels as one "a": "Rae",
 * «Рэй» and «Рэ-» (of «Рэя») are all "ra". A name of one consonant or none
 * has too short a skeleton to compare, and its vowels are spelt differently
 * in every language; how many there are and where is what is left to compare.
 */
export function shortNameShape(folded: string): string {
  // «Икеджи» for "Ikeja": «дж» is j, a vowel here; so is English dg ("Ridge" «Ридж»).
  return toLatin(folded).replace(/dzh/g, 'j').replace(ENGLISH_DG, 'j').replace(/[^a-z]/g, '').replace(/[aeiouyj]+/g, 'a');
}
