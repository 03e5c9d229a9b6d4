import { plainTextOf } from '../../src/format/telegram-html.js';
import { createCatalogue, type HtmlKey, type MessageValues } from '../../src/messages/catalogue.js';

const catalogue = createCatalogue();

/** A catalogue text as a person reads it in Telegram (tags gone, entities decoded): what tests compare replies with. */
export function shownText(language: string, key: HtmlKey, values?: MessageValues): string {
  return plainTextOf(catalogue.texts(language).html(key, values));
}
