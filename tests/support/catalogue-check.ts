import { plainTextOf } from '../../src/format/telegram-html.js';
import { createCatalogue, type Catalogue } from '../../src/messages/catalogue.js';
import type { BotApiEmulator } from './bot-api-emulator.js';

/**
 * A catalogue that remembers every text it put into words, and a check that every text the bot
 * showed a person (messages, their edits, captions, buttons, pop-up answers) is made of them: a
 * line typed into the code instead of the catalogue fails it. Values (titles, summaries, URLs)
 * are inside the rendered texts, so they pass; a hard-coded sentence does not.
 */
export interface RecordingCatalogue {
  catalogue: Catalogue;
  /** The lines shown through `emulator` that no catalogue text rendered; [] when all came from it. */
  linesNotFromCatalogue(emulator: BotApiEmulator): string[];
}

export function createRecordingCatalogue(): RecordingCatalogue {
  const renderedLines = new Set<string>();
  const catalogue = createCatalogue({
    onRender: ({ text }) => {
      for (const line of plainTextOf(text).split('\n')) if (line.trim()) renderedLines.add(line.trim());
    },
  });
  // A line of a message split at Telegram's length limit is part of a rendered line, not all of it.
  const isPartOfRendered = (line: string) => renderedLines.has(line) || [...renderedLines].some((rendered) => rendered.includes(line));
  // Short lists are rendered texts joined with " · " ("✅ 3 working · ⚠️ 1 failing"): each must be one.
  const isRendered = (line: string) => isPartOfRendered(line) || line.split(' · ').every((part) => isPartOfRendered(part.trim()));
  return {
    catalogue,
    linesNotFromCatalogue(emulator) {
      const shown: string[] = [];
      for (const message of emulator.messages()) {
        for (const version of [...message.edits, message.text]) shown.push(...version.split('\n'));
        for (const row of message.replyMarkup?.inline_keyboard ?? []) for (const button of row) shown.push(button.text);
      }
      for (const answer of emulator.callbackAnswers()) if (answer.text) shown.push(answer.text);
      return [...new Set(shown.map((line) => line.trim()).filter((line) => line && !isRendered(line)))];
    },
  };
}
