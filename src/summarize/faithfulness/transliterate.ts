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
};

/** A folded word in Latin letters; Latin input comes back unchanged. */
export function toLatin(folded: string): string {
  let latin = '';
  for (const char of folded) latin += TO_LATIN[char] ?? char;
  return latin;
}

/**
 * Spellings that sound alike, merged in this order before vowels are dropped.
 * Upper-case letters stand for merged sounds, so no later rule touches them.
 */
const SOUND_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/tsch/g, 'C'],
  [/shch|sch|sh|š/g, 'S'],
  [/tch|ch|ts|tz|cz|č|ć/g, 'C'],
  [/zh|ž/g, 'Z'],
  [/kh|ck|q|c/g, 'k'],
  [/x/g, 'ks'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/w/g, 'v'],
  // "Indonesia" / «Индонезия», "Brazil" / «Бразилия»: s and z trade places across languages.
  [/z/g, 's'],
];

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
