import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/extract/detect-language.js';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The minister said on Friday that the talks with the United States were useful and that they would continue.'],
    ['ru', 'Министр обороны России заявил в пятницу, что переговоры с США были полезными и будут продолжены.'],
    ['uk', 'Міністр оборони заявив у пʼятницю, що переговори зі США були корисними і будуть продовжені найближчим часом.'],
    ['de', 'Der Minister sagte am Freitag, dass die Gespräche mit den Vereinigten Staaten nützlich waren und fortgesetzt werden.'],
    ['fr', "Le ministre a déclaré vendredi que les discussions avec les États-Unis étaient utiles et qu'elles se poursuivront."],
    ['es', 'El ministro dijo el viernes que las conversaciones con los Estados Unidos fueron útiles y que continuarán pronto.'],
    ['it', 'Il ministro ha detto venerdì che i colloqui con gli Stati Uniti sono stati utili e che continueranno nella settimana.'],
    ['pt', 'O ministro disse na sexta-feira que as conversas com os Estados Unidos foram úteis e que vão continuar em breve.'],
    ['ko', '국방부 장관은 금요일 미국과의 회담이 유익했으며 계속될 것이라고 말했다. 회담은 전화로 진행되었다.'],
    ['ja', '国防相は金曜日、米国との協議は有益であり、今後も続けると述べた。協議は電話で行われた。'],
    ['zh', '国防部长周五表示，与美国的会谈是有益的，并将继续进行。会谈是通过电话进行的。'],
  ])('recognises %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('gives up on text too short or without function words', () => {
    expect(detectLanguage('Hello')).toBeUndefined();
    expect(detectLanguage('Xqz Vbn Mkl Prt Wsd Fgh Jkl Zxc Vbn Qwe Rty')).toBeUndefined();
  });
});
